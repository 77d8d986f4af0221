"""Open every window inside the screen it will appear on, whatever the screen's size.

A clinic laptop has 1366×768 pixels, and a 1920×1080 laptop at 150 % scaling only 1280×720
logical pixels; the taskbar takes some of that and the window's title bar more. Windows ask
for a comfortable size and get at most the usable part of the screen, placed inside it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QScrollArea, QWidget

# Room for the window manager's title bar and frame, which a window's own size leaves out.
FRAME_WIDTH = 16
TITLE_BAR_HEIGHT = 40


def _available(widget: QWidget | None) -> QRect:
    screen = None
    if widget is not None:
        parent = widget.parentWidget()
        screen = parent.window().screen() if parent is not None else widget.screen()
    return (screen or QGuiApplication.primaryScreen()).availableGeometry()


def usable_size(widget: QWidget | None = None) -> QSize:
    """The largest window contents that fit the screen's available area (without the
    taskbar) together with the title bar and frame."""
    area = _available(widget)
    return QSize(area.width() - FRAME_WIDTH, area.height() - TITLE_BAR_HEIGHT)


def fit_window(window: QWidget, width: int, height: int) -> None:
    """Size ``window`` to ``width``×``height`` or the usable size, whichever is smaller,
    and place it with its frame inside the available area (centred over its parent
    window when it has one)."""
    area = _available(window)
    usable = usable_size(window)
    w, h = min(width, usable.width()), min(height, usable.height())
    window.resize(w, h)
    parent = window.parentWidget()
    centre = parent.window().geometry().center() if parent is not None else area.center()
    outer_w, outer_h = w + FRAME_WIDTH, h + TITLE_BAR_HEIGHT
    x = max(area.left(), min(centre.x() - outer_w // 2, area.right() + 1 - outer_w))
    y = max(area.top(), min(centre.y() - outer_h // 2, area.bottom() + 1 - outer_h))
    window.move(x, y)


def scrolled(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area, for content taller than a small screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area
