"""Handouts in the app: the print dialog with live preview, printing, and issued copies."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from pgp_desk.services.context import AppContext
from pgp_desk.services.handouts.handouts import IssuedHandoutRecord

if TYPE_CHECKING:
    from pgp_desk.ui.handouts.dialog import HandoutDialog
    from pgp_desk.ui.handouts.issued_dialog import IssuedHandoutDialog


def open_handout_dialog(ctx: AppContext, programme_id: int, parent: QWidget | None = None,
                        on_issued: Callable[[IssuedHandoutRecord], None] | None = None
                        ) -> HandoutDialog:
    """Show the handout dialog of a programme (non-modal); returns the dialog."""
    from pgp_desk.ui.handouts.dialog import HandoutDialog

    dialog = HandoutDialog(ctx, programme_id, parent)
    if on_issued is not None:
        dialog.issued.connect(on_issued)
    dialog.setModal(True)
    dialog.show()
    return dialog


def open_issued_handout(ctx: AppContext, handout_id: int,
                        parent: QWidget | None = None) -> IssuedHandoutDialog:
    """Show a stored handout for reprinting (non-modal); returns the dialog."""
    from pgp_desk.ui.handouts.issued_dialog import IssuedHandoutDialog

    dialog = IssuedHandoutDialog(ctx, handout_id, parent)
    dialog.setModal(True)
    dialog.show()
    return dialog
