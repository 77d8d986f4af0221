"""The graphics scene of the pain map: both body views, their regions, numbers and shading.

Every view item's local coordinates ARE chart coordinates (the SVG viewBox, 300 x 600,
y down), so a point under the mouse maps straight to the units the domain measures in. The
outline and detail lines are the shipped SVG artwork (QSvgRenderer); the clickable regions
are drawn from the same polygons the domain measures (``content.bodychart``), so what the
therapist clicks and what is computed cannot drift apart.
"""

from __future__ import annotations

import math
from dataclasses import replace
from functools import cache

from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtSvgWidgets import QGraphicsSvgItem
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsObject,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QGraphicsSimpleTextItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from pgp_desk.content.bodychart import SILHOUETTE_ID, load_body_chart, svg_path
from pgp_desk.domain.i18n import fill
from pgp_desk.domain.painmap import (
    BodyChart,
    PainMap,
    Point,
    Polygon,
    RegionMark,
    Side,
    Stroke,
    View,
    client_left_on_viewer_left,
    polygon_area,
    polygon_centroid,
)
from pgp_desk.ui.i18n import translate
from pgp_desk.ui.painmap import palette
from pgp_desk.ui.painmap.texts import quality_name, region_name, side_caption, view_name

VIEW_ORDER = (View.FRONT, View.BACK)  # left to right, as on paper charts
GAP = 36.0            # chart units between the two views
TITLE_BAND = 30.0     # above each view: "Front" / "Back"
CAPTION_BAND = 26.0   # below each view: "Client's right | Client's left"
CAPTION_SPLIT = 7.0   # half the space between the two captions
SLOP_DIRECTIONS = 12  # directions searched around a near miss of a small region
DETAILS_ID = "details"

Z_SILHOUETTE, Z_REGION, Z_DETAILS, Z_SHADING, Z_NUMBER, Z_CURSOR = 0, 10, 40, 50, 70, 100


@cache
def polygon_path(polygon: Polygon) -> QPainterPath:
    """The outline as a path; the chart is fixed, so each is made once per process
    (``warm_chart``, off the GUI thread) and shared: never change a returned path."""
    path = QPainterPath()
    path.moveTo(*polygon[0])
    for x, y in polygon[1:]:
        path.lineTo(x, y)
    path.closeSubpath()
    return path


@cache
def region_figures(polygon: Polygon) -> tuple[Point, float]:
    """A region's centre (for its number) and area (smaller regions lie on top)."""
    return polygon_centroid(polygon), polygon_area(polygon)


def warm_chart(chart: BodyChart) -> None:
    """Work out every outline's path, centre and area in the background (the form's
    loader calls it), so making the pain map page on the GUI thread only looks them up."""
    for view in VIEW_ORDER:
        geometry = chart.view(view)
        polygon_path(geometry.silhouette)
        for polygon in geometry.regions.values():
            polygon_path(polygon)
            region_figures(polygon)


def _pixel_font(size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, round(size)))
    font.setBold(bold)
    return font


