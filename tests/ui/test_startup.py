"""Starting PGP Desk: the database opens off the GUI thread, the demo clinic fills once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pgp_desk.services.clients.clients import count_clients
from pgp_desk.services.demo.demo_names import DEMO_ADMINISTRATOR, DEMO_PASSWORD
from pgp_desk.services.people.signin import FIRST_START, SIGN_IN, sign_in
from pgp_desk.ui.startup import (
    DEMO_CLIENTS,
    StartupDialog,
    fill_demo,
    open_and_prepare,
)
from pgp_desk.ui.widgets.when_painted import WhenPainted


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


def test_work_waits_for_the_first_paint_and_runs_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The database opens once the first window is painted, once however often it is
    painted; a window the platform never paints still gets its database."""
    calls: list[str] = []
    shown = StartupDialog()
    qtbot.addWidget(shown)
    WhenPainted(shown, lambda: calls.append("painted"), latest_ms=60000)
    assert calls == []  # not before the window is painted
    shown.show()
    qtbot.waitUntil(lambda: calls == ["painted"])
    shown.repaint()
    shown.hide()
    shown.show()
    qtbot.wait(50)  # a later paint runs nothing again
    assert calls == ["painted"]
    never = StartupDialog()  # never shown, so never painted
    qtbot.addWidget(never)
    WhenPainted(never, lambda: calls.append("at the latest"), latest_ms=0)
    qtbot.waitUntil(lambda: calls == ["painted", "at the latest"])


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


@pytest.mark.parametrize("made", [False, True], ids=["new file", "file without people"])
def test_run_opens_the_main_window(tmp_path: Path, made: bool) -> None:
    """`pgp-desk` opens the database in the background; an empty one asks for its
    administrator, shows the recovery code, then the main window; *Switch user* signs out
    and the sign-in window opens the main window again. A file that exists but has nobody
    in it shows the sign-in window first (Sign in is pressed at once), then hands over to
    the first administrator's window once the database is open.

    Runs in its own process: the real start enters and leaves QApplication.exec().
    """
    url = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    if made:
        open_and_prepare(url, False, lambda d, t: None).db.close()
    result = subprocess.run(
        [sys.executable, "-c", RUN_SCRIPT, url],
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


def test_the_sign_in_window_is_made_before_the_database_libraries_load(tmp_path: Path) -> None:
    """The sign-in window is the first window of an existing database: making and showing it
    (and its demo note) loads no database, password or PDF library."""
    shown = ("from PySide6.QtWidgets import QApplication\n"
             "application = QApplication([])\n"
             "from pgp_desk.ui.signin.sign_in_dialog import SignInDialog, demo_note\n"
             "dialog = SignInDialog(None, 'mette', demo_note())\n"
             "dialog.show()\n"
             "application.processEvents()")
    assert _loaded_after(shown, tmp_path) == []


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


NEW_MODULES = """
import json, sys
from pgp_desk.ui.startup import load_database_modules, load_main_window, open_and_prepare
load_database_modules(False)
before = set(sys.modules)
if sys.argv[1] == "open":
    open_and_prepare(sys.argv[2], False, lambda d, t: None).db.close()
else:
    load_main_window()
print(json.dumps(sorted(set(sys.modules) - before)))
"""


def test_opening_and_the_main_window_import_different_modules(db_url: str,
                                                              tmp_path: Path) -> None:
    """Start-up opens the database and loads the main window's modules side by side, once
    the database's modules are loaded: the two import no module in common, so neither
    thread can meet the other halfway through a circular import."""
    def new_modules(*args: str) -> set[str]:
        result = subprocess.run([sys.executable, "-c", NEW_MODULES, *args],
                                capture_output=True, text=True, timeout=120, check=True,
                                env=os.environ | {"QT_QPA_PLATFORM": "offscreen",
                                                  "PGP_DESK_DATA_DIR": str(tmp_path)})
        return set(json.loads(result.stdout.strip().splitlines()[-1]))

    opening, main_window = new_modules("open", db_url), new_modules("load")
    assert "pgp_desk.ui.main_window" in main_window
    assert opening & main_window == set()


BEHIND_SCRIPT = """
import argparse, sys, threading
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton
from pgp_desk.ui import app

seen = threading.Event()
real_open = app.open_and_prepare


def open_once_seen(*args):
    # The database opens only after the sign-in window was seen and Sign in pressed. A start
    # that waited for the database before showing that window would stop here.
    if not seen.wait(30):
        print("NO SIGN-IN WINDOW BEFORE THE DATABASE")
    return real_open(*args)


def box(_parent, _title, text, *rest):
    print("BOX", text)


app.open_and_prepare = open_once_seen
app.QMessageBox.critical = box


def watch():
    for widget in QApplication.topLevelWidgets():
        if not widget.isVisible():
            continue
        if widget.objectName() == "signInDialog" and not seen.is_set():
            widget.findChild(QLineEdit, "signInPassword").setText(sys.argv[2])
            button = widget.findChild(QPushButton, "signInButton")
            button.click()
            print("WAITING", widget.findChild(QLabel, "signInOpening").isVisible(),
                  button.isEnabled())
            seen.set()
        elif widget.objectName() == "mainWindow":
            print("SIGNED IN", widget.findChild(QLabel, "databaseLabel").text())
            widget.close()
            return
    QTimer.singleShot(20, watch)


make_application = app.make_application


def make_and_watch(language):
    application = make_application(language)
    QTimer.singleShot(0, watch)
    return application


app.make_application = make_and_watch
args = argparse.Namespace(database=sys.argv[1], demo=False, language="da",
                          user=DEMO_ADMINISTRATOR)
sys.exit(app.run(args))
"""


def _start_behind(url: str, password: str, tmp_path: Path, script: str = BEHIND_SCRIPT
                  ) -> subprocess.CompletedProcess[str]:
    """Start PGP Desk on ``url`` as the demo administrator who presses Sign in at once."""
    script = script.replace("DEMO_ADMINISTRATOR", repr(DEMO_ADMINISTRATOR))
    return subprocess.run(
        [sys.executable, "-c", script, url, password], capture_output=True, text=True,
        timeout=180, check=False,
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen",
                          "PGP_DESK_DATA_DIR": str(tmp_path / "data")})


