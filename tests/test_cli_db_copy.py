"""`pgp-desk db copy --to URL`, run as IT runs it: signed in as the practice's
administrator, onto a real PostgreSQL database; every hostile target is one sentence."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from alembic import command

from people_world import TEST_PASSWORD, cli_sign_in
from pgp_desk.db import migrate
from pgp_desk.db.engine import make_engine
from pgp_desk.services.database import open_database
from pgp_desk.services.demo.demo import create_demo_clinic
from pgp_desk.services.practice_move import tables
from test_cli_faults import assert_one_sentence

pytestmark = pytest.mark.postgres


def run(practice: Path, *args: str, user: str = "therapist",
        password: str = TEST_PASSWORD) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "pgp_desk", "--database", f"sqlite:///{practice}", *args,
         *cli_sign_in(user)], capture_output=True, text=True, env=env, timeout=180,
        check=False, input=password + "\n")


@pytest.fixture(scope="module")
def practice_file(sqlite_people, tmp_path_factory: pytest.TempPathFactory) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("practice") / "practice.sqlite3"
    path.write_bytes(sqlite_people[0].read_bytes())
    db = open_database(f"sqlite:///{path}", upgrade=False)
    try:
        create_demo_clinic(db, sqlite_people[1]["therapist"], clients=6, seed=3,
                           today=date(2026, 11, 2))
    finally:
        db.close()
    return path


@pytest.fixture
def practice(practice_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "practice.sqlite3"
    path.write_bytes(practice_file.read_bytes())
    return path


@pytest.fixture
def server_url(empty_postgres_url: str) -> str:
    engine = make_engine(empty_postgres_url)
    migrate.upgrade(engine, backup=False)
    engine.dispose()
    return empty_postgres_url


def _secrets(url: str) -> list[str]:
    from sqlalchemy.engine import make_url

    return [TEST_PASSWORD, f":{make_url(url).password}@"]


def test_db_copy_prints_every_table_and_what_it_does_next(practice: Path,
                                                          server_url: str) -> None:
    result = run(practice, "db", "copy", "--to", server_url)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    for table in tables():
        row = next(line for line in lines if line.split()[:1] == [table.name])
        assert row.endswith("equal"), row
        practice_rows, server_rows, practice_sum, server_sum = row.split()[1:5]
        assert practice_rows == server_rows and practice_sum == server_sum
    assert "audit trail intact on the server" in result.stdout
    assert "users set-password kollega" in result.stdout
    assert "users set-password therapist" not in result.stdout  # she keeps her password
    for secret in _secrets(server_url):
        assert secret not in result.stdout + result.stderr
    verified = subprocess.run(
        [sys.executable, "-m", "pgp_desk", "--database", server_url, "audit", "verify"],
        capture_output=True, text=True, timeout=120, check=False)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "intact" in verified.stdout


def test_a_second_copy_onto_the_same_server_is_refused(practice: Path,
                                                       server_url: str) -> None:
    assert run(practice, "db", "copy", "--to", server_url).returncode == 0
    again = run(practice, "db", "copy", "--to", server_url)
    assert_one_sentence(again, "already holds records")


def test_a_server_on_another_schema_version_is_refused(practice: Path,
                                                       empty_postgres_url: str) -> None:
    engine = make_engine(empty_postgres_url)
    cfg = migrate.alembic_config(engine)
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "0008_audit_triggers")
    engine.dispose()
    result = run(practice, "db", "copy", "--to", empty_postgres_url)
    assert_one_sentence(result, "schema version 0008_audit_triggers and this PGP Desk needs",
                        "db upgrade")


def test_a_server_database_without_tables_is_refused(practice: Path,
                                                     empty_postgres_url: str) -> None:
    result = run(practice, "db", "copy", "--to", empty_postgres_url)
    assert_one_sentence(result, "empty", "db upgrade")


def test_only_the_practices_administrator_may_copy(practice: Path, server_url: str) -> None:
    assert_one_sentence(run(practice, "db", "copy", "--to", server_url, user="kollega"),
                        "administrator")
    assert_one_sentence(run(practice, "db", "copy", "--to", server_url, password="wrong"),
                        "wrong user name or password")


HOSTILE = {
    "not a URL": "not a url at all",
    "another scheme": "ftp://owner:s3cret-pw@example.org/clinic",
    "a SQLite file": "sqlite:///{practice}",
    "a SQLite file in /proc": "sqlite:////proc/clinic.sqlite3",
    "a closed port": "postgresql+psycopg://owner:s3cret-pw@127.0.0.1:1/clinic",
    "half a URL": "postgresql+psycopg://owner:s3cret-pw@[::1/clinic",
    "a database that is not there": "{server}/no_such_clinic_db",
}


@pytest.mark.parametrize("target", HOSTILE, ids=str)
def test_a_hostile_target_is_one_sentence(practice: Path, target: str) -> None:
    admin = os.environ["PGP_DESK_TEST_POSTGRES_URL"].rsplit("/", 1)[0]
    url = HOSTILE[target].format(practice=practice, server=admin)
    result = run(practice, "db", "copy", "--to", url)
    assert_one_sentence(result)
    for secret in ("s3cret-pw", *_secrets(admin + "/x")):
        assert secret not in result.stdout + result.stderr


@pytest.mark.parametrize("practice_name", ["garbage", "missing", "a folder"])
def test_a_hostile_practice_is_one_sentence(tmp_path: Path, server_url: str,
                                            practice_name: str) -> None:
    practice = tmp_path / "practice.sqlite3"
    if practice_name == "garbage":
        practice.write_bytes(os.urandom(8192))
    elif practice_name == "a folder":
        practice.mkdir()
    result = run(practice, "db", "copy", "--to", server_url)
    assert_one_sentence(result)
    assert not (tmp_path / "practice.sqlite3").exists() or practice_name != "missing"
