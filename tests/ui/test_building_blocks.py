"""The shared building blocks of ui/widgets do what the windows used to do by hand: the
button rows in the user's language and wired to the dialog, the labels, the layouts, the
record tables."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from pgp_desk.ui.i18n import current_language, install_language
from pgp_desk.ui.widgets.button_box import close_box, close_button, save_button, save_cancel
from pgp_desk.ui.widgets.labels import notice, paragraph
from pgp_desk.ui.widgets.layouts import column, grid, side_by_side
from pgp_desk.ui.widgets.named import titled
from pgp_desk.ui.widgets.tables import record_table


def test_save_cancel_speaks_danish_saves_and_cancels(qtbot) -> None:  # type: ignore[no-untyped-def]
    previous = current_language()
    install_language("da")
    try:
        dialog = QDialog()
        qtbot.addWidget(dialog)
        saved: list[bool] = []
        box = save_cancel(dialog, lambda: saved.append(True))
        cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
        assert (save_button(box).text(), cancel.text()) == ("Gem", "Annuller")
        qtbot.mouseClick(save_button(box), Qt.MouseButton.LeftButton)
        assert saved == [True] and dialog.result() == QDialog.DialogCode.Rejected
        dialog.show()
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()
        closing = QDialog()
        qtbot.addWidget(closing)
        box = close_box(closing)
        assert close_button(box).text() == "Luk"
        closing.show()
        qtbot.mouseClick(close_button(box), Qt.MouseButton.LeftButton)
        assert not closing.isVisible()
    finally:
        install_language(previous)


def test_labels_wrap_and_a_notice_waits_hidden_with_its_role(qtbot) -> None:  # type: ignore[no-untyped-def]
    text = paragraph("Et langt afsnit", "intro")
    line = notice("alert", "flag")
    qtbot.addWidget(text)
    qtbot.addWidget(line)
    assert (text.text(), text.objectName(), text.wordWrap()) == ("Et langt afsnit", "intro", True)
    assert line.isHidden() and line.wordWrap() and line.property("role") == "alert"
    assert line.objectName() == "flag"


def test_column_side_by_side_and_grid_place_parts_with_their_stretch(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = titled(QWidget(), "window", "Titel")
    qtbot.addWidget(window)
    top, body, foot = QLabel("a"), QLabel("b"), QPushButton("c")
    row = QHBoxLayout()
    layout = column(window, top, (body, 2), 1, row, foot)
    assert (window.objectName(), window.windowTitle()) == ("window", "Titel")
    items = [layout.itemAt(i) for i in range(layout.count())]
    assert [item.widget() for item in items] == [top, body, None, None, foot]
    assert items[3].layout() is row and items[2].spacerItem() is not None
    assert [layout.stretch(i) for i in range(layout.count())] == [0, 2, 1, 0, 0]

    first, field, last, inner = QPushButton("a"), QLabel("b"), QPushButton("c"), QHBoxLayout()
    bar = side_by_side(first, (field, 1), 2, inner, last)
    assert isinstance(bar, QHBoxLayout) and bar.parent() is None
    parts = [bar.itemAt(i) for i in range(bar.count())]
    assert [part.widget() for part in parts] == [first, field, None, None, last]
    assert parts[3].layout() is inner and parts[2].spacerItem() is not None
    assert [bar.stretch(i) for i in range(bar.count())] == [0, 1, 2, 0, 0]

    cells = [[QLabel("1"), QLabel("2"), QLabel("3")], [QLabel("4")]]
    table: QGridLayout = grid(*cells)
    for r, widgets in enumerate(cells):
        for c, widget in enumerate(widgets):
            assert table.itemAtPosition(r, c).widget() is widget


def test_a_record_table_selects_whole_rows_edits_nothing_and_numbers_no_rows(qtbot) -> None:  # type: ignore[no-untyped-def]
    table = record_table(QTableView())
    qtbot.addWidget(table)
    table.setModel(QStandardItemModel(3, 2))
    assert table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert table.verticalHeader().isHidden()


def test_draft_offer_names_the_time_and_warns_only_when_the_record_was_saved_since(
        qtbot) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import dataclass
    from datetime import datetime
    from pathlib import Path

    from pgp_desk.domain.dates import format_date_time
    from pgp_desk.services.drafts import Draft
    from pgp_desk.ui.widgets.draft_banner import AUTOSAVE_MS, autosave_timer, offer_text

    @dataclass
    class Record:
        version: int

    when = datetime(2026, 3, 4, 9, 30)
    found = Draft(path=Path("x.json"), key="k", saved_at=when, assessment_id=1, episode_id=2,
                  client_id=3, base_version=4, payload={})
    first, since = "Changes from %1.", "Saved since."
    assert offer_text(found, Record(4), first, since) == f"Changes from {format_date_time(when)}."
    assert offer_text(found, None, first, since) == f"Changes from {format_date_time(when)}."
    assert offer_text(found, Record(5), first, since).endswith(". Saved since.")

    owner = QWidget()
    qtbot.addWidget(owner)
    written: list[bool] = []
    timer = autosave_timer(owner, "testAutosave", lambda: written.append(True))
    assert (timer.objectName(), timer.interval(), timer.isActive()) == (
        "testAutosave", AUTOSAVE_MS, False)
    timer.setInterval(10)
    timer.start()
    qtbot.waitUntil(lambda: bool(written), timeout=2000)


def test_an_edited_record_rebases_on_the_newer_version_and_closes_once_saved(
        qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The one way an editing dialog saves: a conflict shows its sentence and the form's
    labels; "use theirs" makes the newer record the base and shows it, "save mine" makes it
    the base and saves the form again; a save keeps the record and closes the dialog."""
    from dataclasses import dataclass

    from PySide6.QtWidgets import QLineEdit, QTableWidget

    from pgp_desk.services.errors import Change, ConflictError
    from pgp_desk.ui.widgets.conflict import ConflictDialog
    from pgp_desk.ui.widgets.form import ErrorForm
    from pgp_desk.ui.widgets.saving import EditedRecord

    @dataclass(frozen=True)
    class Note:
        text: str
        version: int

    theirs = Note("theirs", 2)

    class NoteDialog(QDialog):
        def __init__(self) -> None:
            super().__init__()
            self.field = QLineEdit()
            self.form = ErrorForm()
            self.form.add("text", "Tekst", self.field)
            self.buttons = save_cancel(self, self.save)
            self.edited = EditedRecord(self, Note("mine", 1), text="Gemt et andet sted.",
                                       newer=lambda _conflict: theirs)
            self.works: list[Note] = []

        def fill(self, note: Note) -> None:
            self.field.setText(note.text)

        def save(self) -> None:
            base = self.edited.base
            assert base is not None
            self.works.append(base)

            def work() -> Note:
                if base.version < theirs.version:
                    raise ConflictError("note", 1, theirs.version,
                                        [Change("text", "theirs", "mine")])
                return Note(self.field.text(), base.version + 1)
            self.edited.save(work)

    choices: list[str] = []
    shown: list[tuple[str, str]] = []

    def choose(window: ConflictDialog) -> int:
        shown.append((window.findChild(QLabel, "conflictText").text(),
                      window.findChild(QTableWidget).item(0, 0).text()))
        window.choice = choices.pop(0)
        return 1

    monkeypatch.setattr(ConflictDialog, "exec", choose)
    dialog = NoteDialog()
    qtbot.addWidget(dialog)
    dialog.field.setText("mine")
    choices.append(ConflictDialog.TAKE_THEIRS)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.field.text() == "theirs", timeout=5000)
    assert shown == [("Gemt et andet sted.", "Tekst")]
    assert dialog.edited.base == theirs and dialog.edited.saved is None
    assert dialog.result() == QDialog.DialogCode.Rejected

    dialog.edited.base = Note("mine", 1)
    dialog.field.setText("mine again")
    choices.append(ConflictDialog.KEEP_MINE)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save()
    assert dialog.works == [Note("mine", 1), Note("mine", 1), theirs]
    assert dialog.edited.saved == Note("mine again", 3) and dialog.edited.base == theirs
