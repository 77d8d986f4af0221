"""*Help → About* names the version and the database's schema, read off the GUI thread."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from pgp_desk import __version__
from pgp_desk.db import migrate
from pgp_desk.ui.main_window import MainWindow


def test_about_shows_version_and_schema(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """Choosing the menu item shows the program's version, the schema the database is at and
    the schema this version expects, in Danish."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Hjælp")
    action = next(a for a in help_menu.actions() if a.objectName() == "aboutAction")
    assert action.text() == "Om PGP Desk"
    action.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox),
                    timeout=10000)
    box = QApplication.activeModalWidget()
    assert box.objectName() == "aboutBox" and box.windowTitle() == "Om PGP Desk"
    text = box.text()
    assert f"PGP Desk {__version__}" in text
    assert f"Databasens skema: <b>{migrate.head_revision()}</b>" in text
    assert "Journaler:" in text and not box.iconPixmap().isNull()
    box.close()
