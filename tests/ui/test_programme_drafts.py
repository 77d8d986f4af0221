"""A programme being built survives a crash, and leaving the client asks before losing it."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QMessageBox

from pgp_desk.services import drafts
from pgp_desk.services.clients import clients, episodes
from pgp_desk.services.programmes import programmes
from pgp_desk.services.programmes.programmes import ProgrammeInput, ProgrammeItemData
from pgp_desk.ui.programme.builder import ProgrammeBuilder


def _episode(ctx) -> int:  # type: ignore[no-untyped-def]
    client = clients.create_client(ctx.db, ctx.actor, clients.ClientInput(
        first_name="Åse", last_name="Lie <&> 😊", language="nb"))
    return episodes.create_episode(ctx.db, ctx.actor, client.id, episodes.EpisodeInput(
        due_date=date.today() + timedelta(days=110))).id


def _builder(qtbot, ctx, episode_id: int) -> ProgrammeBuilder:  # type: ignore[no-untyped-def]
    builder = ProgrammeBuilder(ctx, episode_id)
    qtbot.addWidget(builder)
    with qtbot.waitSignal(builder.loaded, timeout=10000):
        builder.show()
    return builder


def _codes(builder: ProgrammeBuilder) -> list[str]:
    return [i.code for i in builder.programme.items.items]


def test_unsaved_programme_is_offered_back_after_a_crash(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """The timer keeps the unsaved programme on disk; a new builder (after a crash) offers
    it, and Restore brings back the exercises, the title and the note exactly."""
    episode_id = _episode(ctx)
    first = _builder(qtbot, ctx, episode_id)
    first.programme.add_exercise("GLOB-CLAM")
    first.programme.add_exercise("STAB-TA-SIDE")
    first.toolbar.title.setText("Uge 24 <første>")
    assert first.drafts.write_draft()
    assert not first.drafts.write_draft()  # nothing new since: no second write
    # The "crash": the first builder is never saved or closed properly.
    second = _builder(qtbot, ctx, episode_id)
    assert second.drafts.banner.isVisibleTo(second)
    assert _codes(second) == []
    second.drafts.banner.restore_button.click()
    assert _codes(second) == ["GLOB-CLAM", "STAB-TA-SIDE"]
    assert second.toolbar.title.text() == "Uge 24 <første>"
    assert not second.drafts.banner.isVisibleTo(second)
    assert second.is_dirty()


def test_saving_removes_the_draft_and_discard_forgets_it(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """After a save no draft is left to offer; 'Discard them' removes an offered one."""
    episode_id = _episode(ctx)
    made = programmes.create_programme(ctx.db, ctx.actor, episode_id, ProgrammeInput(
        title="Uge 24", items=[ProgrammeItemData("GLOB-CLAM")]))
    builder = _builder(qtbot, ctx, episode_id)
    builder.programme.add_exercise("EDU-PAIN")
    assert builder.drafts.write_draft()
    key = drafts.programme_draft_key(made.id)
    assert drafts.read_draft(ctx.drafts_scope, key) is not None
    with qtbot.waitSignal(builder.saved, timeout=10000):
        builder.save()
    assert drafts.read_draft(ctx.drafts_scope, key) is None

    builder.programme.add_exercise("STAB-TA-SIDE")
    assert builder.drafts.write_draft()
    again = _builder(qtbot, ctx, episode_id)
    assert again.drafts.banner.isVisibleTo(again)
    again.drafts.banner.discard_button.click()
    assert drafts.read_draft(ctx.drafts_scope, key) is None
    assert _codes(again) == ["GLOB-CLAM", "EDU-PAIN"]


def test_issued_programme_discards_a_stale_draft(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """A draft of a programme issued since (on another workstation) is not offered."""
    episode_id = _episode(ctx)
    made = programmes.create_programme(ctx.db, ctx.actor, episode_id, ProgrammeInput(
        title="Uge 24", items=[ProgrammeItemData("GLOB-CLAM")]))
    builder = _builder(qtbot, ctx, episode_id)
    builder.programme.add_exercise("EDU-PAIN")
    assert builder.drafts.write_draft()
    programmes.issue_programme(ctx.db, ctx.actor, made.id)
    later = _builder(qtbot, ctx, episode_id)
    assert later.read_only and not later.drafts.banner.isVisibleTo(later)
    assert drafts.read_draft(ctx.drafts_scope, drafts.programme_draft_key(made.id)) is None


def test_leaving_the_client_asks_to_save(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Back to the client list with an unsaved programme asks first: Cancel stays, Save
    stores it and then leaves, and nothing is asked when there is nothing to save."""
    from pgp_desk.ui.clients.workspace import ClientWorkspace

    episode_id = _episode(ctx)
    client_id = episodes.get_episode(ctx.db, ctx.actor, episode_id).client_id
    workspace = ClientWorkspace(ctx, client_id)
    qtbot.addWidget(workspace)
    with qtbot.waitSignal(workspace.loaded, timeout=10000):
        workspace.show()
    workspace.tabs.setCurrentWidget(workspace.programme_tab)
    builder = workspace.programme_tab.builder
    qtbot.waitUntil(lambda: builder is not None and builder.data is not None, timeout=10000)
    left: list[bool] = []
    workspace.closed.connect(lambda: left.append(True))
    workspace.back.click()
    assert left == [True]  # nothing to save: no question

    builder.programme.add_exercise("GLOB-CLAM")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    workspace.back.click()
    assert left == [True]  # cancelled: still here, still unsaved
    assert builder.has_unsaved_changes()
    with qtbot.waitSignal(workspace.closed, timeout=10000):
        workspace.back.click()
    assert builder.record is not None
    stored = programmes.get_programme(ctx.db, ctx.actor, builder.record.id)
    assert [i.exercise_code for i in stored.items] == ["GLOB-CLAM"]


