"""The assembled assessment form, driven through its real widgets on a real database."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QWidget,
)

from people_world import sign_in_as
from pgp_desk.services import drafts
from pgp_desk.services.assessments import assessments as svc
from pgp_desk.services.assessments.assessment_model import INITIAL
from pgp_desk.services.clients import clients, episodes
from pgp_desk.ui.assessment.assessment_list import AssessmentsTab
from pgp_desk.ui.assessment.form import AssessmentForm, load_form_data
from pgp_desk.ui.clients.workspace import ClientWorkspace
from pgp_desk.ui.operations import wait_for_background


@pytest.fixture
def setting(ctx):  # type: ignore[no-untyped-def]
    client = clients.create_client(ctx.db, ctx.actor, clients.ClientInput(
        first_name="Signe", last_name="Bæk", language="da"))
    episode = episodes.create_episode(ctx.db, ctx.actor, client.id, episodes.EpisodeInput(
        due_date=date.today() + timedelta(days=90)))
    return client, episode


def _form(qtbot, ctx, client, episode, assessment_id=None) -> AssessmentForm:  # type: ignore[no-untyped-def]
    form = AssessmentForm(ctx, load_form_data(ctx, client, episode, assessment_id, INITIAL))
    qtbot.addWidget(form, before_close_func=_discard_on_close)
    form.resize(1300, 900)
    form.show()
    qtbot.waitExposed(form)
    return form


def _discard_on_close(form: AssessmentForm) -> None:
    """A test that ends with unsaved changes answers the close prompt with Discard."""
    if form.is_dirty():
        _when_modal(lambda box: box.button(QMessageBox.StandardButton.Discard).click())


def _when_modal(action: Callable[[QWidget], None]) -> None:
    """Act on the next modal dialog as soon as it is shown (exec() blocks the test)."""
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        action(dialog)
    QTimer.singleShot(0, poll)


def _click_region(qtbot, form: AssessmentForm, region_id: str, value: int) -> None:  # type: ignore[no-untyped-def]
    widget = form.pain.editor
    pos = widget.view.mapFromScene(widget.scene.region_centre(region_id))
    qtbot.mouseClick(widget.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    editor = widget.editor()
    assert editor is not None
    qtbot.keyClick(editor.spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.spin, str(value))
    qtbot.keyClick(editor.spin, Qt.Key.Key_Return)


def test_fill_save_and_sign_through_the_widgets(qtbot, ctx, setting) -> None:  # type: ignore[no-untyped-def]
    """A new assessment filled by clicks and keys is stored with computed values; signing
    locks every section."""
    client, episode = setting
    form = _form(qtbot, ctx, client, episode)
    assert form.header.stage.text().startswith("uge 27")
    assert form.header.status.text() and not form.header.addendum_button.isVisible()

    stairs = form.history.aggravating["stairs"]
    qtbot.mouseClick(stairs, Qt.MouseButton.LeftButton, pos=QPoint(7, stairs.height() // 2))
    assert stairs.isChecked()
    form.show_section("red_flags")
    qtbot.mouseClick(form.findChild(QRadioButton, "flag_trauma_no"), Qt.MouseButton.LeftButton)
    form.show_section("pain_map")
    _click_region(qtbot, form, "sij_l", 6)
    form.show_section("tests")
    form.activateWindow()
    form.tests.table.setFocus()
    qtbot.waitUntil(form.tests.table.hasFocus, timeout=3000)
    qtbot.keyClicks(form.tests.table, "+-")  # P4: left positive, right negative
    assert "1" in form.nav.item(3).text()  # "Pelvic tests · 1 positive"
    form.show_section("questionnaires")
    nrs = form.questionnaires.widgets["NRS"]
    form.questionnaires.setCurrentWidget(nrs)
    qtbot.mouseClick(nrs.rows["now"].control.buttons[6], Qt.MouseButton.LeftButton)
    form.show_section("plan")
    qtbot.keyClicks(form.plan.plan, "Stabiliserende øvelser")
    assert form.is_dirty()

    with qtbot.waitSignal(form.saved, timeout=10000) as saved:
        qtbot.mouseClick(form.header.save_button, Qt.MouseButton.LeftButton)
    record = saved.args[0]
    stored = svc.get_assessment(ctx.db, ctx.actor, record.id)
    assert stored.history["aggravating"] == ["stairs"]
    assert stored.screening["answers"]["trauma"] is False
    assert stored.pain_map.mark("sij_l").intensity == 6
    assert stored.tests.is_positive("P4", "left")
    assert stored.score("NRS", "now") == 6.0
    assert stored.classification_suggested == "one_sided_sij:left"
    assert stored.plan == "Stabiliserende øvelser"
    assert not form.is_dirty() and form.header.sign_button.isVisible()  # saved, still a draft

    _when_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    with qtbot.waitSignal(form.signedOff, timeout=10000):
        qtbot.mouseClick(form.header.sign_button, Qt.MouseButton.LeftButton)
    assert svc.get_assessment(ctx.db, ctx.actor, record.id).signed
    assert not form.header.save_button.isVisible() and form.header.addendum_button.isVisible()
    assert form.plan.plan.isReadOnly() and form.pain.editor.is_read_only()
    # clicks and keys no longer change anything
    yes = form.findChild(QRadioButton, "flag_trauma_yes")
    form.show_section("red_flags")
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    assert not yes.isChecked()
    form.show_section("tests")
    qtbot.keyClicks(form.tests.table, "--")
    assert form.tests.findings().is_positive("P4", "left")
    assert not form.is_dirty()
    assert not form.findChild(QPushButton, "allNoButton").isVisible()
    # grey hints would read like findings on a signed record; the map is looked at, not drawn
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
    fields = form.findChildren(QLineEdit) + form.findChildren(QPlainTextEdit)
    assert not [f.objectName() for f in fields if f.isReadOnly() and f.placeholderText()]
    assert form.pain.draw_button.text() == "Denne undersøgelse"


def test_addendum_and_report_on_a_signed_assessment(qtbot, ctx, setting, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A signed assessment opens read-only, takes an addendum shown with its author, and
    writes its report PDF."""
    client, episode = setting
    made = svc.create_assessment(ctx.db, ctx.actor, episode.id)
    svc.sign_assessment(ctx.db, ctx.actor, made.id, made.version)
    form = _form(qtbot, ctx, client, episode, made.id)
    assert form.signed and form.header.addendum_button.isVisible()
    with qtbot.waitSignal(form.saved, timeout=10000):
        form.saving.add_addendum("Klienten ringede: smerten er aftaget.")
    assert "Klienten ringede" in form.plan.addenda.text()
    assert "Test Terapeut (aut.-ID 0T3ST)" in form.plan.addenda.text()
    assert [a.text for a in svc.get_assessment(ctx.db, ctx.actor, made.id).addenda] == [
        "Klienten ringede: smerten er aftaget."]
    target = tmp_path / "rapport.pdf"
    form.report.export(str(target))
    qtbot.waitUntil(lambda: form.report.written == target, timeout=15000)
    text = " ".join(page.extract_text() or "" for page in PdfReader(target).pages)
    assert "Signe Bæk" in text and "Klienten ringede" in text


