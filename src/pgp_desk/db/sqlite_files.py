"""Copies and checks of a SQLite database file: never at the cost of the file being copied.

A copy is written to a temporary file beside the target with SQLite's online backup API
(consistent while other workstations write), checked with ``PRAGMA quick_check`` and only
then renamed onto the target: a failed copy leaves the previous one where it was. The copy
is owner-only, like the database itself.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from pgp_desk.private_files import publish, temporary_beside

MAX_PROBLEMS = 20


class SameFileError(ValueError):
    """The copy would overwrite the database it copies (directly or through a link)."""


class UnsoundCopyError(RuntimeError):
    """The finished copy failed SQLite's check, so it was not kept."""


def same_file(a: Path, b: Path) -> bool:
    """True when ``a`` and ``b`` are one file, through symlinks and hard links alike."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def companions(path: Path) -> tuple[Path, Path, Path]:
    """The database file and the WAL and shared-memory files SQLite keeps beside it."""
    return path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def _open_existing(path: Path) -> sqlite3.Connection:
    """A connection to a file that exists (``mode=rw`` never creates an empty database)."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=30)


def integrity_problems(path: Path, quick: bool = False) -> list[str]:
    """SQLite's own integrity check of ``path``: an empty list when the file is sound."""
    pragma = "quick_check" if quick else "integrity_check"
    connection = _open_existing(path)
    try:
        rows = connection.execute(f"PRAGMA {pragma}({MAX_PROBLEMS})").fetchall()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        connection.close()
    found = [str(row[0]) for row in rows]
    return [] if found == ["ok"] else found


def copy_database(source: Path, target: Path, overwrite: bool = False) -> Path:
    """A checked, owner-only copy of the live database ``source`` at ``target``.

    Raises ``SameFileError`` for the database itself (or its WAL/SHM), ``FileExistsError``
    when ``target`` exists and ``overwrite`` is not given, ``OSError`` naming ``target`` when
    the folder cannot be written, and ``UnsoundCopyError`` when the copy is unsound.
    """
    if any(part.exists() and same_file(part, target) for part in companions(source)):
        raise SameFileError(str(target))
    if target.exists() and not overwrite:
        raise FileExistsError(17, "File exists", str(target))
    tmp = temporary_beside(target)
    try:
        reader = _open_existing(source)
        try:
            writer = sqlite3.connect(tmp)
            try:
                reader.backup(writer)
                writer.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            finally:
                writer.close()
        finally:
            reader.close()
        problems = integrity_problems(tmp, quick=True)
        if problems:
            raise UnsoundCopyError(problems[0])
        publish(tmp, target, overwrite=overwrite)
    except BaseException:
        for part in companions(tmp):
            with contextlib.suppress(OSError):
                part.unlink()
        raise
    return target


def holds_row(path: Path, table: str, row_id: int, where: str = "1") -> bool:
    """True when the SQLite file ``path`` has row ``row_id`` in ``table`` (and ``where``).

    Opened read-only and immutable: a backup is never changed by looking into it. A file
    that is not a readable PGP Desk database counts as not holding the row.
    """
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1",
                                     uri=True)
    except sqlite3.Error:
        return False
    try:
        found = connection.execute(
            f"SELECT 1 FROM {table} WHERE id = ? AND {where}", (row_id,)).fetchone()
    except sqlite3.Error:
        return False
    finally:
        connection.close()
    return found is not None
