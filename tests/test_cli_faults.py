"""Every command against hostile paths and files: one sentence on stderr, exit 1, no trace.

A clinic's IT person and a careless user type paths into /proc, into read-only folders, at
folders, at devices, at damaged databases. Whatever happens, the command says so in one
line on stderr and exits 1; it never prints a traceback, SQL or a password, and it never
creates a file or folder it was not asked for.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from people_world import cli_sign_in
from pgp_desk.services.demo.demo_names import DEMO_PASSWORD

Paths = dict[str, Path]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The command signed in as the demo clinic's administrator (options may follow it)."""
    full_env = os.environ | {"QT_QPA_PLATFORM": "offscreen"} | (env or {})
    return subprocess.run([sys.executable, "-m", "pgp_desk", *args, *cli_sign_in("mette")],
                          capture_output=True, text=True, env=full_env, timeout=120,
                          check=False, input=DEMO_PASSWORD + "\n")


def assert_one_sentence(result: subprocess.CompletedProcess[str], *words: str) -> None:
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1, (result.returncode, result.stderr)
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("pgp-desk: error: "), result.stderr
    for banned in ("Traceback", "sqlalche.me", "SELECT", "INSERT", "[SQL", "Background on"):
        assert banned not in result.stderr
    for word in words:
        assert word in lines[0], (word, lines[0])


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Paths:
    """A small demo clinic with programmes and issued handouts, plus damaged copies of it."""
    folder = tmp_path_factory.mktemp("hostile")
    good = folder / "clinic.sqlite3"
    data = folder / "data"
    made = run("--database", f"sqlite:///{good}", "demo", "--clients", "30", "--seed", "2",
               env={"PGP_DESK_DATA_DIR": str(data)})
    assert made.returncode == 0, made.stderr
    garbage = folder / "garbage.sqlite3"
    garbage.write_bytes(os.urandom(8192))
    truncated = folder / "truncated.sqlite3"
    with sqlite3.connect(good) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    content = good.read_bytes()
    truncated.write_bytes(content[: len(content) // 3])
    scrambled = folder / "scrambled.sqlite3"
    middle = bytearray(content)
    middle[4096:len(middle) - 4096] = os.urandom(len(middle) - 8192)
    scrambled.write_bytes(bytes(middle))
    csv = folder / "clients.csv"
    csv.write_text("Fornavn;Efternavn\nAase;Hansen\n", encoding="utf-8")
    return {"folder": folder, "good": good, "garbage": garbage, "truncated": truncated,
            "scrambled": scrambled, "data": data, "csv": csv}


@pytest.fixture
def read_only(tmp_path: Path) -> Path:
    """A folder nobody may write to (root may write anywhere but /sys)."""
    if os.geteuid() == 0:
        return Path("/sys")
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    return folder


def with_db(path: Path, *args: str) -> list[str]:
    return ["--database", f"sqlite:///{path}", *args]


WRITE_TARGETS: dict[str, Callable[[Paths, Path], Path]] = {
    "proc": lambda _w, _ro: Path("/proc/x.pdf"),
    "read-only folder": lambda _w, ro: ro / "x.pdf",
    "missing folder": lambda w, _ro: w["folder"] / "no" / "such" / "x.pdf",
    "a folder": lambda w, _ro: w["folder"],
    "under a file": lambda w, _ro: w["csv"] / "x.pdf",
}

OUTPUT_COMMANDS: dict[str, Callable[[Path], list[str]]] = {
    "handout": lambda out: ["handout", "1", "-o", str(out)],
    "handout --issue": lambda out: ["handout", "1", "-o", str(out), "--issue",
                                    "--confirm-red-flag", "checked"],
    "report": lambda out: ["report", "1", "-o", str(out)],
    "export client": lambda out: ["export", "client", "1", "-o", str(out.with_suffix(".json"))
                                  if out.suffix else str(out)],
    "db backup": lambda out: ["db", "backup", str(out.with_suffix(".sqlite3"))
                              if out.suffix else str(out)],
}


@pytest.mark.parametrize("target", WRITE_TARGETS, ids=str)
@pytest.mark.parametrize("command", OUTPUT_COMMANDS, ids=str)
def test_unwritable_output_is_one_sentence(world: Paths, read_only: Path, command: str,
                                          target: str) -> None:
    """Writing into /proc, a read-only or missing folder, onto a folder: one sentence."""
    out = WRITE_TARGETS[target](world, read_only)
    before = _files(world["folder"])
    result = run(*with_db(world["good"], *OUTPUT_COMMANDS[command](out)))
    assert_one_sentence(result)
    assert _files(world["folder"]) == before  # no litter, no half-written file


def _files(folder: Path) -> list[str]:
    """What is in ``folder``, leaving out the WAL files SQLite makes and removes itself."""
    return sorted(p.name for p in folder.rglob("*") if not p.name.endswith(("-wal", "-shm")))


@pytest.mark.parametrize("target", ["proc", "read-only folder", "under a file"])
def test_reprint_into_an_unwritable_folder_is_one_sentence(world: Paths, read_only: Path,
                                                           target: str) -> None:
    """`handout --all-issued-since` into a folder that cannot be made or written."""
    folder = {"proc": Path("/proc/reprints"), "read-only folder": read_only / "reprints",
              "under a file": world["csv"] / "reprints"}[target]
    result = run(*with_db(world["good"], "handout", "--all-issued-since", "2000-01-01",
                          "-o", str(folder)))
    assert_one_sentence(result)


def test_reprint_into_a_read_only_folder_that_exists(world: Paths, read_only: Path) -> None:
    """The folder exists but cannot be written: one sentence, not one traceback per file."""
    result = run(*with_db(world["good"], "handout", "--all-issued-since", "2000-01-01",
                          "-o", str(read_only)))
    assert_one_sentence(result)


DATABASE_COMMANDS: list[list[str]] = [
    ["db", "status"], ["db", "upgrade"], ["db", "check"], ["clients", "search", "a"],
    ["instruments", "list"], ["report", "1", "-o", "{out}/r.pdf"],
    ["handout", "1", "-o", "{out}/h.pdf"], ["export", "client", "1", "-o", "{out}/c.json"],
    ["import", "clients", "{csv}", "--dry-run"], ["demo", "--clients", "2"],
    ["db", "backup", "{out}/b.sqlite3"],
]


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
@pytest.mark.parametrize("command", DATABASE_COMMANDS, ids=" ".join)
def test_damaged_database_is_named_with_the_way_out(world: Paths, tmp_path: Path,
                                                    damage: str, command: list[str]) -> None:
    """A damaged SQLite file: which file, that it is damaged, and how to restore a backup."""
    copy = tmp_path / f"{damage}.sqlite3"
    shutil.copyfile(world[damage], copy)
    args = [a.format(out=tmp_path, csv=world["csv"]) for a in command]
    result = run(*with_db(copy, *args))
    assert_one_sentence(result)
    assert str(copy) in result.stderr and "damaged" in result.stderr, result.stderr
    assert "backup" in result.stderr


def test_db_check_finds_damage_that_queries_miss(world: Paths, tmp_path: Path) -> None:
    """`db check` runs SQLite's integrity check: sound file exit 0, damaged file exit 1."""
    assert run(*with_db(world["good"], "db", "check")).returncode == 0
    copy = tmp_path / "scrambled.sqlite3"
    shutil.copyfile(world["scrambled"], copy)
    assert_one_sentence(run(*with_db(copy, "db", "check")), "damaged", str(copy))


@pytest.mark.parametrize("source", ["/dev/zero", "/proc/self/mem", "{folder}",
                                    "{folder}/missing.csv", "{garbage}"])
def test_import_of_a_device_folder_or_missing_file(world: Paths, source: str) -> None:
    """`import clients /dev/zero` and friends: one sentence, promptly, no memory blow-up."""
    path = source.format(folder=world["folder"], garbage=world["garbage"])
    result = run(*with_db(world["good"], "import", "clients", path, "--dry-run"))
    assert_one_sentence(result)


def test_uncreatable_data_folder(tmp_path: Path) -> None:
    """PGP_DESK_DATA_DIR that cannot be created: the folder and the variable, one line."""
    blocker = tmp_path / "file"
    blocker.write_text("x")
    for folder in ("/proc/pgp-desk", str(blocker / "data")):
        result = run("clients", "search", env={"PGP_DESK_DATA_DIR": folder})
        assert_one_sentence(result, folder, "PGP_DESK_DATA_DIR")


def test_failed_migration_is_one_sentence(tmp_path: Path) -> None:
    """An upgrade that fails half-way says so once; the backup copy was kept beside it."""
    path = tmp_path / "old.sqlite3"
    assert run(*with_db(path, "db", "upgrade")).returncode == 0
    with sqlite3.connect(path) as connection:  # an older schema with a table in the way
        first = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        connection.execute("UPDATE alembic_version SET version_num = ?",
                           (_first_revision(),))
    result = run(*with_db(path, "db", "upgrade"),
                 env={"PGP_DESK_DATA_DIR": str(tmp_path / "data")})
    assert first != _first_revision()
    assert_one_sentence(result, "upgrade")
    assert list((tmp_path / "data" / "backups").glob("old-before-upgrade-*.sqlite3"))


def _first_revision() -> str:
    from alembic.script import ScriptDirectory

    from pgp_desk.resources import alembic_path

    return list(ScriptDirectory(str(alembic_path())).walk_revisions())[-1].revision


def test_mistyped_path_creates_nothing(tmp_path: Path) -> None:
    """A database URL in a folder that does not exist: one sentence, no folder, no file."""
    missing = tmp_path / "nonexistent" / "dir" / "x.sqlite3"
    for command in (["db", "status"], ["clients", "search"], ["db", "upgrade"],
                    ["db", "backup", str(tmp_path / "b.sqlite3")], ["instruments", "list"]):
        assert_one_sentence(run(*with_db(missing, *command)), str(missing.parent)
                            if command == ["db", "upgrade"] else str(missing))
        assert not (tmp_path / "nonexistent").exists()


def test_missing_file_in_an_existing_folder_is_only_made_by_upgrade(tmp_path: Path) -> None:
    """Status or search on a file that is not there create nothing; `db upgrade` does."""
    path = tmp_path / "new.sqlite3"
    assert_one_sentence(run(*with_db(path, "db", "status")), "db upgrade")
    assert_one_sentence(run(*with_db(path, "clients", "search")), str(path))
    assert not path.exists()
    assert run(*with_db(path, "db", "upgrade")).returncode == 0
    assert path.exists()


@pytest.mark.parametrize("option", [["--database", "{url}"], ["--demo"], ["--language", "en"]])
def test_global_options_work_after_the_command(world: Paths, tmp_path: Path,
                                               option: list[str]) -> None:
    """`pgp-desk db status --database URL` works as well as `--database URL db status`."""
    url = f"sqlite:///{world['good']}"
    given = [o.format(url=url) for o in option]
    data = {"PGP_DESK_DATA_DIR": str(tmp_path / "data"), "PGP_DESK_DATABASE_URL": url}
    if given == ["--demo"]:
        assert run("demo", "--clients", "1", env=data).returncode == 0
    before = run(*given, "db", "status", env=data)
    after = run("db", "status", *given, env=data)
    assert before.returncode == 0, before.stderr
    assert after.returncode == 0, after.stderr
    assert after.stdout == before.stdout


def test_options_after_a_nested_command(world: Paths) -> None:
    """`clients search QUERY --database URL --language nb` finds the same clients."""
    url = f"sqlite:///{world['good']}"
    before = run("--database", url, "--language", "nb", "clients", "search", "a")
    after = run("clients", "search", "a", "--database", url, "--language", "nb")
    assert before.returncode == 0 and before.stdout
    assert after.stdout == before.stdout


def test_percent_in_password_or_folder_never_prints_it(tmp_path: Path) -> None:
    """A '%' in the PostgreSQL password or the data folder: no traceback, no password."""
    folder = tmp_path / "100% data"
    folder.mkdir()
    path = folder / "clinic.sqlite3"
    result = run(*with_db(path, "db", "upgrade"))
    assert result.returncode == 0, result.stderr
    assert run(*with_db(path, "demo", "--clients", "1")).returncode == 0  # people to sign in
    assert run(*with_db(path, "clients", "search")).returncode == 0
    secret = "s3cr%t-pa%ss"
    result = run("--database", f"postgresql+psycopg://someone:{secret}@127.0.0.1:1/clinic",
                 "db", "status")
    assert_one_sentence(result, "cannot be reached")
    assert secret not in result.stderr and "s3cr" not in result.stderr


@pytest.mark.postgres
def test_simultaneous_upgrades_on_postgres_take_turns(empty_postgres_url: str) -> None:
    """Three workstations upgrade at once: one upgrades, the others wait and find it done;
    every run exits 0, none prints a traceback; IT is told to take a pg_dump first."""
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    runs = [subprocess.Popen([sys.executable, "-m", "pgp_desk", "--database",
                              empty_postgres_url, "db", "upgrade"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
            for _ in range(3)]
    results = [(p.wait(timeout=180), *p.communicate()) for p in runs]
    for code, out, err in results:
        assert code == 0, err
        assert "Traceback" not in err and "UniqueViolation" not in err
        assert "schema is up to date" in out
    said = "".join(out for _code, out, _err in results)
    assert said.count("upgrading schema") == 1
    assert "pg_dump" in said