def test_autosaved_draft_is_offered_back_and_removed_on_save(qtbot, ctx, setting) -> None:  # type: ignore[no-untyped-def]
    """The timer keeps a draft while typing; reopening offers it; restoring and saving
    stores it and deletes the draft."""
    client, episode = setting
    made = svc.create_assessment(ctx.db, ctx.actor, episode.id)
    form = _form(qtbot, ctx, client, episode, made.id)
    assert form.drafts.timer.isActive() and form.drafts.timer.interval() <= 5000
    qtbot.keyClicks(form.plan.notes, "Ondt ved vending i sengen")
    key = drafts.draft_key(assessment_id=made.id)
    qtbot.waitUntil(lambda: drafts.read_draft(ctx.drafts_scope, key) is not None, timeout=8000)
    form.drafts.timer.stop()  # the program "dies" here: no save, no close
    form.hide()

    again = _form(qtbot, ctx, client, episode, made.id)
    assert again.header.draft_banner.isVisible()
    assert again.plan.notes.toPlainText() == ""
    qtbot.mouseClick(again.header.restore_button, Qt.MouseButton.LeftButton)
    assert again.plan.notes.toPlainText() == "Ondt ved vending i sengen"
    assert again.is_dirty()
    with qtbot.waitSignal(again.saved, timeout=10000):
        again.save()
    assert drafts.read_draft(ctx.drafts_scope, key) is None
    assert svc.get_assessment(ctx.db, ctx.actor, made.id).notes == "Ondt ved vending i sengen"


def test_new_assessment_draft_is_keyed_by_episode(qtbot, ctx, setting) -> None:  # type: ignore[no-untyped-def]
    """Before the first save a draft is kept under the episode; saving moves it to the id."""
    client, episode = setting
    form = _form(qtbot, ctx, client, episode)
    qtbot.keyClicks(form.plan.plan, "Kontrol om 3 uger")
    assert form.drafts.write_draft()
    key = drafts.draft_key(episode_id=episode.id)
    assert drafts.read_draft(ctx.drafts_scope, key) is not None
    with qtbot.waitSignal(form.saved, timeout=10000):
        form.save()
    assert drafts.read_draft(ctx.drafts_scope, key) is None
    assert not form.drafts.write_draft()  # nothing unsaved, nothing written


