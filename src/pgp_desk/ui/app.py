"""Starting the desktop application.

Only Qt and the start-up dialog are imported before the first window is painted; the
database, the services and the main window load behind it (``open_and_prepare``).
"""

from __future__ import annotations

import argparse
import getpass
import os
import signal
import sys

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from pgp_desk import config
from pgp_desk.domain.i18n import fill
from pgp_desk.services.actor import Actor
from pgp_desk.services.database import Database
from pgp_desk.services.demo_names import DEMO_ADMINISTRATOR
from pgp_desk.services.desktop_entry import DESKTOP_ID
from pgp_desk.services.signin import SIGN_IN
from pgp_desk.ui.app_icon import app_icon
from pgp_desk.ui.errors import describe_error  # light, and loaded by Operation anyway
from pgp_desk.ui.i18n import install_language
from pgp_desk.ui.operations import Operation
from pgp_desk.ui.signin.flow import sign_in_window
from pgp_desk.ui.single_instance import (
    SingleInstance,
    ask_running_instance,
    bring_forward,
    instance_key,
)
from pgp_desk.ui.startup import Opened, StartupDialog, fill_demo, open_and_prepare
from pgp_desk.ui.style import install_style
from pgp_desk.ui.widgets.wheel_guard import install_wheel_guard


def make_application(language: str) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    QCoreApplication.setApplicationName("PGP Desk")
    QCoreApplication.setOrganizationName("PGP Desk")
    # Wayland and some X11 taskbars match the window to pgp-desk.desktop by this name.
    QGuiApplication.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(app_icon())
    app.setStyle("Fusion")
    install_style(app)
    install_wheel_guard(app)
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
    demo = choice.source == "demo"
    app = make_application(args.language)
    state: dict[str, object] = {}
    _quit_on_terminate(app, state)
    instance = SingleInstance(instance_key(f"{getpass.getuser()}/{args.user or ''}",
                                           choice.url), app)
    if not instance.claim():
        return _already_running(instance.key)
    dialog = StartupDialog()
    dialog.show()

    def show_requested() -> None:
        window = state.get("window") or dialog
        if isinstance(window, QWidget):
            bring_forward(window)

    instance.show_requested.connect(show_requested)

    def show_main(db: Database, actor: Actor) -> None:
        from pgp_desk.services.context import AppContext  # loaded by open_and_prepare
        from pgp_desk.ui.main_window import MainWindow

        ctx = AppContext(db, actor, args.language, demo=demo)
        window = MainWindow(ctx)
        state["window"] = window
        window.show()  # before the dialog closes, or Qt sees no window left and quits
        dialog.accept()
        window.start()
        window.switch_user_requested.connect(lambda: switching(db))

    def switching(db: Database) -> None:
        app.setQuitOnLastWindowClosed(False)  # the main window closes before the next opens
        QTimer.singleShot(0, lambda: switch(db))

    def switch(db: Database) -> None:
        """The next person signs in on the same database."""
        actor = sign_in_window(Opened(db, SIGN_IN), "", demo)
        app.setQuitOnLastWindowClosed(True)
        if actor is None:
            db.close()
            app.exit(0)
            return
        show_main(db, actor)

    def opened(result: Opened) -> None:
        if state.get("terminated"):  # asked to end while the database was being opened
            result.db.close()
            app.quit()
            return
        actor = sign_in_window(result, args.user or (DEMO_ADMINISTRATOR if demo else ""),
                               demo)
        if actor is None:
            result.db.close()
            app.exit(0)
            return
        if not demo:
            show_main(result.db, actor)
            return
        Operation(None, lambda report: fill_demo(result.db, actor, report),
                  lambda _none: show_main(result.db, actor)) \
            .failure(failed).with_progress(dialog.report).run()

    def failed(exc: BaseException) -> None:
        dialog.reject()
        message = QCoreApplication.translate("Startup", "PGP Desk cannot start: %1")
        QMessageBox.critical(None, "PGP Desk", fill(message, describe_error(exc)))
        state["failed"] = True
        app.exit(1)

    Operation(
        None,
        lambda report: open_and_prepare(choice.url, demo, report),
        opened,
    ).failure(failed).with_progress(dialog.report).run()
    app.setAttribute(Qt.ApplicationAttribute.AA_DontShowIconsInMenus, False)
    code = app.exec()
    instance.release()
    return 1 if state.get("failed") else code


def _quit_on_terminate(app: QApplication, state: dict[str, object]) -> None:
    """A logout, shutdown or `kill` (SIGTERM) closes PGP Desk as File → Quit does.

    Python runs signal handlers only between bytecodes, so a timer wakes it regularly
    while Qt's event loop waits.
    """
    def terminate(_signum: int, _frame: object) -> None:
        window = state.get("window")
        state["terminated"] = True
        if isinstance(window, QWidget):
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
