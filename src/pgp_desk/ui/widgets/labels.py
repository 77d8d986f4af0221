"""Labels made the same way wherever they appear: a wrapping paragraph, and a hidden
sentence with a role (error, alert, message) that is shown when there is something to say."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from pgp_desk.ui.style import set_role


def paragraph(text: str = "", name: str = "") -> QLabel:
    """Text that wraps to the width of its window (an introduction, a status line)."""
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    label.setWordWrap(True)
    return label


def notice(role: str, name: str = "") -> QLabel:
    """A hidden, wrapping sentence styled by ``role`` (see ``style.set_role``)."""
    label = paragraph(name=name)
    set_role(label, role, new=True)
    label.hide()
    return label
