"""Buttons made the same way wherever they appear."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton


def tool_button(text: str, name: str) -> QToolButton:
    """A text-only tool button with a frame (the programme builder's bars)."""
    button = QToolButton()
    button.setText(text)
    button.setObjectName(name)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setAutoRaise(False)
    return button
