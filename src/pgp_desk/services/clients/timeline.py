"""Everything that happened for a client, newest first: the overview's timeline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from pgp_desk.db.models import Assessment, Episode, IssuedHandout, Programme
from pgp_desk.services.database import Database


@dataclass(frozen=True)
class TimelineEntry:
    when: date
    kind: str  # episode | assessment | programme | handout
    entity_id: int
    episode_id: int | None
    status: str = ""
    detail: str = ""


def _day(value: datetime | date) -> date:
    return value.date() if isinstance(value, datetime) else value


def client_timeline(db: Database, client_id: int) -> list[TimelineEntry]:
    with db.sessions() as session:
        return timeline_entries(session, client_id)


def timeline_entries(session: Session, client_id: int) -> list[TimelineEntry]:
    """The timeline inside the caller's transaction. Only the columns an entry shows are
    read: never an assessment's answers or drawings."""
    episodes = session.execute(select(Episode.id, Episode.created_at, Episode.closed)
                               .where(Episode.client_id == client_id)).all()
    episode_ids = [e.id for e in episodes]
    entries = [
        TimelineEntry(_day(e.created_at), "episode", e.id, e.id,
                      "closed" if e.closed else "open")
        for e in episodes
    ]
    if episode_ids:
        for a in session.execute(
                select(Assessment.id, Assessment.assessed_on, Assessment.episode_id,
                       Assessment.status, Assessment.kind)
                .where(Assessment.episode_id.in_(episode_ids))):
            entries.append(TimelineEntry(a.assessed_on, "assessment", a.id, a.episode_id,
                                         a.status, a.kind))
        for p in session.execute(
                select(Programme.id, Programme.episode_id, Programme.created_at,
                       Programme.status, Programme.title)
                .where(Programme.episode_id.in_(episode_ids),
                       Programme.issued_at.is_(None))):
            # an issued programme is the handout entry below: one event, shown once
            entries.append(TimelineEntry(_day(p.created_at), "programme", p.id,
                                         p.episode_id, p.status, p.title))
    for h in session.execute(select(IssuedHandout.id, IssuedHandout.issued_at,
                                    IssuedHandout.language)
                             .where(IssuedHandout.client_id == client_id)):
        entries.append(TimelineEntry(_day(h.issued_at), "handout", h.id, None, "issued",
                                     h.language))
    entries.sort(key=lambda e: (e.when, e.kind, e.entity_id), reverse=True)
    return entries
