"""Starting PGP Desk: the database opens off the GUI thread, the demo clinic fills once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pgp_desk.services.clients import count_clients
from pgp_desk.ui.startup import DEMO_CLIENTS, StartupDialog, open_and_prepare


def test_demo_clinic_is_filled_on_first_start_only(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The first --demo start creates the fictional clinic; the second reuses it."""
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    reports: list[tuple[int, int]] = []
    opened = open_and_prepare(url, True, "mette", lambda d, t: reports.append((d, t)))
    assert count_clients(opened.db, opened.actor) == DEMO_CLIENTS
    assert reports[-1] == (DEMO_CLIENTS, DEMO_CLIENTS)
    opened.db.close()
    again = open_and_prepare(url, True, "mette", lambda d, t: None)
    assert count_clients(again.db, again.actor) == DEMO_CLIENTS
    again.db.close()


def test_real_database_starts_empty(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A plain start opens an empty real database: no fictional clients."""
    opened = open_and_prepare(f"sqlite:///{tmp_path / 'real.sqlite3'}", False, None,
                              lambda d, t: None)
    assert count_clients(opened.db, opened.actor) == 0
    opened.db.close()


def test_progress_dialog_shows_counts(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The startup dialog turns progress reports into a determinate bar."""
    dialog = StartupDialog()
    qtbot.addWidget(dialog)
    dialog.report(0, 0)
    assert dialog.bar.maximum() == 0
    dialog.report(150, 300)
    assert (dialog.bar.value(), dialog.bar.maximum()) == (150, 300)
    assert "150" in dialog.label.text()


RUN_SCRIPT = """
import argparse, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pgp_desk.ui import app

def close_when_ready():
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "mainWindow" and widget.isVisible():
            print("TITLE", widget.windowTitle())
            widget.close()
            return
    QTimer.singleShot(50, close_when_ready)

make_application = app.make_application


def make_and_watch(language):
    application = make_application(language)  # timers need the application to exist
    QTimer.singleShot(50, close_when_ready)
    return application


app.make_application = make_and_watch
args = argparse.Namespace(database=sys.argv[1], demo=False, language="da", user="tester")
sys.exit(app.run(args))
"""


def test_run_opens_the_main_window(tmp_path: Path) -> None:
    """`pgp-desk` opens the database in the background, then shows the main window.

    Runs in its own process: the real start enters and leaves QApplication.exec().
    """
    result = subprocess.run(
        [sys.executable, "-c", RUN_SCRIPT, f"sqlite:///{tmp_path / 'x.sqlite3'}"],
        capture_output=True, text=True, timeout=120, check=False,
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen",
                          "PGP_DESK_DATA_DIR": str(tmp_path / "data")},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "TITLE PGP Desk" in result.stdout
