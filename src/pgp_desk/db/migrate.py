"""Schema upgrades at start and on demand: back up SQLite first, refuse a newer schema.

Imported only when ``db.schema_version`` says an upgrade is due, or to make a backup.

Pattern from jupyterhub's ``dbutil.upgrade_if_needed``: copy the SQLite file before
touching the schema, so a failed upgrade never costs a practice its records.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import ProgrammingError

from pgp_desk import config as app_config
from pgp_desk.db import pg_roles

# Re-exported: the commands ask migrate for these.
from pgp_desk.db.engine import sqlite_file as sqlite_file
from pgp_desk.db.schema_version import SchemaTooNewError as SchemaTooNewError
from pgp_desk.db.schema_version import current_revision as current_revision
from pgp_desk.db.schema_version import head_revision as head_revision
from pgp_desk.db.schema_version import known_revisions as known_revisions
from pgp_desk.db.schema_version import needs_upgrade as needs_upgrade
from pgp_desk.db.sqlite_files import copy_database
from pgp_desk.domain.i18n import TemplateMessage
from pgp_desk.resources import alembic_path

Progress = Callable[[str], None]


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    # Alembic's options go through configparser, where '%' starts an interpolation: a '%'
    # in a password or a folder name must be doubled, or every start fails.
    cfg.set_main_option("script_location", str(alembic_path()).replace("%", "%%"))
    cfg.set_main_option("sqlalchemy.url",
                        engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    return cfg


def backup_sqlite(engine: Engine, target: Path, overwrite: bool = False) -> Path:
    """Checked, owner-only copy of a live SQLite database (see ``sqlite_files``)."""
    source_path = sqlite_file(engine)
    if source_path is None:
        raise ValueError("only SQLite databases can be copied this way; use pg_dump")
    return copy_database(source_path, target, overwrite=overwrite)


def _has_tables(engine: Engine) -> bool:
    return bool(inspect(engine).get_table_names())


class MigrationFailedError(TemplateMessage, RuntimeError):
    """The schema upgrade stopped half-way; the sentence says where the safety copy is."""

    def __init__(self, template: str, *params: object):
        super().__init__(self._set_message(template, params))


# pg_advisory_xact_lock key: "PGPD" in ASCII. Held for the upgrade's transaction, so
# workstations that start together upgrade one after the other, never side by side.
UPGRADE_LOCK = 0x50475044


def _safety_copy(engine: Engine, say: Progress) -> Path | None:
    file = sqlite_file(engine)
    if file is None:
        say("PostgreSQL: PGP Desk makes no copy of a server database; take one with "
            "pg_dump -Fc before upgrading (see the README)")
        return None
    if not _has_tables(engine):
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    name = f"{file.stem}-before-upgrade-{stamp}.sqlite3"
    path = backup_sqlite(engine, app_config.backup_dir() / name, overwrite=True)
    say(f"backup written to {path}")
    return path


def upgrade(engine: Engine, progress: Progress | None = None, backup: bool = True) -> Path | None:
    """Bring the schema to head. Returns the path of the SQLite backup made first, if any.

    On PostgreSQL the upgrade holds an advisory lock: a second workstation waits for the
    first, then finds the schema current and does nothing.
    """
    say = progress or (lambda _msg: None)
    if not needs_upgrade(engine):
        _apply_roles(engine, say)
        say("schema is up to date")
        return None
    backup_path = _safety_copy(engine, say) if backup else None
    cfg = alembic_config(engine)
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                               {"key": UPGRADE_LOCK})
            if MigrationContext.configure(connection).get_current_revision() == head_revision():
                say("schema is up to date (upgraded by another workstation meanwhile)")
                return backup_path
        say("upgrading schema")
        cfg.attributes["connection"] = connection
        try:
            command.upgrade(cfg, "head")
        except Exception as exc:
            if isinstance(exc, TemplateMessage):
                raise  # already one sentence (a full disk, a lost connection)
            if backup_path is None:  # PostgreSQL undoes the whole upgrade transaction
                raise MigrationFailedError(
                    "the upgrade of the database schema failed and nothing was changed; "
                    "ask your IT contact (Help → Copy support information)") from exc
            raise MigrationFailedError(
                "the upgrade of the database schema failed; the copy made before it is kept "
                "at %1; restore it as the README describes under 'When something goes "
                "wrong', or ask your IT contact", backup_path,
            ) from exc
    _apply_roles(engine, say)
    say("schema is up to date")
    return backup_path


def _apply_roles(engine: Engine, say: Progress) -> None:
    """PostgreSQL: the clinic's group roles and their grants (``db.pg_roles``), made again
    after every upgrade so that new tables are covered and a restored database gets its
    groups back."""
    if engine.dialect.name != "postgresql":
        return
    try:
        with engine.begin() as connection:
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                               {"key": UPGRADE_LOCK})
            pg_roles.apply(connection)
    except pg_roles.RoleNameError as exc:
        raise MigrationFailedError(
            "the clinic database's name '%1' cannot lead PostgreSQL role names; name it "
            "with 1 to 22 small letters, digits or _ (starting with a letter)", exc.args[0],
        ) from exc
    except ProgrammingError as exc:
        raise MigrationFailedError(
            "the schema owner may not create the clinic's roles; run 'pgp-desk db upgrade' "
            "as the role that owns the database, with CREATEROLE (see the README, "
            "'Setting up the clinic server')") from exc
    say("roles and grants are up to date")
