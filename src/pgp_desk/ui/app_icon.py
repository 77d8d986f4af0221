"""PGP Desk's own icon for windows, the taskbar and the About box (drawn from one SVG by
scripts/make-icons.py)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from pgp_desk.resources import resource_path
from pgp_desk.services.desktop_entry import DESKTOP_ID, ICON_SIZES


def app_icon() -> QIcon:
    """The icon in every size a title bar, taskbar or dock asks for."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource_path("icons", f"{DESKTOP_ID}-{size}.png")))
    return icon
