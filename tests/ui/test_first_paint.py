"""What `pgp-desk` has loaded when its sign-in window is first painted: only what that
window needs. The rest (the log file's module, QtNetwork for the single-instance socket,
Qt's namespace of enum types, the wheel guard) waits for the paint; nothing is timed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PAINT_SCRIPT = """
import json, os, sys
import PySide6.QtCore as QtCore
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

application = QApplication(sys.argv[:1])  # PGP Desk takes the running one
LATER = ("logging.handlers", "platformdirs", "PySide6.QtNetwork", "hashlib",
         "xml.etree.ElementTree", "pgp_desk.ui.widgets.wheel_guard")
seen = {}


def state():
    return {"loaded": sorted(name for name in LATER if name in sys.modules),
            "qt_namespace": "Qt" in QtCore.__dict__}


def after_paint():
    guard = sys.modules.get("pgp_desk.ui.widgets.wheel_guard")
    if guard is None or guard._guard is None:
        QTimer.singleShot(10, after_paint)
        return
    seen["after"] = state()
    print(json.dumps(seen), flush=True)
    os._exit(0)


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "painted" not in seen:
            seen["painted"] = state()
            seen["window"] = watched.window().objectName()
            QTimer.singleShot(0, after_paint)
        return False


watch = FirstPaint()
application.installEventFilter(watch)
from pgp_desk.cli.main import main

main(["--database", sys.argv[1]])
"""


def _first_paint(url: str, data: Path, socket_dir: Path) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", PAINT_SCRIPT, url], capture_output=True, text=True,
        timeout=120, check=False,
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen", "PGP_DESK_DATA_DIR": str(data),
                          "TMPDIR": str(socket_dir)})
    assert result.returncode == 0, result.stderr[-2000:]
    seen: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return seen


def test_the_sign_in_window_is_painted_before_what_it_does_not_need(
        tmp_path: Path, socket_dir: Path) -> None:
    """A `pgp-desk` on an existing database paints its sign-in window with none of these
    loaded (the first start in a data folder parses the translations, later ones read
    them back); once it is painted, they are."""
    clinic = tmp_path / "clinic.sqlite3"
    clinic.touch()
    url, data = f"sqlite:///{clinic}", tmp_path / "data"
    first = _first_paint(url, data, socket_dir)
    assert first["painted"] == {"loaded": ["xml.etree.ElementTree"], "qt_namespace": False}
    seen = _first_paint(url, data, socket_dir)
    assert seen["window"] == "signInDialog"
    assert seen["painted"] == {"loaded": [], "qt_namespace": False}
    after = seen["after"]
    assert isinstance(after, dict)
    assert after["qt_namespace"] is True
    assert {"PySide6.QtNetwork", "pgp_desk.ui.widgets.wheel_guard"} <= set(after["loaded"])


STYLE_SCRIPT = """
import PySide6.QtWidgets as QtWidgets
from pgp_desk.ui.app import make_application

application = make_application("da")
made = "QStyle" in QtWidgets.__dict__
application.setStyleSheet("")  # the style beneath PGP Desk's sheet
print(made, application.style().name())
"""


def test_pgp_desk_starts_in_fusion_without_asking_for_the_style(tmp_path: Path) -> None:
    """The application is made with the Fusion style: setting it afterwards would hand
    the style object back to Python, whose enum types are made for it."""
    result = subprocess.run([sys.executable, "-c", STYLE_SCRIPT], capture_output=True,
                            text=True, timeout=60, check=True,
                            env=os.environ | {"QT_QPA_PLATFORM": "offscreen",
                                              "QT_STYLE_OVERRIDE": "Windows",
                                              "PGP_DESK_DATA_DIR": str(tmp_path)})
    assert result.stdout.split() == ["False", "fusion"]
