"""Daily backups of a solo practice's SQLite file to a folder she chooses, and restoring one.

The folder is typically an external disk or a network share. Once a day (at start and
while PGP Desk runs) a copy is made with SQLite's online backup API, checked with the full
integrity check and only then kept; the newest ``keep`` copies stay, older ones go. The
status bar warns when the newest good copy is older than ``WARN_AFTER``. The choice lives
in ``backup.json`` in the data folder of this computer (each workstation has its own file).
A PostgreSQL clinic is backed up on the server with ``pg_dump`` instead.
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from pgp_desk import config
from pgp_desk.db.engine import sqlite_file
from pgp_desk.db.sqlite_files import companions, copy_database, integrity_problems, same_file
from pgp_desk.private_files import make_private, publish, temporary_beside, write_private
from pgp_desk.services.database import Database, damaged
from pgp_desk.services.errors import UserError

EVERY = timedelta(days=1)
WARN_AFTER = timedelta(days=3)
DEFAULT_KEEP = 14
STAMP = "%Y-%m-%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-daily-(?P<stamp>\d{4}-\d{2}-\d{2}-\d{6})\.sqlite3$")


@dataclass(frozen=True)
class BackupPlan:
    folder: Path
    keep: int = DEFAULT_KEEP


def plan_path() -> Path:
    return config.data_dir() / "backup.json"


def load_plan() -> BackupPlan | None:
    """The chosen folder and how many copies to keep, or None when none was chosen."""
    try:
        data = json.loads(plan_path().read_text(encoding="utf-8"))
        return BackupPlan(Path(data["folder"]), max(1, int(data.get("keep", DEFAULT_KEEP))))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def save_plan(plan: BackupPlan) -> BackupPlan:
    if not plan.folder.is_dir():
        raise UserError("the folder %1 does not exist; create it first or check the path",
                        plan.folder)
    if not 1 <= plan.keep <= 365:
        raise UserError("keep between 1 and 365 copies")
    text = json.dumps({"folder": str(plan.folder), "keep": plan.keep}, indent=2)
    write_private(plan_path(), text.encode("utf-8"))
    return plan


def _copies(plan: BackupPlan, stem: str) -> list[tuple[datetime, Path]]:
    """This database's daily copies in the folder, newest first."""
    found = []
    try:
        entries = list(plan.folder.iterdir())
    except OSError:
        return []
    for path in entries:
        match = _NAME.match(path.name)
        if match and match["stem"] == stem:
            found.append((datetime.strptime(match["stamp"], STAMP), path))
    return sorted(found, reverse=True)


def last_backup(db: Database, plan: BackupPlan | None) -> datetime | None:
    """When the newest daily copy of this database was taken (None: there is none)."""
    path = sqlite_file(db.engine)
    if plan is None or path is None:
        return None
    copies = _copies(plan, path.stem)
    return copies[0][0] if copies else None


def backup_is_old(db: Database, plan: BackupPlan | None, now: datetime) -> bool:
    """True for a SQLite database whose newest good copy is missing or too old."""
    if sqlite_file(db.engine) is None:
        return False
    last = last_backup(db, plan)
    return last is None or now - last > WARN_AFTER


def backup_if_due(db: Database, plan: BackupPlan | None, now: datetime | None = None,
                  force: bool = False) -> Path | None:
    """Make today's copy if the newest is a day old (or ``force``); keep the newest
    ``plan.keep``. Returns the new copy, or None when none was due."""
    path = sqlite_file(db.engine)
    if plan is None or path is None:
        return None
    now = now or datetime.now()
    last = last_backup(db, plan)
    if not force and last is not None and now - last < EVERY:
        return None
    target = plan.folder / f"{path.stem}-daily-{now.strftime(STAMP)}.sqlite3"
    copy_database(path, target, overwrite=True)
    if integrity_problems(target):  # the full check, not only the quick one
        for part in companions(target):
            part.unlink(missing_ok=True)
        raise UserError("the backup copy %1 failed SQLite's integrity check and was removed; "
                        "run 'pgp-desk db check' on the database", target)
    for _taken, old in _copies(plan, path.stem)[plan.keep:]:
        for part in companions(old):
            part.unlink(missing_ok=True)
    return target


def daily_copies(db: Database) -> list[Path]:
    """Every daily copy of this database in the chosen folder (for erasure to list)."""
    plan, path = load_plan(), sqlite_file(db.engine)
    if plan is None or path is None:
        return []
    return [copy for _taken, copy in _copies(plan, path.stem)]


def restore(database: Path, backup: Path) -> Path:
    """Put ``backup`` in place of ``database`` (PGP Desk closed everywhere).

    The backup is checked first; the current database is kept in the backups folder (its
    path is returned); WAL and shared-memory files of the old database are removed, since
    SQLite would otherwise replay them onto the restored file.
    """
    if not backup.is_file():
        raise UserError("%1 does not exist (or its folder does not); check the path", backup)
    if database.exists() and same_file(database, backup):
        raise UserError("%1 is the database itself; choose a backup copy", backup)
    if integrity_problems(backup):
        raise damaged(backup)
    stamp = datetime.now().strftime(STAMP)
    kept = config.backup_dir() / f"{database.stem}-before-restore-{stamp}.sqlite3"
    for part, copy in zip(companions(database)[:2], companions(kept)[:2], strict=True):
        if part.exists():  # byte for byte, so a damaged database can be kept as it is
            tmp = temporary_beside(copy)
            shutil.copyfile(part, tmp)
            publish(tmp, copy)
    tmp = temporary_beside(database)
    try:
        copy_database(backup, tmp, overwrite=True)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    for part in companions(database)[1:]:
        part.unlink(missing_ok=True)
    publish(tmp, database)
    make_private(database)
    return kept
