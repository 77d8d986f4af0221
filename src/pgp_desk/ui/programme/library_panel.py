"""Left side of the builder: search and filter the clinic's library; drag, double-click
or press Enter to add an exercise."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from pgp_desk.content.exercise_terms import term
from pgp_desk.content.exercises import CATEGORIES, EQUIPMENT, PHASES, POSITIONS
from pgp_desk.domain.i18n import fill
from pgp_desk.ui.programme.delegate import CODE_ROLE, CardDelegate
from pgp_desk.ui.programme.library_model import LibraryFilter, LibraryModel
from pgp_desk.ui.programme.thumbnails import Thumbnails
from pgp_desk.ui.style import set_role


class LibraryPanel(QWidget):
    exercise_activated = Signal(str)

    def __init__(self, thumbnails: Thumbnails, ui_lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui_lang = ui_lang
        self.model = LibraryModel(thumbnails, ui_lang, self)
        self.search = QLineEdit()
        self.search.setObjectName("librarySearch")
        self.search.setPlaceholderText(self.tr("Search exercises …"))
        self.search.setClearButtonEnabled(True)
        self.category = self._combo("filterCategory", self.tr("All categories"), "category",
                                    CATEGORIES)
        self.phase = self._combo("filterPhase", self.tr("All phases"), "phase", PHASES)
        self.position = self._combo("filterPosition", self.tr("All positions"), "position",
                                    POSITIONS)
        self.equipment = self._combo("filterEquipment", self.tr("Any equipment"), "equipment",
                                     EQUIPMENT)
        self.view = QListView()
        self.view.setResizeMode(QListView.ResizeMode.Adjust)  # rows re-wrap on resize
        self.view.setObjectName("libraryList")
        self.view.setModel(self.model)
        self.view.setItemDelegate(CardDelegate(parent=self.view))
        self.view.setMouseTracking(True)
        self.view.setUniformItemSizes(False)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.setDefaultDropAction(self.model.supportedDragActions())
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.count = QLabel()
        self.count.setObjectName("libraryCount")
        set_role(self.count, "hint")

        heading = QLabel(self.tr("Exercise library"))
        set_role(heading, "subheading")
        filters = QGridLayout()
        filters.setSpacing(6)
        filters.addWidget(self.category, 0, 0)
        filters.addWidget(self.phase, 0, 1)
        filters.addWidget(self.position, 1, 0)
        filters.addWidget(self.equipment, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)

        self.search.textChanged.connect(self._apply)
        for combo in (self.category, self.phase, self.position, self.equipment):
            combo.currentIndexChanged.connect(self._apply)
        self.view.doubleClicked.connect(self._activated)
        # the keyboard way: Down from the search goes to the list, Enter adds the exercise
        self.search.installEventFilter(self)
        self.view.installEventFilter(self)
        self.model.modelReset.connect(self._show_count)

    def _combo(self, name: str, everything: str, kind: str, codes: tuple[str, ...]
               ) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(everything, None)
        for code in codes:
            combo.addItem(term(kind, code, self.ui_lang), code)
        combo.setMinimumContentsLength(12)
        combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    def _apply(self) -> None:
        self.model.set_filter(LibraryFilter(
            text=self.search.text(), category=self.category.currentData(),
            phase=self.phase.currentData(), position=self.position.currentData(),
            equipment=self.equipment.currentData()))

    def _show_count(self) -> None:
        shown, total = self.model.rowCount(), len(self.model.exercises)
        self.count.setText(fill(self.tr("%1 of %2 exercises · double-click or drag to add"),
                                str(shown), str(total)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if watched is self.search and key == Qt.Key.Key_Down:
                self._focus_list()
                return True
            if watched is self.view and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._activated(self.view.currentIndex())
                return True
        return super().eventFilter(watched, event)

    def _focus_list(self) -> None:
        if self.model.rowCount():
            self.view.setFocus(Qt.FocusReason.TabFocusReason)
            if not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self.model.index(0, 0))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid() and self.isEnabled():
            self.exercise_activated.emit(index.data(CODE_ROLE))

    def set_phase_filter(self, phase: str | None) -> None:
        self.phase.setCurrentIndex(max(0, self.phase.findData(phase)))
