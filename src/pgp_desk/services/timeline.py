"""Everything that happened for a client, newest first: the overview's timeline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

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
        episodes = list(session.scalars(select(Episode).where(Episode.client_id == client_id)))
        episode_ids = [e.id for e in episodes]
        entries = [
            TimelineEntry(_day(e.created_at), "episode", e.id, e.id,
                          "closed" if e.closed else "open")
            for e in episodes
        ]
        if episode_ids:
            for a in session.scalars(select(Assessment)
                                     .where(Assessment.episode_id.in_(episode_ids))):
                entries.append(TimelineEntry(a.assessed_on, "assessment", a.id, a.episode_id,
                                             a.status, a.kind))
            for p in session.scalars(select(Programme)
                                     .where(Programme.episode_id.in_(episode_ids))):
                if p.issued_at is not None:
                    continue  # its issue is the handout entry below: one event, shown once
                entries.append(TimelineEntry(_day(p.issued_at or p.created_at), "programme",
                                             p.id, p.episode_id, p.status, p.title))
        for h in session.scalars(select(IssuedHandout)
                                 .where(IssuedHandout.client_id == client_id)):
            entries.append(TimelineEntry(_day(h.issued_at), "handout", h.id, None, "issued",
                                         h.language))
    entries.sort(key=lambda e: (e.when, e.kind, e.entity_id), reverse=True)
    return entries
