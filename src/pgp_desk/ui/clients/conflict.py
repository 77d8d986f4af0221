"""Two workstations saved the same record: show what the other one changed, let the user choose.

Used for clients, pregnancies and the clinic's details; the caller names the fields.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from pgp_desk.domain.dates import format_date
from pgp_desk.services.errors import ConflictError


def _text(widget: QDialog, value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return widget.tr("Yes") if value else widget.tr("No")
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, bytes):
        return widget.tr("(image)")
    return str(value)


class ConflictDialog(QDialog):
    KEEP_MINE = "mine"
    TAKE_THEIRS = "theirs"

    def __init__(self, conflict: ConflictError, parent=None,  # type: ignore[no-untyped-def]
                 labels: dict[str, str] | None = None, intro_text: str | None = None) -> None:
        """`labels` names the fields (a client's by default); `intro_text` says what was
        changed ("this client" by default)."""
        super().__init__(parent)
        self.choice: str | None = None
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Changed on another workstation"))
        labels = labels if labels is not None else field_labels(self)
        intro = QLabel(intro_text or self.tr(
            "Someone saved this client on another workstation after you opened it. "
            "These fields differ. Choose which version to keep; nothing is saved until you do."
        ))
        intro.setWordWrap(True)
        table = QTableWidget(len(conflict.changes), 3)
        table.setObjectName("conflictTable")
        table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Saved by the other workstation"), self.tr("Yours")]
        )
        for row, change in enumerate(conflict.changes):
            for column, value in enumerate(
                (labels.get(change.field, change.field), _text(self, change.theirs),
                 _text(self, change.mine))
            ):
                item = QTableWidgetItem(" ".join(value.split()))  # one line per field
                item.setToolTip(value)
                table.setItem(row, column, item)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        buttons = QDialogButtonBox()
        self.mine_button = buttons.addButton(self.tr("Save mine over theirs"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.theirs_button = buttons.addButton(self.tr("Use theirs"),
                                               QDialogButtonBox.ButtonRole.DestructiveRole)
        cancel = buttons.addButton(self.tr("Keep editing"), QDialogButtonBox.ButtonRole.RejectRole)
        self.mine_button.clicked.connect(lambda: self._choose(self.KEEP_MINE))
        self.theirs_button.clicked.connect(lambda: self._choose(self.TAKE_THEIRS))
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(640, 320)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def field_labels(widget) -> dict[str, str]:  # type: ignore[no-untyped-def]
    tr = widget.tr
    return {
        "first_name": tr("First name"), "last_name": tr("Last name"),
        "birth_date": tr("Birth date"), "national_id": tr("CPR / fødselsnummer"),
        "phone": tr("Phone"), "email": tr("Email"), "address": tr("Address"),
        "language": tr("Handout language"), "gp": tr("GP"), "midwife": tr("Midwife"),
        "notes": tr("Notes"), "consent_on": tr("Consent"),
    }
