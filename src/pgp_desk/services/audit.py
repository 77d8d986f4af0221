"""The audit trail: every read and write of client data leaves an event (GDPR art. 5(2), 30).

Events hold ids and action names, never names or clinical content, so they can be kept
after a client's personal data is erased.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pgp_desk.db.models import AuditEvent
from pgp_desk.services.actor import Actor


def last_editor(session: Session, entity: str, entity_id: int,
                actions: tuple[str, ...] = ("update",)) -> str:
    """Who last did one of `actions` to a record: named in a conflict ("Anne saved …")."""
    event = session.scalars(
        select(AuditEvent).where(AuditEvent.entity == entity,
                                 AuditEvent.entity_id == entity_id,
                                 AuditEvent.action.in_(actions))
        .order_by(AuditEvent.id.desc()).limit(1)).first()
    return event.username if event is not None else ""


def audit_row(actor: Actor, action: str, entity: str, entity_id: int | None,
              client_id: int | None = None, **details: Any) -> dict[str, Any]:
    """One audit event's columns (for bulk inserts; ``record`` adds a single one)."""
    return {"user_id": actor.user_id, "username": actor.username,
            "workstation": actor.workstation, "action": action, "entity": entity,
            "entity_id": entity_id, "client_id": client_id, "details": details}


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: int | None,
    client_id: int | None = None,
    **details: Any,
) -> None:
    session.add(AuditEvent(**audit_row(actor, action, entity, entity_id, client_id,
                                       **details)))


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    username: str
    workstation: str
    action: str
    entity: str
    entity_id: int | None
    details: dict[str, Any]


def client_trail(session: Session, client_id: int) -> list[AuditEntry]:
    rows = session.scalars(
        select(AuditEvent).where(AuditEvent.client_id == client_id).order_by(AuditEvent.id)
    )
    return [
        AuditEntry(r.at, r.username, r.workstation, r.action, r.entity, r.entity_id, r.details)
        for r in rows
    ]
