"""Alembic owns the schema: migrations build exactly the models, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from pgp_desk.db import migrate, schema_version
from pgp_desk.db.compare import include_object_for
from pgp_desk.db.engine import make_engine
from pgp_desk.db.models import Base
from pgp_desk.resources import alembic_path
from pgp_desk.services.database import open_database
from pgp_desk.services.errors import DatabaseError


def _diff(url: str) -> list[object]:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={
                "compare_type": True,
                "include_object": include_object_for(connection.dialect.name),
            })
            return compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()


def _upgrade_empty(url: str) -> None:
    engine = make_engine(url)
    migrate.upgrade(engine, backup=False)
    engine.dispose()


def test_sqlite_migrations_equal_models(tmp_path: Path) -> None:
    """Upgrading an empty SQLite file to head leaves no difference from the models."""
    url = f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    _upgrade_empty(url)
    assert _diff(url) == []


@pytest.mark.postgres
def test_postgres_migrations_equal_models(empty_postgres_url: str) -> None:
    """Upgrading an empty PostgreSQL database to head leaves no difference from the models."""
    _upgrade_empty(empty_postgres_url)
    assert _diff(empty_postgres_url) == []


def test_revision_history_is_linear() -> None:
    """Every revision has at most one parent and one child: a single line to one head."""
    script = ScriptDirectory(str(alembic_path()))
    revisions = list(script.walk_revisions())
    assert len(script.get_heads()) == 1
    assert len(script.get_bases()) == 1
    assert schema_version.head_revision() == script.get_current_head()
    assert schema_version.known_revisions() == {r.revision for r in revisions}
    children: dict[str, int] = {}
    for rev in revisions:
        down = rev.down_revision
        assert not isinstance(down, tuple | list), f"{rev.revision} is a merge"
        if down:
            children[down] = children.get(down, 0) + 1
    assert all(count == 1 for count in children.values())


def test_upgrade_of_a_used_sqlite_database_keeps_a_backup(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A SQLite file with tables at an older revision is copied before it is upgraded."""
    monkeypatch.setenv("PGP_DESK_DATA_DIR", str(tmp_path / "data"))
    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32))"))
    # an empty alembic_version table means "no revision": a legacy file with a table
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE legacy_note (id INTEGER PRIMARY KEY)"))
    made = migrate.upgrade(engine)
    engine.dispose()
    assert made is not None and made.exists()
    assert made.parent == tmp_path / "data" / "backups"
    backup = make_engine(f"sqlite:///{made}")
    with backup.connect() as connection:
        tables = {r[0] for r in connection.execute(
            text("SELECT name FROM sqlite_master WHERE type='table'"))}
    backup.dispose()
    assert "legacy_note" in tables and "client" not in tables
    assert schema_version.needs_upgrade(make_engine(url)) is False


def test_fresh_database_needs_no_backup(tmp_path: Path) -> None:
    """Creating the schema in a new, empty file makes no pointless backup."""
    engine = make_engine(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    assert migrate.upgrade(engine) is None
    assert schema_version.needs_upgrade(engine) is False
    engine.dispose()


def test_schema_newer_than_the_app_is_refused(tmp_path: Path) -> None:
    """A database stamped by a newer PGP Desk gives one clear sentence, not a traceback."""
    url = f"sqlite:///{tmp_path / 'newer.sqlite3'}"
    _upgrade_empty(url)
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()
    with pytest.raises(DatabaseError, match="newer than this PGP Desk"):
        open_database(url)


def test_sqlite_engine_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    """SQLite connections run in WAL mode with foreign keys enforced."""
    engine = make_engine(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    engine.dispose()


SEARCH_INDEX_REVISION = "0007_search_tokens"


def _clients_before_the_search_index(url: str) -> None:
    """A database just before the search index, with two clients saved by that version."""
    from alembic import command

    before = ScriptDirectory(str(alembic_path())).get_revision(SEARCH_INDEX_REVISION)
    engine = make_engine(url)
    cfg = migrate.alembic_config(engine)
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, before.down_revision)
        connection.execute(text(
            "INSERT INTO clinic (id, name, address, phone, email, default_language, paper_size,"
            " version, created_at, updated_at) VALUES (1, 'K', '', '', '', 'da', 'A4', 1,"
            " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
        for first, last, name, digits in (
                ("Ase", "O'Neil", " ase o neil", " 24031990"),
                ("Søren", "Hansen", " soren hansen", " 12345678")):
            connection.execute(text(
                "INSERT INTO client (clinic_id, first_name, last_name, phone, email, address,"
                " language, gp, midwife, notes, search_name, search_last, search_digits,"
                " version, created_at, updated_at) VALUES (1, :first, :last, '', '', '',"
                " 'da', '', '', '', :name, :last_key, :digits, 1, CURRENT_TIMESTAMP,"
                " CURRENT_TIMESTAMP)"),
                {"first": first, "last": last, "name": name, "digits": digits,
                 "last_key": last.casefold()})
    engine.dispose()


@pytest.mark.parametrize(
    "where", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_upgrade_indexes_the_clients_already_there(where: str, tmp_path: Path,
                                                   request: pytest.FixtureRequest) -> None:
    """Clients saved before the search index are found through it after the upgrade,
    O'Neil by "oneil" too."""
    from people_world import ADMINISTRATOR, TEST_PASSWORD
    from pgp_desk.services.clients import clients
    from pgp_desk.services.people.signin import create_first_administrator

    url = (f"sqlite:///{tmp_path / 'old.sqlite3'}" if where == "sqlite"
           else request.getfixturevalue("empty_postgres_url"))
    _clients_before_the_search_index(url)
    if where == "postgresql":  # IT upgrades a clinic server; workstations never do
        _upgrade_empty(url)
    db = open_database(url)
    try:
        actor = create_first_administrator(db, ADMINISTRATOR, TEST_PASSWORD).actor

        def found(query: str) -> list[str]:
            return [r.display_name for r in clients.search_clients(db, actor, query).rows]

        assert found("oneil") == found("o'neil") == ["Ase O'Neil"]
        assert found("soeren") == found("hans") == ["Søren Hansen"]
        assert found("24.03") == ["Ase O'Neil"]
    finally:
        db.close()


def test_location_names_the_file_or_the_server_never_the_password(db, db_url) -> None:  # type: ignore[no-untyped-def]
    """The status bar says where the records are: the file, or server/database, and never
    shows the password that is in a PostgreSQL URL."""
    from sqlalchemy.engine import make_url

    url = make_url(db_url)
    if db.is_sqlite:
        assert db.location == url.database
    else:
        assert db.location == f"{url.host}:{url.port}/{url.database}"
        assert url.password and f":{url.password}@" not in db.url
        assert "@" not in db.location
