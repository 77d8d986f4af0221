"""Schema upgrades at start and on demand: back up SQLite first, refuse a newer schema.

Pattern from jupyterhub's ``dbutil.upgrade_if_needed``: copy the SQLite file before
touching the schema, so a failed upgrade never costs a practice its records.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from pgp_desk import config as app_config
from pgp_desk.db.engine import sqlite_file
from pgp_desk.domain.i18n import TemplateMessage
from pgp_desk.resources import alembic_path

Progress = Callable[[str], None]


class SchemaTooNewError(TemplateMessage, RuntimeError):
    """The database was upgraded by a newer PGP Desk than this one."""

    def __init__(self, template: str, *params: object):
        super().__init__(self._set_message(template, params))


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(alembic_path()))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return cfg


def head_revision() -> str:
    script = ScriptDirectory(str(alembic_path()))
    heads = script.get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"the migration history has {len(heads)} heads; expected one")
    return heads[0]


def known_revisions() -> set[str]:
    script = ScriptDirectory(str(alembic_path()))
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def needs_upgrade(engine: Engine) -> bool:
    current = current_revision(engine)
    if current is not None and current not in known_revisions():
        raise SchemaTooNewError(
            "the database schema (%1) is newer than this PGP Desk; "
            "install the newer version that upgraded it", current
        )
    return current != head_revision()


def backup_sqlite(engine: Engine, target: Path) -> Path:
    """Consistent copy of a live SQLite database (online backup API; safe while in use)."""
    source_path = sqlite_file(engine)
    if source_path is None:
        raise ValueError("only SQLite databases can be copied this way; use pg_dump")
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        target.unlink()
    source = sqlite3.connect(source_path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def _has_tables(engine: Engine) -> bool:
    return bool(inspect(engine).get_table_names())


def upgrade(engine: Engine, progress: Progress | None = None, backup: bool = True) -> Path | None:
    """Bring the schema to head. Returns the path of the SQLite backup made first, if any."""
    say = progress or (lambda _msg: None)
    if not needs_upgrade(engine):
        say("schema is up to date")
        return None
    backup_path = None
    if backup and sqlite_file(engine) is not None and _has_tables(engine):
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        name = f"{sqlite_file(engine).stem}-before-upgrade-{stamp}.sqlite3"  # type: ignore[union-attr]
        backup_path = backup_sqlite(engine, app_config.backup_dir() / name)
        say(f"backup written to {backup_path}")
    say("upgrading schema")
    cfg = alembic_config(engine)
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")
    say("schema is up to date")
    return backup_path
