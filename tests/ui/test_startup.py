"""Starting PGP Desk: the database opens off the GUI thread, the demo clinic fills once."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from pgp_desk.services.clients import count_clients
from pgp_desk.ui import app as app_module
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


def test_run_opens_the_main_window(qapp, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """`pgp-desk` opens the database in the background and then shows the main window."""
    shown: list[str] = []

    def close_when_ready() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == "mainWindow" and widget.isVisible():
                shown.append(widget.windowTitle())
                widget.close()
                QApplication.instance().exit(0)
                return
        QTimer.singleShot(50, close_when_ready)

    QTimer.singleShot(50, close_when_ready)
    monkeypatch.setattr(app_module, "make_application", lambda lang: qapp)
    args = argparse.Namespace(database=f"sqlite:///{tmp_path / 'x.sqlite3'}", demo=False,
                              language="da", user="tester")
    assert app_module.run(args) == 0
    assert shown and shown[0].startswith("PGP Desk")
