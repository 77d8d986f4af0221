"""How records name their authors: full name and authorisation ID, looked up by person id."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from pgp_desk.db.models import User
from pgp_desk.domain.people import signature


def signature_names(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    """Full name and authorisation ID of each person id (never a login name)."""
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    rows = session.execute(select(User.id, User.full_name, User.authorisation_id)
                           .where(User.id.in_(wanted)))
    return {r.id: signature(r.full_name, r.authorisation_id) for r in rows}