def _colleague_saved(qtbot, ctx, setting):  # type: ignore[no-untyped-def]
    """A form open here while a colleague saves a plan; here a note is typed."""
    client, episode = setting
    made = svc.create_assessment(ctx.db, ctx.actor, episode.id)
    form = _form(qtbot, ctx, client, episode, made.id)
    other = sign_in_as(ctx.db, "kollega")
    svc.save_assessment(ctx.db, other, made, replace(made.as_input(), plan="Deres plan"))
    qtbot.keyClicks(form.plan.notes, "Min note")
    return form, made


def test_concurrent_edit_opens_the_conflict_dialog(qtbot, ctx, setting) -> None:  # type: ignore[no-untyped-def]
    """Saving over another workstation's save shows what they changed; "use theirs"
    loads their version."""
    form, _made = _colleague_saved(qtbot, ctx, setting)
    seen: list[str] = []

    def take_theirs(dialog: QWidget) -> None:
        seen.append(dialog.findChild(QWidget, "conflictText").text())
        dialog.theirs_button.click()

    _when_modal(take_theirs)
    form.save()
    qtbot.waitUntil(lambda: form.plan.plan.toPlainText() == "Deres plan", timeout=10000)
    assert "Karen Kollega" in seen[0] and "Plan" in seen[0]
    assert form.plan.notes.toPlainText() == "" and not form.is_dirty()


def test_concurrent_edit_save_mine_keeps_the_form(qtbot, ctx, setting) -> None:  # type: ignore[no-untyped-def]
    """"Save mine over theirs" stores what the form shows over the colleague's newer save."""
    form, made = _colleague_saved(qtbot, ctx, setting)
    _when_modal(lambda dialog: dialog.mine_button.click())
    with qtbot.waitSignal(form.saved, timeout=10000):
        form.save()
    stored = svc.get_assessment(ctx.db, ctx.actor, made.id)
    assert (stored.plan, stored.notes) == ("", "Min note")
    assert not form.is_dirty()


def test_workspace_tab_lists_assessments_and_header_shows_red_flags(qtbot, ctx, setting) -> None:  # type: ignore[no-untyped-def]
    """The client workspace has an Assessments tab; an open red flag shows in the header;
    double-click opens the form."""
    client, episode = setting
    made = svc.create_assessment(ctx.db, ctx.actor, episode.id)
    svc.save_assessment(ctx.db, ctx.actor, made, replace(
        made.as_input(), screening={"answers": {"dvt_pe_signs": True}}))
    workspace = ClientWorkspace(ctx, client.id)
    qtbot.addWidget(workspace)
    workspace.show()
    tab: AssessmentsTab = workspace.assessments_tab
    qtbot.waitUntil(lambda: tab.table.topLevelItemCount() == 1, timeout=10000)
    qtbot.waitUntil(lambda: workspace.header.flags.isVisible(), timeout=10000)
    assert "blodprop" in workspace.header.flags.text()
    # The same advice as the form and the builder give for this flag (same day, urgent).
    from pgp_desk.content.red_flag_text import flag_action, referral_advice
    from pgp_desk.domain.red_flags import ITEMS
    assert referral_advice([ITEMS["dvt_pe_signs"]], "da") in workspace.header.flags.text()
    # Each flag with its own action and urgency.
    assert flag_action(ITEMS["dvt_pe_signs"], "da") in workspace.header.flags.text()
    assert "(samme dag)" in workspace.header.flags.text()
    assert tab.new_follow_up.isEnabled()
    item = tab.table.topLevelItem(0)
    assert "⚠" in item.text(7)  # the status column marks the red flag
    with qtbot.waitSignal(tab.formOpened, timeout=10000) as opened:
        tab.table.itemActivated.emit(item, 0)
    form = opened.args[0]  # deletes itself on close: not handed to qtbot to close again
    try:
        assert form.record.id == made.id and form.header.flags.isVisible()
    finally:
        form.close()
    wait_for_background(5000)


