"""Small tool icons painted in code (no icon files to license or ship)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from pgp_desk.ui.painmap import palette

SIZE = 20


def _canvas() -> tuple[QPixmap, QPainter]:
    pm = QPixmap(SIZE * 2, SIZE * 2)
    pm.setDevicePixelRatio(2.0)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pm, p


def mark_icon() -> QIcon:
    """A region filled with a mid-scale colour and a number: "give a region a score"."""
    pm, p = _canvas()
    path = QPainterPath()
    path.addRoundedRect(QRectF(2.5, 3.5, 15, 13), 5, 5)
    p.setPen(QPen(QColor(palette.OUTLINE), 1.2))
    p.setBrush(QColor(palette.INTENSITY_RAMP[6]))
    p.drawPath(path)
    font = p.font()
    font.setPixelSize(10)
    font.setBold(True)
    p.setFont(font)
    p.setPen(QColor("#ffffff"))
    p.drawText(QRectF(2.5, 3.5, 15, 13), Qt.AlignmentFlag.AlignCenter, "7")
    p.end()
    return QIcon(pm)


def brush_icon() -> QIcon:
    """A shaded squiggle in the shading colour."""
    pm, p = _canvas()
    path = QPainterPath(QPointF(3, 14))
    path.cubicTo(6, 4, 10, 18, 17, 6)
    pen = QPen(QColor(palette.SHADING), 4.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.drawPath(path)
    p.end()
    return QIcon(pm)


def eraser_icon() -> QIcon:
    """A tilted eraser block."""
    pm, p = _canvas()
    p.translate(10, 10)
    p.rotate(-35)
    p.setPen(QPen(QColor(palette.OUTLINE), 1.2))
    p.setBrush(QColor("#f3a6b6"))
    p.drawRoundedRect(QRectF(-8, -4.5, 10, 9), 1.5, 1.5)
    p.setBrush(QColor("#ffffff"))
    p.drawRoundedRect(QRectF(2, -4.5, 6, 9), 1.5, 1.5)
    p.end()
    return QIcon(pm)


def undo_icon() -> QIcon:
    """A curved arrow back."""
    pm, p = _canvas()
    pen = QPen(QColor(palette.OUTLINE), 1.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    path = QPainterPath(QPointF(5, 8))
    path.cubicTo(9, 3, 17, 4, 16.5, 11)
    path.cubicTo(16, 16, 11, 17, 8, 16)
    p.drawPath(path)
    head = QPainterPath(QPointF(3, 3.5))
    head.lineTo(4.8, 8.6)
    head.lineTo(10, 7.6)
    p.drawPath(head)
    p.end()
    return QIcon(pm)
