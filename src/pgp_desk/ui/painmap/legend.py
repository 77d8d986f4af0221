"""The key under the chart: the 0-10 colour scale and the shading swatch."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from pgp_desk.ui.i18n import translate
from pgp_desk.ui.painmap import palette


class PainMapLegend(QWidget):
    """"Pain 0-10" with eleven numbered colour cells, then a swatch for "Shaded"."""

    CELL_W, CELL_H = 17, 16

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("painMapLegend")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.retranslate()

    def retranslate(self) -> None:
        self.pain_text = translate("PainMap", "Pain")
        self.shaded_text = translate("PainMap", "Shaded")
        self.setToolTip(translate("PainMap", "Colour of a region by its pain score (0 = no pain, "
                           "10 = worst imaginable); blue shading is drawn by hand"))
        self.updateGeometry()
        self.update()

    def _font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        return font

    def sizeHint(self) -> QSize:
        fm = QFontMetrics(self._font())
        w = (fm.horizontalAdvance(self.pain_text) + 6 + 11 * self.CELL_W + 14
             + self.CELL_H + 5 + fm.horizontalAdvance(self.shaded_text) + 2)
        return QSize(w, self.CELL_H + 6)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = self._font()
        p.setFont(font)
        fm = QFontMetrics(font)
        h = self.height()
        y = (h - self.CELL_H) / 2
        x = 0.0
        p.setPen(QColor(palette.TEXT))
        p.drawText(QRectF(x, 0, fm.horizontalAdvance(self.pain_text) + 2, h),
                   Qt.AlignmentFlag.AlignVCenter, self.pain_text)
        x += fm.horizontalAdvance(self.pain_text) + 6
        small = QFont(font)
        small.setPointSizeF(max(6.5, font.pointSizeF() * 0.85))
        small.setBold(True)
        p.setFont(small)
        for v in range(11):
            r = QRectF(x + v * self.CELL_W, y, self.CELL_W, self.CELL_H)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(palette.intensity_colour(v))
            p.drawRect(r)
            p.setPen(palette.number_colour(v))
            p.drawText(r, Qt.AlignmentFlag.AlignCenter, str(v))
        p.setPen(QPen(QColor(palette.OUTLINE), 0.8))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(QRectF(x, y, 11 * self.CELL_W, self.CELL_H))
        x += 11 * self.CELL_W + 14
        shade = QColor(palette.SHADING)
        shade.setAlphaF(palette.SHADING_OPACITY)
        p.setBrush(shade)
        p.setPen(Qt.PenStyle.NoPen)
        p.drawRoundedRect(QRectF(x, y, self.CELL_H, self.CELL_H), 4, 4)
        x += self.CELL_H + 5
        p.setFont(font)
        p.setPen(QColor(palette.TEXT))
        p.drawText(QRectF(x, 0, self.width() - x, h), Qt.AlignmentFlag.AlignVCenter,
                   self.shaded_text)
