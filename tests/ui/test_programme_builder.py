"""Building a client's programme through the real builder widgets on a real database."""

from __future__ import annotations

from datetime import date, timedelta

from clinician import Clinician
from PySide6.QtCore import QModelIndex, Qt

from pgp_desk.services.clients import clients, episodes
from pgp_desk.services.programmes import programmes
from pgp_desk.services.programmes.programmes import ProgrammeInput, ProgrammeItemData
from pgp_desk.ui.programme.builder import ProgrammeBuilder
from pgp_desk.ui.programme.delegate import BADGE_ROLE, CODE_ROLE, DETAIL_ROLE, SUBTITLE_ROLE


def _episode(ctx, weeks: int = 24) -> int:  # type: ignore[no-untyped-def]
    client = clients.create_client(ctx.db, ctx.actor, clients.ClientInput(
        first_name="Mette", last_name="Sørensen", language="da"))
    due = date.today() + timedelta(days=280 - weeks * 7)
    return episodes.create_episode(ctx.db, ctx.actor, client.id,
                                   episodes.EpisodeInput(due_date=due)).id


def _builder(qtbot, ctx, episode_id: int) -> ProgrammeBuilder:  # type: ignore[no-untyped-def]
    builder = ProgrammeBuilder(ctx, episode_id)
    qtbot.addWidget(builder)
    builder.resize(1500, 900)
    with qtbot.waitSignal(builder.loaded, timeout=10000):
        builder.show()
    return builder


def _find_in_library(builder: ProgrammeBuilder, code: str) -> QModelIndex:
    panel = builder.library_panel
    panel.search.setText(code)
    model = panel.model
    for row in range(model.rowCount()):
        index = model.index(row)
        if index.data(CODE_ROLE) == code:
            return index
    raise AssertionError(f"{code} not in the library list")


def _double_click(qtbot, view, index: QModelIndex) -> None:  # type: ignore[no-untyped-def]
    view.scrollTo(index)
    centre = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def _codes(builder: ProgrammeBuilder) -> list[str]:
    return [i.code for i in builder.programme.items.items]


