"""Starting the desktop application.

Only Qt and the first window (the sign-in window, or the start-up dialog for a new file)
are imported before it is painted. Behind it, while the person types, the database's
modules load (``load_database_modules``), then the database opens (``open_and_prepare``)
beside the main window's modules loading (``load_main_window``). What that window does not
need waits for its first paint too (``_Launch.painted``): Qt's namespace of enum types, the
wheel guard and the single-instance socket.
"""

from __future__ import annotations

import argparse
import getpass
import os
import signal
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from pgp_desk import config
from pgp_desk.domain.i18n import fill
from pgp_desk.services.demo.demo_names import DEMO_ADMINISTRATOR
from pgp_desk.services.desktop_entry import DESKTOP_ID
from pgp_desk.ui.app_icon import app_icon
from pgp_desk.ui.collector import collect_on_gui_thread
from pgp_desk.ui.errors import describe_error  # light, and loaded by Operation anyway
from pgp_desk.ui.i18n import install_language
from pgp_desk.ui.operations import Operation
from pgp_desk.ui.signin.sign_in_dialog import SignInDialog, demo_note
from pgp_desk.ui.single_instance import (
    SingleInstance,
    ask_running_instance,
    bring_forward,
    instance_key,
)
from pgp_desk.ui.startup import (
    Opened,
    StartupDialog,
    fill_demo,
    load_database_modules,
    load_main_window,
    open_and_prepare,
    warm_item_views,
)
from pgp_desk.ui.style import install_style
from pgp_desk.ui.widgets.when_painted import WhenPainted

if TYPE_CHECKING:  # loaded behind the start-up dialog (open_and_prepare), not before it
    from pgp_desk.services.database import Database
    from pgp_desk.services.people.actor import Actor


def make_application(language: str) -> QApplication:
    existing = QApplication.instance()
    if existing is None:
        # Fusion from the start: ``setStyle`` hands the style back, and Qt for Python makes
        # QStyle's enum types for it (about 8 ms before the first window).
        app = QApplication([*sys.argv[:1], "-style", "Fusion"])
    else:
        assert isinstance(existing, QApplication)
        app = existing
        app.setStyle("Fusion")
    QCoreApplication.setApplicationName("PGP Desk")
    QCoreApplication.setOrganizationName("PGP Desk")
    # Wayland and some X11 taskbars match the window to pgp-desk.desktop by this name.
    QGuiApplication.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(app_icon())
    collect_on_gui_thread(app)  # never free a widget from a worker thread
    install_style(app)
    install_language(language)
    return app


def _no_display() -> bool:
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and not os.environ.get("QT_QPA_PLATFORM")
    )


def run(args: argparse.Namespace) -> int:
    if _no_display():
        print("pgp-desk: error: no display found; start PGP Desk from a desktop session "
              "(or set QT_QPA_PLATFORM=offscreen for testing)", file=sys.stderr)
        return 1
    choice = config.choose_database(args.database, demo=args.demo)
    app = make_application(args.language)
    launch = _Launch(app, args, demo=choice.source == "demo")
    _quit_on_terminate(app, launch)
    instance = SingleInstance(instance_key(f"{getpass.getuser()}/{args.user or ''}",
                                           choice.url), app)
    if not instance.claim():
        return _already_running(instance.key)
    instance.show_requested.connect(launch.show_requested)
    launch.start(choice.url, instance)
    code = app.exec()
    instance.release()
    return 1 if launch.failed else code


