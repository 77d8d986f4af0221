"""Shared fixtures: a fresh, migrated database per test on SQLite and on PostgreSQL.

PostgreSQL comes from scripts/test.sh, which starts Debian's server on loopback and sets
PGP_DESK_TEST_POSTGRES_URL to a role that may create databases. Each test gets its own
database cloned from a migrated template, so tests never see each other's rows.
"""

from __future__ import annotations

import os
import shutil
import time
import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

POSTGRES_ENV = "PGP_DESK_TEST_POSTGRES_URL"


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """No test ever touches the real user data folder or a real clinic database."""
    monkeypatch.setenv("PGP_DESK_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.delenv("PGP_DESK_DATABASE_URL", raising=False)


def postgres_admin_url() -> str:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.fail(
            f"{POSTGRES_ENV} is not set: run the suite with scripts/test.sh, which starts "
            "PostgreSQL, or deselect these tests with -m 'not postgres'"
        )
    if not url.startswith("postgresql+psycopg://") or any(c.isspace() for c in url):
        pytest.fail(f"{POSTGRES_ENV} is not a single postgresql+psycopg:// URL: {url!r}")
    return url


def _pg_execute(admin_url: str, statement: str) -> None:
    import psycopg

    plain = admin_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as connection:
        connection.execute(statement)


def _drop_database(admin_url: str, name: str) -> None:
    """Drop a test database. WITH (FORCE) ends leftover sessions, but an autovacuum worker
    that has just started on the new database may refuse to be ended: wait and try again,
    and in the end leave the database to the throwaway server rather than fail a test."""
    import psycopg

    for attempt in range(10):
        try:
            _pg_execute(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            return
        except (psycopg.errors.InsufficientPrivilege, psycopg.errors.ObjectInUse):
            time.sleep(0.2 * (attempt + 1))
    warnings.warn(f"test database {name} could not be dropped", stacklevel=2)


def _drop_roles(admin_url: str, name: str) -> None:
    """The people and groups a test database made (db.pg_roles): role names are unique in
    the whole server, which many test runs share."""
    from sqlalchemy import create_engine

    from pgp_desk.db import pg_roles

    engine = create_engine(admin_url)
    try:
        with engine.begin() as connection:
            pg_roles.drop_roles(connection, name)
    finally:
        engine.dispose()


def _own_roles(url: str) -> None:
    """A copy of the template is another clinic database with another name: its groups and
    its people's login roles (password TEST_PASSWORD) are made as IT's ``db upgrade`` and
    the owner's password function make them."""
    import psycopg

    from people_world import TEST_PASSWORD
    from pgp_desk.db import pg_roles
    from pgp_desk.db.engine import make_engine

    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            pg_roles.apply(connection)
            raw = connection.connection.dbapi_connection
            assert isinstance(raw, psycopg.Connection)
            verifier = raw.pgconn.encrypt_password(TEST_PASSWORD.encode(), b"",
                                                   b"scram-sha-256").decode()
            from sqlalchemy import text

            for username in connection.scalars(text("SELECT username FROM app_user")):
                connection.execute(text("SELECT pgpdesk_set_password(:u, :v)"),
                                   {"u": username, "v": verifier})
    finally:
        engine.dispose()


def _with_database(admin_url: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def _populated(url: str) -> dict:  # type: ignore[type-arg]
    """Migrate the template and give it the test clinic's people (tests/people_world.py)."""
    from people_world import populate
    from pgp_desk.db import migrate
    from pgp_desk.db.engine import make_engine
    from pgp_desk.services.database import open_database

    engine = make_engine(url)
    migrate.upgrade(engine, backup=False)
    engine.dispose()
    database = open_database(url, upgrade=False)
    try:
        return populate(database)
    finally:
        database.close()


@pytest.fixture(scope="session")
def sqlite_people(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:  # type: ignore[type-arg]
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    return path, _populated(f"sqlite:///{path}")


@pytest.fixture(scope="session")
def sqlite_template(sqlite_people) -> Path:  # type: ignore[no-untyped-def]
    return sqlite_people[0]


@pytest.fixture(scope="session")
def postgres_people() -> Iterator[tuple[str, dict]]:  # type: ignore[type-arg]
    admin = postgres_admin_url()
    name = f"pgp_tmpl_{uuid.uuid4().hex[:10]}"
    _pg_execute(admin, f'CREATE DATABASE "{name}"')
    people = _populated(_with_database(admin, name))
    yield name, people
    _drop_database(admin, name)
    _drop_roles(admin, name)


@pytest.fixture(scope="session")
def postgres_template(postgres_people) -> str:  # type: ignore[no-untyped-def]
    return postgres_people[0]


@pytest.fixture
def empty_postgres_url() -> Iterator[str]:
    """A brand-new, empty PostgreSQL database (for migration tests)."""
    admin = postgres_admin_url()
    name = f"pgp_empty_{uuid.uuid4().hex[:10]}"
    _pg_execute(admin, f'CREATE DATABASE "{name}"')
    yield _with_database(admin, name)
    _drop_database(admin, name)
    _drop_roles(admin, name)


@pytest.fixture
def sqlite_url(sqlite_template: Path, tmp_path: Path) -> str:
    path = tmp_path / "clinic.sqlite3"
    shutil.copyfile(sqlite_template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def postgres_url(request: pytest.FixtureRequest) -> Iterator[str]:
    template = request.getfixturevalue("postgres_template")
    admin = postgres_admin_url()
    name = f"pgp_test_{uuid.uuid4().hex[:10]}"
    _pg_execute(admin, f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    url = _with_database(admin, name)
    _own_roles(url)
    yield url
    _drop_database(admin, name)
    _drop_roles(admin, name)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    """A fresh migrated database, once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_url")
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def db(db_url: str):  # type: ignore[no-untyped-def]
    from pgp_desk.services.database import open_database

    database = open_database(db_url, upgrade=False)
    yield database
    database.close()


@pytest.fixture
def people(request: pytest.FixtureRequest, db_url: str) -> dict:  # type: ignore[type-arg]
    """The test clinic's signed-in people by user name: ``therapist`` (administrator and
    therapist), ``kollega`` (therapist), ``sekretaer`` (secretary)."""
    if db_url.startswith("sqlite"):
        return request.getfixturevalue("sqlite_people")[1]
    return request.getfixturevalue("postgres_people")[1]


@pytest.fixture
def actor(db, people):  # type: ignore[no-untyped-def]
    return people["therapist"]


@pytest.fixture
def sqlite_db(sqlite_url: str):  # type: ignore[no-untyped-def]
    from pgp_desk.services.database import open_database

    database = open_database(sqlite_url, upgrade=False)
    yield database
    database.close()


@pytest.fixture
def sqlite_actor(sqlite_db, sqlite_people):  # type: ignore[no-untyped-def]
    return sqlite_people[1]["therapist"]


@pytest.fixture
def socket_dir() -> Iterator[Path]:
    """A short private TMPDIR for GUI processes: their lock file and local socket live
    there, and a socket's path must stay under about 100 characters."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="pgpd-", dir="/tmp"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)
