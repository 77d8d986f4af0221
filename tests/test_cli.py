"""The `pgp-desk` command line: help everywhere, one-sentence errors, real databases."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from people_world import TEST_PASSWORD, cli_sign_in
from pgp_desk.services.demo.demo_names import DEMO_PASSWORD

COMMANDS = [[], ["gui"], ["db"], ["db", "upgrade"], ["db", "backup"], ["db", "status"],
            ["db", "check"], ["db", "restore"], ["db", "daily-backups"], ["db", "copy"],
            ["instruments"], ["instruments", "import"], ["instruments", "list"],
            ["demo"], ["clients"], ["clients", "search"], ["desktop"], ["desktop", "install"],
            ["users"], ["users", "add"], ["users", "set-role"], ["users", "recover"]]


def run(*args: str, env: dict[str, str] | None = None,
        password: str | None = None) -> subprocess.CompletedProcess[str]:
    full_env = os.environ | {"QT_QPA_PLATFORM": "offscreen"} | (env or {})
    return subprocess.run([sys.executable, "-m", "pgp_desk", *args], capture_output=True,
                          text=True, env=full_env, timeout=300, check=False,
                          input=None if password is None else password + "\n")


def as_mette(*args: str, **kw: object) -> subprocess.CompletedProcess[str]:
    """A command signed in as the demo clinic's administrator (the demo password)."""
    return run(*args[:2], *cli_sign_in("mette"), *args[2:], password=DEMO_PASSWORD, **kw)  # type: ignore[arg-type]


def as_therapist(*args: str, **kw: object) -> subprocess.CompletedProcess[str]:
    """A command signed in as the test clinic's administrator (tests/people_world.py)."""
    return run(*args[:2], *cli_sign_in("therapist"), *args[2:], password=TEST_PASSWORD,  # type: ignore[arg-type]
               **kw)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "top")
def test_every_command_has_help(command: list[str]) -> None:
    """--help works on every command and sub-command and exits 0."""
    result = run(*command, "--help")
    assert result.returncode == 0, result.stderr
    assert "usage: pgp-desk" in result.stdout


@pytest.mark.parametrize(("url", "words"), [
    ("mysql://root@localhost/x", "not supported"),
    ("this is not a url", "not a database URL"),
    ("postgresql+psycopg://nobody:pw@127.0.0.1:1/none", "cannot be reached"),
])
def test_bad_database_is_one_sentence(url: str, words: str) -> None:
    """A bad URL or an unreachable server is one line on stderr and exit 1, no traceback."""
    result = run("--database", url, "db", "status")
    assert result.returncode == 1
    assert words in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_environment_variable_chooses_the_database(tmp_path: Path) -> None:
    """PGP_DESK_DATABASE_URL points a command at another database."""
    target = tmp_path / "env.sqlite3"
    result = run("db", "upgrade", env={"PGP_DESK_DATABASE_URL": f"sqlite:///{target}"})
    assert result.returncode == 0, result.stderr
    assert target.exists()


def test_upgrade_demo_search_and_backup(tmp_path: Path) -> None:
    """db upgrade, demo --seed, clients search and db backup work end to end on SQLite."""
    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    assert run("--database", url, "db", "upgrade").returncode == 0
    demo = as_mette("--database", url, "demo", "--clients", "300", "--seed", "7")
    assert demo.returncode == 0, demo.stderr
    assert "300 clients" in demo.stdout
    assert "300/300" in demo.stderr  # the progress line
    found = as_mette("--database", url, "clients", "search", "soeren", "--limit", "500")
    assert found.returncode == 0
    assert "Søren" in found.stdout or "Sørensen" in found.stdout
    backup = tmp_path / "copy.sqlite3"
    result = run("--database", url, "db", "backup", str(backup))
    assert result.returncode == 0, result.stderr
    again = as_mette("--database", f"sqlite:///{backup}", "clients", "search", "--limit",
                     "1000")
    assert len(again.stdout.strip().splitlines()) == 300


def test_demo_is_deterministic(tmp_path: Path) -> None:
    """The same --seed gives the same clinic."""
    outputs = []
    for name in ("a", "b"):
        url = f"sqlite:///{tmp_path / name}.sqlite3"
        assert as_mette("--database", url, "demo", "--clients", "40", "--seed", "3").returncode == 0
        outputs.append(as_mette("--database", url, "clients", "search", "--limit", "100").stdout)
    assert outputs[0] == outputs[1] and outputs[0]


