"""The demo clinic includes a few really issued handouts, stored as records."""

from __future__ import annotations

import hashlib

from sqlalchemy import select

from pgp_desk.db.models import IssuedHandout, Programme
from pgp_desk.services.demo.demo import create_demo_clinic


def test_demo_issues_real_handouts(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Some demo programmes have stored PDFs whose SHA-256 matches the bytes."""
    result = create_demo_clinic(db, actor, clients=40, seed=5)
    assert result.handouts > 0
    with db.sessions() as session:
        rows = list(session.scalars(select(IssuedHandout)))
    assert len(rows) == result.handouts
    for row in rows:
        assert row.pdf.startswith(b"%PDF")
        assert hashlib.sha256(row.pdf).hexdigest() == row.sha256
    # handed out by the demo therapist who wrote each programme, not the OS account
    with db.sessions() as session:
        for row in rows:
            programme = session.get(Programme, row.programme_id)
            assert programme.therapist_id is not None
            assert row.issued_by_id == programme.therapist_id != actor.user_id
