"""The audit trail: every read and write of client data leaves an event (GDPR art. 5(2), 30).

Events hold ids, counts, action names and the names of changed columns, never names or
clinical content, so they can be kept after a client's personal data is erased. ``record``
refuses anything else: a detail is a whole number (an id or a count), ``fields`` are column
names of the entity's own table, and only library events (no client) may name a library
code such as an exercise's.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pgp_desk.db.base import Base
from pgp_desk.db.models import AuditEvent
from pgp_desk.services.database import Database
from pgp_desk.services.people.actor import Actor
from pgp_desk.services.people.signatures import signature_names


def last_editor(session: Session, entity: str, entity_id: int,
                actions: tuple[str, ...] = ("update",)) -> str:
    """Who last did one of `actions` to a record: named in a conflict ("Anne saved …")."""
    event = session.scalars(
        select(AuditEvent).where(AuditEvent.entity == entity,
                                 AuditEvent.entity_id == entity_id,
                                 AuditEvent.action.in_(actions))
        .order_by(AuditEvent.id.desc()).limit(1)).first()
    if event is None:
        return ""
    return signature_names(session, [event.user_id]).get(event.user_id or 0, event.username)


# Written by PostgreSQL's own triggers (alembic 0008), never by the app: on a clinic server
# every row written to a clinical or personal table has one, whoever wrote it and how.
DATABASE_ACTIONS = frozenset({"db_insert", "db_update", "db_delete", "db_truncate"})

# Shared content a library event may name by its code: never a client's data.
LIBRARY_ENTITIES = frozenset({"exercise", "clinic_exercise", "instrument"})


def audit_row(
    actor: Actor,
    action: str,
    entity: str,
    entity_id: int | None,
    client_id: int | None = None,
    *,
    fields: Iterable[str] = (),
    library_code: str | None = None,
    erasure: dict[str, str] | None = None,
    **numbers: int,
) -> dict[str, Any]:
    """One audit event's columns (for bulk inserts; ``record`` adds a single one).

    Raises ValueError for a detail that could carry personal or clinical content, so a
    careless caller fails in its tests instead of leaking into the trail. The one text
    allowed is ``erasure``: the legal basis an administrator states for erasing a record
    before its retention period ends, and that date (accountability, GDPR art. 5(2))."""
    details: dict[str, Any] = {}
    for key, value in numbers.items():
        if not isinstance(value, int):  # bool is an int: flags are allowed
            raise ValueError(f"audit detail {key} must be an id or a count")
        details[key] = value
    names = sorted(set(fields))
    if names:
        table = Base.metadata.tables.get(entity)
        columns = set(table.columns.keys()) if table is not None else set()
        if any(n not in columns for n in names):
            raise ValueError(f"audit fields of {entity} must be its column names")
        details["fields"] = names
    if library_code is not None:
        if client_id is not None or entity not in LIBRARY_ENTITIES:
            raise ValueError("only a library event may name a code")
        details["code"] = library_code
    if erasure:
        if action != "erase" or set(erasure) - {"legal_basis", "kept_until"}:
            raise ValueError("only an erasure keeps its legal basis")
        details.update(erasure)
    return {"user_id": actor.user_id, "username": actor.username,
            "workstation": actor.workstation, "action": action, "entity": entity,
            "entity_id": entity_id, "client_id": client_id, "details": details}


def record(session: Session, actor: Actor, action: str, entity: str, entity_id: int | None,
           client_id: int | None = None, **details: Any) -> None:
    """Add one event; ``details`` are ``audit_row``'s keywords (what an event may hold)."""
    session.add(AuditEvent(**audit_row(actor, action, entity, entity_id, client_id, **details)))


def search_finished(db: Database, actor: Actor, query_length: int, hits: int) -> None:
    """A finished client search (a result opened, or the typing stopped): how long the query
    was and how many clients it showed, never its words."""
    with db.sessions.begin() as session:
        record(session, actor, "search", "client", None, None, query_length=query_length,
               hits=hits)


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    person: str  # full name and authorisation ID
    workstation: str
    action: str
    entity: str
    entity_id: int | None
    details: dict[str, Any]


def client_trail(session: Session, client_id: int) -> list[AuditEntry]:
    rows = session.scalars(
        select(AuditEvent).where(AuditEvent.client_id == client_id).order_by(AuditEvent.id)
    ).all()
    people = signature_names(session, [r.user_id for r in rows])
    return [
        AuditEntry(r.at, people.get(r.user_id or 0, r.username), r.workstation, r.action,
                   r.entity, r.entity_id, r.details)
        for r in rows
    ]
