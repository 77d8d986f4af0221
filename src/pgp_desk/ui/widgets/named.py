"""Giving a widget its object name where it is made."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

Named = TypeVar("Named", bound=QObject)
Window = TypeVar("Window", bound=QWidget)


def named(widget: Named, name: str) -> Named:
    """``widget`` with its object name, the name the style sheet, the tests and the screen
    scripts find it by: ``self.save = named(QPushButton(self.tr("Save")), "save")``."""
    widget.setObjectName(name)
    return widget


def titled(window: Window, name: str, title: str) -> Window:
    """A window with its object name and its title, set together where it is made:
    ``titled(self, "auditLogDialog", self.tr("Audit log"))``."""
    named(window, name).setWindowTitle(title)
    return window
