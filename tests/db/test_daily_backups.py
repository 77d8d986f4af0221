"""Daily SQLite backups to a chosen folder: checked, rotated, owner-only, restorable."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from people_world import TEST_PASSWORD, cli_sign_in
from pgp_desk.services import backups
from pgp_desk.services.clients import clients, privacy
from pgp_desk.services.errors import UserError

DAY = timedelta(days=1)


def _client(db, actor, first="Ida"):  # type: ignore[no-untyped-def]
    return clients.create_client(db, actor, clients.ClientInput(first_name=first,
                                                                last_name="Moe"))


def test_one_checked_copy_a_day_and_only_the_newest_kept(sqlite_db, sqlite_actor,
                                                         tmp_path: Path) -> None:
    """A copy when the last is a day old, none in between; the newest ``keep`` stay;
    each copy is owner-only and opens with the clients in it."""
    (tmp_path / "usb").mkdir()
    plan = backups.save_plan(backups.BackupPlan(tmp_path / "usb", keep=3))
    assert backups.load_plan() == plan
    _client(sqlite_db, sqlite_actor)
    start = datetime(2026, 3, 1, 9, 0)
    made = [backups.backup_if_due(sqlite_db, plan, start + n * DAY) for n in range(5)]
    assert all(made)
    assert backups.backup_if_due(sqlite_db, plan, start + 4 * DAY + timedelta(hours=3)) is None
    kept = sorted(p.name for p in plan.folder.iterdir())
    assert kept == [p.name for p in made[2:]]
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in made[2:])  # type: ignore[union-attr]
    assert backups.last_backup(sqlite_db, plan) == start + 4 * DAY
    assert not backups.backup_is_old(sqlite_db, plan, start + 6 * DAY)
    assert backups.backup_is_old(sqlite_db, plan, start + 8 * DAY)
    assert backups.backup_is_old(sqlite_db, None, start)


def test_a_missing_folder_is_one_sentence(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError, match="does not exist"):
        backups.save_plan(backups.BackupPlan(Path("/nonexistent/usb")))


def test_erasure_lists_the_daily_copies_that_still_hold_her(sqlite_db, sqlite_actor,
                                                           tmp_path: Path) -> None:
    """The daily copies are backups like any other: erasure lists them for deletion."""
    (tmp_path / "usb").mkdir()
    plan = backups.save_plan(backups.BackupPlan(tmp_path / "usb"))
    made = _client(sqlite_db, sqlite_actor)
    copy = backups.backup_if_due(sqlite_db, plan)
    held = privacy.erase_client(sqlite_db, sqlite_actor, made.id, "Ida Moe",
                                legal_basis="GDPR art. 17(1)(d)")
    assert [h.path for h in held] == [copy]
    privacy.delete_backups([h.path for h in held])
    assert copy is not None and not copy.exists()


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """The command signed in as the test clinic's administrator (tests/people_world.py)."""
    return subprocess.run([sys.executable, "-m", "pgp_desk", *args, *cli_sign_in()],
                          capture_output=True, text=True, timeout=120, check=False,
                          env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
                          input=TEST_PASSWORD + "\n")


def test_db_restore_checks_keeps_the_current_file_and_restores(sqlite_db, sqlite_actor,
                                                              tmp_path: Path) -> None:
    """`pgp-desk db restore FILE`: a damaged file is refused; a good one replaces the
    database after the current one is kept in backups/."""
    (tmp_path / "usb").mkdir()
    plan = backups.save_plan(backups.BackupPlan(tmp_path / "usb"))
    _client(sqlite_db, sqlite_actor, "Before")
    copy = backups.backup_if_due(sqlite_db, plan)
    _client(sqlite_db, sqlite_actor, "After")
    url = sqlite_db.engine.url.render_as_string(hide_password=False)
    sqlite_db.close()
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(os.urandom(8192))
    refused = run("db", "restore", str(garbage), "--database", url)
    assert refused.returncode == 1 and "damaged" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    restored = run("db", "restore", str(copy), "--database", url)
    assert restored.returncode == 0, restored.stderr
    names = run("clients", "search", "--database", url).stdout
    assert "Before" in names and "After" not in names
    kept = restored.stdout.split("kept at ")[-1].strip()
    assert Path(kept).exists()
    assert "After" in run("clients", "search", "--database", f"sqlite:///{kept}").stdout


def test_a_damaged_database_is_restored_and_kept_as_it_was(sqlite_db, sqlite_actor,
                                                          tmp_path: Path) -> None:
    """The usual case: the database is damaged. It is kept byte for byte, and the backup
    takes its place."""
    (tmp_path / "usb").mkdir()
    plan = backups.save_plan(backups.BackupPlan(tmp_path / "usb"))
    _client(sqlite_db, sqlite_actor, "Saved")
    copy = backups.backup_if_due(sqlite_db, plan)
    database = Path(str(sqlite_db.engine.url.database))
    sqlite_db.close()
    broken = os.urandom(database.stat().st_size)
    database.write_bytes(broken)
    assert copy is not None
    kept = backups.restore(database, copy)
    assert kept.read_bytes() == broken
    assert "Saved" in run("clients", "search", "--database", f"sqlite:///{database}").stdout
