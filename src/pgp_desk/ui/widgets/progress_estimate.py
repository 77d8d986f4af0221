"""A progress bar with the time left beside it ("about 3 min left"), once the pace so far
can be judged: the window's twin of the command line's progress line (one estimate,
`services.estimate`, for both)."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from pgp_desk.services import estimate


class ProgressEstimate(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.bar = QProgressBar()
        self.estimate = QLabel()
        self.estimate.setVisible(False)
        self.clock = time.monotonic  # what the estimate measures with
        self._started = 0.0
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.estimate)

    def start(self, total: int) -> None:
        """Show the bar from 0 (busy while ``total`` is 0) and start timing."""
        self._started = self.clock()
        self.estimate.clear()
        self.estimate.setVisible(False)
        self.bar.setRange(0, total)
        self.bar.setValue(0)
        self.bar.setVisible(True)

    def report(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        left = estimate.seconds_left(self.clock() - self._started, done, total)
        if left is None:
            self.estimate.setVisible(False)
            return
        amount, unit = estimate.rounded(left)
        self.estimate.setText(self.tr("about %n s left", "", amount) if unit == "s"
                              else self.tr("about %n min left", "", amount))
        self.estimate.setVisible(True)

    def finish(self, keep_bar: bool = False) -> None:
        """The work ended: no estimate; the bar stays (full) only if ``keep_bar``."""
        self.estimate.setVisible(False)
        if keep_bar:
            self.bar.setValue(self.bar.maximum())
        else:
            self.bar.setVisible(False)
