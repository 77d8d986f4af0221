"""One small line chart of the progress page, drawn with QPainter as the pain map is.

A line per metric and a point per assessment, on a fixed 0-max scale so two charts of the
same instrument always compare. QtCharts did this before, at the price of the 439 MB
PySide6-Addons wheel; figures in docs/benchmarks.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from pgp_desk.ui.style import ACCENT, CONTROL_BORDER, INK, LIGHT_RULE

COLOURS = (ACCENT, "#c2571a", "#6a4c93")  # one line each: petrol, orange, violet
GRID = QColor(LIGHT_RULE)
AXIS_TEXT = QColor(INK)
AXIS = QColor(CONTROL_BORDER)
CARD = QColor("#ffffff")
PAD = 10.0
DOT = 3.5


@dataclass(frozen=True)
class Line:
    name: str
    colour: str
    values: tuple[float | None, ...]


class ProgressChart(QWidget):
    """A titled line chart with a y scale from 0 to ``y_max``."""

    def __init__(self, title: str, y_max: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.y_max = y_max
        self.labels: list[str] = []
        self.lines: list[Line] = []
        self.setAccessibleName(title)
        self.setMinimumHeight(210)
        self.setMouseTracking(True)  # a tooltip names the value under the pointer
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(420, 260)

    def set_lines(self, labels: list[str], lines: list[tuple[str, list[float | None]]]) -> None:
        """One x position per label; lines with no value at all are left out."""
        self.labels = [label if labels.count(label) == 1 else f"{label} ({i + 1})"
                       for i, label in enumerate(labels)]
        self.lines = [Line(name, colour, tuple(values))
                      for (name, values), colour in zip(lines, COLOURS, strict=False)
                      if any(v is not None for v in values)]
        self.update()

    def line_count(self) -> int:
        return len(self.lines)

    def legend_shown(self) -> bool:
        return len(self.lines) > 1

    # --- geometry ------------------------------------------------------------------------
    def _fonts(self) -> tuple[QFont, QFont]:
        title = QFont(self.font())
        title.setBold(True)
        title.setPointSizeF(10)
        small = QFont(self.font())
        small.setPointSizeF(8.5)
        return title, small

    def _ticks(self) -> list[float]:
        count = 6 if self.y_max in (10, 100) else int(self.y_max) + 1
        return [self.y_max * i / (count - 1) for i in range(count)]

    def plot_rect(self) -> QRectF:
        """Where the lines are drawn, inside the title, axis labels and legend."""
        title, small = self._fonts()
        tm, sm = QFontMetricsF(title), QFontMetricsF(small)
        left = PAD + sm.horizontalAdvance(f"{self.y_max:.0f}") + 8
        top = PAD + tm.height() + 10
        bottom = PAD + sm.height() + 6  # x labels
        if self.legend_shown():
            bottom += sm.height() + 10
        return QRectF(left, top, max(10.0, self.width() - left - PAD - 8),
                      max(10.0, self.height() - top - bottom))

    def x_at(self, index: int, plot: QRectF) -> float:
        """Assessments evenly spread, clear of the axes; a single one in the middle."""
        if len(self.labels) < 2:
            return plot.center().x()
        inset = min(24.0, plot.width() / 8)
        return plot.left() + inset + (plot.width() - 2 * inset) * index / (len(self.labels) - 1)

    def point_at(self, line: int, index: int) -> QPointF | None:
        """Where the value of ``line`` at assessment ``index`` is drawn (None if missing)."""
        value = self.lines[line].values[index]
        if value is None:
            return None
        plot = self.plot_rect()
        y = plot.bottom() - plot.height() * min(max(value, 0.0), self.y_max) / self.y_max
        return QPointF(self.x_at(index, plot), y)

    # --- drawing -------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(CARD)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        title_font, small = self._fonts()
        plot = self.plot_rect()
        painter.setFont(title_font)
        painter.setPen(AXIS_TEXT)
        painter.drawText(QRectF(PAD, PAD, self.width() - 2 * PAD, plot.top() - PAD),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self.title)
        painter.setFont(small)
        metrics = QFontMetricsF(small)
        for tick in self._ticks():  # horizontal grid and the y scale
            y = plot.bottom() - plot.height() * tick / self.y_max
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(AXIS_TEXT)
            painter.drawText(QRectF(0, y - metrics.height() / 2, plot.left() - 6,
                                    metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             f"{tick:.0f}")
        self._draw_x_labels(painter, plot, metrics)
        for number, line in enumerate(self.lines):
            self._draw_line(painter, number, line, metrics)
        if self.legend_shown():
            self._draw_legend(painter, metrics)
        painter.end()

    def _draw_x_labels(self, painter: QPainter, plot: QRectF, metrics: QFontMetricsF) -> None:
        if not self.labels:
            return
        widest = max(metrics.horizontalAdvance(label) for label in self.labels) + 8
        room = (abs(self.x_at(1, plot) - self.x_at(0, plot)) if len(self.labels) > 1
                else plot.width())
        every = max(1, int(widest // max(room, 1.0)) + 1)  # thin out labels that would touch
        for index, label in enumerate(self.labels):
            x = self.x_at(index, plot)
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            if index % every and index != len(self.labels) - 1:
                continue
            painter.setPen(AXIS_TEXT)
            painter.drawText(QRectF(x - widest / 2, plot.bottom() + 4, widest, metrics.height()),
                             Qt.AlignmentFlag.AlignHCenter, label)
        painter.setPen(QPen(AXIS, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())

    def _draw_line(self, painter: QPainter, number: int, line: Line,
                   metrics: QFontMetricsF) -> None:
        colour = QColor(line.colour)
        points = [self.point_at(number, i) for i in range(len(line.values))]
        painter.setPen(QPen(colour, 2.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        previous = None
        for point in points:  # a missing value breaks the line, as it did in QtCharts
            if point is not None and previous is not None:
                painter.drawLine(previous, point)
            previous = point
        painter.setBrush(colour)
        for index, point in enumerate(points):
            if point is None:
                continue
            painter.setPen(QPen(CARD, 1))
            painter.drawEllipse(point, DOT, DOT)
            if len(self.lines) == 1:  # a single line carries its values
                painter.setPen(AXIS_TEXT)
                painter.drawText(QRectF(point.x() - 20, point.y() - DOT - 2 - metrics.height(),
                                        40, metrics.height()),
                                 Qt.AlignmentFlag.AlignHCenter, _value(line.values[index]))

    def _draw_legend(self, painter: QPainter, metrics: QFontMetricsF) -> None:
        box = metrics.height() * 0.7
        widths = [box + 5 + metrics.horizontalAdvance(line.name) + 16 for line in self.lines]
        x = max(PAD, (self.width() - sum(widths)) / 2)
        y = self.height() - PAD - metrics.height()
        for line, width in zip(self.lines, widths, strict=True):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(line.colour))
            painter.drawRect(QRectF(x, y + (metrics.height() - box) / 2, box, box))
            painter.setPen(AXIS_TEXT)
            painter.drawText(QRectF(x + box + 5, y, width, metrics.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             line.name)
            x += width

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """The value, line and date under the pointer, for a therapist reading closely."""
        where = event.position()
        for number, line in enumerate(self.lines):
            for index, value in enumerate(line.values):
                point = self.point_at(number, index)
                if point is not None and (point - where).manhattanLength() <= 8:
                    QToolTip.showText(event.globalPosition().toPoint(),
                                      f"{line.name}: {_value(value)} ({self.labels[index]})",
                                      self)
                    return
        QToolTip.hideText()


def _value(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"
