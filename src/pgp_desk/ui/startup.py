"""Opening the database before the main window: off the GUI thread, with progress shown."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout

from pgp_desk.domain.i18n import fill

if TYPE_CHECKING:
    from pgp_desk.services.actor import Actor
    from pgp_desk.services.database import Database

DEMO_CLIENTS = 300


@dataclass
class Opened:
    db: Database
    actor: Actor


def open_and_prepare(
    url: str, demo: bool, username: str | None, report: Callable[[int, int], None]
) -> Opened:
    """Upgrade the schema (SQLite: backup first) and fill the demo clinic on its first start.

    Runs off the GUI thread, which is also where the services and the main window are
    imported: the start-up dialog is painted before any of them is loaded.
    """
    report(0, 0)
    from pgp_desk.services.clinic import ensure_actor
    from pgp_desk.services.database import open_database
    from pgp_desk.ui import main_window  # noqa: F401  (module only; the window is made later)

    db = open_database(url, create=True)
    try:
        if not demo:
            return Opened(db, ensure_actor(db, username=username))
        from pgp_desk.services.demo import create_demo_clinic, demo_state, start_demo_file_again

        if demo_state(db) == "interrupted":
            db = start_demo_file_again(db)
        actor = ensure_actor(db, username=username)
        if demo_state(db) == "none":
            create_demo_clinic(db, actor, clients=DEMO_CLIENTS, progress=report)
            actor = ensure_actor(db, username=username)
    except BaseException:
        db.close()
        raise
    return Opened(db, actor)


class StartupDialog(QDialog):
    """Shown while the database opens, migrates or the demo clinic is made."""

    def __init__(self, parent=None):  # type: ignore[no-untyped-def]
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
