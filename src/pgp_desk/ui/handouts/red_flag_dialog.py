"""Asking the therapist to confirm, in her own words, a handout for a client with a red flag.

Red flags mean refer before exercise (Vleeming et al. 2008, Eur Spine J; CLINICAL.md §6),
so issuing exercises then is an exception the record must explain.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from pgp_desk.ui.style import set_tone
from pgp_desk.ui.widgets.labels import paragraph
from pgp_desk.ui.widgets.named import named, titled


class RedFlagConfirmDialog(QDialog):
    def __init__(self, flags: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        titled(self, "redFlagConfirmDialog", self.tr("Open red flag"))
        self.setMinimumWidth(480)
        intro = QLabel(self.tr(
            "<b>This client has an open red flag:</b>"))
        listed = "".join(f"<li>{_escape(f)}</li>" for f in flags)
        items = paragraph(f"<ul>{listed}</ul>", "redFlagList")
        set_tone(items, "alarm")
        explain = paragraph(self.tr(
            "Exercise is normally not started until a doctor or midwife has assessed this. "
            "Issue the handout only if that has happened or it is safe for another reason, "
            "and write why below. Your words are kept with the handout in her record."))
        self.text = named(QPlainTextEdit(), "redFlagConfirmation")
        self.text.setPlaceholderText(self.tr("e.g. Assessed by her midwife on 12 March; "
                                             "cleared for gentle exercise."))
        self.text.setMaximumHeight(110)
        self.buttons = QDialogButtonBox()
        self.issue_button = self.buttons.addButton(self.tr("Issue handout"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.issue_button.setObjectName("confirmIssue")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        for widget in (intro, items, explain, self.text, self.buttons):
            layout.addWidget(widget)
        self._update()

    def _update(self) -> None:
        self.issue_button.setEnabled(bool(self.confirmation()))

    def confirmation(self) -> str:
        return self.text.toPlainText().strip()


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
