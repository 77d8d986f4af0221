"""The log file itself: rotated, every file owner-only. Loaded with the first line written
(``logbook``), as ``logging.handlers`` brings sockets and pickling the first window does
not need."""

from __future__ import annotations

import os
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path

from pgp_desk.private_files import FILE_MODE, POSIX

MAX_BYTES = 512 * 1024
KEEP = 5


class PrivateRotatingHandler(RotatingFileHandler):
    """A rotating handler whose every file (the current one and each rotation) is 0600."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8",
                         delay=False)

    def _open(self) -> TextIOWrapper:
        if POSIX:
            fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
            os.close(fd)
            os.chmod(self.baseFilename, FILE_MODE)
        return super()._open()
