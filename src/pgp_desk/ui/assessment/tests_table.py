"""The pelvic tests table view: keys set values at once, and a cell order for Tab/arrows.

Keys on a value cell set it and move to the next value cell, without a popup:
``+`` positive, ``-`` or ``0`` negative, ``t``/``ø`` tenderness (palpation in pregnancy),
a digit a grade (LDL after birth 0-3, ASLR 0-5); Delete or Backspace clears (not tested).
Space, Enter or F2 opens the list of allowed values. Tab and the arrow keys move between
cells, skipping the test names and the second half of the symphysis' midline cell; typing
on a note cell starts writing the note.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from pgp_desk.domain.pelvic_tests import Result, Scale
from pgp_desk.ui.assessment.tests_model import (
    COL_LEFT,
    COL_NOTE,
    COL_RIGHT,
    COL_TEST,
    TestsModel,
)
from pgp_desk.ui.widgets.model_index import Index
from pgp_desk.ui.widgets.named import named

_POSITIVE_KEYS = {"+", "p"}
_NEGATIVE_KEYS = {"-", "−", "n", "0"}
_TENDER_KEYS = {"t", "ø", "±", "~"}


def key_value(scale: Scale, text: str) -> tuple[bool, str | int | None]:
    """(understood, value) for a typed character on a cell of this scale."""
    text = text.lower()
    if scale in (Scale.BINARY, Scale.PALPATION):
        if text in _POSITIVE_KEYS:
            return True, Result.POSITIVE
        if text in _NEGATIVE_KEYS:
            return True, Result.NEGATIVE
        if scale is Scale.PALPATION and text in _TENDER_KEYS:
            return True, Result.TENDERNESS
        return False, None
    top = 3 if scale is Scale.GRADE_0_3 else 5
    if text in ("-", "−", "n"):
        return True, 0
    if text.isdigit() and len(text) == 1 and int(text) <= top:
        return True, int(text)
    return False, None


class _ValueDelegate(QStyledItemDelegate):
    """A combo box of the allowed values on value cells; plain text on note cells."""

    def __init__(self, model: TestsModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.tests = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        if not self.tests.is_value_cell(index):
            editor = super().createEditor(parent, option, index)
            editor.setObjectName("noteEditor")
            return editor
        combo = named(QComboBox(parent), "valueEditor")
        combo.addItem(self.tr("Not tested"), None)
        for value in self.tests.choices(index.row()):
            combo.addItem(self.tests.value_text(index.row(), value), value)
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        QTimer.singleShot(0, combo.showPopup)
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            # The model is asked directly: QModelIndex.data() returning None from a Python
            # model over-releases None in PySide6 6.12.
            found = editor.findData(self.tests.value(index))
            editor.setCurrentIndex(max(found, 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: Index) -> None:
        editor.setGeometry(option.rect)


class TestsTable(QTableView):
    """The table view: key handling and a cell order that skips names and spans."""

    rejected = Signal(str)

    def __init__(self, model: TestsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("testsTable")
        self.tests = model
        self.setModel(model)
        self.setItemDelegate(_ValueDelegate(model, self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setWordWrap(False)
        self.setAlternatingRowColors(False)
        self.setShowGrid(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(COL_TEST, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_LEFT, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(COL_RIGHT, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        width = max(150, self.fontMetrics().horizontalAdvance("± Tenderness (u") + 24)
        self.setColumnWidth(COL_LEFT, width)
        self.setColumnWidth(COL_RIGHT, width)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        model.modelReset.connect(self.apply_spans)
        self.apply_spans()

    # ----- layout

    def apply_spans(self) -> None:
        self.clearSpans()
        for row in range(self.tests.rowCount()):
            if self.tests.side_of(self.tests.index(row, COL_RIGHT)) is None:
                self.setSpan(row, COL_LEFT, 1, 2)

    def fit_height(self) -> None:
        rows = sum(self.rowHeight(r) for r in range(self.tests.rowCount())
                   if not self.isRowHidden(r))
        self.setFixedHeight(rows + self.horizontalHeader().height() + 2 * self.frameWidth())

    # ----- navigation

    def _cells(self, values_only: bool = False) -> list[QModelIndex]:
        """Editable cells in reading order, skipping hidden rows."""
        cells = []
        for row in range(self.tests.rowCount()):
            if self.isRowHidden(row):
                continue
            for col in (COL_LEFT, COL_RIGHT, COL_NOTE):
                index = self.tests.index(row, col)
                if self.tests.is_value_cell(index) or (
                        not values_only and self.tests.is_note_cell(index)):
                    cells.append(index)
        return cells

    def _step(self, index: QModelIndex, delta: int, values_only: bool) -> QModelIndex:
        cells = self._cells(values_only)
        key = (index.row(), index.column())
        positions = [(c.row(), c.column()) for c in cells]
        if key not in positions:
            return cells[0] if cells and delta > 0 else QModelIndex()
        i = positions.index(key) + delta
        return cells[i] if 0 <= i < len(cells) else QModelIndex()

    def _vertical(self, index: QModelIndex, delta: int) -> QModelIndex:
        row = index.row() + delta
        while 0 <= row < self.tests.rowCount():
            if not self.isRowHidden(row):
                col = index.column()
                target = self.tests.index(row, col)
                if col == COL_RIGHT and not self.tests.is_value_cell(target):
                    target = self.tests.index(row, COL_LEFT)
                if self.tests.is_value_cell(target) or self.tests.is_note_cell(target):
                    return target
            row += delta
        return index

    def moveCursor(self, action: QAbstractItemView.CursorAction,
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        current = self.currentIndex()
        act = QAbstractItemView.CursorAction
        if not current.isValid() or current.column() == COL_TEST:
            cells = self._cells()
            if action in (act.MoveNext, act.MoveDown, act.MoveRight, act.MoveHome) and cells:
                return cells[0]
            return QModelIndex() if action == act.MovePrevious else current
        if action == act.MoveNext:
            return self._step(current, 1, values_only=False)
        if action == act.MovePrevious:
            return self._step(current, -1, values_only=False)
        if action == act.MoveRight:
            found = self._step(current, 1, values_only=False)
            return found if found.isValid() and found.row() == current.row() else current
        if action == act.MoveLeft:
            found = self._step(current, -1, values_only=False)
            return found if found.isValid() and found.row() == current.row() else current
        if action == act.MoveDown:
            return self._vertical(current, 1)
        if action == act.MoveUp:
            return self._vertical(current, -1)
        return super().moveCursor(action, modifiers)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        current = self.currentIndex()
        if not current.isValid() or not (self.tests.is_value_cell(current)
                                          or self.tests.is_note_cell(current)):
            cells = self._cells()
            if cells:
                self.setCurrentIndex(cells[-1] if event.reason() ==
                                     Qt.FocusReason.BacktabFocusReason else cells[0])

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Tab out of a note moves on without opening the next cell's list."""
        hints = QAbstractItemDelegate.EndEditHint
        if hint in (hints.EditNextItem, hints.EditPreviousItem):
            super().closeEditor(editor, hints.NoHint)
            target = self._step(self.currentIndex(), 1 if hint == hints.EditNextItem else -1,
                                values_only=False)
            if target.isValid():
                self.setCurrentIndex(target)
            else:
                self.focusNextPrevChild(hint == hints.EditNextItem)
            return
        super().closeEditor(editor, hint)

    # ----- typing values

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if self.state() == QAbstractItemView.State.EditingState or not index.isValid():
            super().keyPressEvent(event)
            return
        key = event.key()
        if self.tests.is_value_cell(index):
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.tests.set_value(index, None)
                return
            if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit(index, QAbstractItemView.EditTrigger.EditKeyPressed, event)
                return
            text = event.text()
            if text and text.isprintable() and not event.modifiers() & (
                    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
                self._type_value(index, text)
                return
        elif self.tests.is_note_cell(index) and key in (Qt.Key.Key_Delete,
                                                        Qt.Key.Key_Backspace):
            self.tests.setData(index, "")
            return
        super().keyPressEvent(event)

    def _type_value(self, index: QModelIndex, text: str) -> None:
        ok, value = key_value(self.tests.scale(index.row()), text)
        if not ok or not self.tests.set_value(index, value):
            QApplication.beep()
            self.rejected.emit(text)
            return
        following = self._step(index, 1, values_only=True)
        if following.isValid():
            self.setCurrentIndex(following)