def test_drafts_are_offered_at_start_and_open_their_assessment(qtbot, ctx, setting) -> None:  # type: ignore[no-untyped-def]
    """A draft left by a crash is listed when the main window starts; "Open" goes to the
    client's assessment, whose form offers the draft back."""
    from pgp_desk.services.assessments.assessment_model import to_payload
    from pgp_desk.ui.main_window import MainWindow

    client, episode = setting
    made = svc.create_assessment(ctx.db, ctx.actor, episode.id)
    payload = to_payload(replace(made.as_input(), notes="Skrevet lige før strømsvigt"))
    drafts.write_draft(ctx.drafts_scope, drafts.draft_key(assessment_id=made.id), payload,
                       assessment_id=made.id, episode_id=episode.id, client_id=client.id,
                       base_version=made.version)
    forms: list[AssessmentForm] = []
    window = MainWindow(ctx)
    # closing the main window closes the assessment windows first (they ask about changes)
    qtbot.addWidget(window, before_close_func=lambda _w: [_discard_on_close(f) for f in forms])
    window.show()
    window.start()
    qtbot.waitUntil(lambda: getattr(window, "draft_dialog", None) is not None
                    and window.draft_dialog.isVisible(), timeout=10000)
    dialog = window.draft_dialog
    assert dialog.list.count() == 1 and "Signe Bæk" in dialog.list.item(0).text()

    def opened(form: AssessmentForm) -> None:
        forms.append(form)  # closed with the main window, which answers its question

    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is not window.search_page,
                    timeout=10000)  # her screen is made, laid out, then shown
    workspace = window.pages.currentWidget()
    workspace.assessments_tab.formOpened.connect(opened)
    qtbot.waitUntil(lambda: bool(forms), timeout=10000)
    form = forms[0]
    assert form.record.id == made.id and form.header.draft_banner.isVisible()
    qtbot.mouseClick(form.header.restore_button, Qt.MouseButton.LeftButton)
    assert form.plan.notes.toPlainText() == "Skrevet lige før strømsvigt"
    wait_for_background(5000)


def test_new_follow_up_starts_with_the_previous_history(qtbot, ctx, setting) -> None:  # type: ignore[no-untyped-def]
    """A new follow-up form shows the earlier assessment's history, and saves as a follow-up."""
    client, episode = setting
    first = svc.create_assessment(ctx.db, ctx.actor, episode.id,
                                  assessed_on=date.today() - timedelta(days=14))
    svc.save_assessment(ctx.db, ctx.actor, first, replace(
        first.as_input(),
        history={"goals": "Gå til fødselsforberedelse", "aggravating": ["walking"]}))
    form = AssessmentForm(ctx, load_form_data(ctx, client, episode, None, "follow_up"))
    qtbot.addWidget(form, before_close_func=_discard_on_close)
    form.show()
    assert form.history.goals.toPlainText() == "Gå til fødselsforberedelse"
    assert form.history.aggravating["walking"].isChecked()
    assert form.progress.series is not None and len(form.progress.series.points) == 1
    with qtbot.waitSignal(form.saved, timeout=10000) as saved:
        form.save()
    assert saved.args[0].kind == "follow_up"


def test_form_outlives_a_closed_workspace(qtbot, ctx, setting) -> None:  # type: ignore[no-untyped-def]
    """Closing the client's workspace leaves an open form working: saving does not touch the
    gone workspace, and reopening from a new workspace opens a fresh window."""
    client, episode = setting
    made = svc.create_assessment(ctx.db, ctx.actor, episode.id)
    workspace = ClientWorkspace(ctx, client.id)
    workspace.show()
    tab = workspace.assessments_tab
    qtbot.waitUntil(lambda: tab.table.topLevelItemCount() == 1, timeout=10000)
    with qtbot.waitSignal(tab.formOpened, timeout=10000) as opened:
        tab.open_assessment(made.id)
    form = opened.args[0]
    qtbot.addWidget(form, before_close_func=_discard_on_close)
    workspace.deleteLater()
    qtbot.waitUntil(lambda: not _widget_alive(workspace), timeout=5000)
    qtbot.keyClicks(form.plan.plan, "Efter lukning")
    with qtbot.waitSignal(form.saved, timeout=10000):
        form.save()
    qtbot.wait(100)  # the saved signal reached no dead workspace
    assert svc.get_assessment(ctx.db, ctx.actor, made.id).plan == "Efter lukning"
    form.close()
    wait_for_background(5000)


def _widget_alive(widget: QWidget) -> bool:
    try:
        widget.objectName()
    except RuntimeError:
        return False
    return True


def test_the_pain_map_hint_keeps_its_distance_from_the_draw_button(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The segment buttons touch each other; the hint beside them must not touch them."""
    from pgp_desk.ui.assessment.form_pages import PainMapPage

    page = PainMapPage()
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    note = page.findChild(QLabel, "noEarlierPainMap")
    assert note is not None and note.isVisible()
    gap = note.geometry().left() - page.draw_button.geometry().right()
    assert gap >= 8
