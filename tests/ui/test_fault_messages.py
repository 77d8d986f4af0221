"""What the GUI says when something breaks: one translated sentence, details in the log."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QAction, QGuiApplication

from pgp_desk.services import logbook
from pgp_desk.ui.errors import describe_error
from pgp_desk.ui.main_window import MainWindow

START_SCRIPT = """
import argparse, sys
from pgp_desk.ui import app

def show(_parent, _title, text, *rest):
    print("BOX", text)

app.QMessageBox.critical = show
args = argparse.Namespace(database=sys.argv[1], demo=False, language="da", user="tester")
sys.exit(app.run(args))
"""


def test_damaged_database_at_start_names_the_file_and_the_way_out(tmp_path: Path) -> None:
    """A damaged SQLite file: a Danish sentence with the file and the backups, no SQL."""
    damaged = tmp_path / "klinik.sqlite3"
    damaged.write_bytes(os.urandom(8192))
    result = subprocess.run(
        [sys.executable, "-c", START_SCRIPT, f"sqlite:///{damaged}"],
        capture_output=True, text=True, timeout=120, check=False,
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen",
                          "PGP_DESK_DATA_DIR": str(tmp_path / "data")},
    )
    assert result.returncode == 1, result.stderr[-2000:]
    box = [line for line in result.stdout.splitlines() if line.startswith("BOX")]
    assert len(box) == 1, result.stdout
    text = box[0]
    assert str(damaged) in text and str(tmp_path / "data" / "backups") in text
    assert "beskadiget" in text and "sikkerhedskopi" in text
    for leak in ("(sqlite3.", "sqlalche", "Background", "file is not a database"):
        assert leak not in text


def test_unexpected_error_shows_no_text_of_its_own(ctx) -> None:  # type: ignore[no-untyped-def]
    """An unforeseen exception's message (here with SQL and a CPR number) is neither shown
    nor logged; the sentence points to the log, which names the kind and the line."""
    secret = "UPDATE client SET notes='Aase 010190-1234'"
    try:
        raise RuntimeError(secret)
    except RuntimeError as exc:
        shown = describe_error(exc)
    assert "010190" not in shown and "UPDATE" not in shown
    assert str(logbook.log_path()) in shown
    log = logbook.log_path().read_text(encoding="utf-8")
    assert "RuntimeError" in log and "test_fault_messages.py" in log
    assert "010190" not in log and "UPDATE" not in log
    assert oct(logbook.log_path().stat().st_mode & 0o777) == oct(0o600)


def test_help_copies_support_information(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """Help → Copy support information: version, database kind, schema, last log lines."""
    logbook.record_failure(ValueError("hidden"), "earlier failure")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    QGuiApplication.clipboard().clear()
    action = window.findChild(QAction, "copySupportAction")
    assert action is not None and action.text() == "Kopiér supportoplysninger"
    action.trigger()
    qtbot.waitUntil(lambda: "PGP Desk" in QGuiApplication.clipboard().text(), timeout=10000)
    text = QGuiApplication.clipboard().text()
    assert "SQLite" in text and ctx.db.location in text
    assert "Schema:" in text and "earlier failure" in text and "hidden" not in text
    assert "kopieret" in window.statusBar().currentMessage()


def test_status_bar_warns_until_a_daily_backup_folder_is_chosen(qtbot, ctx, tmp_path: Path,
                                                                 monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """No backup folder: a red warning in the status bar; File → Daily backups … with a
    folder makes the first copy there and the warning goes."""
    from pgp_desk.ui import main_window

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.backup_now()
    qtbot.waitUntil(lambda: window.backup_status.isVisible(), timeout=10000)
    assert "sikkerhedskopi" in window.backup_status.text().lower()
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(main_window.QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(usb)))
    action = window.findChild(QAction, "dailyBackupsAction")
    assert action is not None
    action.trigger()
    qtbot.waitUntil(lambda: not window.backup_status.isVisible(), timeout=10000)
    assert len(list(usb.glob("*-daily-*.sqlite3"))) == 1
