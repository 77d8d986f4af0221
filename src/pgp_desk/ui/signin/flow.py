"""Which window signs the person in: the first administrator, her profile after an
upgrade, or the ordinary sign-in (the demo clinic says its people and password)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from pgp_desk.services.people.actor import Actor
from pgp_desk.services.people.signin import SIGN_IN
from pgp_desk.ui.signin.profile_dialog import AdministratorDialog
from pgp_desk.ui.signin.recovery_dialog import RecoveryCodeDialog
from pgp_desk.ui.signin.sign_in_dialog import SignInDialog, demo_note
from pgp_desk.ui.startup import Opened


def sign_in_window(opened: Opened, username: str, demo: bool) -> Actor | None:
    """The signed-in person, or None when the window was closed."""
    if opened.state == SIGN_IN:
        dialog = SignInDialog(opened.db, username, demo_note() if demo else "")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.actor
    first = AdministratorDialog(opened.db, opened.pending)
    if first.exec() != QDialog.DialogCode.Accepted or first.started is None:
        return None
    RecoveryCodeDialog(first.started.recovery_code).exec()
    return first.started.actor
