"""Someone saved the same assessment on another workstation: say which parts, let her choose."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from pgp_desk.services.errors import ConflictError


def section_labels(widget: QWidget) -> dict[str, str]:
    tr = widget.tr
    return {
        "assessed_on": tr("Date"), "history": tr("History"), "screening": tr("Red flags"),
        "pain_map": tr("Pain map"), "tests": tr("Tests"),
        "questionnaires": tr("Questionnaires"), "classification_chosen": tr("Classification"),
        "plan": tr("Plan"), "notes": tr("Notes"), "status": tr("Signed"),
    }


class AssessmentConflictDialog(QDialog):
    """Keep mine (save over theirs), take theirs (reload), or keep editing."""

    KEEP_MINE = "mine"
    TAKE_THEIRS = "theirs"

    def __init__(self, conflict: ConflictError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentConflictDialog")
        self.setWindowTitle(self.tr("Changed on another workstation"))
        self.choice: str | None = None
        labels = section_labels(self)
        parts = [labels.get(c.field, c.field) for c in conflict.changes]
        who = conflict.changed_by or self.tr("someone")
        signed = any(c.field == "status" for c in conflict.changes)
        text = self.tr("%1 saved this assessment on another workstation after you opened it.") \
            .replace("%1", who)
        if parts:
            text += " " + self.tr("They changed: %1.").replace("%1", ", ".join(parts))
        if signed:
            text += " " + self.tr("It is now signed, so your changes can only be added as an "
                                  "addendum.")
        else:
            text += " " + self.tr("Keep your version (it replaces theirs in every section), or "
                                  "take theirs (your unsaved changes are dropped).")
        intro = QLabel(text)
        intro.setObjectName("conflictText")
        intro.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.mine_button = buttons.addButton(self.tr("Save mine over theirs"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.theirs_button = buttons.addButton(self.tr("Take theirs"),
                                               QDialogButtonBox.ButtonRole.DestructiveRole)
        cancel = buttons.addButton(self.tr("Keep editing"), QDialogButtonBox.ButtonRole.RejectRole)
        self.mine_button.setVisible(not signed)
        self.mine_button.clicked.connect(lambda: self._choose(self.KEEP_MINE))
        self.theirs_button.clicked.connect(lambda: self._choose(self.TAKE_THEIRS))
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(buttons)
        self.resize(520, 180)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
