"""Where the region editor opens: beside the body, on the side of the region, on screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize
from PySide6.QtGui import QGuiApplication

from pgp_desk.ui.painmap.scene import BodyViewItem
from pgp_desk.ui.painmap.view import PainMapView


def editor_position(view: PainMapView, region_id: str, size: QSize) -> QPoint:
    """Beside the body, on the region's side, so the popup never hides the body it edits."""
    scene = view.pm_scene
    item = scene.region_item(region_id)
    body = item.parentItem()
    assert isinstance(body, BodyViewItem)  # every region is drawn on its body view
    silhouette = body.mapRectToScene(body.silhouette_path.boundingRect())
    viewport = view.viewport()
    centre = viewport.mapToGlobal(view.mapFromScene(scene.region_centre(region_id)))
    left = viewport.mapToGlobal(view.mapFromScene(silhouette.topLeft())).x() - 12
    right = viewport.mapToGlobal(view.mapFromScene(silhouette.topRight())).x() + 12
    on_left = scene.region_centre(region_id).x() < silhouette.center().x() - 4
    candidates = [left - size.width(), right] if on_left else [right, left - size.width()]
    y = centre.y() - size.height() // 2
    screen = QGuiApplication.screenAt(centre) or QGuiApplication.primaryScreen()
    if screen is None:
        return QPoint(candidates[0], y)
    area = screen.availableGeometry()
    x = next((c for c in candidates
              if c >= area.left() and c + size.width() <= area.right()), candidates[0])
    x = max(area.left(), min(x, area.right() - size.width()))
    y = max(area.top(), min(y, area.bottom() - size.height()))
    return QPoint(x, y)
