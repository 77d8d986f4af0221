"""Recording a pregnancy through the real dialog: live stage, errors by field, saved off-thread."""

from __future__ import annotations

from datetime import date, timedelta

from pgp_desk.domain.dates import format_date
from pgp_desk.services import clients, episodes
from pgp_desk.ui.clients.episode_editor import EpisodeEditorDialog


def _client(ctx) -> int:  # type: ignore[no-untyped-def]
    return clients.create_client(ctx.db, ctx.actor, clients.ClientInput(
        first_name="Kari", last_name="Nordmann")).id


def test_due_date_shows_the_stage_and_saves(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """Typing a due date 109 days ahead shows 'uge 24+3' at once; Save stores the episode."""
    client_id = _client(ctx)
    dialog = EpisodeEditorDialog(ctx, client_id, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.due_date, format_date(date.today() + timedelta(days=109)))
    assert dialog.stage.text().startswith("uge 24+3")
    dialog.parity.setValue(1)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save()
    stored = episodes.list_episodes(ctx.db, client_id)
    assert len(stored) == 1 and stored[0].parity == 1


def test_impossible_due_date_is_shown_by_the_field(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """A due date a year away is refused next to the field and the text stays as typed."""
    dialog = EpisodeEditorDialog(ctx, _client(ctx), None)
    qtbot.addWidget(dialog)
    dialog.show()
    typed = format_date(date.today() + timedelta(days=365))
    qtbot.keyClicks(dialog.due_date, typed)
    dialog.save()
    assert dialog.form.rows["due_date"].error.isVisible()
    assert dialog.due_date.text() == typed
    assert dialog.result() == 0
