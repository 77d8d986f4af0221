"""The builder's dosage pane: the heading and the dosage editor of the chosen exercise.

The editor scrolls rather than squeezing the programme list to a card or two on a small
screen.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from pgp_desk.domain.dosage import Dosage
from pgp_desk.domain.i18n import fill
from pgp_desk.ui.programme.dosage_editor import DosageEditor
from pgp_desk.ui.programme.items_model import BuilderItem


class DosagePane(QWidget):
    """``edited(dosage, note)`` as the therapist types; while that edit is being applied
    the pane does not load the item back (it already shows it)."""

    edited = Signal(object, str)

    def __init__(self, editor: DosageEditor, parent: QWidget | None = None) -> None:
        """``editor`` is made first, a step of its own (the builder is made in steps)."""
        super().__init__(parent)
        self._typing = False
        self.heading = QLabel()
        self.heading.setObjectName("editorHeading")
        self.editor = editor
        self.editor.setObjectName("dosageEditor")
        scroll = QScrollArea()
        scroll.setObjectName("dosageScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        self.editor.edited.connect(self._edited)

    def _edited(self, dosage: Dosage, note: str) -> None:
        self._typing = True
        try:
            self.edited.emit(dosage, note)
        finally:
            self._typing = False

    def show_item(self, item: BuilderItem | None, name: str, editable: bool) -> None:
        """Show the chosen card's dosage (None: no card chosen)."""
        self.editor.setEnabled(editable)
        if item is None:
            self.heading.setText(self.tr("Dosage: choose an exercise in the programme"))
            self.editor.load(Dosage(), "")
            return
        self.heading.setText(fill(self.tr("Dosage for %1"), name))
        if not self._typing:
            self.editor.load(item.dosage, item.note)
