"""The log file IT reads when something went wrong: rotated, owner-only, no personal data.

A failure is logged as its kind and where it happened (exception classes, SQLSTATE or
SQLite error code, and the chain of source lines), never its message: database errors
carry the SQL and its parameters, which hold names, CPR numbers and notes, and file errors
carry paths that may name a client. The screen gets one sentence (``services.failures``),
this file gets enough for a developer to find the line.
"""

from __future__ import annotations

import contextlib
import logging
import traceback
from pathlib import Path
from types import TracebackType
from typing import TypeAlias

from pgp_desk import config

LOGGER_NAME = "pgp_desk"
_handler: _LogFile | None = None
# What sys.exc_info() returns, as logging hands it to a formatter.
ExcInfo: TypeAlias = (tuple[type[BaseException], BaseException, TracebackType | None]
                      | tuple[None, None, None])


class _LogFile(logging.Handler):
    """The log file, opened when its first line is written (``services.log_file``).

    ``start()`` runs before the first window; opening the rotating file there would load
    ``logging.handlers`` (about 11 ms) on every start, though most starts log nothing. Every
    line still reaches the file: this handler stands in for it from the start."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.baseFilename = str(path.resolve())
        self.file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self.file is None:
            try:
                from pgp_desk.services.log_file import PrivateRotatingHandler

                self.file = PrivateRotatingHandler(Path(self.baseFilename))
            except Exception:  # a log that cannot be opened must never hide the real error
                self.handleError(record)
                return
            self.file.setFormatter(_NoMessageFormatter("%(asctime)s %(levelname)s %(name)s "
                                                       "%(message)s"))
        self.file.handle(record)

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
        super().close()


class _NoMessageFormatter(logging.Formatter):
    """Any module may log ``exc_info``: the file still gets the kind and lines only."""

    def formatException(self, ei: ExcInfo) -> str:
        return "    " + describe_for_log(ei[1]) if ei and ei[1] is not None else ""


def log_path() -> Path:
    return config.log_dir() / "pgp-desk.log"


def logger() -> logging.Logger:
    """The application's logger, writing to the rotated log file (set up on first use)."""
    global _handler
    log = logging.getLogger(LOGGER_NAME)
    path = log_path()
    if _handler is None or Path(_handler.baseFilename) != path.resolve():
        if _handler is not None:
            log.removeHandler(_handler)
            _handler.close()
        _handler = _LogFile(path)
        log.addHandler(_handler)
        log.setLevel(logging.INFO)
        log.propagate = False
    return log


def start() -> None:
    """Send the application's warnings to the log file from now on (never raises: a data
    folder that cannot be made is reported by the command that needs it)."""
    with contextlib.suppress(Exception):
        logger()


def error_code(exc: BaseException) -> str:
    """SQLSTATE (PostgreSQL), SQLite error name or errno: codes, never messages."""
    orig = getattr(exc, "orig", None) or exc
    for attribute in ("sqlstate", "sqlite_errorname", "pgcode"):
        value = getattr(orig, attribute, None)
        if value:
            return str(value)
    errno = getattr(exc, "errno", None)
    return f"errno {errno}" if errno else ""


def describe_for_log(exc: BaseException) -> str:
    """The exception chain as class names, codes and source lines; no messages, no values."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        kind = f"{type(current).__module__}.{type(current).__qualname__}"
        code = error_code(current)
        frames = traceback.extract_tb(current.__traceback__)
        where = " <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}"
                            for f in reversed(frames[-12:]))
        parts.append(f"{kind}{f' [{code}]' if code else ''}{f' at {where}' if where else ''}")
        current = current.__cause__ or current.__context__
    return " | caused by ".join(parts)


def record_failure(exc: BaseException, what: str = "failure") -> None:
    """Write ``exc`` to the log without its message; logging itself never raises."""
    with contextlib.suppress(Exception):  # a broken log must never hide the real error
        logger().error("%s: %s", what, describe_for_log(exc))


def last_lines(count: int = 40) -> list[str]:
    """The newest lines of the log, for *Help → Copy support information*."""
    try:
        lines = log_path().read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    return lines[-count:]
