"""The assessment form's sticky header: who, when, what stage, status, and the actions.

It stays above the sections whatever page is shown, so the client, the date, the stage of
pregnancy on that date and any red flag are always in view while the therapist works.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pgp_desk.content.red_flag_text import describe, referral_advice
from pgp_desk.domain.dates import format_date
from pgp_desk.domain.red_flags import ScreeningItem
from pgp_desk.ui.style import set_role, set_tone
from pgp_desk.ui.widgets.draft_banner import DraftBanner
from pgp_desk.ui.widgets.layouts import side_by_side
from pgp_desk.ui.widgets.qdate import python_date


class FormHeader(QFrame):
    """Client, date, stage and status on the left; Save, Sign, Addendum, Report on the right."""

    dateChanged = Signal(object)  # datetime.date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentHeader")
        self.client = QLabel()
        self.client.setObjectName("formClientName")
        self.client.setWordWrap(True)  # a long name wraps instead of widening the window
        self.kind = QLabel()
        self.kind.setObjectName("formKind")
        self.date = QDateEdit()
        self.date.setObjectName("assessedOn")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.date.setMaximumDate(QDate.currentDate())
        self.date_text = QLabel()
        self.date_text.setObjectName("assessedOnText")
        self.date_text.hide()
        self.stage = QLabel()
        self.stage.setObjectName("formStage")
        self.status = QLabel()
        self.status.setObjectName("formStatus")
        set_role(self.status, "badge")
        self.saved = QLabel()
        self.saved.setObjectName("savedLabel")
        set_role(self.saved, "hint")

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save the assessment (Ctrl+S)"))
        self.sign_button = QPushButton(self.tr("Sign…"))
        self.sign_button.setObjectName("signButton")
        self.sign_button.setToolTip(self.tr("Sign and lock the assessment; later corrections "
                                            "are added as addenda"))
        self.addendum_button = QPushButton(self.tr("Add addendum…"))
        self.addendum_button.setObjectName("addendumButton")
        self.report_button = QPushButton(self.tr("Report PDF…"))
        self.report_button.setObjectName("reportButton")
        self.report_button.setToolTip(self.tr("The report for the GP or midwife"))

        when = side_by_side(self.kind, self.date, self.date_text, self.stage, self.status, 1)
        when.setSpacing(8)
        left = QVBoxLayout()
        left.setSpacing(4)
        left.addWidget(self.client)
        left.addLayout(when)
        right = QVBoxLayout()
        right.addLayout(side_by_side(self.report_button, self.addendum_button, self.sign_button,
                                     self.save_button))
        right.addWidget(self.saved, 0, Qt.AlignmentFlag.AlignRight)
        top = side_by_side((left, 1), right)

        self.flags = QLabel()
        self.flags.setObjectName("formRedFlags")
        self.flags.setWordWrap(True)
        self.flags.setTextFormat(Qt.TextFormat.RichText)
        set_role(self.flags, "banner")
        self.flags.hide()
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        set_role(self.message, "message")
        self.message.hide()

        self.draft_banner = DraftBanner()
        self.draft_text = self.draft_banner.text
        self.restore_button = self.draft_banner.restore_button
        self.discard_button = self.draft_banner.discard_button

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.flags)
        layout.addWidget(self.draft_banner)
        layout.addWidget(self.message)
        self.date.dateChanged.connect(
            lambda d: self.dateChanged.emit(python_date(d)))

    # ----- showing

    def set_client(self, name: str, kind_text: str) -> None:
        self.client.setText(name)
        self.client.setToolTip(name)
        self.kind.setText(kind_text)

    def set_date(self, value: date) -> None:
        self.date.blockSignals(True)
        self.date.setDate(QDate(value.year, value.month, value.day))
        self.date.blockSignals(False)
        self.date_text.setText(format_date(value))

    def current_date(self) -> date:
        return python_date(self.date.date())

    def set_stage(self, text: str) -> None:
        self.stage.setText(text or self.tr("stage unknown on this date"))

    def set_status(self, signed: bool, detail: str = "", new: bool = False) -> None:
        if signed:
            self.status.setText(self.tr("✓ Signed") + (f" {detail}" if detail else ""))
            set_tone(self.status, "good")
        else:
            self.status.setText(self.tr("New, not saved yet") if new else self.tr("Draft"))
            set_tone(self.status, "caution")
        self.date.setVisible(not signed)
        self.date_text.setVisible(signed)
        self.save_button.setVisible(not signed)
        self.sign_button.setVisible(not signed)
        self.addendum_button.setVisible(signed)

    def show_flags(self, flags: list[ScreeningItem], lang: str) -> None:
        if not flags:
            self.flags.hide()
            return
        names = "; ".join(escape(describe(item, lang)) for item in flags)
        title = self.tr("Red flag")
        self.flags.setText(f"<b>{title}:</b> {names}<br>{referral_advice(flags, lang)}")
        self.flags.show()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def show_draft_offer(self, text: str) -> None:
        self.draft_banner.offer(text)
