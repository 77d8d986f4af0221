"""Run something once a widget has first been painted: start-up and the client list wait
for their window to be on screen before they start further work."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class WhenPainted(QObject):
    """Calls ``then`` once ``widget`` has been painted for the first time (at the latest
    after ``latest_ms``, should the platform not paint it).

    Start-up opens the database only then: Python in a background thread competes with the
    GUI thread for the interpreter (every event passes Python's application-wide filters),
    which on a busy computer delays the first window's painting."""

    def __init__(self, widget: QWidget, then: Callable[[], object],
                 latest_ms: int = 500) -> None:
        super().__init__(widget)
        self.then: Callable[[], object] | None = then
        widget.installEventFilter(self)
        QTimer.singleShot(latest_ms, self, self.fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.then is not None:
            QTimer.singleShot(0, self, self.fire)  # once the whole window is painted
        return False

    def fire(self) -> None:
        then, self.then = self.then, None
        if then is not None:
            then()
