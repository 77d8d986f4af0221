"""Opening the database before the main window: off the GUI thread, with progress shown."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

from pgp_desk.domain.i18n import fill

if TYPE_CHECKING:
    from pgp_desk.services.database import Database
    from pgp_desk.services.people.actor import Actor
    from pgp_desk.services.people.people import Profile

DEMO_CLIENTS = 300


@dataclass
class Opened:
    db: Database
    state: str  # services.signin: FIRST_START, COMPLETE_PROFILE or SIGN_IN
    pending: Profile | None = None  # COMPLETE_PROFILE: the administrator to complete


def load_database_modules(demo: bool) -> None:
    """Import what opening the database needs: the database layer, the sign-in service and
    windows, and for the demo clinic only its generator (with ReportLab).

    Start-up runs this alone, first (off the GUI thread); then opening the database and
    loading the main window's modules run side by side (``open_and_prepare`` and
    ``load_main_window``). Two threads importing the same modules at once may meet in a
    circular import and get a half-made module; after this step the two import different
    modules. (The daily backups' module is here for sqlite3, SQLite's driver, which both
    would import otherwise.)"""
    from pgp_desk.services import backups, database  # noqa: F401
    from pgp_desk.services.people import signin  # noqa: F401
    from pgp_desk.ui.signin import flow  # noqa: F401  (the sign-in windows' modules)

    if demo:
        from pgp_desk.services.demo import demo as generator  # noqa: F401


def open_and_prepare(url: str, demo: bool, report: Callable[[int, int], None]) -> Opened:
    """Upgrade the schema (SQLite: backup first); an empty demo database gets its people.
    Nobody is signed in yet: that is the next window's work.

    Runs off the GUI thread, which is also where the services and the sign-in windows are
    imported (``load_database_modules``): the first window is painted before any of them
    is loaded. The main window's modules load beside it (``load_main_window``).
    """
    report(0, 0)
    load_database_modules(demo)
    from pgp_desk.services.database import open_database
    from pgp_desk.services.people.signin import (
        COMPLETE_PROFILE,
        FIRST_START,
        pending_administrator,
        setup_state,
    )

    db = open_database(url, create=True)
    try:
        if demo:  # the demo generator (and ReportLab with it) only for the demo clinic
            from pgp_desk.services.demo.demo import (
                create_demo_people,
                demo_state,
                start_demo_file_again,
            )

            if demo_state(db) == "interrupted":
                db = start_demo_file_again(db)
            if setup_state(db) == FIRST_START:
                create_demo_people(db)
        state = setup_state(db)
        pending = pending_administrator(db) if state == COMPLETE_PROFILE else None
    except BaseException:
        db.close()
        raise
    return Opened(db, state, pending)


def load_main_window() -> None:
    """Import the main window's modules (off the GUI thread, while the database opens and
    the person signs in), so that her clients show as soon as her password is accepted,
    however quickly she types."""
    from pgp_desk.ui import main_window  # noqa: F401  (module only; the window is made later)


def warm_item_views() -> None:
    """Make (and drop) one table view on the GUI thread while the person types.

    Qt for Python creates about 125 of its Python enum types the first time an item view
    is made (some 40 ms of CPU, measured); paid here, it no longer delays the client list
    after she signs in."""
    from PySide6.QtWidgets import QTableView

    QTableView()


def fill_demo(db: Database, actor: Actor, report: Callable[[int, int], None]) -> None:
    """The demo clinic's clients, on its first sign-in only."""
    from pgp_desk.services.demo.demo import create_demo_clinic, demo_state

    if demo_state(db) == "none":
        create_demo_clinic(db, actor, clients=DEMO_CLIENTS, progress=report)


class StartupDialog(QDialog):
    """Shown while the database opens, migrates or the demo clinic is made."""

    def __init__(self, parent: QWidget | None = None) -> None:
        # Qt's namespace makes some 90 enum types when first imported (about 20 ms): only
        # this window of those shown before the first paint needs it.
        from PySide6.QtCore import Qt

        super().__init__(parent)
        self.setWindowTitle("PGP Desk")
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.label = QLabel(self.tr("Opening the database …"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setMinimumWidth(360)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)

    def report(self, done: int, total: int) -> None:
        if total <= 0:
            self.bar.setRange(0, 0)
            return
        self.label.setText(fill(self.tr("Creating the demo clinic: %1 of %2 clients"),
                                str(done), str(total)))
        self.bar.setRange(0, total)
        self.bar.setValue(done)
