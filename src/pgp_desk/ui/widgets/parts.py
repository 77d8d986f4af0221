"""How a window's part reaches the window without importing the window's module.

A big window (the assessment form, the programme builder) is made of parts: objects it
holds, each with one job. A part states what it uses of its window in a small ``Protocol``
beside it, so the part's module never imports the window's (an import cycle, even when
only for types), and the type checker proves where the window makes the part that the
window has everything the part uses.

A part keeps no second reference to its window: the window is the part's Qt parent, read
when needed, so closing the window frees both at once. Where Qt needs the window itself
(the parent of a dialog, the owner of an operation), ``as_widget`` hands it over.
"""

from __future__ import annotations

from typing import Generic, TypeVar, cast

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

W = TypeVar("W")


def as_widget(window: object) -> QWidget:
    """``window``, seen by a part through its protocol, as the widget it is."""
    if not isinstance(window, QWidget):
        raise TypeError(f"{type(window).__name__} is not a widget")
    return window


class Owner(Generic[W]):
    """A part's window, seen through the part's protocol: ``form = Owner[SavingForm]()``
    in the part's class. Read from the part's Qt parent each time, never stored."""

    def __get__(self, part: QObject, kind: type[QObject] | None = None) -> W:
        return cast(W, part.parent())
