"""The handout dialog with real widgets on a real database: preview, save, issue, print, reprint."""

from __future__ import annotations

import io
import sys
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QPushButton

from pgp_desk.services.handouts import handouts
from pgp_desk.ui.handouts.dialog import PREVIEW_DELAY_MS, HandoutDialog, safe_file_stem
from pgp_desk.ui.handouts.issued_dialog import IssuedHandoutDialog
from pgp_desk.ui.handouts.printing import print_in_background
from pgp_desk.ui.handouts.red_flag_dialog import RedFlagConfirmDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from handout_world import raise_red_flag, worked
from pdf_images import dark_share

WAIT = 20000


def _pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def _open(qtbot, ctx, programme_id: int) -> HandoutDialog:  # type: ignore[no-untyped-def]
    dialog = HandoutDialog(ctx, programme_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview.page_count() > 0, timeout=WAIT)
    return dialog


def test_preview_loads_in_the_client_language(qtbot, ctx) -> None:
    """The dialog shows the real PDF's pages, drawn sharp, in the programme's language."""
    world = worked(ctx.db, ctx.actor, language="nb", first="Ingrid", last="Haugen")
    from pgp_desk.db.models import Programme

    with ctx.db.sessions.begin() as s:
        s.get(Programme, world.programme_id).language = "nb"
    dialog = _open(qtbot, ctx, world.programme_id)
    assert dialog.choices.language.currentData() == "nb"
    assert dialog.preview.page_count() == _pages(dialog.pdf)
    qtbot.waitUntil(lambda: dialog.preview.rendered_page(0) is not None, timeout=WAIT)
    first = dialog.preview.rendered_page(0)
    assert abs(first.height() / first.width() - 297 / 210) < 0.01  # a whole A4 sheet
    assert first.width() >= 400  # readable, drawn for the screen's pixels
    assert dark_share(first) > 0.01  # text and pictures, not a blank sheet
    assert "Ingrid Haugen" in dialog.heading.text()
    assert dialog.issue_button.isEnabled() and dialog.print_button.isEnabled()
    assert b"%PDF" in dialog.pdf[:8]


def test_changing_an_option_makes_a_new_preview(qtbot, ctx) -> None:
    """Ticking large print renders again, off the GUI thread, with more pages."""
    world = worked(ctx.db, ctx.actor)
    dialog = _open(qtbot, ctx, world.programme_id)
    normal = dialog.preview.page_count()
    with qtbot.waitSignal(dialog.preview_ready, timeout=WAIT):
        dialog.choices.large.setChecked(True)
    assert dialog.preview.page_count() > normal
    assert dialog.pdf_options is not None and dialog.pdf_options.large_print
    assert not dialog.choices.compact.isEnabled()  # large print wins over compact


def test_save_writes_the_previewed_pdf(qtbot, ctx, tmp_path) -> None:
    """Save as PDF writes exactly the bytes shown in the preview."""
    world = worked(ctx.db, ctx.actor)
    dialog = _open(qtbot, ctx, world.programme_id)
    target = tmp_path / "handout.pdf"
    dialog.save_to(str(target))
    qtbot.waitUntil(target.exists, timeout=WAIT)
    qtbot.waitUntil(lambda: target.read_bytes() == dialog.pdf, timeout=WAIT)
    assert _pages(target.read_bytes()) == dialog.preview.page_count()
    assert dialog.default_file_name().startswith("traeningsprogram-mette-soerensen-")


def test_issue_records_the_handout(qtbot, ctx) -> None:
    """Issue stores the shown PDF in the client's record and locks the options."""
    world = worked(ctx.db, ctx.actor)
    dialog = _open(qtbot, ctx, world.programme_id)
    shown = dialog.pdf
    with qtbot.waitSignal(dialog.issued, timeout=WAIT) as signal:
        dialog.issue_button.click()
    record = signal.args[0]
    listed = handouts.list_issued(ctx.db, ctx.actor, world.client_id)
    assert [h.id for h in listed] == [record.id]
    assert handouts.reprint(ctx.db, ctx.actor, record.id) == shown == dialog.pdf
    assert not dialog.issue_button.isEnabled() and not dialog.choices.large.isEnabled()
    assert dialog.record is not None and dialog.record.id == record.id


