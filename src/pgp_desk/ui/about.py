"""*Help → About*: the version, the database's schema and where the records are."""

from __future__ import annotations

from html import escape

from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QMessageBox, QWidget

from pgp_desk.domain.i18n import fill
from pgp_desk.services.about import AboutInfo, about
from pgp_desk.services.context import AppContext
from pgp_desk.ui.app_icon import app_icon
from pgp_desk.ui.i18n import translate
from pgp_desk.ui.operations import Operation
from pgp_desk.ui.style import MUTED_FG


def about_text(info: AboutInfo, location: str) -> str:
    schema = info.schema or translate("About", "not created yet")
    purpose = translate("About", "Assessment, home programmes and handouts for "
                        "pregnancy-related pelvic girdle pain.")
    lines = [fill(translate("About", "Database schema: %1"), f"<b>{escape(schema)}</b>"),
             fill(translate("About", "This version of PGP Desk uses schema %1."),
                  escape(info.expected_schema)),
             fill(translate("About", "Records: %1"), escape(location))]
    return (f"<h3>PGP Desk {escape(info.version)}</h3><p>{purpose}</p>"
            f"<p>{'<br>'.join(lines)}</p>"
            f"<p style='color:{MUTED_FG}'>Qt {escape(pyside_version)} · Python "
            f"{escape(info.python)} · GPL-3.0-or-later</p>")


def show_about(parent: QWidget, ctx: AppContext) -> None:
    """Read the schema version in the background, then show the box."""
    location = ctx.db.location

    def shown(info: AboutInfo) -> None:
        box = QMessageBox(QMessageBox.Icon.NoIcon,
                          translate("About", "About PGP Desk"),
                          about_text(info, location), QMessageBox.StandardButton.Close, parent)
        box.setObjectName("aboutBox")
        box.setIconPixmap(app_icon().pixmap(64, 64))
        box.open()

    db = ctx.db
    Operation(parent, lambda: about(db), shown).failure_title(
        translate("About", "About PGP Desk")).run()