def test_programme_drafts_are_offered_at_start(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """A programme left unsaved by a crash is listed when PGP Desk starts; "Open" goes to
    the client's Programme tab, on that programme, which offers the draft back."""
    from pgp_desk.ui.main_window import MainWindow
    from pgp_desk.ui.operations import wait_for_background

    episode_id = _episode(ctx)
    older = programmes.create_programme(ctx.db, ctx.actor, episode_id, ProgrammeInput(
        title="Uge 20", items=[ProgrammeItemData("GLOB-CLAM")]))
    programmes.create_programme(ctx.db, ctx.actor, episode_id, ProgrammeInput(
        title="Uge 24", items=[ProgrammeItemData("EDU-PAIN")]))
    payload = programmes.to_payload(ProgrammeInput(
        title="Uge 20", items=[ProgrammeItemData("GLOB-CLAM"), ProgrammeItemData("STAB-TA-SIDE")]))
    drafts.write_draft(ctx.drafts_scope, drafts.programme_draft_key(older.id), payload,
                       programme_id=older.id, episode_id=episode_id, client_id=older.client_id,
                       base_version=older.version, kind="programme")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: getattr(window, "draft_dialog", None) is not None
                    and window.draft_dialog.isVisible(), timeout=10000)
    dialog = window.draft_dialog
    assert dialog.list.count() == 1
    assert "Åse Lie <&> 😊" in dialog.list.item(0).text()
    assert "program" in dialog.list.item(0).text()
    dialog.open_button.click()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is not window.search_page,
                    timeout=10000)  # her screen is made, laid out, then shown
    workspace = window.pages.currentWidget()
    qtbot.waitUntil(lambda: workspace.programme_tab.builder is not None, timeout=10000)
    builder = workspace.programme_tab.builder
    qtbot.waitUntil(lambda: builder.record is not None and builder.record.id == older.id
                    and builder.drafts.banner.isVisibleTo(builder), timeout=10000)
    builder.drafts.banner.restore_button.click()
    assert _codes(builder) == ["GLOB-CLAM", "STAB-TA-SIDE"]
    with qtbot.waitSignal(builder.saved, timeout=10000):  # saved: closing asks nothing
        builder.save()
    wait_for_background(5000)
