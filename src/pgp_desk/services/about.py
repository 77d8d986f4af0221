"""What *Help → About* tells: the program's version and the database schema's."""

from __future__ import annotations

import platform
from dataclasses import dataclass

from pgp_desk import __version__
from pgp_desk.db import schema_version
from pgp_desk.services.database import Database


@dataclass(frozen=True)
class AboutInfo:
    version: str
    schema: str | None  # the database's Alembic revision (None: not created yet)
    expected_schema: str  # the revision this version of PGP Desk upgrades to
    python: str


def about(db: Database) -> AboutInfo:
    """Read the database's schema revision (one query: call it off the GUI thread)."""
    return AboutInfo(__version__, schema_version.current_revision(db.engine),
                     schema_version.head_revision(), platform.python_version())
