"""The builder's right-hand side: suggestions with reasons, warnings, advice and note."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pgp_desk.content.advice import builtin_advice
from pgp_desk.content.exercises import Exercise
from pgp_desk.content.suggestion_text import reason_labels, warning_label
from pgp_desk.domain.dates import format_date
from pgp_desk.domain.i18n import fill
from pgp_desk.domain.suggestions import ProgrammeWarning, SuggestionResult
from pgp_desk.services.programmes.programme_suggestions import PictureSource
from pgp_desk.ui.programme.delegate import (
    BADGES,
    CODE_ROLE,
    DETAIL_ROLE,
    SUBTITLE_ROLE,
    CardDelegate,
)
from pgp_desk.ui.programme.thumbnails import Thumbnails
from pgp_desk.ui.style import set_role
from pgp_desk.ui.widgets.screen_fit import scrolled
from pgp_desk.ui.widgets.stepwise import build_at_once

SMALL_THUMB = QSize(64, 48)


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    set_role(label, "hint")
    return label


class SuggestionsPanel(QWidget):
    """Ranked suggestions from the latest assessment; double-click or "Add" adds one."""

    add_requested = Signal(str)

    def __init__(self, thumbnails: Thumbnails, ui_lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.thumbnails = thumbnails
        self.ui_lang = ui_lang
        self.source_label = _caption("")
        self.source_label.setObjectName("suggestionSource")
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setResizeMode(QListView.ResizeMode.Adjust)  # rows re-wrap on resize
        self.view.setObjectName("suggestionList")
        self.view.setModel(self.model)
        self.view.setItemDelegate(CardDelegate(SMALL_THUMB, self.view))
        self.view.setMouseTracking(True)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.doubleClicked.connect(lambda index: self.add_requested.emit(
            index.data(CODE_ROLE)))
        self.add_button = QPushButton(self.tr("Add to programme"))
        self.add_button.setObjectName("addSuggestion")
        self.add_button.clicked.connect(self._add_current)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.source_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.add_button)

    def show_result(self, source: PictureSource, result: SuggestionResult,
                    library: dict[str, Exercise]) -> None:
        if source.assessment_id is not None and source.assessed_on is not None:
            text = fill(self.tr("From the assessment of %1: classification, positive tests and "
                                "what hurts."), format_date(source.assessed_on))
        else:
            text = self.tr("No assessment yet: suggestions from the phase only.")
        if result.blocked:
            text = self.tr("Refer before exercise: an open red flag or contraindication. "
                           "No exercises are suggested.")
        self.source_label.setText(text)
        self.model.clear()
        names = {code: e.name(self.ui_lang) for code, e in library.items()}
        for suggestion in result.suggestions:
            exercise = library.get(suggestion.code)
            if exercise is None:
                continue
            item = QStandardItem(exercise.name(self.ui_lang))
            item.setData(self.thumbnails.pixmap(suggestion.code, SMALL_THUMB),
                         Qt.ItemDataRole.DecorationRole)
            reasons = reason_labels(suggestion, self.ui_lang, names)
            item.setData(" · ".join(reasons), DETAIL_ROLE)
            item.setData(suggestion.code, CODE_ROLE)
            item.setToolTip("\n".join(reasons))
            self.model.appendRow(item)
        self.add_button.setEnabled(self.model.rowCount() > 0)

    def _add_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.add_requested.emit(index.data(CODE_ROLE))


class WarningsPanel(QListWidget):
    """Every warning of the programme; refer-first ones at the top in red."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warningList")
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setAlternatingRowColors(False)

    def show_warnings(self, warnings: list[ProgrammeWarning], library: dict[str, Exercise],
                      lang: str) -> None:
        self.clear()
        for warning in warnings:
            text = warning_label(warning, lang)
            if warning.exercise:
                exercise = library.get(warning.exercise)
                name = exercise.name(lang) if exercise else warning.exercise
                text = f"{name}: {text}"
            item = QListWidgetItem(text)
            item.setIcon(self.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxCritical if warning.severity == "block"
                else QStyle.StandardPixmap.SP_MessageBoxWarning if warning.severity == "warn"
                else QStyle.StandardPixmap.SP_MessageBoxInformation))
            item.setForeground(BADGES.get(warning.severity, QColor("#17202a")))
            item.setData(SUBTITLE_ROLE, warning.severity)
            item.setData(CODE_ROLE, warning.exercise)
            self.addItem(item)
        if not warnings:
            item = QListWidgetItem(self.tr("Nothing speaks against this programme."))
            item.setForeground(QColor("#2e7d32"))
            self.addItem(item)


class AdvicePanel(QWidget):
    """Advice modules to print after the exercises, and the personal note."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(_caption(self.tr("Advice printed after the exercises, in the "
                                          "programme's language:")))
        for code in builtin_advice():
            box = QCheckBox()
            box.setObjectName(f"advice_{code}")
            box.toggled.connect(self.changed)
            self.boxes[code] = box
            layout.addWidget(box)
        layout.addSpacing(10)
        layout.addWidget(_caption(self.tr("Personal note to the client (printed at the top):")))
        self.note = QPlainTextEdit()
        self.note.setObjectName("personalNote")
        self.note.setPlaceholderText(self.tr("e.g. “Good work this week! Keep the walks short "
                                             "and often.”"))
        self.note.textChanged.connect(self.changed)
        layout.addWidget(self.note, 1)

    def set_language(self, lang: str) -> None:
        for code, module in builtin_advice().items():
            self.boxes[code].setText(module.title(lang))

    def set_values(self, advice: list[str], note: str) -> None:
        for code, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(code in advice)
            box.blockSignals(False)
        self.note.blockSignals(True)
        if self.note.toPlainText() != note:
            self.note.setPlainText(note)
        self.note.blockSignals(False)

    def advice(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def personal_note(self) -> str:
        return self.note.toPlainText()


class SidePanel(QTabWidget):
    def __init__(self, thumbnails: Thumbnails, ui_lang: str, parent: QWidget | None = None,
                 *, stepwise: bool = False) -> None:
        """With ``stepwise`` the tabs are made by ``build_steps()``, one per step."""
        super().__init__(parent)
        self.setObjectName("programmeSideTabs")
        self._steps = self._make(thumbnails, ui_lang)
        if not stepwise:
            build_at_once(self._steps)

    def build_steps(self) -> Iterator[None]:
        return self._steps

    def _make(self, thumbnails: Thumbnails, ui_lang: str) -> Iterator[None]:
        self.suggestions = SuggestionsPanel(thumbnails, ui_lang)
        self.addTab(self.suggestions, self.tr("Suggestions"))
        yield
        self.warnings = WarningsPanel()
        self.addTab(self.warnings, self.tr("Warnings"))
        yield
        self.advice = AdvicePanel()
        # the advice list grows with the library: it scrolls rather than make the window
        # taller than a laptop screen
        self.addTab(scrolled(self.advice), self.tr("Advice and note"))

    def set_warning_count(self, count: int, blocking: bool) -> None:
        title = self.tr("Warnings") + (f" ({count})" if count else "")
        self.setTabText(1, title)
        self.tabBar().setTabTextColor(1, BADGES["block"] if blocking else (
            BADGES["warn"] if count else QColor("#17202a")))