class _Launch:
    """One run of PGP Desk: the sign-in window first (the database opens behind it while the
    person types), then the main window; Switch user signs the next person in on the same
    database. A new database file starts with the start-up dialog instead: its first
    administrator is asked for once it is made."""

    def __init__(self, app: QApplication, args: argparse.Namespace, demo: bool) -> None:
        self.app = app
        self.args = args
        self.demo = demo
        self.dialog: StartupDialog | None = None  # made only when it is shown
        self.signin: SignInDialog | None = None  # shown before the database is open
        self.db: Database | None = None
        self.window: QWidget | None = None
        self.terminated = False  # asked to end (SIGTERM) before or while opening
        self.failed = False

    def username(self) -> str:
        return self.args.user or (DEMO_ADMINISTRATOR if self.demo else "")

    def start(self, url: str, instance: SingleInstance) -> None:
        """Show the first window; once it is painted, the rest (``painted``)."""
        # Windows hand over to each other until the main window shows; every way out of
        # start-up ends the application itself.
        self.app.setQuitOnLastWindowClosed(False)
        if config.names_missing_file(url):
            self.progress(0, 0)
        else:
            self.signin = SignInDialog(None, self.username(), demo_note() if self.demo else "")
            # after the dialog's own accepted handling (it hides first)
            self.signin.accepted.connect(lambda: QTimer.singleShot(0, self._signed_in))
            self.signin.rejected.connect(self._closed)
            self.signin.show()
        first = self.signin or self.dialog
        assert first is not None
        WhenPainted(first, lambda: self.painted(url, instance))

    def painted(self, url: str, instance: SingleInstance) -> None:
        """The first window is painted: answer later starts, set up what only later windows
        need, and open the database off the GUI thread (its modules first, alone)."""
        from PySide6.QtCore import Qt  # some 90 enum types: not before the first paint

        from pgp_desk.ui.widgets.wheel_guard import install_wheel_guard

        instance.listen()
        self.app.setAttribute(Qt.ApplicationAttribute.AA_DontShowIconsInMenus, False)
        install_wheel_guard(self.app)  # no spin box, combo box or slider before this
        Operation(None, lambda: load_database_modules(self.demo), lambda _none: self._open(url)) \
            .failure(self.fail).run()

    def _open(self, url: str) -> None:
        """Open the database, and beside it load the main window's modules (then, on the GUI
        thread, Qt's item-view types): ready when the password is accepted, even for a
        person who signs in at once and a server that checks her password quickly."""
        Operation(None, lambda report: open_and_prepare(url, self.demo, report), self.opened) \
            .failure(self.fail).with_progress(self._opening).run()
        Operation(None, load_main_window, lambda _none: warm_item_views()).run()

    def show_requested(self) -> None:
        signin = self.signin if self.signin is not None and self.signin.isVisible() else None
        front = self.window or signin or self.dialog
        if front is not None:
            bring_forward(front)

    def opened(self, result: Opened) -> None:
        if self.terminated:  # asked to end while the database was being opened
            result.db.close()
            self.app.quit()
            return
        from pgp_desk.services.people.signin import SIGN_IN  # loaded by open_and_prepare
        from pgp_desk.ui.signin.flow import sign_in_window

        self.db = result.db
        if self.signin is not None and result.state == SIGN_IN:
            self.signin.set_database(result.db)  # a waiting Sign in is checked now
            return
        if self.signin is not None:  # no one to sign in yet: the first administrator
            self.signin.hide()
        actor = sign_in_window(result, self.username(), self.demo)
        if actor is None:
            self._closed()
            return
        self.start_main(result.db, actor)

    def _signed_in(self) -> None:
        assert self.signin is not None and self.signin.actor is not None
        assert self.db is not None
        self.start_main(self.db, self.signin.actor)

    def _closed(self) -> None:
        """The sign-in (or first administrator) window was closed: PGP Desk ends."""
        if self.failed:
            return
        if self.db is not None:
            self.db.close()
        self.app.exit(0)

    def start_main(self, db: Database, actor: Actor) -> None:
        """The main window; the demo clinic's clients first, on its first sign-in."""
        if not self.demo:
            self.show_main(db, actor)
            return
        Operation(None, lambda report: fill_demo(db, actor, report),
                  lambda _none: self.show_main(db, actor)) \
            .failure(self.fail).with_progress(self.progress).run()

    def progress(self, done: int, total: int) -> None:
        """The start-up dialog: while a new file opens, or the demo clinic is made."""
        if self.dialog is None:
            self.dialog = StartupDialog()
        self.dialog.show()
        self.dialog.report(done, total)

    def _opening(self, done: int, total: int) -> None:
        if self.dialog is not None:  # behind the sign-in window, opening shows no dialog
            self.dialog.report(done, total)

    def _close_dialog(self, accepted: bool) -> None:
        if self.dialog is not None:
            self.dialog.done(QDialog.DialogCode.Accepted if accepted
                             else QDialog.DialogCode.Rejected)

    def show_main(self, db: Database, actor: Actor) -> None:
        from pgp_desk.services.context import AppContext  # loaded with the main window
        from pgp_desk.ui.main_window import MainWindow

        ctx = AppContext(db, actor, self.args.language, demo=self.demo)
        window = MainWindow(ctx)
        self.window = window
        window.show()
        self._close_dialog(True)
        self.app.setQuitOnLastWindowClosed(True)
        window.start()
        window.switch_user_requested.connect(lambda: self._switching(db))

    def _switching(self, db: Database) -> None:
        self.app.setQuitOnLastWindowClosed(False)  # the main window closes before the next
        QTimer.singleShot(0, lambda: self._switch(db))

    def _switch(self, db: Database) -> None:
        """The next person signs in on the same database."""
        from pgp_desk.services.people.signin import SIGN_IN
        from pgp_desk.ui.signin.flow import sign_in_window

        actor = sign_in_window(Opened(db, SIGN_IN), "", self.demo)
        self.app.setQuitOnLastWindowClosed(True)
        if actor is None:
            db.close()
            self.app.exit(0)
            return
        self.show_main(db, actor)

    def fail(self, exc: BaseException) -> None:
        """The database did not open (or the demo clinic was not made): one sentence, at
        once, even while the person is still typing, then PGP Desk ends."""
        self.failed = True
        if self.signin is not None:
            self.signin.hide()
        self._close_dialog(False)
        message = QCoreApplication.translate("Startup", "PGP Desk cannot start: %1")
        QMessageBox.critical(None, "PGP Desk", fill(message, describe_error(exc)))
        self.app.exit(1)


def _quit_on_terminate(app: QApplication, launch: _Launch) -> None:
    """A logout, shutdown or `kill` (SIGTERM) closes PGP Desk as File → Quit does.

    Python runs signal handlers only between bytecodes, so a timer wakes it regularly
    while Qt's event loop waits.
    """
    def terminate(_signum: int, _frame: object) -> None:
        window = launch.window
        launch.terminated = True
        if window is not None:
            window.close()  # asks about unsaved work, waits for background jobs
            return
        # Before the main window: the sign-in (or first administrator) window runs its own
        # event loop; closing it ends start-up with exit status 0.
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    signal.signal(signal.SIGTERM, terminate)
    wake = QTimer(app)
    wake.setInterval(250)
    wake.timeout.connect(lambda: None)
    wake.start()


def _already_running(key: str) -> int:
    """A second start on the same database: bring the running window forward instead."""
    if ask_running_instance(key):
        print("pgp-desk: PGP Desk is already open on this database; its window was brought "
              "forward", file=sys.stderr)
        return 0
    QMessageBox.warning(None, "PGP Desk", QCoreApplication.translate(
        "Startup", "PGP Desk is already open on this database but does not answer. Close "
        "it, or end it in the task manager, and start PGP Desk again."))
    return 1
