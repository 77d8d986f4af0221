"""Starting the desktop application."""

from __future__ import annotations

import argparse
import os
import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from pgp_desk import config
from pgp_desk.domain.i18n import fill
from pgp_desk.services.context import AppContext
from pgp_desk.ui.errors import describe_error
from pgp_desk.ui.i18n import install_language
from pgp_desk.ui.main_window import MainWindow
from pgp_desk.ui.operations import Operation
from pgp_desk.ui.startup import Opened, StartupDialog, open_and_prepare
from pgp_desk.ui.style import install_style
from pgp_desk.ui.widgets.wheel_guard import install_wheel_guard


def make_application(language: str) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    QCoreApplication.setApplicationName("PGP Desk")
    QCoreApplication.setOrganizationName("PGP Desk")
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
    app = make_application(args.language)
    dialog = StartupDialog()
    dialog.show()
    state: dict[str, object] = {}

    def opened(result: Opened) -> None:
        ctx = AppContext(result.db, result.actor, args.language, demo=choice.source == "demo")
        window = MainWindow(ctx)
        state["window"] = window
        window.show()  # before the dialog closes, or Qt sees no window left and quits
        dialog.accept()
        window.start()

    def failed(exc: BaseException) -> None:
        dialog.reject()
        message = QCoreApplication.translate("Startup", "PGP Desk cannot start: %1")
        QMessageBox.critical(None, "PGP Desk", fill(message, describe_error(exc)))
        state["failed"] = True
        app.exit(1)

    Operation(
        None,
        lambda report: open_and_prepare(choice.url, choice.source == "demo", args.user, report),
        opened,
    ).failure(failed).with_progress(dialog.report).run()
    app.setAttribute(Qt.ApplicationAttribute.AA_DontShowIconsInMenus, False)
    code = app.exec()
    return 1 if state.get("failed") else code
