"""The audit trail's hash chain: sealing committed events and checking that none changed.

Sealing runs off the hot path (the app in the background, IT with ``pgp-desk audit seal``):
it takes the committed events not yet sealed, in order of their id, and appends one link
per event to ``audit_seal``: SHA-256 over the previous link's hash and the event's content.
An event that commits after a later id was sealed joins the next pass, so the links run in
id order within each pass. Changing or removing a sealed event breaks its link; removing
the newest links is caught by comparing with a head hash kept outside the database.
The same chain is built on SQLite and PostgreSQL.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from pgp_desk.db.models import AuditEvent, AuditSeal
from pgp_desk.services.database import Database

GENESIS = "0" * 64
BATCH = 1000


def event_content(event: AuditEvent) -> str:
    """The sealed content of an event, written the same way on every database."""
    at = event.at if event.at.tzinfo is not None else event.at.replace(tzinfo=UTC)
    return json.dumps(
        [event.id, at.astimezone(UTC).isoformat(timespec="microseconds"), event.user_id,
         event.username, event.workstation, event.action, event.entity, event.entity_id,
         event.client_id, event.details or {}],
        sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def link_hash(previous: str, event: AuditEvent) -> str:
    return hashlib.sha256(f"{previous}\n{event_content(event)}".encode()).hexdigest()


@dataclass(frozen=True)
class SealResult:
    sealed: int  # links added by this pass
    links: int   # links in the chain now
    head: str    # the newest link's hash (GENESIS for an empty chain)


def _head(session: Session) -> tuple[int, str]:
    last = session.scalars(select(AuditSeal).order_by(AuditSeal.seq.desc()).limit(1)).first()
    return (last.seq, last.hash) if last is not None else (0, GENESIS)


def seal(db: Database) -> SealResult:
    """Seal every committed, unsealed event; safe to run on several workstations at once
    (a pass that loses the race for a link number stops and the other one goes on)."""
    sealed = 0
    while True:
        try:
            with db.sessions.begin() as session:
                seq, head = _head(session)
                events = session.scalars(
                    select(AuditEvent)
                    .outerjoin(AuditSeal, AuditSeal.event_id == AuditEvent.id)
                    .where(AuditSeal.seq.is_(None))
                    .order_by(AuditEvent.id).limit(BATCH)).all()
                for event in events:
                    seq += 1
                    head = link_hash(head, event)
                    session.add(AuditSeal(seq=seq, event_id=event.id, hash=head))
        except IntegrityError:  # another workstation sealed these just now
            break
        sealed += len(events)
        if len(events) < BATCH:
            break
    with db.sessions() as session:
        seq, head = _head(session)
    return SealResult(sealed, seq, head)


@dataclass(frozen=True)
class Verification:
    links: int                 # links checked
    head: str                  # the newest link's hash
    unsealed: int              # committed events not sealed yet
    broken_seq: int | None = None
    broken_event: int | None = None
    reason: str = ""           # "changed", "missing link", "missing event", "head not found"

    @property
    def intact(self) -> bool:
        return self.broken_seq is None and self.reason == ""


def verify(db: Database, head: str | None = None) -> Verification:
    """Walk the chain from its start and report the first broken link.

    With ``head`` (a hash kept outside the database), that hash must be one of the links:
    otherwise links were removed or rewritten from there on."""
    wanted = head.strip().lower() if head else None
    seen_head = wanted is None
    previous, count = GENESIS, 0
    with db.sessions() as session:
        rows = session.execute(
            select(AuditSeal, AuditEvent)
            .outerjoin(AuditEvent, AuditEvent.id == AuditSeal.event_id)
            .order_by(AuditSeal.seq)).yield_per(BATCH)
        for link, event in rows:
            if link.seq != count + 1:
                return _broken(session, count, previous, count + 1, None, "missing link")
            if event is None:
                return _broken(session, count, previous, link.seq, link.event_id,
                               "missing event")
            if link_hash(previous, event) != link.hash:
                return _broken(session, count, previous, link.seq, event.id, "changed")
            previous, count = link.hash, link.seq
            seen_head = seen_head or link.hash == wanted
        unsealed = _unsealed(session)
    if not seen_head:
        return Verification(count, previous, unsealed, reason="head not found")
    return Verification(count, previous, unsealed)


def _unsealed(session: Session) -> int:
    return session.scalar(
        select(func.count(AuditEvent.id))
        .outerjoin(AuditSeal, AuditSeal.event_id == AuditEvent.id)
        .where(AuditSeal.seq.is_(None))) or 0


def _broken(session: Session, links: int, head: str, seq: int, event_id: int | None,
            reason: str) -> Verification:
    return Verification(links, head, _unsealed(session), seq, event_id, reason)

