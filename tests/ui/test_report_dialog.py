"""The report dialog: recipient and request before the PDF; the summary to the clipboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from handout_world import raise_red_flag, worked
from pgp_desk.db.models import Assessment
from pgp_desk.ui.assessment.report_dialog import ReportDialog


def test_red_flag_prefills_the_request_and_the_summary_is_copied(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """With a red flag open, the request asks the GP or midwife to see her; what the
    therapist types goes into the summary copied for the journal."""
    world = worked(ctx.db, ctx.actor)
    raise_red_flag(ctx.db, ctx.actor, world.episode_id)
    with ctx.db.sessions() as session:
        assessment_id = session.query(Assessment.id).filter_by(
            episode_id=world.episode_id).scalar()
    dialog = ReportDialog(ctx, assessment_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
    assert "ser hende snarest" in dialog.request.toPlainText()
    qtbot.keyClicks(dialog.recipient, "Lægehuset Blågården")
    dialog.request.clear()
    qtbot.keyClicks(dialog.request, "at du ringer til hende i dag")
    QApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "ringer til hende" in QApplication.clipboard().text(),
                    timeout=10000)
    text = QApplication.clipboard().text()
    assert text.splitlines()[3].startswith("Røde flag: ")
    assert "Vi beder om: at du ringer til hende i dag" in text
    assert dialog.values() == ("Lægehuset Blågården", "at du ringer til hende i dag")
    assert dialog.status.text()
