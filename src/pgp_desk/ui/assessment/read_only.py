"""Lock a section for a signed assessment without greying it out.

Disabled widgets are drawn faded, which makes a signed record hard to read. Locking instead
keeps every control looking as it is: text fields become read-only and lose their grey
hints (which would read like findings), push buttons (actions) are hidden, and an event
filter swallows clicks and keys on everything else. The mouse wheel still scrolls the
page, so a long section can be read to the end.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollBar,
    QTextEdit,
    QWidget,
)

LOCKED = "lockedReadOnly"
_BLOCKED = {
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.KeyPress, QEvent.Type.KeyRelease,
    QEvent.Type.Shortcut,
}


class _InputBlocker(QObject):
    """Eats input on locked widgets; wheel turns go to the enclosing scroll area instead."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _BLOCKED:
            return True
        if kind == QEvent.Type.Wheel and isinstance(watched, QWidget):
            area = _scroll_area_of(watched)
            if area is not None:
                QApplication.sendEvent(area.verticalScrollBar(), event)
            return True
        return False


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent,
                                                                      QAbstractItemView):
            return parent
        parent = parent.parentWidget()
    return None


def _scroll_part(widget: QWidget) -> bool:
    return (isinstance(widget, QScrollBar | QAbstractScrollArea) and not isinstance(
        widget, QAbstractItemView)) or widget.objectName() in (
        "qt_scrollarea_viewport", "qt_scrollarea_hcontainer", "qt_scrollarea_vcontainer")


def lock(root: QWidget, keep: tuple[QWidget, ...] = ()) -> None:
    """Make everything under ``root`` look as it is but accept no input (one way only).

    Widgets in ``keep`` (e.g. a "how is this computed" toggle) stay usable.
    """
    root.setProperty(LOCKED, True)
    blocker = _InputBlocker(root)
    kept = set(keep)
    for child in keep:
        kept.update(child.findChildren(QWidget))
    for widget in [root, *root.findChildren(QWidget)]:
        if widget in kept:
            continue
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            widget.setReadOnly(True)  # text stays selectable for copying
            widget.setPlaceholderText("")  # a hint such as "fx vågner …" is not a finding
            continue
        if _scroll_part(widget):
            continue
        if isinstance(widget, QPushButton):
            widget.hide()
            continue
        if isinstance(widget, QAbstractSpinBox):
            widget.setReadOnly(True)
            widget.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        if isinstance(widget, QAbstractItemView):
            widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            widget.viewport().installEventFilter(blocker)
        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        widget.installEventFilter(blocker)


def is_locked(root: QWidget) -> bool:
    return bool(root.property(LOCKED))