def test_build_a_programme_with_the_real_widgets(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """Add by double-click and by drop, reorder by drag, edit the dosage, undo and redo,
    progress an item and save: the stored programme is what the screen showed."""
    builder = _builder(qtbot, ctx, _episode(ctx))
    library_view = builder.library_panel.view

    _double_click(qtbot, library_view, _find_in_library(builder, "STAB-TA-SIDE"))
    _double_click(qtbot, library_view, _find_in_library(builder, "GLOB-CLAM"))
    assert _codes(builder) == ["STAB-TA-SIDE", "GLOB-CLAM"]

    # Drag from the library: the drop lands where it is released (here: first row).
    index = _find_in_library(builder, "MAP-TILT-SIT")
    mime = builder.library_panel.model.mimeData([index])
    assert builder.programme.items.dropMimeData(mime, Qt.DropAction.CopyAction, 0, 0, QModelIndex())
    assert _codes(builder) == ["MAP-TILT-SIT", "STAB-TA-SIDE", "GLOB-CLAM"]

    # Reorder by drag: the first row dropped below the last one.
    mime = builder.programme.items.mimeData([builder.programme.items.index(0)])
    builder.programme.items.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert _codes(builder) == ["STAB-TA-SIDE", "GLOB-CLAM", "MAP-TILT-SIT"]

    # Dosage: type 12 repetitions for the clams; the words follow at once.
    builder.programme.view.setCurrentIndex(builder.programme.items.index(1))
    original = builder.programme.items.items[1].dosage.reps
    reps = builder.dosage.editor.reps
    reps.selectAll()
    qtbot.keyClicks(reps, "15")
    assert builder.programme.items.items[1].dosage.reps == 15
    assert "15 gentagelser" in builder.dosage.editor.preview.text()
    tempo = builder.dosage.editor.tempo
    tempo.clear()
    qtbot.keyClicks(tempo, "3-1-3")
    assert tempo.text() == "3-1-3" and builder.programme.items.items[1].dosage.tempo == "3-1-3"
    qtbot.keyClicks(builder.dosage.editor.note, "Pude mellem knæene")
    assert builder.programme.items.items[1].note == "Pude mellem knæene"

    # Undo takes back one field at a time (typing in a field is one step); redo redoes.
    clam = builder.programme.items.items[1]
    undo = builder.toolbar.undo_button
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    rows = builder.programme.items.items
    assert rows[1].note == "" and rows[1].dosage.tempo == "3-1-3"
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert builder.programme.items.items[1].dosage.tempo != "3-1-3"
    assert builder.programme.items.items[1].dosage.reps == 15
    assert builder.dosage.editor.tempo.text() != "3-1-3"  # the editor follows the undo
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert rows[1].dosage.reps == original == builder.dosage.editor.reps.value()
    for _ in range(3):
        qtbot.mouseClick(builder.toolbar.redo_button, Qt.MouseButton.LeftButton)
    assert builder.programme.items.items[1] == clam

    # One click progresses the clams to their linked harder exercise; the note was written
    # for the clams, so it asks whether it still fits (here: keep it).
    builder.programme.view.setCurrentIndex(builder.programme.items.index(1))
    assert builder.programme.harder_button.isEnabled()
    user = Clinician(qtbot)
    user.expect_question("Behold noten?", "Behold noten")
    qtbot.mouseClick(builder.programme.harder_button, Qt.MouseButton.LeftButton)
    user.stop()
    user.assert_no_surprises()
    assert _codes(builder)[1] == "GLOB-SIDE-LEGLIFT"
    assert builder.programme.items.items[1].note == "Pude mellem knæene"
    qtbot.mouseClick(builder.toolbar.undo_button, Qt.MouseButton.LeftButton)
    assert _codes(builder)[1] == "GLOB-CLAM"

    assert builder.toolbar.save_button.isEnabled()
    with qtbot.waitSignal(builder.saved, timeout=10000):
        qtbot.mouseClick(builder.toolbar.save_button, Qt.MouseButton.LeftButton)
    assert not builder.is_dirty() and not builder.toolbar.save_button.isEnabled()
    stored = programmes.get_programme(ctx.db, ctx.actor, builder.record.id)  # type: ignore[union-attr]
    assert [i.exercise_code for i in stored.items] == ["STAB-TA-SIDE", "GLOB-CLAM",
                                                       "MAP-TILT-SIT"]
    assert stored.items[1].dosage == clam.dosage and stored.items[1].note == clam.note
    assert stored.language == "da"


def test_remove_and_move_buttons_are_undoable(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """Move down and remove change the list; undo restores the original order. Exercises
    in the programme are marked in the library."""
    builder = _builder(qtbot, ctx, _episode(ctx))
    for code in ("EDU-PAIN", "STAB-PF-SIT", "ADL-WALK"):
        builder.programme.add_exercise(code)
    index = _find_in_library(builder, "STAB-PF-SIT")
    assert index.data(SUBTITLE_ROLE).startswith("✓ ")  # marked as in the programme
    builder.programme.view.setCurrentIndex(builder.programme.items.index(0))
    qtbot.mouseClick(builder.programme.down_button, Qt.MouseButton.LeftButton)
    assert _codes(builder) == ["STAB-PF-SIT", "EDU-PAIN", "ADL-WALK"]
    qtbot.mouseClick(builder.programme.remove_button, Qt.MouseButton.LeftButton)
    assert _codes(builder) == ["STAB-PF-SIT", "ADL-WALK"]
    builder.programme.undo_stack.undo()
    builder.programme.undo_stack.undo()
    assert _codes(builder) == ["EDU-PAIN", "STAB-PF-SIT", "ADL-WALK"]


def test_phase_warnings_show_in_the_library_and_the_programme(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """In week 32 the bridge carries a badge in the library and a warning once added."""
    builder = _builder(qtbot, ctx, _episode(ctx, weeks=32))
    index = _find_in_library(builder, "GLOB-BRIDGE")
    assert index.data(BADGE_ROLE) == "warn"
    builder.programme.add_exercise("GLOB-BRIDGE")
    texts = [builder.side.warnings.item(i).text()
             for i in range(builder.side.warnings.count())]
    assert any("3. trimester" in t and "Bækkenløft" in t for t in texts)
    assert builder.side.tabText(1).endswith("(1)")


def test_aslr_easier_with_compression_ticks_the_belt_and_notes_a_trial(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """An ASLR that improves with compression: a new programme carries the belt advice and
    the warnings list says to try a belt and re-test (Mens 1999/2006; Damen 2002)."""
    from pgp_desk.domain.pelvic_tests import PelvicTestFindings
    from pgp_desk.services.assessments import assessments
    from pgp_desk.services.assessments.assessment_model import AssessmentInput

    episode_id = _episode(ctx, weeks=26)
    tests = PelvicTestFindings()
    for side, plain, compressed in (("left", 3, 1), ("right", 2, 1)):
        tests.set("ASLR", side, plain)
        tests.set_aslr_compression(side, compressed)
    assessments.create_assessment(ctx.db, ctx.actor, episode_id, data=AssessmentInput(
        assessed_on=date.today(), tests=tests))
    builder = _builder(qtbot, ctx, episode_id)
    assert "belt" in builder.side.advice.advice()
    texts = [builder.side.warnings.item(i).text()
             for i in range(builder.side.warnings.count())]
    assert any("bækkenbælte" in t for t in texts)


def test_issued_programme_is_read_only_and_the_next_starts_from_it(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """An issued programme opens read-only; "New programme from this" copies it as a draft."""
    episode_id = _episode(ctx)
    made = programmes.create_programme(ctx.db, ctx.actor, episode_id, ProgrammeInput(
        title="Uge 24", items=[ProgrammeItemData("GLOB-CLAM")]))
    programmes.issue_programme(ctx.db, ctx.actor, made.id)
    builder = _builder(qtbot, ctx, episode_id)
    assert builder.read_only and not builder.library_panel.isEnabled()
    assert builder.toolbar.next_button.isVisible() and not builder.toolbar.issue_button.isEnabled()
    builder.programme.add_exercise("EDU-PAIN")
    assert _codes(builder) == ["GLOB-CLAM"]
    with qtbot.waitSignal(builder.loaded, timeout=10000):
        qtbot.mouseClick(builder.toolbar.next_button, Qt.MouseButton.LeftButton)
    assert not builder.read_only and builder.record is not None
    assert builder.record.based_on_id == made.id and _codes(builder) == ["GLOB-CLAM"]
    assert builder.toolbar.history.count() == 2


def test_start_from_a_template_in_one_undoable_step(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """A shipped template fills the programme and its advice; one undo empties it again."""
    builder = _builder(qtbot, ctx, _episode(ctx))
    builder.templates.start("shipped:mid-pregnancy-sij")
    qtbot.waitUntil(lambda: builder.programme.items.rowCount() == 6, timeout=10000)
    assert builder.toolbar.title.text() == "Midt i graviditeten – SI-led"
    assert "belt" in builder.side.advice.advice()
    builder.programme.undo_stack.undo()
    assert builder.programme.items.rowCount() == 0


def test_language_changes_the_words_the_client_reads(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """Switching the programme to Norwegian shows names and dosage in Norwegian."""
    builder = _builder(qtbot, ctx, _episode(ctx))
    builder.programme.add_exercise("GLOB-CLAM")
    builder.toolbar.language.setCurrentIndex(builder.toolbar.language.findData("nb"))
    assert "repetisjoner" in builder.dosage.editor.preview.text()
    assert "repetisjoner" in builder.programme.items.index(0).data(DETAIL_ROLE)


def test_print_and_issue_saves_then_opens_the_handout(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """"Print and issue" stores the programme first and opens its handout dialog."""
    builder = _builder(qtbot, ctx, _episode(ctx))
    builder.programme.add_exercise("STAB-TA-SIDE")
    qtbot.mouseClick(builder.toolbar.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: builder.saving.handout_dialog is not None,
                    timeout=10000)
    dialog = builder.saving.handout_dialog
    assert builder.record is not None and dialog.programme_id == builder.record.id
    assert [i.exercise_code for i in programmes.get_programme(
        ctx.db, ctx.actor, builder.record.id).items] == ["STAB-TA-SIDE"]
    dialog.close()


def test_workspace_has_a_programme_tab_for_the_current_pregnancy(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """The client's workspace shows the builder for the current episode in its own tab."""
    from pgp_desk.ui.clients.workspace import ClientWorkspace

    episode_id = _episode(ctx)
    client_id = clients.search_clients(ctx.db, ctx.actor, "Mette").rows[0].id
    workspace = ClientWorkspace(ctx, client_id)
    qtbot.addWidget(workspace)
    with qtbot.waitSignal(workspace.loaded, timeout=10000):
        workspace.show()
    tabs = workspace.tabs
    index = next(i for i in range(tabs.count()) if tabs.widget(i) is workspace.programme_tab)
    tabs.setCurrentIndex(index)
    builder = workspace.programme_tab.builder
    assert builder is not None and builder.episode_id == episode_id
    qtbot.waitUntil(lambda: builder.data is not None, timeout=10000)


def test_save_and_delete_a_personal_template(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """A programme saved as my template is listed under my templates and can be deleted."""
    builder = _builder(qtbot, ctx, _episode(ctx))
    builder.programme.add_exercise("STAB-TA-SIDE")
    builder.programme.add_exercise("GLOB-CLAM")
    builder.templates.save_as(personal=True, name="Mit SI-program")
    qtbot.waitUntil(lambda: bool(builder.templates.lists.personal), timeout=10000)
    saved = builder.templates.lists.personal[0]
    assert (saved.name, saved.item_count) == ("Mit SI-program", 2)
    builder.templates.delete(saved, confirm=False)
    qtbot.waitUntil(lambda: not builder.templates.lists.personal, timeout=10000)


def _conflict_text(qtbot, monkeypatch, builder) -> tuple[str, bool]:  # type: ignore[no-untyped-def]
    """Save, and return what the conflict window said and whether it offered 'save mine'."""
    from PySide6.QtWidgets import QLabel

    from pgp_desk.ui.widgets.conflict import ConflictDialog

    shown: list[tuple[str, bool]] = []

    def answer(window: ConflictDialog) -> int:  # the user closes it with "keep editing"
        shown.append((window.findChild(QLabel, "conflictText").text(),
                      not window.mine_button.isHidden()))
        return 0

    monkeypatch.setattr(ConflictDialog, "exec", answer)
    builder.save()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    return shown[0]


def test_conflict_says_who_changed_what(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Saving over a colleague's newer save names her and the parts she changed; nothing
    of either version is lost."""
    episode_id = _episode(ctx)
    made = programmes.create_programme(ctx.db, ctx.actor, episode_id, ProgrammeInput(
        title="Uge 24", items=[ProgrammeItemData("GLOB-CLAM")]))
    builder = _builder(qtbot, ctx, episode_id)
    programmes.save_programme(ctx.db, ctx.actor, made, ProgrammeInput(
        title="Uge 24", personal_note="Fra en kollega",
        items=[ProgrammeItemData("GLOB-CLAM"), ProgrammeItemData("EDU-PAIN")]))
    builder.programme.add_exercise("STAB-TA-SIDE")
    text, offers_mine = _conflict_text(qtbot, monkeypatch, builder)
    assert ctx.actor.signature in text  # full name and authorisation ID, not a login
    assert "personlig note" in text and "øvelser" in text and "titel" not in text
    assert offers_mine
    assert _codes(builder) == ["GLOB-CLAM", "STAB-TA-SIDE"]
    stored = programmes.get_programme(ctx.db, ctx.actor, made.id)
    assert [i.exercise_code for i in stored.items] == ["GLOB-CLAM", "EDU-PAIN"]


def test_conflict_with_an_issued_programme_offers_no_overwrite(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Issued elsewhere meanwhile: the box says so and has no 'save mine' button."""
    episode_id = _episode(ctx)
    made = programmes.create_programme(ctx.db, ctx.actor, episode_id, ProgrammeInput(
        title="Uge 24", items=[ProgrammeItemData("GLOB-CLAM")]))
    builder = _builder(qtbot, ctx, episode_id)
    programmes.issue_programme(ctx.db, ctx.actor, made.id)
    builder.programme.add_exercise("STAB-TA-SIDE")
    text, offers_mine = _conflict_text(qtbot, monkeypatch, builder)
    assert "udleveret" in text
    assert not offers_mine


def _answer_conflict(monkeypatch, button: str) -> None:  # type: ignore[no-untyped-def]
    """The conflict window answers by clicking its ``button`` ("mine_button"/"theirs_button")."""
    from pgp_desk.ui.widgets.conflict import ConflictDialog

    def click(window: ConflictDialog) -> int:
        getattr(window, button).click()
        return window.result()

    monkeypatch.setattr(ConflictDialog, "exec", click)


def _colleague_saved(qtbot, ctx):  # type: ignore[no-untyped-def]
    """A programme open here while a colleague's save adds EDU-PAIN; here STAB-TA-SIDE is
    added and saved."""
    episode_id = _episode(ctx)
    made = programmes.create_programme(ctx.db, ctx.actor, episode_id, ProgrammeInput(
        title="Uge 24", items=[ProgrammeItemData("GLOB-CLAM")]))
    builder = _builder(qtbot, ctx, episode_id)
    programmes.save_programme(ctx.db, ctx.actor, made, ProgrammeInput(
        title="Uge 24", items=[ProgrammeItemData("GLOB-CLAM"), ProgrammeItemData("EDU-PAIN")]))
    builder.programme.add_exercise("STAB-TA-SIDE")
    return builder, made


def test_conflict_save_mine_stores_the_builder_over_theirs(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """'Save mine over theirs' stores exactly what the builder shows, on the newer version."""
    builder, made = _colleague_saved(qtbot, ctx)
    _answer_conflict(monkeypatch, "mine_button")
    with qtbot.waitSignal(builder.saved, timeout=10000):
        builder.save()
    stored = programmes.get_programme(ctx.db, ctx.actor, made.id)
    assert [i.exercise_code for i in stored.items] == ["GLOB-CLAM", "STAB-TA-SIDE"]
    assert not builder.is_dirty()


def test_conflict_use_theirs_shows_the_colleagues_programme(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """'Use theirs' reloads the colleague's version; nothing of hers is written."""
    builder, made = _colleague_saved(qtbot, ctx)
    _answer_conflict(monkeypatch, "theirs_button")
    with qtbot.waitSignal(builder.loaded, timeout=10000):
        builder.save()
    assert _codes(builder) == ["GLOB-CLAM", "EDU-PAIN"]
    stored = programmes.get_programme(ctx.db, ctx.actor, made.id)
    assert [i.exercise_code for i in stored.items] == ["GLOB-CLAM", "EDU-PAIN"]


def test_after_the_birth_the_library_pictures_show_no_pregnant_figure(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """A client after the birth sees no pregnant belly in the builder's pictures either."""
    from pgp_desk.content.figures import illustration_svg

    client = clients.create_client(ctx.db, ctx.actor, clients.ClientInput(
        first_name="Sara", last_name="Holm"))
    born = date.today() - timedelta(days=200)
    episode_id = episodes.create_episode(ctx.db, ctx.actor, client.id, episodes.EpisodeInput(
        due_date=born, birth_date=born)).id
    builder = _builder(qtbot, ctx, episode_id)
    assert builder.thumbnails.svgs["GLOB-CLAM"] == illustration_svg("GLOB-CLAM", True)
    assert builder.thumbnails.svgs["GLOB-CLAM"] != illustration_svg("GLOB-CLAM")
    pregnant = _builder(qtbot, ctx, _episode(ctx))
    assert pregnant.thumbnails.svgs["GLOB-CLAM"] == illustration_svg("GLOB-CLAM")
