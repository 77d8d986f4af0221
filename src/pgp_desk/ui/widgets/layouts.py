"""Layouts made one way: a column of a window's parts, a grid written row by row, and
emptying a layout that is filled again (answer buttons, comparison rows, mode buttons)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QGridLayout, QLayout, QVBoxLayout, QWidget


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


Row = QWidget | QLayout | tuple[QWidget | QLayout, int] | int


def column(parent: QWidget, *rows: Row) -> QVBoxLayout:
    """``parent`` laid out as ``rows`` from top to bottom (e.g. a dialog's text, form,
    message and buttons). ``(part, n)`` gives a part stretch ``n``; a bare ``n`` is empty
    space that stretches by ``n``."""
    layout = QVBoxLayout(parent)
    for row in rows:
        part, stretch = row if isinstance(row, tuple) else (row, 0)
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
