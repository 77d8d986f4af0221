"""The administrator's view of the audit trail: find events by person, client, date and
action, and export what was found as CSV (owner-only file).

Only administrators read the trail; reading it is itself an event ("audit_read"), so the
log shows who looked at the log.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import ScalarResult, select
from sqlalchemy.orm import Session

from pgp_desk.db.models import AuditEvent
from pgp_desk.private_files import write_private
from pgp_desk.services import records
from pgp_desk.services.audit.audit import record
from pgp_desk.services.database import Database
from pgp_desk.services.errors import UserError
from pgp_desk.services.people.actor import Actor

LIMIT = 2000  # newest first; narrow the filter to see older events


@dataclass(frozen=True)
class AuditFilter:
    person: str = ""            # user name as recorded ("" = everyone)
    client_id: int | None = None
    since: date | None = None   # first day, inclusive (local dates)
    until: date | None = None   # last day, inclusive
    action: str = ""            # "" = every action


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    person: str
    workstation: str
    action: str
    entity: str
    entity_id: int | None
    client_id: int | None
    fields: tuple[str, ...]


def _require_admin(db: Database, actor: Actor) -> None:
    records.refuse_unless(actor.is_admin, db, actor, "audit_event",
                          "only an administrator can read the audit log")


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)


def _query(session: Session, actor: Actor, wanted: AuditFilter,
           limit: int | None) -> ScalarResult[AuditEvent]:
    query = select(AuditEvent).order_by(AuditEvent.id.desc())
    if wanted.person:
        query = query.where(AuditEvent.username == wanted.person)
    if wanted.client_id is not None:
        query = query.where(AuditEvent.client_id == wanted.client_id)
    if wanted.since is not None:
        query = query.where(AuditEvent.at >= _day_start(wanted.since))
    if wanted.until is not None:
        query = query.where(AuditEvent.at < _day_start(wanted.until + timedelta(days=1)))
    if wanted.action:
        query = query.where(AuditEvent.action == wanted.action)
    if limit is not None:
        query = query.limit(limit)
    return session.scalars(query)


def _row(event: AuditEvent) -> AuditRow:
    at = event.at if event.at.tzinfo is not None else event.at.replace(tzinfo=UTC)
    fields = (event.details or {}).get("fields") or []
    return AuditRow(event.id, at.astimezone(), event.username, event.workstation,
                    event.action, event.entity, event.entity_id, event.client_id,
                    tuple(str(f) for f in fields))


def find_events(db: Database, actor: Actor, wanted: AuditFilter,
                limit: int = LIMIT) -> list[AuditRow]:
    """Events matching the filter, newest first (at most ``limit``)."""
    _require_admin(db, actor)
    with db.sessions.begin() as session:
        rows = [_row(e) for e in _query(session, actor, wanted, limit)]
        record(session, actor, "audit_read", "audit_event", None, wanted.client_id,
               count=len(rows))
        return rows


@dataclass(frozen=True)
class FilterChoices:
    people: list[str]
    actions: list[str]


def filter_choices(db: Database, actor: Actor) -> FilterChoices:
    """The people and actions the trail holds, for the filter's lists."""
    _require_admin(db, actor)
    with db.sessions() as session:
        people = sorted(p for p in session.scalars(select(AuditEvent.username).distinct()) if p)
        actions = sorted(session.scalars(select(AuditEvent.action).distinct()))
    return FilterChoices(people, actions)


CSV_HEADER = ["id", "at", "person", "workstation", "action", "entity", "entity_id",
              "client_id", "fields"]


def export_csv(db: Database, actor: Actor, wanted: AuditFilter, path: Path) -> int:
    """Write every matching event (no limit) to ``path`` as CSV; returns how many."""
    _require_admin(db, actor)
    if path.suffix.lower() != ".csv":
        raise UserError("the audit log is exported as a .csv file; choose a name ending in .csv")
    if not path.parent.is_dir():
        raise UserError("the folder %1 does not exist", path.parent)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_HEADER)
    with db.sessions.begin() as session:
        count = 0
        for event in _query(session, actor, wanted, None):
            row = _row(event)
            writer.writerow([row.id, row.at.isoformat(timespec="seconds"), row.person,
                             row.workstation, row.action, row.entity,
                             "" if row.entity_id is None else row.entity_id,
                             "" if row.client_id is None else row.client_id,
                             " ".join(row.fields)])
            count += 1
        record(session, actor, "audit_export", "audit_event", None, wanted.client_id,
               count=count)
    try:
        write_private(path, buffer.getvalue().encode("utf-8"))
    except OSError as exc:
        raise UserError("cannot write %1: %2", path, exc.strerror or exc) from exc
    return count
