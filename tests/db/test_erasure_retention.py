"""Erasure and the duty to keep records: a retention period, or an administrator's reason."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import update

from people_world import sign_in_as
from pgp_desk.db.models import AuditEvent, Client
from pgp_desk.services import clinic
from pgp_desk.services.clients import clients, privacy
from pgp_desk.services.errors import NotFoundError, UserError


def _make(db, actor):  # type: ignore[no-untyped-def]
    return clients.create_client(db, actor, clients.ClientInput(first_name="Lise",
                                                                last_name="Dahl"))


def test_fresh_records_are_kept_for_ten_years(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Without a legal basis, records younger than the period are not erased; the sentence
    says until when they are kept."""
    made = _make(db, actor)
    with pytest.raises(privacy.RetentionPeriodRunning) as caught:
        privacy.erase_client(db, actor, made.id, "Lise Dahl")
    today = date.today()
    assert caught.value.keep_until == today.replace(year=today.year + 10)
    assert clients.get_client(db, actor, made.id).first_name == "Lise"


def test_only_an_administrator_may_erase_early_and_the_reason_is_kept(db, actor) -> None:  # type: ignore[no-untyped-def]
    """A therapist cannot erase early even with a reason; an administrator can, and the
    audit trail keeps the legal basis and the date the records were due to be kept to."""
    made = _make(db, actor)
    therapist = sign_in_as(db, "kollega")
    assert actor.is_admin and not therapist.is_admin
    with pytest.raises(UserError, match="only an administrator"):
        privacy.erase_client(db, therapist, made.id, "Lise Dahl", legal_basis="asked")
    privacy.erase_client(db, actor, made.id, "Lise Dahl",
                         legal_basis="GDPR art. 17(1)(d): registered by mistake")
    with pytest.raises(NotFoundError):
        clients.get_client(db, actor, made.id)
    with db.sessions() as session:
        event = session.query(AuditEvent).filter_by(action="erase", client_id=made.id).one()
    assert event.details["legal_basis"].startswith("GDPR art. 17(1)(d)")
    assert event.details["kept_until"] > date.today().isoformat()


def test_old_records_or_a_shorter_period_need_no_reason(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Records whose last entry is older than the period go without a reason; so do all
    records when the clinic sets the period to 0 years."""
    old = _make(db, actor)
    long_ago = date.today() - timedelta(days=11 * 366)
    with db.sessions.begin() as session:
        session.execute(update(Client).where(Client.id == old.id)
                        .values(created_at=long_ago, updated_at=long_ago))
    privacy.erase_client(db, actor, old.id, "Lise Dahl")
    settings = clinic.get_settings(db, actor)
    clinic.update_settings(db, actor, replace(settings, name="Klinik", retention_years=0))
    fresh = _make(db, actor)
    privacy.erase_client(db, actor, fresh.id, "Lise Dahl")
    with pytest.raises(NotFoundError):
        clients.get_client(db, actor, fresh.id)
