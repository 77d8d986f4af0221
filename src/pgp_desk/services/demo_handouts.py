"""A few really issued handouts in the demo clinic, so its timelines show printed records."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from pgp_desk.db.models import Client, Episode, IssuedHandout, Programme
from pgp_desk.services.actor import Actor
from pgp_desk.services.database import Database
from pgp_desk.services.handouts import issue_handout

DEMO_CONFIRMATION = "Demo clinic: fictional client, red flag discussed with the midwife."


def create_demo_handouts(db: Database, actor: Actor, first_client_id: int, today: date,
                         limit: int = 6) -> int:
    """Issue handouts for the first ``limit`` issued demo programmes (about 0.5 s each)."""
    with db.sessions() as session:
        done = set(session.scalars(select(IssuedHandout.programme_id)))
        ids = [pid for pid in session.scalars(
            select(Programme.id).join(Episode, Episode.id == Programme.episode_id)
            .join(Client, Client.id == Episode.client_id)
            .where(Client.id >= first_client_id, Programme.status == "issued")
            .order_by(Programme.id).limit(limit + len(done)))
            if pid not in done][:limit]
    for programme_id in ids:
        issue_handout(db, actor, programme_id, red_flag_confirmation=DEMO_CONFIRMATION,
                      today=today)
    return len(ids)