def test_red_flag_asks_for_confirmation_and_records_it(qtbot, ctx) -> None:
    """With an open red flag the dialog warns, asks for a reason, and the reason is kept."""
    world = worked(ctx.db, ctx.actor)
    raise_red_flag(ctx.db, ctx.actor, world.episode_id)
    dialog = _open(qtbot, ctx, world.programme_id)
    assert dialog.flag_banner.isVisible()
    answered = []

    def confirm() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, RedFlagConfirmDialog):
            QTimer.singleShot(50, confirm)
            return
        button = box.findChild(QPushButton, "confirmIssue")
        assert not button.isEnabled()  # no reason typed yet
        box.findChild(QPlainTextEdit, "redFlagConfirmation").setPlainText(
            "Midwife saw her today; gentle exercise agreed.")
        answered.append(True)
        button.click()

    QTimer.singleShot(50, confirm)
    with qtbot.waitSignal(dialog.issued, timeout=WAIT) as signal:
        dialog.issue()
    assert answered
    assert signal.args[0].red_flag_confirmation == "Midwife saw her today; gentle exercise agreed."
    stored = handouts.list_issued(ctx.db, ctx.actor, world.client_id)[0]
    assert stored.red_flags == ("vaginal_bleeding",)


def test_printing_runs_in_the_background(qtbot, ctx, tmp_path) -> None:
    """Pages are rendered by PDFium onto the printer from a worker thread, all of them."""
    world = worked(ctx.db, ctx.actor)
    dialog = _open(qtbot, ctx, world.programme_id)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    done: list[int] = []
    print_in_background(dialog, dialog.pdf, printer, on_done=done.append)
    assert not done  # returned at once: the window stays responsive
    qtbot.waitUntil(lambda: bool(done), timeout=60000)
    assert done == [dialog.preview.page_count()]
    assert _pages(out.read_bytes()) == dialog.preview.page_count()


def test_issued_handout_reopens_identically(qtbot, ctx) -> None:
    """From the timeline, an issued handout shows its stored bytes for an identical reprint."""
    world = worked(ctx.db, ctx.actor)
    issued = handouts.issue_handout(ctx.db, ctx.actor, world.programme_id)
    dialog = IssuedHandoutDialog(ctx, issued.id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT):
        dialog.show()
    assert dialog.pdf == issued.pdf
    assert issued.sha256[:16] in dialog.details.text()
    assert dialog.print_button.isEnabled()


def test_issued_handout_is_saved_as_the_stored_bytes_owner_only(qtbot, ctx, tmp_path,  # type: ignore[no-untyped-def]
                                                                monkeypatch) -> None:
    """"Save as PDF" on an issued handout asks where (suggesting the client's file name),
    then writes exactly the stored bytes, readable by the owner only."""
    from pgp_desk.ui.handouts import pdf_file

    world = worked(ctx.db, ctx.actor)
    issued = handouts.issue_handout(ctx.db, ctx.actor, world.programme_id)
    dialog = IssuedHandoutDialog(ctx, issued.id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT):
        dialog.show()
    target = tmp_path / "kopi.pdf"
    asked: list[str] = []

    def choose(_parent, _title, file_name, _filter, _suffix):  # type: ignore[no-untyped-def]
        asked.append(file_name)
        return str(target)

    monkeypatch.setattr(pdf_file, "ask_save_path", choose)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and target.read_bytes() == issued.pdf,
                    timeout=WAIT)
    assert asked == [dialog.file_name()] and asked[0].startswith("traeningsprogram-")
    if sys.platform != "win32":
        assert target.stat().st_mode & 0o077 == 0


def test_workspace_timeline_lists_and_opens_issued_handouts(qtbot, ctx) -> None:
    """The client's timeline lists the issued handout; activating it opens the stored copy."""
    from pgp_desk.ui.clients.workspace import ClientWorkspace

    world = worked(ctx.db, ctx.actor)
    issued = handouts.issue_handout(ctx.db, ctx.actor, world.programme_id)
    workspace = ClientWorkspace(ctx, world.client_id)
    qtbot.addWidget(workspace)
    with qtbot.waitSignal(workspace.loaded, timeout=WAIT):
        workspace.show()
    entries = [workspace.timeline.topLevelItem(i).data(0, 256)
               for i in range(workspace.timeline.topLevelItemCount())]
    handout = next(e for e in entries if e.kind == "handout")
    assert handout.entity_id == issued.id
    workspace.timeline.entry_activated.emit(handout)
    qtbot.waitUntil(lambda: any(isinstance(w, IssuedHandoutDialog) and w.pdf == issued.pdf
                                for w in QApplication.topLevelWidgets()), timeout=WAIT)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, IssuedHandoutDialog):
            widget.close()


def test_file_names_are_safe_for_any_name() -> None:
    """Suggested file names hold plain letters only, whatever the client is called."""
    from datetime import date

    day = date(2026, 3, 12)
    word = "træningsprogram"
    assert safe_file_stem(word, "Mette Sørensen", day) == \
        "traeningsprogram-mette-soerensen-2026-03-12"
    assert safe_file_stem(word, "Åse Andersen", day) == "traeningsprogram-aase-andersen-2026-03-12"
    assert safe_file_stem(word, "../../etc/passwd", day) == \
        "traeningsprogram-etc-passwd-2026-03-12"
    assert safe_file_stem(word, "مريم", day) == "traeningsprogram-2026-03-12"
    assert safe_file_stem(word, "CON", day) == "traeningsprogram-con-2026-03-12"


