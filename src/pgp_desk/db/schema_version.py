"""Which schema a database has and which this PGP Desk needs, without importing Alembic.

Every start asks this; Alembic (a quarter of a second of imports) is loaded only when an
upgrade is due (``db.migrate``). The revisions are read from the migration files' own
``revision``/``down_revision`` lines, so there is no second list to keep in step.
"""

from __future__ import annotations

import re
from functools import cache

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError, ProgrammingError

from pgp_desk.domain.i18n import TemplateMessage
from pgp_desk.resources import alembic_path

_LINE = re.compile(r"^(revision|down_revision)\s*=\s*(?:[\"']([^\"']+)[\"']|None)", re.M)


class SchemaTooNewError(TemplateMessage, RuntimeError):
    """The database was upgraded by a newer PGP Desk than this one."""

    def __init__(self, template: str, *params: object):
        super().__init__(self._set_message(template, params))


@cache
def _history() -> tuple[frozenset[str], tuple[str, ...]]:
    known: set[str] = set()
    parents: set[str] = set()
    for path in (alembic_path() / "versions").glob("*.py"):
        lines = dict((m.group(1), m.group(2)) for m in _LINE.finditer(path.read_text("utf-8")))
        if lines.get("revision"):
            known.add(lines["revision"])
            if lines.get("down_revision"):
                parents.add(lines["down_revision"])
    return frozenset(known), tuple(sorted(known - parents))


def known_revisions() -> set[str]:
    return set(_history()[0])


def head_revision() -> str:
    heads = _history()[1]
    if len(heads) != 1:
        raise RuntimeError(f"the migration history has {len(heads)} heads; expected one")
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    """The database's revision in one query; None for an empty database."""
    with engine.connect() as connection:
        try:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except (OperationalError, ProgrammingError) as exc:
            if "alembic_version" in str(exc.orig):  # no such table: nothing created yet
                return None
            raise


def needs_upgrade(engine: Engine) -> bool:
    current = current_revision(engine)
    if current is not None and current not in known_revisions():
        raise SchemaTooNewError(
            "the database schema (%1) is newer than this PGP Desk; "
            "install the newer version that upgraded it", current
        )
    return current != head_revision()
