"""Files that hold health data: owner-only whatever the umask, written whole or not at all.

Every file PGP Desk writes with a client's data in it (the SQLite database and its WAL/SHM,
backups, handout PDFs, reports, exports, drafts, logs) goes through this module, so one
place decides the permissions: 0600 files and 0700 folders on Linux and macOS. On Windows
the files live in the user's own profile folders, whose permissions already keep others out.

A write goes to a temporary file beside the target, is flushed to disk and renamed over it,
so a full disk or a crash leaves the old file or the new one, never half of one. An
``OSError`` always names the target (never the temporary file), so the one sentence the user
sees says which file could not be written.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700
POSIX = os.name == "posix"


def make_private(path: Path) -> None:
    """Take group and other access away from an existing file or folder (no-op on Windows)."""
    if not POSIX:
        return
    with contextlib.suppress(FileNotFoundError):
        info = path.stat()
        if info.st_uid != os.getuid() or not stat.S_IMODE(info.st_mode) & 0o077:
            return  # someone else's folder (e.g. a share IT set up): leave it to them
        os.chmod(path, FOLDER_MODE if stat.S_ISDIR(info.st_mode) else FILE_MODE)


def private_folder(path: Path) -> Path:
    """Create ``path`` (and missing parents) owner-only; an existing folder is left as it is,
    except the folders PGP Desk made itself, which :func:`make_private` tightens."""
    path.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    return path


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles for this."""
    if not POSIX:
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temporary_beside(path: Path) -> Path:
    """A new, empty owner-only file in ``path``'s folder (for writers that need a name)."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, str(path)) from exc
    os.close(fd)
    return Path(tmp)


def publish(tmp: Path, path: Path, overwrite: bool = True) -> None:
    """Rename the finished temporary file ``tmp`` onto ``path``, owner-only and durable."""
    try:
        if POSIX:
            os.chmod(tmp, FILE_MODE)
        if overwrite:
            os.replace(tmp, path)
        else:
            os.link(tmp, path)  # fails with EEXIST instead of replacing a file made meanwhile
            os.unlink(tmp)
        _fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise OSError(exc.errno, exc.strerror, str(path)) from exc


def write_private(path: Path, data: bytes, overwrite: bool = True) -> Path:
    """Write ``data`` to ``path`` so that a crash leaves the old or the new file, whole."""
    path = Path(path)
    tmp = temporary_beside(path)
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise OSError(exc.errno, exc.strerror, str(path)) from exc
    publish(tmp, path, overwrite=overwrite)
    return path
