"""The strip that offers back unsaved changes found after a crash: text, Restore, Discard,
with the autosave timer and the offer's sentence.

Shared by the assessment form and the programme builder, so both look, read and save the same.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from pgp_desk.domain.dates import format_date_time
from pgp_desk.domain.i18n import fill
from pgp_desk.services.drafts import Draft
from pgp_desk.ui.widgets.named import named

AUTOSAVE_MS = 3000


def autosave_timer(owner: QObject, name: str, write: Callable[[], object]) -> QTimer:
    """The timer that calls ``write`` every ``AUTOSAVE_MS`` once started."""
    timer = QTimer(owner)
    timer.setObjectName(name)
    timer.setInterval(AUTOSAVE_MS)
    timer.timeout.connect(write)
    return timer


class Versioned(Protocol):
    @property
    def version(self) -> int: ...


def offer_text(found: Draft, record: Versioned | None, found_text: str, since_text: str) -> str:
    """The banner's sentence for ``found``: ``found_text`` filled with when it was written,
    plus ``since_text`` when ``record`` was saved again after the draft began."""
    text = fill(found_text, format_date_time(found.saved_at))
    if record is not None and found.base_version not in (None, record.version):
        text += " " + since_text
    return text


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
