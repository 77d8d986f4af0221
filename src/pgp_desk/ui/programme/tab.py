"""The "Programme" tab of a client's workspace: the builder for the current pregnancy.

The builder is made when the tab is first shown, so opening a client stays quick; after
the workspace reloads (e.g. a new assessment was signed) an unchanged builder reloads to
pick up the new suggestions, while one with unsaved work is left alone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from pgp_desk.services.context import AppContext
from pgp_desk.ui.programme.builder import ProgrammeBuilder
from pgp_desk.ui.style import set_role


class ProgrammeTab(QWidget):
    handoutIssued = Signal(object)  # passed on from the builder

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programmeTab")
        self.ctx = ctx
        self.episode_id: int | None = None
        self.builder: ProgrammeBuilder | None = None
        self.placeholder = QLabel(self.tr("Record a pregnancy first: a programme belongs to "
                                          "a pregnancy and the months after it."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.placeholder, "hint")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.placeholder)

    def set_episode(self, episode_id: int | None) -> None:
        if episode_id == self.episode_id and self.builder is not None:
            if not self.builder.is_dirty() and not self.builder.busy:
                self.builder.reload(self.builder.record.id if self.builder.record else None)
            return
        self.episode_id = episode_id
        if self.builder is not None:
            self.layout_.removeWidget(self.builder)
            self.builder.deleteLater()
            self.builder = None
        self.placeholder.setVisible(episode_id is None)
        if self.isVisible():
            self._ensure_builder()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._ensure_builder()

    def _ensure_builder(self) -> None:
        if self.builder is None and self.episode_id is not None:
            self.builder = ProgrammeBuilder(self.ctx, self.episode_id, self)
            self.builder.handoutIssued.connect(self.handoutIssued)
            self.layout_.addWidget(self.builder)