def test_demo_without_database_uses_the_demo_file(tmp_path: Path) -> None:
    """`pgp-desk demo` writes to the demo file, never the real records."""
    data = tmp_path / "data"
    result = run(*cli_sign_in("mette"), "demo", "--clients", "5",
                 env={"PGP_DESK_DATA_DIR": str(data)}, password=DEMO_PASSWORD)
    assert result.returncode == 0, result.stderr
    assert (data / "pgp-desk-demo.sqlite3").exists()
    assert not (data / "pgp-desk.sqlite3").exists()


@pytest.mark.postgres
def test_postgres_backup_points_to_pg_dump(postgres_url: str) -> None:
    """db backup on PostgreSQL says to use pg_dump instead of failing obscurely."""
    result = run("--database", postgres_url, "db", "backup", "x.dump")
    assert result.returncode == 1
    assert "pg_dump" in result.stderr


@pytest.mark.postgres
def test_demo_on_postgres(postgres_url: str) -> None:
    """The demo clinic loads into PostgreSQL too."""
    result = as_therapist("--database", postgres_url, "demo", "--clients", "50", "--seed", "1")
    assert result.returncode == 0, result.stderr
    listed = as_therapist("--database", postgres_url, "clients", "search", "--limit", "100")
    assert len(listed.stdout.strip().splitlines()) == 50


@pytest.mark.postgres
def test_demo_on_an_empty_postgres_database(empty_postgres_url: str) -> None:
    """IT upgrades an empty server database; `pgp-desk --user mette demo` then creates the
    demo people with their own server logins and the demo password, as on SQLite, and each
    of them can sign in afterwards (this failed with "wrong user name or password")."""
    url = empty_postgres_url
    assert run("--database", url, "db", "upgrade").returncode == 0
    made = as_mette("--database", url, "demo", "--clients", "5", "--seed", "1")
    assert made.returncode == 0, made.stderr
    for person in ("jonas", "sofie"):
        listed = run("--database", url, "--user", person, "--password-stdin", "clients",
                     "search", "--limit", "10", password=DEMO_PASSWORD)
        assert listed.returncode == 0, listed.stderr
        assert len(listed.stdout.strip().splitlines()) == 5


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    """A database from a newer PGP Desk is refused with one sentence."""
    import sqlite3

    path = tmp_path / "newer.sqlite3"
    assert run("--database", f"sqlite:///{path}", "db", "upgrade").returncode == 0
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num='9999_future'")
    result = run("--database", f"sqlite:///{path}", "clients", "search")
    assert result.returncode == 1 and "newer than this PGP Desk" in result.stderr


def test_instruments_import_and_list(sqlite_url: str) -> None:
    """`pgp-desk instruments import` adds a licensed definition that `list` then shows."""
    url = sqlite_url
    odi = Path(__file__).resolve().parent / "unit" / "data" / "odi_example.yaml"
    added = as_therapist("--database", url, "instruments", "import", str(odi), "--licence",
                         "no. 1")
    assert added.returncode == 0, added.stderr
    listed = as_therapist("--database", url, "instruments", "list")
    assert "ODI" in listed.stdout and "PGQ" in listed.stdout
    refused = as_therapist("--database", url, "instruments", "import", str(odi))
    assert refused.returncode == 2  # --licence is required


def test_commands_need_a_person_and_her_password(sqlite_url: str) -> None:
    """No --user, or --user without the password, signs nobody in: LOGNAME and USER naming
    the administrator change nothing."""
    admin_env = {"LOGNAME": "therapist", "USER": "therapist"}
    nobody = run("--database", sqlite_url, "clients", "search", env=admin_env)
    assert nobody.returncode == 1 and "sign in with --user NAME" in nobody.stderr
    no_password = run("--database", sqlite_url, "--user", "therapist", "--password-stdin",
                      "clients", "search", env=admin_env, password="")
    assert no_password.returncode == 1
    assert "wrong user name or password" in no_password.stderr
    no_terminal = run("--database", sqlite_url, "--user", "therapist", "clients", "search",
                      env=admin_env, password=TEST_PASSWORD)
    assert no_terminal.returncode == 1 and "--password-stdin" in no_terminal.stderr
    assert "Traceback" not in no_password.stderr + no_terminal.stderr
    signed = as_therapist("--database", sqlite_url, "clients", "search")
    assert signed.returncode == 0, signed.stderr


def test_an_empty_database_points_to_the_first_start(tmp_path: Path) -> None:
    """A command on a database with nobody in it says how the administrator is created."""
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    assert run("--database", url, "db", "upgrade").returncode == 0
    result = run("--database", url, "--user", "anne", "--password-stdin", "clients", "search",
                 password="whatever-it-is")
    assert result.returncode == 1 and "create the administrator" in result.stderr