def test_issued_programme_without_a_kept_copy_says_so(qtbot, ctx) -> None:
    """A programme marked issued without a stored handout (from the command line, or old
    data) is not called 'not issued yet'; issuing keeps a copy."""
    from pgp_desk.services.programmes import programmes

    world = worked(ctx.db, ctx.actor)
    programmes.issue_programme(ctx.db, ctx.actor, world.programme_id)
    dialog = _open(qtbot, ctx, world.programme_id)
    assert "ikke udleveret" not in dialog.status.text()
    assert "Programmet er udleveret" in dialog.status.text()
    assert dialog.issue_button.isEnabled()


def test_dialog_names_text_that_cannot_be_printed(qtbot, ctx) -> None:
    """An emoji in an exercise note prints as a box: the dialog says so, and where,
    before the handout is issued; a Chinese name prints and needs no warning."""
    items = [("GLOB-CLAM", {"sets": 2, "reps": 10}, "Godt klaret 😀"),
             ("MAP-TILT-SIT", {"reps": 10}, "")]
    world = worked(ctx.db, ctx.actor, first="娜", last="李", items=items)
    dialog = _open(qtbot, ctx, world.programme_id)
    qtbot.waitUntil(lambda: dialog.glyph_warning.isVisible(), timeout=WAIT)
    text = dialog.glyph_warning.text()
    assert "øvelse 1: 😀" in text and "\u25a1" in text
    assert "navn" not in text
    assert dialog.issue_button.isEnabled()


def _counting_makes(monkeypatch) -> list[object]:  # type: ignore[no-untyped-def]
    made: list[object] = []
    real = handouts.make

    def make(snapshot, options=None):  # type: ignore[no-untyped-def]
        made.append(options)
        return real(snapshot, options)

    monkeypatch.setattr(handouts, "make", make)
    return made


def test_a_preview_is_made_once_per_set_of_options(qtbot, ctx, monkeypatch) -> None:
    """Options already seen show their PDF again; ticking and unticking renders nothing."""
    world = worked(ctx.db, ctx.actor)
    made = _counting_makes(monkeypatch)
    dialog = _open(qtbot, ctx, world.programme_id)
    normal = dialog.pdf
    assert len(made) == 1
    with qtbot.waitSignal(dialog.preview_ready, timeout=WAIT):
        dialog.choices.large.setChecked(True)
    assert len(made) == 2 and dialog.pdf != normal
    with qtbot.waitSignal(dialog.preview_ready, timeout=WAIT):
        dialog.choices.large.setChecked(False)
    assert len(made) == 2 and dialog.pdf == normal  # the kept PDF, not rendered again
    dialog.choices.compact.setChecked(True)
    dialog.choices.compact.setChecked(False)  # back before the preview was asked for
    qtbot.wait(3 * PREVIEW_DELAY_MS)
    assert len(made) == 2 and dialog.pdf == normal
    assert dialog.issue_button.isEnabled()


def test_issuing_keeps_the_shown_pdf_without_rendering_it_again(qtbot, ctx, monkeypatch) -> None:
    world = worked(ctx.db, ctx.actor)
    dialog = _open(qtbot, ctx, world.programme_id)
    with qtbot.waitSignal(dialog.preview_ready, timeout=WAIT):
        dialog.choices.large.setChecked(True)
    shown = dialog.pdf
    renders: list[int] = []
    real = handouts.render_handout
    monkeypatch.setattr(handouts, "render_handout",
                        lambda *a: renders.append(1) or real(*a))  # type: ignore[func-returns-value]
    with qtbot.waitSignal(dialog.issued, timeout=WAIT) as signal:
        dialog.issue_button.click()
    assert renders == []
    assert signal.args[0].pdf == shown == dialog.pdf
    assert signal.args[0].options.large_print


def test_a_programme_changed_after_the_preview_is_shown_again_not_issued(qtbot, ctx) -> None:
    """A colleague's save between preview and issue: nothing issued, her version shown."""
    from pgp_desk.db.models import Programme

    world = worked(ctx.db, ctx.actor)
    dialog = _open(qtbot, ctx, world.programme_id)
    with ctx.db.sessions.begin() as s:
        s.get(Programme, world.programme_id).title = "Ændret af en kollega"
    warned: list[str] = []

    def close_warning() -> None:
        box = QApplication.activeModalWidget()
        if box is None or box is dialog:
            QTimer.singleShot(50, close_warning)
            return
        warned.append(box.windowTitle())
        box.close()

    QTimer.singleShot(50, close_warning)
    with qtbot.waitSignal(dialog.preview_ready, timeout=WAIT):
        dialog.issue_button.click()
    assert warned and dialog.record is None
    assert handouts.list_issued(ctx.db, ctx.actor, world.client_id) == []
    assert "Ændret af en kollega" in dialog.heading.text()
