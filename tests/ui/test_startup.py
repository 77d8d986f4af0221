"""Starting PGP Desk: the database opens off the GUI thread, the demo clinic fills once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pgp_desk.services.clients.clients import count_clients
from pgp_desk.services.demo.demo_names import DEMO_ADMINISTRATOR, DEMO_PASSWORD
from pgp_desk.services.people.signin import FIRST_START, SIGN_IN, sign_in
from pgp_desk.ui.startup import DEMO_CLIENTS, StartupDialog, fill_demo, open_and_prepare


def test_demo_clinic_is_filled_on_first_start_only(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The first --demo start creates the fictional people, who sign in with the demo
    password; the first sign-in fills the clinic, the second start reuses it."""
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    reports: list[tuple[int, int]] = []
    opened = open_and_prepare(url, True, lambda d, t: None)
    assert opened.state == SIGN_IN
    actor = sign_in(opened.db, DEMO_ADMINISTRATOR, DEMO_PASSWORD)
    assert actor.is_admin and actor.signature == "Mette Holm Sørensen (aut.-ID 0C25Q)"
    fill_demo(opened.db, actor, lambda d, t: reports.append((d, t)))
    assert count_clients(opened.db, actor) == DEMO_CLIENTS
    assert reports[-1] == (DEMO_CLIENTS, DEMO_CLIENTS)
    opened.db.close()
    again = open_and_prepare(url, True, lambda d, t: None)
    fill_demo(again.db, actor, lambda d, t: None)
    assert count_clients(again.db, sign_in(again.db, "sofie", DEMO_PASSWORD)) == DEMO_CLIENTS
    again.db.close()


def test_real_database_starts_with_the_first_administrator(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A plain start of an empty real database asks for its administrator: no fictional
    people, no clients."""
    opened = open_and_prepare(f"sqlite:///{tmp_path / 'real.sqlite3'}", False,
                              lambda d, t: None)
    assert opened.state == FIRST_START
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
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton
from pgp_desk.ui import app

windows = []

def fill(widget, name, text):
    widget.findChild(QLineEdit, name).setText(text)


def close_when_ready():
    # create the first administrator, note the recovery code, switch user, sign in again,
    # then close the main window
    for widget in QApplication.topLevelWidgets():
        if not widget.isVisible():
            continue
        if widget.objectName() == "administratorDialog":
            for name, text in (("fullName", "Anne Holm"), ("userName", "anne"),
                               ("authorisationId", "3KQ7B"), ("password", "en-lang-kode"),
                               ("repeatPassword", "en-lang-kode")):
                fill(widget, name, text)
            widget.findChild(QPushButton, "administratorOk").click()
        elif widget.objectName() == "recoveryCodeDialog":
            print("CODE", widget.findChild(QLabel, "recoveryCode").text())
            widget.accept()
        elif widget.objectName() == "signInDialog":
            fill(widget, "signInUser", "anne")
            fill(widget, "signInPassword", "en-lang-kode")
            widget.findChild(QPushButton, "signInButton").click()
        elif widget.objectName() == "mainWindow" and widget not in windows:
            windows.append(widget)
            print("TITLE", widget.windowTitle())
            print("STATUS", widget.findChild(QLabel, "databaseLabel").text())
            if len(windows) == 1:
                widget.findChild(QAction, "switchUserAction").trigger()
            else:
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
    """`pgp-desk` opens the database in the background; an empty one asks for its
    administrator, shows the recovery code, then the main window; *Switch user* signs out
    and the sign-in window opens the main window again.

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
    assert "CODE " in result.stdout
    assert "Anne Holm (aut.-ID 3KQ7B)" in result.stdout  # the status bar names her
    assert result.stdout.count("TITLE PGP Desk") == 2  # signed in again after Switch user


HEAVY = ("sqlalchemy", "alembic", "argon2", "reportlab", "pypdf", "pypdfium2", "PIL", "lxml",
         "svglib")


def _loaded_after(code: str, tmp_path: Path) -> list[str]:
    """The heavy libraries and PGP Desk modules a fresh interpreter holds after ``code``."""
    script = (code + "\nimport json, sys\nprint(json.dumps(sorted({m for m in sys.modules if "
              "m.split('.')[0] "
              f"in {HEAVY!r}}} | {{m for m in sys.modules if m in ('pgp_desk.ui.main_window', "
              "'pgp_desk.services.demo.demo', 'pgp_desk.db.migrate')})))")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120, check=True,
                            env=os.environ | {"QT_QPA_PLATFORM": "offscreen",
                                              "PGP_DESK_DATA_DIR": str(tmp_path / "data")})
    return [name.split(".")[0] if not name.startswith("pgp_desk") else name
            for name in json.loads(result.stdout.strip().splitlines()[-1])]


def test_first_window_needs_no_database_or_pdf_libraries(tmp_path: Path) -> None:
    """What runs before the first window is painted (the command line and the GUI's start)
    loads Qt only: the database, password and PDF libraries load behind the window."""
    assert _loaded_after("import pgp_desk.cli.main, pgp_desk.ui.app", tmp_path) == []


def test_opening_a_real_database_loads_neither_the_demo_nor_alembic(tmp_path: Path) -> None:
    """Up to the sign-in window only what signing in needs is loaded: no demo generator
    (with ReportLab), no Alembic for an up-to-date schema, no main window; the main window
    loads while the person signs in."""
    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    open_and_prepare(url, False, lambda d, t: None).db.close()
    prepare = ("from pgp_desk.ui.startup import open_and_prepare\n"
               f"open_and_prepare({url!r}, False, lambda d, t: None).db.close()")
    loaded = set(_loaded_after(prepare, tmp_path))
    assert loaded == {"sqlalchemy", "argon2"}
    then = set(_loaded_after(prepare + "\nfrom pgp_desk.ui.startup import load_main_window\n"
                             "load_main_window()", tmp_path))
    assert "pgp_desk.ui.main_window" in then and "reportlab" not in then
