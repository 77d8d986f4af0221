"""The strip that offers back unsaved changes found after a crash: text, Restore, Discard.

Shared by the assessment form and the programme builder, so both look and read the same.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from pgp_desk.ui.widgets.named import named


class DraftBanner(QFrame):
    """Hidden until ``offer(text)``; ``offer("")`` hides it again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftBanner")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore the unsaved changes"))
        self.restore_button.setObjectName("restoreDraftButton")
        self.discard_button = named(QPushButton(self.tr("Discard them")), "discardDraftButton")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.discard_button)
        self.hide()

    def offer(self, text: str) -> None:
        self.text.setText(text)
        self.setVisible(bool(text))
