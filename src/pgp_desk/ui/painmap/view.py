"""The pain-map canvas: shows the scene scaled to fit and turns mouse and keys into edits.

It holds no map of its own; it reports what the user did (a region chosen, a stroke drawn)
and the owning ``PainMapWidget`` changes the PainMap. Tools: MARK (click a region), BRUSH
and ERASER (freehand, in chart units so a stroke means the same at any window size).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsEllipseItem, QGraphicsView, QWidget

from pgp_desk.domain.painmap import Point, Stroke, View, regions_in_view
from pgp_desk.ui.i18n import translate
from pgp_desk.ui.painmap import palette
from pgp_desk.ui.painmap.scene import Z_CURSOR, PainMapScene

MIN_STEP = 1.5          # chart units between recorded stroke points
BRUSH_MIN, BRUSH_MAX = 4, 40
DEFAULT_BRUSH = 12
HIT_SLOP = 9  # screen pixels around a small region that still hit it


class Tool(StrEnum):
    MARK = "mark"
    BRUSH = "brush"
    ERASER = "eraser"


class PainMapView(QGraphicsView):
    """Signals: ``regionActivated(region_id)``, ``regionCleared(region_id)``,
    ``strokeFinished(Stroke)``, ``toolRequested(Tool)``, ``liveStrokeChanged()``."""

    regionActivated = Signal(str)
    regionCleared = Signal(str)
    strokeFinished = Signal(object)
    toolRequested = Signal(str)
    liveStrokeChanged = Signal()
    regionHovered = Signal(str)  # the region under the pointer ("" when none)

    def __init__(self, scene: PainMapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.pm_scene = scene
        self.setObjectName("painMapView")
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(300, 320)
        self.setAccessibleName(translate("PainMap", "Pain map: front and back of the body"))
        self.tool = Tool.MARK
        self.brush_width = float(DEFAULT_BRUSH)
        self.read_only = False
        self.focused_region: str | None = None
        self._press_region: str | None = None
        self._hovered = ""
        self._live_view: View | None = None
        self._live_points: list[Point] = []
        self._cursor = QGraphicsEllipseItem()
        self._cursor.setZValue(Z_CURSOR)
        self._cursor.setPen(QPen(QColor(palette.OUTLINE), 1.0, Qt.PenStyle.DashLine))
        self._cursor.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._cursor.hide()
        scene.addItem(self._cursor)

    # layout ----------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit()

    def fit(self) -> None:
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        r = self.sceneRect()
        return math.ceil(width * r.height() / r.width())

    def viewport_point(self, scene_pos: QPointF) -> QPointF:
        """Where a scene point is on the viewport (for tests and for placing the editor)."""
        return QPointF(self.mapFromScene(scene_pos))

    # state -----------------------------------------------------------------------
    def set_tool(self, tool: Tool | str) -> None:
        self.tool = Tool(tool)
        self._cursor.hide()
        self.setCursor(Qt.CursorShape.PointingHandCursor if self.tool is Tool.MARK
                       else Qt.CursorShape.CrossCursor)

    def set_brush_width(self, width: float) -> None:
        self.brush_width = float(max(BRUSH_MIN, min(BRUSH_MAX, width)))
        self._cursor.hide()

    def set_read_only(self, on: bool) -> None:
        self.read_only = on
        self.cancel_stroke()
        self._cursor.hide()
        self.set_focused_region(None)
        self.setCursor(Qt.CursorShape.ArrowCursor if on else Qt.CursorShape.PointingHandCursor)

    def live_stroke(self) -> Stroke | None:
        if self._live_view is None or not self._live_points:
            return None
        return Stroke(self._live_view, tuple(self._live_points), self.brush_width,
                      self.tool is Tool.ERASER)

    def cancel_stroke(self) -> None:
        if self._live_view is not None:
            self._live_view = None
            self._live_points = []
            self.liveStrokeChanged.emit()

    def set_focused_region(self, region_id: str | None) -> None:
        if self.focused_region is not None:
            self.pm_scene.region_item(self.focused_region).set_focused(False)
        self.focused_region = region_id
        if region_id is not None:
            self.pm_scene.region_item(region_id).set_focused(True)

    # mouse -----------------------------------------------------------------------
    def _left_button_at(self, event: QMouseEvent,
                        otherwise: Callable[[QMouseEvent], None]) -> QPointF | None:
        """Where a press or release of the left button lands in the scene. None when the
        map is read-only (the event is ignored) or for another button (``otherwise``, the
        view's own handling, gets it)."""
        if self.read_only:
            event.ignore()
            return None
        if event.button() != Qt.MouseButton.LeftButton:
            otherwise(event)
            return None
        return self.mapToScene(event.position().toPoint())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        scene_pos = self._left_button_at(event, super().mousePressEvent)
        if scene_pos is None:
            return
        if self.tool is Tool.MARK:
            self._press_region = self._region_near(scene_pos)
            event.accept()
            return
        hit = self.pm_scene.view_at(scene_pos)
        if hit is None:
            return
        self._live_view = hit[0]
        self._live_points = [hit[1]]
        self.liveStrokeChanged.emit()
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)  # hover highlight and tooltips of the regions
        if self.read_only:
            return
        scene_pos = self.mapToScene(event.position().toPoint())
        self._move_cursor(scene_pos)
        hovered = (self._region_near(scene_pos) or "") if self.tool is Tool.MARK else ""
        if hovered != self._hovered:
            self._hovered = hovered
            self.regionHovered.emit(hovered)
        if self._live_view is None:
            return
        item = self.pm_scene.body_view(self._live_view)
        local = item.mapFromScene(scene_pos)
        g = item.geometry
        point = (min(max(local.x(), 0.0), g.width), min(max(local.y(), 0.0), g.height))
        last = self._live_points[-1]
        if math.hypot(point[0] - last[0], point[1] - last[1]) >= MIN_STEP:
            self._live_points.append(point)
            self.liveStrokeChanged.emit()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        scene_pos = self._left_button_at(event, super().mouseReleaseEvent)
        if scene_pos is None:
            return
        if self.tool is Tool.MARK:
            region_id = self._region_near(scene_pos)
            pressed, self._press_region = self._press_region, None
            if region_id is not None and region_id == pressed:
                self.set_focused_region(region_id)
                self.regionActivated.emit(region_id)
            event.accept()
            return
        stroke = self.live_stroke()
        self._live_view = None
        self._live_points = []
        if stroke is not None:
            self.strokeFinished.emit(stroke)
        self.liveStrokeChanged.emit()
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        # A double click is two clicks for the tools; never the view's default zoom/select.
        self.mousePressEvent(event)

    def _region_near(self, scene_pos: QPointF) -> str | None:
        """The region at a point, or the nearest within HIT_SLOP screen pixels."""
        scale = self.transform().m11() or 1.0
        return self.pm_scene.region_at(scene_pos, HIT_SLOP / scale)

    def leaveEvent(self, event: QEvent) -> None:
        self._cursor.hide()
        if self._hovered:
            self._hovered = ""
            self.regionHovered.emit("")
        super().leaveEvent(event)

    def _move_cursor(self, scene_pos: QPointF) -> None:
        if self.tool is Tool.MARK or self.pm_scene.view_at(scene_pos) is None:
            self._cursor.hide()
            return
        r = self.brush_width / 2
        self._cursor.setRect(QRectF(scene_pos.x() - r, scene_pos.y() - r, 2 * r, 2 * r))
        self._cursor.show()

    # keyboard --------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.read_only:
            super().keyPressEvent(event)
            return
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Up):
            step = 1 if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) else -1
            ids = list(_keyboard_order())
            current = ids.index(self.focused_region) if self.focused_region in ids else -step
            chosen = ids[(current + step) % len(ids)]
            self.set_focused_region(chosen)
            self.ensureVisible(self.pm_scene.region_item(chosen).sceneBoundingRect())
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.focused_region:
            self.regionActivated.emit(self.focused_region)
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.focused_region:
            self.regionCleared.emit(self.focused_region)
            return
        tools = {Qt.Key.Key_M: Tool.MARK, Qt.Key.Key_B: Tool.BRUSH, Qt.Key.Key_E: Tool.ERASER}
        if key in tools and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.toolRequested.emit(tools[Qt.Key(key)].value)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()


def _keyboard_order() -> tuple[str, ...]:
    """Arrow keys walk the front view first (on the left of the screen), then the back."""
    return tuple(r.id for v in (View.FRONT, View.BACK) for r in regions_in_view(v))
