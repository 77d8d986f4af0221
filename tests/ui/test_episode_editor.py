"""Recording a pregnancy through the real dialog: live stage, errors by field, saved off-thread."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtWidgets import QTableWidget

from pgp_desk.domain.dates import format_date
from pgp_desk.services.clients import clients, episodes
from pgp_desk.ui.clients.episode_editor import EpisodeEditorDialog
from pgp_desk.ui.widgets.conflict import ConflictDialog


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


def test_birth_mode_is_chosen_and_saved(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """The birth date and "Akut kejsersnit" chosen in the dialog are stored together."""
    client_id = _client(ctx)
    dialog = EpisodeEditorDialog(ctx, client_id, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.birth_date, format_date(date.today() - timedelta(days=12)))
    dialog.birth_mode.setCurrentIndex(dialog.birth_mode.findText("Akut kejsersnit"))
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save()
    assert episodes.list_episodes(ctx.db, client_id)[0].birth_mode == "emergency_caesarean"


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


def _conflicted(ctx, qtbot, monkeypatch, choice):  # type: ignore[no-untyped-def]
    """A pregnancy edited here while another workstation saved a new due date; the conflict
    dialog answers `choice` (None: 'keep editing') and records what it showed."""
    client_id = _client(ctx)
    due = date.today() + timedelta(days=100)
    made = episodes.create_episode(ctx.db, ctx.actor, client_id, episodes.EpisodeInput(
        due_date=due, referral_source="egen læge"))
    dialog = EpisodeEditorDialog(ctx, client_id, made)
    qtbot.addWidget(dialog)
    theirs = replace(made, due_date=due + timedelta(days=7))
    episodes.update_episode(ctx.db, ctx.actor, made, theirs)
    shown: list[list[tuple[str, str, str]]] = []

    def answer(window: ConflictDialog) -> int:
        table = window.findChild(QTableWidget, "conflictTable")
        shown.append([tuple(table.item(r, c).text() for c in range(3))
                      for r in range(table.rowCount())])
        window.choice = choice
        return 0 if choice is None else 1

    monkeypatch.setattr(ConflictDialog, "exec", answer)
    dialog.referral.setText("jordemoder")
    return dialog, made, due, shown


def test_conflict_shows_what_the_other_workstation_changed(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Saving over a newer save shows the changed field with both values; nothing is saved
    and the typing stays."""
    dialog, made, due, shown = _conflicted(ctx, qtbot, monkeypatch, None)
    dialog.save()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown == [[("Termin", format_date(due + timedelta(days=7)), format_date(due))]]
    stored = episodes.list_episodes(ctx.db, made.client_id)[0]
    assert (stored.due_date, stored.referral_source) == (due + timedelta(days=7), "egen læge")
    assert dialog.referral.text() == "jordemoder"


def test_conflict_take_theirs_fills_the_form(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """'Use theirs' reloads the newer pregnancy into the form; a later save builds on it."""
    dialog, made, due, _ = _conflicted(ctx, qtbot, monkeypatch, ConflictDialog.TAKE_THEIRS)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.due_date.text() == format_date(due + timedelta(days=7)),
                    timeout=5000)
    assert dialog.referral.text() == "egen læge"
    dialog.parity.setValue(2)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save()
    stored = episodes.list_episodes(ctx.db, made.client_id)[0]
    assert (stored.due_date, stored.parity) == (due + timedelta(days=7), 2)


def test_conflict_keep_mine_saves_over_theirs(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """'Save mine over theirs' stores exactly what this form holds."""
    dialog, made, due, _ = _conflicted(ctx, qtbot, monkeypatch, ConflictDialog.KEEP_MINE)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save()
    stored = episodes.list_episodes(ctx.db, made.client_id)[0]
    assert (stored.due_date, stored.referral_source) == (due, "jordemoder")


def test_the_stage_row_says_what_it_waits_for(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """With no date yet, or a date that is not one, "Stadie i dag" is not an empty row."""
    dialog = EpisodeEditorDialog(ctx, _client(ctx), None)
    qtbot.addWidget(dialog)
    dialog.show()
    waiting = dialog.stage.text()
    assert "termin" in waiting
    qtbot.keyClicks(dialog.due_date, "31.02.2027")
    assert dialog.stage.text() == waiting
    dialog.due_date.clear()
    qtbot.keyClicks(dialog.due_date, format_date(date.today() + timedelta(days=109)))
    assert dialog.stage.text().startswith("uge 24+3")
