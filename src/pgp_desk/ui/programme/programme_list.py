"""The client's programme in the builder: the numbered exercise cards, their buttons, and
every change to them, each one step of the programme's undo history."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QMessageBox,
    QWidget,
)

from pgp_desk.domain.dosage import Dosage
from pgp_desk.domain.i18n import fill
from pgp_desk.domain.progression import carried_dosage
from pgp_desk.services.programmes.programmes import ProgrammeItemData
from pgp_desk.ui.programme import commands
from pgp_desk.ui.programme.builder_data import Catalogue
from pgp_desk.ui.programme.delegate import CardDelegate
from pgp_desk.ui.programme.items_model import BuilderItem, ProgrammeItemsModel
from pgp_desk.ui.programme.programme_view import ProgrammeView
from pgp_desk.ui.programme.thumbnails import Thumbnails
from pgp_desk.ui.style import set_role
from pgp_desk.ui.widgets.buttons import tool_button
from pgp_desk.ui.widgets.layouts import column, side_by_side


class ProgrammeList(QWidget):
    """``currentChanged`` fires when another card is chosen; ``undo_stack`` changes after
    every edit of the programme's exercises."""

    currentChanged = Signal()

    def __init__(self, thumbnails: Thumbnails, catalogue: Catalogue, ui_lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.ui_lang = ui_lang
        self.undo_stack = QUndoStack(self)
        self.items = ProgrammeItemsModel(thumbnails, self)
        self.items.ui_lang = ui_lang
        self.items.on_drop = self._dropped
        self.heading = QLabel()
        set_role(self.heading, "subheading")
        self.view = ProgrammeView()
        self.view.setObjectName("programmeList")
        self.view.setResizeMode(ProgrammeView.ResizeMode.Adjust)  # rows re-wrap on resize
        self.view.setMinimumHeight(180)
        self.view.setModel(self.items)
        self.view.setItemDelegate(CardDelegate(parent=self.view))
        self.view.setMouseTracking(True)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.view.setDropIndicatorShown(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.empty_text = self.tr("Double-click an exercise in the library, drag it "
                                       "here, or take one of the suggestions.")
        self.easier_button = tool_button(self.tr("← Easier"), "regressButton")
        self.harder_button = tool_button(self.tr("Harder →"), "progressButton")
        self.up_button = tool_button(self.tr("Move up"), "moveUpButton")
        self.down_button = tool_button(self.tr("Move down"), "moveDownButton")
        self.remove_button = tool_button(self.tr("Remove"), "removeButton")

        bar = side_by_side(self.easier_button, self.harder_button, 1, self.up_button,
                           self.down_button, self.remove_button)
        column(self, self.heading, (self.view, 1), bar).setContentsMargins(0, 0, 0, 0)

        self.easier_button.clicked.connect(lambda: self.step_selected(-1))
        self.harder_button.clicked.connect(lambda: self.step_selected(+1))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        self.remove_button.clicked.connect(self.remove_selected)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.view, self.remove_selected)

    # ================================================================= state
    @property
    def read_only(self) -> bool:
        return self.items.read_only

    def set_read_only(self, read_only: bool) -> None:
        self.items.read_only = read_only

    def show_items(self, items: list[ProgrammeItemData]) -> None:
        """A programme opened or a draft restored: its rows, a fresh undo history."""
        self.items.reset([BuilderItem.of(i) for i in items])
        self.undo_stack.clear()
        if self.items.rowCount():
            self.view.setCurrentIndex(self.items.index(0))

    def data(self) -> list[ProgrammeItemData]:
        return [i.data() for i in self.items.items]

    def codes(self) -> list[str]:
        return [i.code for i in self.items.items]

    def show_count(self, stage: str) -> None:
        count = self.items.rowCount()
        heading = (self.tr("Programme · 1 exercise") if count == 1 else
                   fill(self.tr("Programme · %1 exercises"), str(count)))
        self.heading.setText(f"{heading}  ·  {stage}" if stage else heading)

    # ================================================================= selection
    def selected_row(self) -> int | None:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else None

    def selected_item(self) -> BuilderItem | None:
        row = self.selected_row()
        return self.items.items[row] if row is not None and row < self.items.rowCount() else None

    def select_row(self, row: int) -> None:
        self.view.selectionModel().setCurrentIndex(
            self.items.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def select_code(self, code: str) -> None:
        """Choose the first card of ``code`` and scroll to it (a warning was clicked)."""
        rows = [n for n, i in enumerate(self.items.items) if i.code == code]
        if rows:
            self.select_row(rows[0])
            self.view.scrollTo(self.items.index(rows[0]))

    def _current_changed(self, *_args: QModelIndex) -> None:
        self.update_buttons()
        self.currentChanged.emit()

    def update_buttons(self) -> None:
        """What the chosen card allows: moving, removing, an easier or harder exercise."""
        row = self.selected_row()
        item = self.selected_item()
        editable = item is not None and not self.read_only
        exercise = self.catalogue.library.get(item.code) if item else None
        self.remove_button.setEnabled(editable)
        self.up_button.setEnabled(editable and row is not None and row > 0)
        self.down_button.setEnabled(editable and row is not None
                                    and row < self.items.rowCount() - 1)
        offered = self.catalogue.offered
        for button, link, label in ((self.easier_button, "regression", self.tr("Easier: %1")),
                                    (self.harder_button, "progression",
                                     self.tr("Harder: %1"))):
            target = getattr(exercise, link) if exercise else None
            usable = bool(editable and target and target in offered)
            button.setEnabled(usable)
            button.setToolTip(fill(label, offered[target].name(self.ui_lang))
                              if usable and target else "")

    # ================================================================= editing
    def add_exercise(self, code: str, row: int | None = None) -> None:
        """Add an exercise with its default dosage (at the end unless ``row``)."""
        if self.read_only or code not in self.catalogue.library:
            return
        row = self.items.rowCount() if row is None else row
        item = BuilderItem(code, self.catalogue.library[code].default_dosage)
        self.undo_stack.push(commands.AddItems(self.items, row, [item]))
        self.select_row(self.items.row_of(item.uid))

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row is None or self.read_only:
            return
        self.undo_stack.push(commands.RemoveItem(self.items, row))
        if self.items.rowCount():
            self.select_row(min(row, self.items.rowCount() - 1))

    def move_selected(self, delta: int) -> None:
        row = self.selected_row()
        if row is None or self.read_only:
            return
        target = row + delta
        if 0 <= target < self.items.rowCount():
            self.undo_stack.push(commands.MoveItem(self.items, row, target))
            self.select_row(target)

    def step_selected(self, direction: int) -> None:
        """Progress (+1) or regress (-1) the selected item to its linked exercise."""
        row = self.selected_row()
        if row is None or self.read_only:
            return
        item = self.items.items[row]
        exercise = self.catalogue.library.get(item.code)
        target = (exercise.progression if direction > 0 else exercise.regression) \
            if exercise else None
        if not target or target not in self.catalogue.offered:
            return
        new = self.catalogue.offered[target]
        text = fill(self.tr("Progress to %1") if direction > 0 else self.tr("Regress to %1"),
                    new.name(self.ui_lang))
        note = item.note
        if note.strip():
            keep = self._keep_note(note, new.name(self.ui_lang))
            if keep is None:
                return
            note = note if keep else ""
        self.undo_stack.push(commands.SwapExercise(
            self.items, item.uid, target, carried_dosage(item.dosage, new.default_dosage),
            text, note))
        self.select_row(row)

    def _keep_note(self, note: str, new_name: str) -> bool | None:
        """The note was written for the exercise being replaced: ask whether it still fits
        (None: the therapist cancelled the change)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Keep the note?"), fill(self.tr(
            "Your note for the client was written for the previous exercise:\n\n“%1”\n\n"
            "Keep it for %2?"), note, new_name),
            QMessageBox.StandardButton.NoButton, self)
        keep = box.addButton(self.tr("Keep the note"), QMessageBox.ButtonRole.AcceptRole)
        remove = box.addButton(self.tr("Remove the note"),
                               QMessageBox.ButtonRole.DestructiveRole)
        box.setEscapeButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        return True if clicked is keep else False if clicked is remove else None

    def edit_selected(self, dosage: Dosage, note: str) -> None:
        """The dosage editor changed the chosen card's dosage or note."""
        item = self.selected_item()
        if item is None or self.read_only or (item.dosage, item.note) == (dosage, note):
            return
        self.undo_stack.push(commands.EditItem(self.items, item.uid, dosage, note))

    def replace_all(self, items: list[ProgrammeItemData], text: str) -> None:
        """Replace every exercise in one undo step (a template was chosen)."""
        library = self.catalogue.library
        rows = [BuilderItem.of(i) for i in items if i.exercise_code in library]
        self.undo_stack.push(commands.ReplaceAll(self.items, rows, text))
        if rows:
            self.select_row(0)

    def _dropped(self, codes: list[str], source: int | None, target: int) -> None:
        if source is not None:
            final = target - 1 if target > source else target
            final = max(0, min(final, self.items.rowCount() - 1))
            if final != source:
                self.undo_stack.push(commands.MoveItem(self.items, source, final))
                self.select_row(final)
            return
        library = self.catalogue.library
        items = [BuilderItem(c, library[c].default_dosage) for c in codes if c in library]
        if items:
            target = max(0, min(target, self.items.rowCount()))
            self.undo_stack.push(commands.AddItems(self.items, target, items))
            self.select_row(self.items.row_of(items[0].uid))
