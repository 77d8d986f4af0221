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


def column(parent: QWidget, *rows: QWidget | QLayout) -> QVBoxLayout:
    """``parent`` laid out as ``rows`` from top to bottom (e.g. a dialog's text, form,
    message and buttons)."""
    layout = QVBoxLayout(parent)
    for row in rows:
        if isinstance(row, QLayout):
            layout.addLayout(row)
        else:
            layout.addWidget(row)
    return layout


def grid(*rows: Sequence[QWidget]) -> QGridLayout:
    """The widgets of each row side by side, the rows one under the other."""
    layout = QGridLayout()
    for row, widgets in enumerate(rows):
        for col, widget in enumerate(widgets):
            layout.addWidget(widget, row, col)
    return layout
