"""The builder's two top rows: which programme (history, status, title, language) and what
to do with it (undo, templates, clinic exercises, save, issue)."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from pgp_desk.domain.dates import format_date
from pgp_desk.domain.i18n import fill
from pgp_desk.services.programmes import programmes as programme_service
from pgp_desk.services.programmes.programmes import ProgrammeRecord, ProgrammeSummary
from pgp_desk.ui.style import set_tone
from pgp_desk.ui.widgets.buttons import tool_button
from pgp_desk.ui.widgets.choices import add_languages
from pgp_desk.ui.widgets.layouts import column, side_by_side


class BuilderToolbar(QWidget):
    """The widgets of the two rows; the builder connects them to what they do."""

    def __init__(self, templates_button: QToolButton, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = QComboBox()
        self.history.setObjectName("programmeHistory")
        self.history.setMinimumContentsLength(34)
        self.history.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status_chip = QLabel()
        self.status_chip.setObjectName("statusChip")
        self.title = QLineEdit()
        self.title.setObjectName("programmeTitle")
        self.title.setPlaceholderText(self.tr("Title, e.g. “Week 24: calm start”"))
        self.title.setMaxLength(programme_service.MAX_TITLE)
        self.language = add_languages(QComboBox())
        self.language.setObjectName("programmeLanguage")
        self.language.setToolTip(self.tr("The language of the handout"))

        self.undo_button = tool_button(self.tr("Undo"), "undoButton")
        self.redo_button = tool_button(self.tr("Redo"), "redoButton")
        self.clinic_button = tool_button(self.tr("Clinic exercises …"), "clinicExercisesButton")
        self.next_button = QPushButton(self.tr("New programme from this"))
        self.next_button.setObjectName("nextProgramme")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveProgramme")
        self.issue_button = QPushButton(self.tr("Print and issue …"))
        self.issue_button.setObjectName("issueProgramme")
        self.dirty_label = QLabel()
        self.dirty_label.setObjectName("dirtyLabel")

        top = side_by_side(self.history, self.status_chip, (self.title, 1), self.language)
        bar = side_by_side(self.undo_button, self.redo_button, templates_button,
                           self.clinic_button, 1, self.dirty_label, self.next_button,
                           self.save_button, self.issue_button)
        column(self, top, bar).setContentsMargins(0, 0, 0, 0)

    def follow(self, stack: QUndoStack) -> None:
        """Undo and Redo act on ``stack`` and say what they would undo or redo."""
        self.undo_button.clicked.connect(stack.undo)
        self.redo_button.clicked.connect(stack.redo)
        stack.canUndoChanged.connect(self.undo_button.setEnabled)
        stack.canRedoChanged.connect(self.redo_button.setEnabled)
        stack.undoTextChanged.connect(self._undo_text)
        stack.redoTextChanged.connect(self._redo_text)
        self.clear_undo()

    def _undo_text(self, text: str) -> None:
        self.undo_button.setToolTip(fill(self.tr("Undo: %1"), text))

    def _redo_text(self, text: str) -> None:
        self.redo_button.setToolTip(fill(self.tr("Redo: %1"), text))

    def clear_undo(self) -> None:
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)

    def language_code(self) -> str:
        return str(self.language.currentData() or "da")

    def set_language_code(self, lang: str) -> None:
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.language.blockSignals(False)

    def fill_history(self, history: list[ProgrammeSummary]) -> None:
        self.history.clear()
        for summary in history:
            when = summary.issued_at or summary.updated_at
            if summary.status == programme_service.ISSUED:
                text = fill(self.tr("Issued %1"), format_date(when.date()))
            else:
                text = fill(self.tr("Draft %1"), format_date(when.date()))
            if summary.title:
                text += f" · {summary.title}"
            self.history.addItem(text, summary.id)
        if not history:
            self.history.addItem(self.tr("New programme"), None)

    def show_programme(self, programme_id: int | None) -> None:
        """Point the history list at the programme shown."""
        self.history.setCurrentIndex(max(0, self.history.findData(programme_id)))

    def show_state(self, record: ProgrammeRecord | None, dirty: bool, busy: bool,
                   has_items: bool) -> None:
        """The status chip, "Unsaved changes", and which actions are possible now."""
        issued = record is not None and record.issued
        self.dirty_label.setText(self.tr("Unsaved changes") if dirty else "")
        self.save_button.setEnabled(dirty and not busy and not issued)
        self.issue_button.setEnabled(not busy and not issued and has_items)
        self.next_button.setEnabled(not busy)
        if issued and record is not None and record.issued_at is not None:
            chip, tone = fill(self.tr("Issued %1"), format_date(record.issued_at.date())), "good"
        elif record is None:
            chip, tone = self.tr("New"), "muted"
        else:
            chip, tone = self.tr("Draft"), "caution"
        self.status_chip.setText(chip)
        set_tone(self.status_chip, tone)