class RegionItem(QGraphicsObject):
    """One named region: dashed outline when unmarked, filled by intensity when marked."""

    def __init__(self, region_id: str, polygon: Polygon, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.region_id = region_id
        self.polygon = polygon
        self.path = polygon_path(polygon)
        centroid, area = region_figures(polygon)
        self.centroid = QPointF(*centroid)
        self.mark: RegionMark | None = None
        self.hovered = False
        self.focused = False
        self.setAcceptHoverEvents(True)
        # Smaller regions on top, like ViewGeometry.region_at: the smallest wins.
        self.setZValue(Z_REGION + 1.0 / (1.0 + area))
        self._update_tooltip()

    # QGraphicsItem ---------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return self.path.boundingRect().adjusted(-3, -3, 3, 3)

    def shape(self) -> QPainterPath:
        return self.path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.mark is not None:
            painter.setBrush(palette.intensity_colour(self.mark.intensity))
            pen = QPen(QColor(palette.OUTLINE), 1.2)
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            pen = QPen(QColor(palette.REGION_IDLE), 1.3, Qt.PenStyle.DashLine)
            pen.setDashPattern([3.0, 2.4])
        if self.hovered:
            if self.mark is None:
                painter.setBrush(QColor(28, 109, 208, 40))
            pen = QPen(QColor(palette.REGION_HOVER), 2.4)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawPath(self.path)
        if self.focused:
            ring = QPen(QColor(palette.FOCUS), 1.6, Qt.PenStyle.DashLine)
            ring.setDashPattern([2.0, 1.5])
            painter.setPen(ring)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            stroker = QPainterPathStroker()
            stroker.setWidth(5.0)
            painter.drawPath(stroker.createStroke(self.path).simplified())

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.set_hovered(True)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.set_hovered(False)
        super().hoverLeaveEvent(event)

    # state ---------------------------------------------------------------------
    def set_hovered(self, on: bool) -> None:
        if on != self.hovered:
            self.hovered = on
            self.update()

    def set_focused(self, on: bool) -> None:
        if on != self.focused:
            self.focused = on
            self.update()

    def set_mark(self, mark: RegionMark | None) -> None:
        if mark != self.mark:
            self.mark = mark
            self._update_tooltip()
            self.update()

    def _update_tooltip(self) -> None:
        self.setToolTip(region_tooltip(self.region_id, self.mark))


def region_tooltip(region_id: str, mark: RegionMark | None) -> str:
    """Region name in the UI language, then its intensity and quality (or "not marked")."""
    name = region_name(region_id)
    if mark is None:
        return name + "\n" + translate("PainMap", "Not marked")
    detail = fill(translate("PainMap", "Pain %1 of 10"), str(mark.intensity))
    if mark.quality is not None:
        detail += " · " + quality_name(mark.quality)
    return f"{name}\n{detail}"


class NumberItem(QGraphicsItem):
    """The intensity in a round badge of the region's colour, readable even on tiny regions."""

    SIZE = 11.5
    RADIUS = 8.5

    def __init__(self, at: QPointF, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.at = at
        self.intensity: int | None = None
        self.setZValue(Z_NUMBER)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self._text = QPainterPath()
        self.setVisible(False)

    def set_intensity(self, intensity: int | None) -> None:
        if intensity == self.intensity:
            return
        self.prepareGeometryChange()
        self.intensity = intensity
        self._text = QPainterPath()
        if intensity is not None:
            path = QPainterPath()
            path.addText(0, 0, _pixel_font(self.SIZE, bold=True), str(intensity))
            box = path.boundingRect()
            path.translate(self.at.x() - box.center().x(), self.at.y() - box.center().y())
            self._text = path
        self.setVisible(intensity is not None)
        self.update()

    def radius(self) -> float:
        return self.RADIUS + (1.0 if self.intensity == 10 else 0.0)

    def boundingRect(self) -> QRectF:
        r = self.radius() + 1.5
        return QRectF(self.at.x() - r, self.at.y() - r, 2 * r, 2 * r)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if self.intensity is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(palette.OUTLINE), 1.0))
        painter.setBrush(palette.intensity_colour(self.intensity))
        painter.drawEllipse(self.at, self.radius(), self.radius())
        painter.fillPath(self._text, palette.number_colour(self.intensity))


class ShadingItem(QGraphicsItem):
    """Freehand shading of one view, replayed in order (the eraser clears), clipped to the body.

    Strokes are painted opaque into an off-screen image at screen resolution, then shown
    translucent, so overlapping strokes do not darken and the eraser really removes.
    """

    def __init__(self, geometry_size: tuple[float, float], silhouette: QPainterPath,
                 parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.size = geometry_size
        self.silhouette = silhouette
        self.strokes: list[Stroke] = []
        self.live: Stroke | None = None
        self.setZValue(Z_SHADING)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._image: QImage | None = None
        self._image_key: tuple[float, int] | None = None
        self._version = 0
        self._live_drawn = 0

    def set_strokes(self, strokes: list[Stroke], live: Stroke | None = None) -> None:
        if strokes == self.strokes and live == self.live:
            return
        if strokes == self.strokes and _extends(self.live, live):
            # A stroke being drawn grew: paint only the new piece onto the cached image.
            assert live is not None
            start = len(self.live.points) - 1 if self.live else 0
            self.live = live
            self.update(_points_rect(live.points[start:], live.width))
            return
        self.strokes = strokes
        self.live = live
        self._version += 1
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, *self.size)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        strokes = [*self.strokes, *([self.live] if self.live else [])]
        if not strokes:
            return
        t = painter.worldTransform()
        scale = math.hypot(t.m11(), t.m12())
        if widget is not None:
            scale *= widget.devicePixelRatioF()
        scale = max(0.25, min(scale, 6.0))
        key = (round(scale, 3), self._version)
        if key != self._image_key or self._image is None:
            self._image = self._render(strokes, scale)
            self._image_key = key
            self._live_drawn = len(self.live.points) if self.live else 0
        elif self.live is not None and self._live_drawn < len(self.live.points):
            tail = self.live.points[max(0, self._live_drawn - 1):]
            self._draw_onto(self._image, [replace(self.live, points=tail)])
            self._live_drawn = len(self.live.points)
        painter.save()
        painter.setClipPath(self.silhouette, Qt.ClipOperation.IntersectClip)
        painter.setOpacity(palette.SHADING_OPACITY)
        painter.drawImage(self.boundingRect(), self._image)
        painter.restore()

    def _render(self, strokes: list[Stroke], scale: float) -> QImage:
        w, h = self.size
        image = QImage(max(1, math.ceil(w * scale)), max(1, math.ceil(h * scale)),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        self._draw_onto(image, strokes)
        return image

    def _draw_onto(self, image: QImage, strokes: list[Stroke]) -> None:
        w, h = self.size
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.scale(image.width() / w, image.height() / h)
        colour = QColor(palette.SHADING)
        for stroke in strokes:
            p.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear if stroke.erase
                                 else QPainter.CompositionMode.CompositionMode_SourceOver)
            paint_stroke(p, stroke, colour)
        p.end()