def _clinic(tmp_path: Path) -> str:
    """A database file with the demo people in it (and no clients)."""
    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    open_and_prepare(url, True, lambda d, t: None).db.close()
    return url


def test_the_database_opens_behind_the_sign_in_window(tmp_path: Path) -> None:
    """An existing database: the sign-in window is the first window and the database opens
    behind it. *Sign in* pressed before it is open says it is opening and waits; then the
    password is checked and the main window shows."""
    result = _start_behind(_clinic(tmp_path), DEMO_PASSWORD, tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    assert lines[0] == "WAITING True False", result.stdout  # "opening", Sign in disabled
    assert "NO SIGN-IN WINDOW BEFORE THE DATABASE" not in result.stdout
    assert any(line.startswith("SIGNED IN") for line in lines), result.stdout


MAIN_WINDOW_FIRST = """
    # The database opens only once the main window's modules have loaded beside it (an
    # opening that they waited for would stop here).
    import time
    for _ in range(400):
        if "MainWindow" in vars(sys.modules.get("pgp_desk.ui.main_window", sys)):
            break
        time.sleep(0.05)
    else:
        print("MAIN WINDOW NOT LOADED WHILE THE DATABASE OPENS")
    return real_open(*args)
"""


def test_the_main_window_loads_while_the_database_opens(tmp_path: Path) -> None:
    """The main window's modules load beside the database opening, not after it: they are
    ready when the password is accepted, however quickly she signs in and the server
    checks her password."""
    result = _start_behind(_clinic(tmp_path), DEMO_PASSWORD, tmp_path, BEHIND_SCRIPT.replace(
        "    return real_open(*args)\n", MAIN_WINDOW_FIRST, 1))
    assert result.returncode == 0, result.stderr[-2000:]
    assert "MAIN WINDOW NOT LOADED" not in result.stdout, result.stdout
    assert any(line.startswith("SIGNED IN") for line in result.stdout.splitlines())


def test_a_newer_schema_is_said_over_the_sign_in_window(tmp_path: Path) -> None:
    """A database from a newer PGP Desk, found while the person is signing in: one Danish
    sentence at once, no sign-in, exit status 1."""
    import sqlite3

    url = _clinic(tmp_path)
    with sqlite3.connect(tmp_path / "clinic.sqlite3") as connection:
        connection.execute("UPDATE alembic_version SET version_num='9999_future'")
    result = _start_behind(url, DEMO_PASSWORD, tmp_path)
    assert result.returncode == 1, result.stderr[-2000:]
    assert result.stdout.splitlines()[0] == "WAITING True False", result.stdout
    box = [line for line in result.stdout.splitlines() if line.startswith("BOX")]
    assert len(box) == 1 and "SIGNED IN" not in result.stdout, result.stdout
    assert "PGP Desk kan ikke starte" in box[0] and "9999_future" in box[0]
    assert "nyere end denne PGP Desk" in box[0]


def test_a_server_that_does_not_answer_is_said_over_the_sign_in_window(
        tmp_path: Path) -> None:
    """A clinic server that does not answer (here a closed port): one Danish sentence naming
    it, no traceback, exit status 1."""
    result = _start_behind("postgresql+psycopg://pgpdesk@127.0.0.1:1/klinik", "x", tmp_path)
    assert result.returncode == 1, result.stderr[-2000:]
    box = [line for line in result.stdout.splitlines() if line.startswith("BOX")]
    assert len(box) == 1, result.stdout
    assert "127.0.0.1:1/klinik" in box[0] and "kan ikke nås" in box[0]
    assert "Traceback" not in result.stdout + result.stderr


def test_a_missing_folder_is_said_before_any_sign_in(tmp_path: Path) -> None:
    """A database file in a folder that does not exist (a mistyped path): the start-up
    dialog, then one Danish sentence naming the path; no sign-in window, nothing made."""
    missing = tmp_path / "mangler" / "klinik.sqlite3"
    result = subprocess.run(
        [sys.executable, "-c", BEHIND_SCRIPT.replace("DEMO_ADMINISTRATOR", "''")
         .replace("seen.wait(30)", "True"), f"sqlite:///{missing}", "x"],
        capture_output=True, text=True, timeout=180, check=False,
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen",
                          "PGP_DESK_DATA_DIR": str(tmp_path / "data")})
    assert result.returncode == 1, result.stderr[-2000:]
    box = [line for line in result.stdout.splitlines() if line.startswith("BOX")]
    assert len(box) == 1 and "WAITING" not in result.stdout, result.stdout
    assert str(missing.parent) in box[0] and "PGP Desk kan ikke starte" in box[0]
    assert not missing.parent.exists()
