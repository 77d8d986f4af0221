"""The "Programme" tab of a client's workspace: the builder for the current pregnancy.

The builder is made when the tab is first shown, so opening a client stays quick; after
the workspace reloads (e.g. a new assessment was signed) an unchanged builder reloads to
pick up the new suggestions, while one with unsaved work is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from pgp_desk.services.context import AppContext
from pgp_desk.ui.errors import describe_error
from pgp_desk.ui.programme.builder import ProgrammeBuilder
from pgp_desk.ui.style import set_role
from pgp_desk.ui.widgets.stepwise import build_stepwise, laid_out, shown_part_by_part


class ProgrammeTab(QWidget):
    handoutIssued = Signal(object)  # passed on from the builder

    def _no_pregnancy_text(self) -> str:
        return self.tr("Record a pregnancy first: a programme belongs to a pregnancy and "
                       "the months after it.")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programmeTab")
        self.ctx = ctx
        self.episode_id: int | None = None
        self.builder: ProgrammeBuilder | None = None
        self.placeholder = QLabel(self._no_pregnancy_text())
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.placeholder, "hint")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.placeholder)

    def set_episode(self, episode_id: int | None) -> None:
        if episode_id == self.episode_id and self.builder is not None:
            if (self.builder.data is not None and not self.builder.busy
                    and not self.builder.is_dirty()):
                self.builder.reload(self.builder.record.id if self.builder.record else None)
            return
        self.episode_id = episode_id
        if self.builder is not None:
            self.layout_.removeWidget(self.builder)
            self.builder.deleteLater()
            self.builder = None
        self.placeholder.setText(self._no_pregnancy_text())
        self.placeholder.setVisible(episode_id is None)
        if self.isVisible():
            self._ensure_builder()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._ensure_builder()

    def _ensure_builder(self) -> None:
        """Make the builder a part per event-loop turn (the window keeps answering), with
        "Opening the programme …" until it has read the programme."""
        if self.builder is None and self.episode_id is not None:
            builder = ProgrammeBuilder(self.ctx, self.episode_id, self, stepwise=True)
            builder.hide()
            builder.handoutIssued.connect(self.handoutIssued)
            builder.loaded.connect(self._builder_loaded)
            builder.loadFailed.connect(self._builder_loaded)
            self.builder = builder
            self.placeholder.setText(self.tr("Opening the programme …"))
            self.placeholder.show()
            self.layout_.addWidget(builder)
            build_stepwise(builder, builder.steps,
                           failed=lambda exc: self._builder_failed(builder, exc))

    def _builder_failed(self, builder: ProgrammeBuilder, exc: Exception) -> None:
        """The builder could not be made: one sentence where it would have been."""
        if self.builder is builder:
            self.builder = None
            self.layout_.removeWidget(builder)
            builder.deleteLater()
            self.placeholder.setText(describe_error(exc))

    def _builder_loaded(self) -> None:
        """Laid out while still hidden, then shown a turn later (in one turn, with the
        lists' first rows, that was 60-160 ms), its panes painted a turn each."""
        builder = self.builder
        if builder is not None and builder is self.sender():
            build_stepwise(builder, self._shown(builder))

    def _shown(self, builder: ProgrammeBuilder) -> Iterator[None]:
        yield from laid_out(builder)
        if self.builder is builder:
            self.placeholder.hide()
            yield from shown_part_by_part(builder, (
                builder.library_panel, builder.programme, builder.dosage, builder.side))
