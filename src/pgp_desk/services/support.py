"""What IT needs to help: version, database kind and schema, and the last log lines.

*Help → Copy support information* puts this text on the clipboard. It names the database's
file or server (never a password) and holds no client data: the log it quotes records
failures by kind and source line only (see ``logbook``).
"""

from __future__ import annotations

import platform
import sys

from pgp_desk import __version__
from pgp_desk.db import schema_version
from pgp_desk.services import logbook
from pgp_desk.services.database import Database

LOG_LINES = 30


def _schema(db: Database) -> str:
    try:
        current = schema_version.current_revision(db.engine) or "empty"
    except Exception as exc:  # the point is to report, even when the database is unwell
        logbook.record_failure(exc, "support information")
        current = "unreadable"
    return f"{current} (this version expects {schema_version.head_revision()})"


def support_information(db: Database) -> str:
    """Plain text for an email to IT; safe to send: no password, no client data."""
    kind = "SQLite file" if db.is_sqlite else "PostgreSQL server"
    lines = [
        f"PGP Desk {__version__}",
        f"System: {platform.system()} {platform.release()}; Python {sys.version.split()[0]}",
        f"Database: {kind} {db.location}",
        f"Schema: {_schema(db)}",
        f"Log file: {logbook.log_path()}",
        "",
        f"Last log lines ({LOG_LINES} at most):",
        *(logbook.last_lines(LOG_LINES) or ["(none)"]),
    ]
    return "\n".join(lines) + "\n"
