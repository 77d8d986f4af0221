"""A few really issued handouts in the demo clinic, so its timelines show printed records."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import select

from pgp_desk.db.models import Client, Episode, IssuedHandout, Programme, User
from pgp_desk.domain.people import normalise_roles
from pgp_desk.services.database import Database
from pgp_desk.services.handouts.handouts import issue_handout
from pgp_desk.services.people.actor import Actor

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
        issue_handout(db, _therapist_of(db, actor, programme_id), programme_id,
                      red_flag_confirmation=DEMO_CONFIRMATION, today=today)
    return len(ids)


def _therapist_of(db: Database, actor: Actor, programme_id: int) -> Actor:
    """The demo therapist who wrote the programme hands it out (not whoever ran the demo
    command, whose computer account would otherwise show as 'issued by root')."""
    with db.sessions() as session:
        programme = session.get(Programme, programme_id)
        user = session.get(User, programme.therapist_id) if programme and \
            programme.therapist_id else None
        if user is None or user.clinic_id != actor.clinic_id:
            return actor
        return replace(actor, user_id=user.id, username=user.username,
                       full_name=user.full_name, roles=normalise_roles(user.roles),
                       authorisation_id=user.authorisation_id)