def _extends(old: Stroke | None, new: Stroke | None) -> bool:
    """True when ``new`` is ``old`` (or nothing) with more points added at the end."""
    if old is None or new is None:
        return False
    return (old.view is new.view and old.width == new.width and old.erase == new.erase
            and len(new.points) > len(old.points)
            and new.points[:len(old.points)] == old.points)


def _points_rect(points: tuple[Point, ...], width: float) -> QRectF:
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    pad = width / 2 + 2
    return QRectF(min(xs) - pad, min(ys) - pad, max(xs) - min(xs) + 2 * pad,
                  max(ys) - min(ys) + 2 * pad)


def stroke_path(points: tuple[Point, ...]) -> QPainterPath:
    path = QPainterPath()
    path.moveTo(*points[0])
    for x, y in points[1:]:
        path.lineTo(x, y)
    return path


def paint_stroke(painter: QPainter, stroke: Stroke, colour: QColor) -> None:
    """A round-capped pen line of the stroke's width (a dot for a single point)."""
    if len(stroke.points) == 1:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        r = stroke.width / 2
        painter.drawEllipse(QPointF(*stroke.points[0]), r, r)
        return
    pen = QPen(colour, stroke.width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(stroke_path(stroke.points))


class BodyViewItem(QGraphicsObject):
    """One body view (front or back): artwork, regions, numbers, shading and captions."""

    def __init__(self, view: View, chart: BodyChart, renderer: QSvgRenderer) -> None:
        super().__init__()
        self.view = view
        self.geometry = chart.view(view)
        self.renderer = renderer
        w, h = self.geometry.width, self.geometry.height
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        self.silhouette_path = polygon_path(self.geometry.silhouette)

        for element_id, z in ((SILHOUETTE_ID, Z_SILHOUETTE), (DETAILS_ID, Z_DETAILS)):
            if not renderer.elementExists(element_id):
                continue
            item = QGraphicsSvgItem(self)
            item.setSharedRenderer(renderer)
            item.setElementId(element_id)
            item.setPos(renderer.boundsOnElement(element_id).topLeft())
            item.setZValue(z)
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

        self.regions: dict[str, RegionItem] = {}
        self.numbers: dict[str, NumberItem] = {}
        for region_id, polygon in self.geometry.regions.items():
            region_item = RegionItem(region_id, polygon, self)
            self.regions[region_id] = region_item
            self.numbers[region_id] = NumberItem(region_item.centroid, self)
        self.shading = ShadingItem((w, h), self.silhouette_path, self)

        self.title = QGraphicsSimpleTextItem(self)
        self.title.setFont(_pixel_font(17, bold=True))
        self.title.setBrush(QColor(palette.TEXT))
        self.left_caption = QGraphicsSimpleTextItem(self)
        self.right_caption = QGraphicsSimpleTextItem(self)
        for caption in (self.left_caption, self.right_caption):
            caption.setFont(_pixel_font(13))
            caption.setBrush(QColor(palette.TEXT))
        self.caption_divider = QGraphicsLineItem(self)
        self.caption_divider.setPen(QPen(QColor("#9aa4ae"), 1.0))
        self.retranslate()

    def boundingRect(self) -> QRectF:
        return QRectF(0, -TITLE_BAND, self.geometry.width,
                      self.geometry.height + TITLE_BAND + CAPTION_BAND)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        pass

    def retranslate(self) -> None:
        """Set the title, the side captions and the tooltips in the UI language."""
        w, h = self.geometry.width, self.geometry.height
        self.title.setText(view_name(self.view))
        tb = self.title.boundingRect()
        self.title.setPos((w - tb.width()) / 2, -TITLE_BAND + 2)
        viewer_left = Side.LEFT if client_left_on_viewer_left(self.view) else Side.RIGHT
        viewer_right = Side.RIGHT if viewer_left is Side.LEFT else Side.LEFT
        self.left_caption.setText("\u2190 " + side_caption(viewer_left))
        self.right_caption.setText(side_caption(viewer_right) + " \u2192")
        self.left_caption.setData(0, viewer_left.value)
        self.right_caption.setData(0, viewer_right.value)
        # Grouped under the body's midline, arrows pointing out to the side they name.
        y, mid = h + 2, w / 2
        self.left_caption.setPos(mid - CAPTION_SPLIT - self.left_caption.boundingRect().width(), y)
        self.right_caption.setPos(mid + CAPTION_SPLIT, y)
        self.caption_divider.setLine(mid, y + 2, mid, y + 15)
        for item in self.regions.values():
            item._update_tooltip()

    def show_map(self, pain_map: PainMap, live: Stroke | None = None) -> None:
        marks = {m.region_id: m for m in pain_map.marks}
        for region_id, item in self.regions.items():
            mark = marks.get(region_id)
            item.set_mark(mark)
            self.numbers[region_id].set_intensity(mark.intensity if mark else None)
        strokes = [s for s in pain_map.strokes if s.view is self.view]
        self.shading.set_strokes(strokes, live if live and live.view is self.view else None)

    def chart_rect(self) -> QRectF:
        return QRectF(0, 0, self.geometry.width, self.geometry.height)


class PainMapScene(QGraphicsScene):
    """Both views side by side; shows a PainMap, knows which view a scene point falls in."""

    def __init__(self, chart: BodyChart | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.chart = chart or load_body_chart()
        self.setBackgroundBrush(QBrush(QColor("#ffffff")))
        self.renderers = {v: QSvgRenderer(str(svg_path(v)), self) for v in VIEW_ORDER}
        self.views_by_id: dict[View, BodyViewItem] = {}
        x = 0.0
        for v in VIEW_ORDER:
            item = BodyViewItem(v, self.chart, self.renderers[v])
            item.setPos(x, 0)
            self.addItem(item)
            self.views_by_id[v] = item
            x += item.geometry.width + GAP
        total_w = x - GAP
        height = max(i.geometry.height for i in self.views_by_id.values())
        self.setSceneRect(QRectF(-6, -TITLE_BAND - 4, total_w + 12,
                                 height + TITLE_BAND + CAPTION_BAND + 8))

    def body_view(self, view: View | str) -> BodyViewItem:
        return self.views_by_id[View(view)]

    def region_item(self, region_id: str) -> RegionItem:
        for item in self.views_by_id.values():
            if region_id in item.regions:
                return item.regions[region_id]
        raise KeyError(region_id)

    def view_at(self, scene_pos: QPointF) -> tuple[View, Point] | None:
        """The view under a scene point and the point in chart coordinates."""
        for v, item in self.views_by_id.items():
            local = item.mapFromScene(scene_pos)
            if item.chart_rect().contains(local):
                return v, (local.x(), local.y())
        return None

    def region_at(self, scene_pos: QPointF, slop: float = 0.0) -> str | None:
        """The region under a scene point, by the domain's own hit test. With ``slop``
        (scene units) a point just outside a small region still finds it: the nearest
        region within that distance, so a 10 px wide joint is not a 10 px target."""
        hit = self.view_at(scene_pos)
        if hit is None:
            return None
        chart_view = self.chart.view(hit[0])
        found = chart_view.region_at(hit[1])
        if found is not None or slop <= 0:
            return found
        x, y = hit[1]
        for radius in (slop / 3, 2 * slop / 3, slop):
            for step in range(SLOP_DIRECTIONS):
                angle = 2 * math.pi * step / SLOP_DIRECTIONS
                found = chart_view.region_at((x + radius * math.cos(angle),
                                              y + radius * math.sin(angle)))
                if found is not None:
                    return found
        return None

    def scene_point(self, view: View | str, point: Point) -> QPointF:
        return self.body_view(view).mapToScene(QPointF(*point))

    def region_centre(self, region_id: str) -> QPointF:
        """Scene position of a region's centroid (where its number is written)."""
        item = self.region_item(region_id)
        return item.mapToScene(item.centroid)

    def show_map(self, pain_map: PainMap, live: Stroke | None = None) -> None:
        for item in self.views_by_id.values():
            item.show_map(pain_map, live)

    def retranslate(self) -> None:
        for item in self.views_by_id.values():
            item.retranslate()
