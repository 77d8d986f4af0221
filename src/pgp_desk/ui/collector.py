"""Python's cycle collector runs on the GUI thread only.

Left automatic, it runs in whichever thread allocates past its threshold. When that is a
worker (a search, a save), it can free a closed window's widgets from that thread, and Qt
crashes: a segmentation fault inside a search job was seen while an earlier window's
cycles were collected. So automatic collection is switched off and a timer on the GUI
thread collects instead, generation by generation as the thresholds say: the pattern of
pyqtgraph's ``GarbageCollector`` (after Erik Janssens), written for PGP Desk."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    """Owned by the application; collects what its thresholds call for, once a second."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> int:
        """Collect the oldest generation whose count has passed its threshold; the number of
        objects found unreachable."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        due = [generation for generation in range(3)
               if counts[generation] > thresholds[generation]]
        return gc.collect(due[-1]) if due else 0


_installed: GuiThreadCollector | None = None


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """Install the collector once per application (the same one if asked again). Kept here
    rather than looked up among the application's children: a lookup would make Python
    wrappers for them, the style's enum types among them, before the first window."""
    global _installed
    if _installed is None or _installed.parent() is not app:
        _installed = GuiThreadCollector(app)
    return _installed
