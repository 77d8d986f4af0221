"""The button rows at the foot of a dialog, made one way: the standard buttons with PGP
Desk's own words (Qt ships no Bokmål), wired to what the dialog does."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton

from pgp_desk.ui.i18n import translate

Button = QDialogButtonBox.StandardButton


def save_cancel(dialog: QDialog, save: Callable[[], object]) -> QDialogButtonBox:
    """Save (runs ``save``; the dialog closes when it succeeds) and Cancel (rejects)."""
    box = QDialogButtonBox(Button.Save | Button.Cancel)
    save_button(box).setText(translate("DialogButtons", "Save"))
    _button(box, Button.Cancel).setText(translate("DialogButtons", "Cancel"))
    box.accepted.connect(save)
    box.rejected.connect(dialog.reject)
    return box


def close_box(dialog: QDialog) -> QDialogButtonBox:
    """One Close button that rejects the dialog (Esc does the same)."""
    box = QDialogButtonBox(Button.Close)
    close_button(box).setText(translate("DialogButtons", "Close"))
    box.rejected.connect(dialog.reject)
    return box


def save_button(box: QDialogButtonBox) -> QPushButton:
    return _button(box, Button.Save)


def close_button(box: QDialogButtonBox) -> QPushButton:
    return _button(box, Button.Close)


def _button(box: QDialogButtonBox, which: QDialogButtonBox.StandardButton) -> QPushButton:
    return box.button(which)
