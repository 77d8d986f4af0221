"""The GUI half of the start-up and memory figures, run by bench/run.py in a child process.

    python bench/gui_probe.py bare            a bare PySide6 window with a 100-row table
    python bench/gui_probe.py app URL         PGP Desk itself on the database URL
    python bench/gui_probe.py app URL --scroll   ... then scrolled to the last client

Prints "painted" when the first window has been painted, "rows N" when a table shows
rows, and with --scroll "end N" once every client is loaded, then "peak_mb M" (peak
resident memory) and quits. The parent times the lines as they arrive, so the clock
starts before Python does, for PGP Desk and the bare window alike.

PGP Desk asks who is signing in before it shows any client. The probe plays the person who
types at once: when the sign-in window is first painted it prints "signin", fills in the
demo administrator and her password and presses *Sign in*; when the window accepts (the
password has been checked) it prints "accepted". The parent counts the first-rows figure as
start → "signin" plus "accepted" → "rows": the person's typing and the deliberately slow
password check (Argon2id) are not start-up time. The database opens behind the sign-in
window while the person types; the probe presses *Sign in* before it is open, so its
opening falls between "signin" and "accepted" too (bench/run.py also prints the whole
start to the rows for that reason).
"""

from __future__ import annotations

import resource
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QLineEdit, QPushButton

_seen: set[str] = set()


def say(line: str) -> None:
    print(line, flush=True)


class Watch(QObject):
    """Reports the first paint of any window, and the first table with rows."""

    def __init__(self, app: QApplication, scroll: bool):
        super().__init__()
        self.app, self.scroll, self.stable = app, scroll, 0
        self.last = -1
        self.timer = QTimer()
        self.timer.timeout.connect(self.tick)
        self.timer.start(2)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint:
            return False
        if "painted" not in _seen:
            _seen.add("painted")
            say("painted")
        window = obj.window() if obj.isWidgetType() else None
        if "signin" not in _seen and isinstance(window, QDialog) \
                and window.objectName() == "signInDialog":
            _seen.add("signin")
            say("signin")
            QTimer.singleShot(0, lambda: sign_in(window))
        view = obj.parent() if obj.parent() is not None else None
        if "rows" not in _seen and isinstance(view, QAbstractItemView) \
                and view.viewport() is obj and view.model() is not None \
                and view.model().rowCount() > 0:
            _seen.add("rows")  # the table is being painted with its rows
            say(f"rows {view.model().rowCount()}")
            if not self.scroll:
                QTimer.singleShot(0, self.finish)
        return False

    def _table(self) -> QAbstractItemView | None:
        for window in self.app.topLevelWidgets():
            for view in window.findChildren(QAbstractItemView):
                if view.isVisible() and view.model() is not None \
                        and view.model().rowCount() > 0:
                    return view
        return None

    def tick(self) -> None:
        view = self._table()
        if view is None:
            return
        rows = view.model().rowCount()
        if "rows" not in _seen or not self.scroll:
            return
        model = view.model()
        if model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
            view.scrollToBottom()
        self.stable = self.stable + 1 if rows == self.last else 0
        self.last = rows
        if self.stable > 250 and not model.canFetchMore(QModelIndex()):  # 0.5 s unchanged
            say(f"end {rows}")
            self.finish()

    def finish(self) -> None:
        self.timer.stop()
        say(f"peak_mb {peak_mb():.0f}")
        QTimer.singleShot(0, lambda: self.app.exit(0))


def sign_in(dialog: QDialog) -> None:
    """As the demo administrator, at once; "accepted" once the password has been checked."""
    from pgp_desk.services.demo.demo_names import DEMO_ADMINISTRATOR, DEMO_PASSWORD

    dialog.accepted.connect(lambda: say("accepted"))
    dialog.findChild(QLineEdit, "signInUser").setText(DEMO_ADMINISTRATOR)
    dialog.findChild(QLineEdit, "signInPassword").setText(DEMO_PASSWORD)
    dialog.findChild(QPushButton, "signInButton").click()


def peak_mb() -> float:
    """This process's peak resident memory (VmHWM: ru_maxrss would carry the parent's
    peak over from before the exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bare() -> int:
    from PySide6.QtWidgets import QMainWindow, QTableWidget, QTableWidgetItem

    app = QApplication(sys.argv[:1])
    watch = Watch(app, scroll=False)
    app.installEventFilter(watch)
    window = QMainWindow()
    table = QTableWidget(100, 4)
    for row in range(100):
        for column in range(4):
            table.setItem(row, column, QTableWidgetItem(f"Client {row} {column}"))
    window.setCentralWidget(table)
    window.resize(1280, 820)
    window.show()
    return app.exec()


def app(url: str, scroll: bool) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    application = QApplication(sys.argv[:1])  # PGP Desk takes the running one
    watch = Watch(application, scroll)
    application.installEventFilter(watch)
    from pgp_desk.cli.main import main

    return main(["--database", url])


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        raise SystemExit(bare())
    raise SystemExit(app(sys.argv[2], "--scroll" in sys.argv))
