"""Two workstations saved the same record: the one window that says so and lets her choose.

Used for clients, pregnancies, the clinic's details, assessments and programmes. The
feature writes the sentence; where its fields are plain values (``labels`` given) a table
shows theirs beside yours field by field. "Save mine over theirs" is left out when the
record can no longer be overwritten (signed, issued).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pgp_desk.domain.dates import format_date
from pgp_desk.services.errors import ConflictError
from pgp_desk.ui.widgets.labels import paragraph
from pgp_desk.ui.widgets.named import named, titled
from pgp_desk.ui.widgets.screen_fit import fit_window


@dataclass(frozen=True)
class ConflictView:
    """What the window shows for one conflict."""

    text: str
    labels: dict[str, str] | None = None  # field -> label: show theirs/yours per field
    can_keep_mine: bool = True


class ConflictDialog(QDialog):
    """Keep mine (save over theirs), use theirs (show them), or keep editing (``choice``
    stays None; nothing is saved and nothing typed is lost)."""

    KEEP_MINE = "mine"
    TAKE_THEIRS = "theirs"

    def __init__(self, conflict: ConflictError, view: ConflictView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.choice: str | None = None
        titled(self, "conflictDialog", self.tr("Changed on another workstation"))
        intro = paragraph(view.text, "conflictText")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if view.labels is not None:
            layout.addWidget(self._table(view.labels))
        else:
            layout.addStretch(1)  # the sentence stays at the top, the buttons at the bottom
        buttons = QDialogButtonBox()
        self.mine_button = buttons.addButton(self.tr("Save mine over theirs"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.theirs_button = buttons.addButton(self.tr("Use theirs"),
                                               QDialogButtonBox.ButtonRole.DestructiveRole)
        cancel = buttons.addButton(self.tr("Keep editing"), QDialogButtonBox.ButtonRole.RejectRole)
        self.mine_button.setVisible(view.can_keep_mine)
        self.mine_button.clicked.connect(lambda: self._choose(self.KEEP_MINE))
        self.theirs_button.clicked.connect(lambda: self._choose(self.TAKE_THEIRS))
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        fit_window(self, 640, 320 if view.labels is not None else 180)

    def _table(self, labels: dict[str, str]) -> QTableWidget:
        changes = self.conflict.changes
        table = named(QTableWidget(len(changes), 3), "conflictTable")
        table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Saved by the other workstation"), self.tr("Your version")]
        )
        for row, change in enumerate(changes):
            for column, value in enumerate(
                (labels.get(change.field, change.field), self._text(change.theirs),
                 self._text(change.mine))
            ):
                item = QTableWidgetItem(" ".join(value.split()))  # one line per field
                item.setToolTip(value)
                table.setItem(row, column, item)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        return table

    def _text(self, value: object) -> str:
        if value is None:
            return ""
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if isinstance(value, date):
            return format_date(value)
        if isinstance(value, bytes):
            return self.tr("(image)")
        return str(value)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
