"""Giving a widget its object name where it is made."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

Named = TypeVar("Named", bound=QObject)


def named(widget: Named, name: str) -> Named:
    """``widget`` with its object name, the name the style sheet, the tests and the screen
    scripts find it by: ``self.save = named(QPushButton(self.tr("Save")), "save")``."""
    widget.setObjectName(name)
    return widget
