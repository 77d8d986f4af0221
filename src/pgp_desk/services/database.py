"""Opening a clinic database: URL checks, reachability, upgrade at start, clear errors."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from pgp_desk.db import migrate
from pgp_desk.db.engine import (
    DatabaseUrlError,
    is_sqlite,
    make_engine,
    make_session_factory,
)
from pgp_desk.services.errors import DatabaseError


@dataclass
class Database:
    """An open database: the engine and the session factory every service uses."""

    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def is_sqlite(self) -> bool:
        return is_sqlite(self.engine)

    @property
    def location(self) -> str:
        """Where the records are, for people: the file's path, or "server/database"."""
        url = self.engine.url
        if self.is_sqlite:
            return url.database or ""
        server = url.host or "localhost"
        if url.port:
            server += f":{url.port}"
        return f"{server}/{url.database or ''}"

    def close(self) -> None:
        self.engine.dispose()


def _describe_operational(exc: OperationalError, url: str) -> DatabaseError:
    message = str(exc.orig or exc).strip().splitlines()[0] if (exc.orig or exc) else ""
    if "password authentication failed" in message:
        return DatabaseError("the database server at %1 refused the user name or password", url)
    if "does not exist" in message:
        return DatabaseError(
            "the database at %1 does not exist; ask your IT contact to create it", url)
    if "unable to open database file" in message:
        return DatabaseError(
            "the database file %1 cannot be opened; check the folder and its permissions", url)
    return DatabaseError("the database at %1 cannot be reached (%2)", url, message)


def connect(url: str) -> Database:
    """Connect and check the server answers, without touching the schema."""
    try:
        engine = make_engine(url)
    except DatabaseUrlError as exc:
        raise DatabaseError(exc.template, *exc.params) from exc
    shown = engine.url.render_as_string(hide_password=True)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except OperationalError as exc:
        engine.dispose()
        raise _describe_operational(exc, shown) from exc
    return Database(engine, make_session_factory(engine))


def open_database(
    url: str, upgrade: bool = True, progress: migrate.Progress | None = None
) -> Database:
    """Connect, refuse a schema newer than this app, and upgrade (with a backup) if asked."""
    db = connect(url)
    try:
        if upgrade:
            migrate.upgrade(db.engine, progress=progress)
        elif migrate.needs_upgrade(db.engine):
            raise DatabaseError(
                "the database schema is older than this PGP Desk; run 'pgp-desk db upgrade'"
            )
    except migrate.SchemaTooNewError as exc:
        db.close()
        raise DatabaseError(exc.template, *exc.params) from exc
    except OperationalError as exc:
        db.close()
        raise _describe_operational(exc, db.url) from exc
    return db
