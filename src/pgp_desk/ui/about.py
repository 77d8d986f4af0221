"""*Help → About*: the version, the database's schema and where the records are."""

from __future__ import annotations

from html import escape

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from pgp_desk.services.about import AboutInfo, about
from pgp_desk.services.context import AppContext
from pgp_desk.ui.app_icon import app_icon
from pgp_desk.ui.errors import describe_error
from pgp_desk.ui.workers import run_in_background


def _tr(text: str) -> str:
    return QCoreApplication.translate("About", text)


def about_text(info: AboutInfo, location: str) -> str:
    schema = info.schema or _tr("not created yet")
    lines = [
        f"<h3>PGP Desk {escape(info.version)}</h3>",
        "<p>" + _tr("Assessment, home programmes and handouts for pregnancy-related pelvic "
                    "girdle pain.") + "</p>",
        "<p>" + _tr("Database schema: %1").replace("%1", f"<b>{escape(schema)}</b>") + "<br>"
        + _tr("This version of PGP Desk uses schema %1.").replace(
            "%1", escape(info.expected_schema)) + "<br>"
        + _tr("Records: %1").replace("%1", escape(location)) + "</p>",
        f"<p style='color:#666'>Qt {escape(pyside_version)} · Python {escape(info.python)}"
        " · GPL-3.0-or-later</p>",
    ]
    return "".join(lines)


def show_about(parent: QWidget, ctx: AppContext) -> None:
    """Read the schema version in the background, then show the box."""
    location = ctx.db.location

    def shown(info: AboutInfo) -> None:
        box = QMessageBox(QMessageBox.Icon.NoIcon, _tr("About PGP Desk"),
                          about_text(info, location), QMessageBox.StandardButton.Close, parent)
        box.setObjectName("aboutBox")
        box.setIconPixmap(app_icon().pixmap(64, 64))
        box.open()

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(parent, _tr("About PGP Desk"), describe_error(exc))

    db = ctx.db
    run_in_background(lambda: about(db), on_done=shown, on_error=failed, parent=parent)
