"""Episodes: plausible dates, the stage shown everywhere, and no silent overwrite."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from pgp_desk.domain.pregnancy import Phase
from pgp_desk.services.clients import clients, episodes
from pgp_desk.services.errors import ConflictError, ValidationError


def _client(db, actor) -> int:  # type: ignore[no-untyped-def]
    return clients.create_client(db, actor, clients.ClientInput(
        first_name="Ingrid", last_name="Håland")).id


def test_stage_appears_in_the_client_list(db, actor) -> None:  # type: ignore[no-untyped-def]
    """A client due in 109 days is listed at 24+3 in her second trimester."""
    client_id = _client(db, actor)
    today = date(2026, 11, 22)
    episodes.create_episode(db, actor, client_id, episodes.EpisodeInput(
        due_date=date.today() + timedelta(days=109)))
    row = clients.search_clients(db, actor, "ingrid", today=date.today()).rows[0]
    assert row.stage is not None and str(row.stage.gestation) == "24+3"
    assert row.stage.phase == Phase.T2
    assert today  # the label itself is tested in tests/unit/test_pregnancy.py


def test_due_date_far_away_is_rejected(db, actor) -> None:  # type: ignore[no-untyped-def]
    """A due date more than 40 weeks away is a typing error, reported on the field."""
    client_id = _client(db, actor)
    with pytest.raises(ValidationError) as caught:
        episodes.create_episode(db, actor, client_id, episodes.EpisodeInput(
            due_date=date.today() + timedelta(days=300)))
    assert caught.value.by_field()["due_date"].code == "due_range"


def test_recording_the_birth_moves_to_postpartum(db, actor) -> None:  # type: ignore[no-untyped-def]
    """After the birth date is saved the episode is in its postpartum phase."""
    client_id = _client(db, actor)
    made = episodes.create_episode(db, actor, client_id, episodes.EpisodeInput(
        due_date=date.today() - timedelta(days=3)))
    saved = episodes.update_episode(db, actor, made, replace(
        made, birth_date=date.today() - timedelta(days=10)))
    assert saved.stage().phase == Phase.PP_0_6


def test_stale_episode_edit_conflicts(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Saving an episode opened before someone else's save raises a conflict."""
    client_id = _client(db, actor)
    made = episodes.create_episode(db, actor, client_id, episodes.EpisodeInput(
        due_date=date.today() + timedelta(days=100)))
    episodes.update_episode(db, actor, made, replace(made, parity=1))
    with pytest.raises(ConflictError) as caught:
        episodes.update_episode(db, actor, made, replace(made, parity=2))
    assert [c.field for c in caught.value.changes] == ["parity"]


def test_birth_mode_is_stored_with_the_birth_date(db, actor) -> None:  # type: ignore[no-untyped-def]
    """An emergency caesarean is kept; a mode without a birth date or an unknown mode is
    refused on the field."""
    client_id = _client(db, actor)
    born = date.today() - timedelta(days=10)
    made = episodes.create_episode(db, actor, client_id, episodes.EpisodeInput(
        birth_date=born, birth_mode="emergency_caesarean"))
    assert episodes.get_episode(db, actor, made.id).birth_mode == "emergency_caesarean"
    for data, code in ((episodes.EpisodeInput(due_date=date.today() + timedelta(days=60),
                                              birth_mode="vaginal"), "needs_birth_date"),
                       (episodes.EpisodeInput(birth_date=born, birth_mode="stork"), "choice")):
        with pytest.raises(ValidationError) as caught:
            episodes.create_episode(db, actor, client_id, data)
        assert caught.value.by_field()["birth_mode"].code == code
