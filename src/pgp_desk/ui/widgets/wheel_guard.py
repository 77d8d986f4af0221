"""Scrolling the page never changes a value the pointer happens to pass over.

One mouse-wheel notch over the dosage panel used to change the pain rule. Installed once on
the application, this filter lets a spin box, combo box or slider take the wheel only when
it has the keyboard focus (the user clicked or tabbed into it); otherwise the wheel is
handed to the scroll area around it, so the page scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QScrollBar,
    QWidget,
)

GUARDED = (QAbstractSpinBox, QComboBox, QAbstractSlider)


def _guarded(widget: QObject) -> QWidget | None:
    """``widget`` if it holds a value a stray wheel could change (a scroll bar is what the
    wheel is for), else None."""
    if isinstance(widget, GUARDED) and not isinstance(widget, QScrollBar):
        return widget
    return None


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        widget = _guarded(watched)
        if widget is None:
            return False
        if kind == QEvent.Type.Polish:
            if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a wheel gives no focus
        elif kind == QEvent.Type.Wheel and not widget.hasFocus():
            area = _scroll_area_around(widget)
            if area is not None:
                QCoreApplication.sendEvent(area.viewport(), event)
            event.accept()  # the value stays; the page (if any) has scrolled
            return True
        return False


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        if parent.isWindow():
            return None
        parent = parent.parentWidget()
    return None


_guard: WheelGuard | None = None


def install_wheel_guard(app: QCoreApplication) -> None:
    """Install the guard on ``app`` (once; later calls do nothing)."""
    global _guard
    if _guard is None:
        _guard = WheelGuard(app)
        app.installEventFilter(_guard)
