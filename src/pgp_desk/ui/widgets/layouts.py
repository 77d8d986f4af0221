"""Layouts made one way: a column of a window's parts, a row of them (a bar of buttons),
a grid written row by row, and emptying a layout that is filled again (answer buttons,
comparison rows, mode buttons)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtWidgets import QBoxLayout, QGridLayout, QHBoxLayout, QLayout, QVBoxLayout, QWidget


def take_widgets(layout: QLayout) -> list[QWidget]:
    """Remove every item from ``layout``; the widgets among them, for the caller to hide,
    delete or place again."""
    widgets = []
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widgets.append(widget)
    return widgets


Part = QWidget | QLayout | tuple[QWidget | QLayout, int] | int


def column(parent: QWidget, *rows: Part) -> QVBoxLayout:
    """``parent`` laid out as ``rows`` from top to bottom (e.g. a dialog's text, form,
    message and buttons). ``(part, n)`` gives a part stretch ``n``; a bare ``n`` is empty
    space that stretches by ``n``."""
    return _filled(QVBoxLayout(parent), rows)


def side_by_side(*parts: Part) -> QHBoxLayout:
    """``parts`` side by side from left to right (e.g. a bar of buttons), to place in a
    column or a grid; ``(part, n)`` and a bare ``n`` stretch as in ``column``."""
    return _filled(QHBoxLayout(), parts)


BoxLayout = TypeVar("BoxLayout", bound=QBoxLayout)


def _filled(layout: BoxLayout, parts: tuple[Part, ...]) -> BoxLayout:
    for item in parts:
        part, stretch = item if isinstance(item, tuple) else (item, 0)
        if isinstance(part, int):
            layout.addStretch(part)
        elif isinstance(part, QLayout):
            layout.addLayout(part, stretch)
        else:
            layout.addWidget(part, stretch)
    return layout


def grid(*rows: Sequence[QWidget]) -> QGridLayout:
    """The widgets of each row side by side, the rows one under the other."""
    layout = QGridLayout()
    for row, widgets in enumerate(rows):
        for col, widget in enumerate(widgets):
            layout.addWidget(widget, row, col)
    return layout
