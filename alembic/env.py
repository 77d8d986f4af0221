"""Alembic environment: batch mode for SQLite, the models' metadata as the target."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from pgp_desk.db.compare import include_object_for
from pgp_desk.db.engine import make_engine
from pgp_desk.db.models import Base

config = context.config
target_metadata = Base.metadata


def _configure(dialect: str, **kwargs: object) -> None:
    context.configure(
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_object=include_object_for(dialect),
        **kwargs,
    )


def run_offline() -> None:
    url = config.get_main_option("sqlalchemy.url") or ""
    _configure(url.split(":")[0].split("+")[0], url=url, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def _run_with(connection: Connection) -> None:
    _configure(connection.dialect.name, connection=connection)
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run_with(connection)
        return
    engine = make_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.connect() as connection:
        _run_with(connection)
    engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
