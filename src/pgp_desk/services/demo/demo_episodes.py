"""Which pregnancies a demo run gives assessments or programmes to."""

from __future__ import annotations

from sqlalchemy import select

from pgp_desk.db.models import Assessment, Client, Episode, Programme
from pgp_desk.services.database import Database


def open_episodes_without(db: Database, model: type[Assessment] | type[Programme],
                          first_client_id: int, limit: int) -> list[tuple[Episode, str]]:
    """The open episodes of the first ``limit`` clients from ``first_client_id`` on (this
    run's, so real clients are never touched) that have no ``model`` row yet, each with
    its client's language; detached from the session."""
    with db.sessions() as session:
        done = set(session.scalars(select(model.episode_id).distinct()))
        wanted = list(session.execute(
            select(Episode, Client.language).join(Client, Client.id == Episode.client_id)
            .where(Episode.closed.is_(False), Episode.client_id >= first_client_id)
            .order_by(Episode.client_id).limit(limit)))
        episodes = [(e, lang) for e, lang in wanted if e.id not in done]
        session.expunge_all()
    return episodes
