"""One look for every exercise row: picture, name, a grey line, details and a badge."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from pgp_desk.ui.programme.thumbnails import THUMB
from pgp_desk.ui.widgets.model_index import Index

SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 10
# Names wrap onto a second line: two exercises starting "Dybe mavemuskler og bækkenbund"
# must not both read "Dybe mavemuskler og bækk…".
TITLE_LINES = 2
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 11
NOTE_ROLE = Qt.ItemDataRole.UserRole + 12
BADGE_ROLE = Qt.ItemDataRole.UserRole + 13  # "block" | "warn" | "info" | None
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 14
CODE_ROLE = Qt.ItemDataRole.UserRole + 15

ACCENT = QColor("#1f6fb2")
SELECTED = QColor("#e3eefa")
HOVER = QColor("#f4f7fb")
LINE = QColor("#e3e7ec")
GREY = QColor("#5f6b7a")
BADGES = {"block": QColor("#c62828"), "warn": QColor("#e08a00"), "info": QColor("#3b82c4")}
MARGIN = 8


class CardDelegate(QStyledItemDelegate):
    """Paints a row from the roles above; ``thumb`` is the picture size (None: no picture)."""

    def __init__(self, thumb: QSize | None = THUMB, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thumb = thumb

    # ---------------------------------------------------------------- geometry
    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(max(7.5, option.font.pointSizeF() - 1))
        note = QFont(small)
        note.setItalic(True)
        return title, small, note

    def _text_left(self, index: Index) -> int:
        left = MARGIN
        if index.data(NUMBER_ROLE) is not None:
            left += 30
        if self.thumb is not None:
            left += self.thumb.width() + 10
        return left

    def _row_width(self, option: QStyleOptionViewItem) -> int:
        """The row's width: the option's when it has one, else the list's viewport (a size
        hint is often asked for with an empty rect)."""
        if option.rect.width() > 0:
            return option.rect.width()
        view = self.parent()
        viewport = getattr(view, "viewport", None)
        return viewport().width() if viewport is not None else 320

    def _text_width(self, row_width: int, index: Index) -> int:
        """Room for the texts, the same in sizeHint and paint so no line is cut off."""
        badge = 24 if index.data(BADGE_ROLE) else 0
        return max(80, row_width - self._text_left(index) - MARGIN - badge)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # Measured each time, not kept: a list asks once per row and width, and keeping
        # heights by row texts cost more (four more model reads a row) than it saved
        # (docs/benchmarks.md, "Third round").
        width = self._text_width(self._row_width(option), index)
        return QSize(width, self._height(option, index, width))  # the row takes the view width

    def _height(self, option: QStyleOptionViewItem, index: Index, width: int) -> int:
        title, small, note = self._fonts(option)
        name = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        title_metrics = QFontMetrics(title)
        name_rect = title_metrics.boundingRect(QRect(0, 0, width, 10000),
                                               Qt.TextFlag.TextWordWrap, name)
        height = min(name_rect.height(), title_metrics.lineSpacing() * TITLE_LINES) + 2
        for role, font, lines in ((SUBTITLE_ROLE, small, 1), (DETAIL_ROLE, option.font, 3),
                                  (NOTE_ROLE, note, 3)):
            text = index.data(role)
            if text:
                metrics = QFontMetrics(font)
                if lines == 1:
                    height += metrics.height() + 2
                else:
                    rect = metrics.boundingRect(QRect(0, 0, width, 10000),
                                                Qt.TextFlag.TextWordWrap, str(text))
                    height += min(rect.height(), metrics.lineSpacing() * lines) + 2
        minimum = (self.thumb.height() if self.thumb is not None else 0) + 2 * MARGIN
        return max(minimum, height + 2 * MARGIN)

    # ---------------------------------------------------------------- painting
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        _paint_background(painter, rect, option.state)
        x = rect.left() + MARGIN
        number = index.data(NUMBER_ROLE)
        if number is not None:
            _draw_disc(painter, QRect(x, rect.top() + MARGIN + 2, 22, 22),
                       ACCENT if enabled else GREY, str(number), option.font)
            x += 30
        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
        if self.thumb is not None:
            target = QRect(x, rect.top() + MARGIN, self.thumb.width(), self.thumb.height())
            if pixmap is not None and not pixmap.isNull():
                if not enabled:
                    painter.setOpacity(0.45)
                painter.drawPixmap(target, pixmap)
                painter.setOpacity(1.0)
            x += self.thumb.width() + 10
        self._paint_texts(painter, option, index, x, enabled)
        badge = index.data(BADGE_ROLE)
        if badge in BADGES:
            _draw_disc(painter, QRect(rect.right() - MARGIN - 20, rect.top() + MARGIN + 2, 20, 20),
                       BADGES[badge], "i" if badge == "info" else "!", option.font)
        painter.restore()

    def _paint_texts(self, painter: QPainter, option: QStyleOptionViewItem,
                     index: Index, x: int, enabled: bool) -> None:
        """Title, purpose, dosage and note, one under the other from the top margin."""
        title_font, small, note_font = self._fonts(option)
        y = option.rect.top() + MARGIN
        width = self._text_width(option.rect.width(), index)
        pieces = [(str(index.data(Qt.ItemDataRole.DisplayRole) or ""), title_font,
                   QColor("#17202a") if enabled else GREY, TITLE_LINES)]
        for role, font, colour, lines in ((SUBTITLE_ROLE, small, GREY, 1),
                                          (DETAIL_ROLE, option.font, QColor("#1d2b3a"), 3),
                                          (NOTE_ROLE, note_font, GREY, 3)):
            text = index.data(role)
            if text:
                pieces.append((str(text), font, colour, lines))
        for text, font, colour, lines in pieces:
            metrics = QFontMetrics(font)
            painter.setFont(font)
            painter.setPen(colour)
            if lines == 1:
                painter.drawText(QRect(x, y, width, metrics.height()),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 metrics.elidedText(text, Qt.TextElideMode.ElideRight, width))
                y += metrics.height() + 2
            else:
                text = elide_lines(text, metrics, width, lines)
                bound = metrics.boundingRect(QRect(0, 0, width, 10000),
                                             Qt.TextFlag.TextWordWrap, text)
                height = min(bound.height(), metrics.lineSpacing() * lines)
                painter.drawText(QRect(x, y, width, height),
                                 Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop, text)
                y += height + 2


def _paint_background(painter: QPainter, rect: QRect, state: QStyle.StateFlag) -> None:
    """White, hover blue or selected with the accent bar; a line under every card."""
    if state & QStyle.StateFlag.State_Selected:
        painter.fillRect(rect, SELECTED)
        painter.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), ACCENT)
    elif state & QStyle.StateFlag.State_MouseOver:
        painter.fillRect(rect, HOVER)
    else:
        painter.fillRect(rect, QColor("#ffffff"))
    painter.setPen(QPen(LINE, 1))
    painter.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom())


def _draw_disc(painter: QPainter, circle: QRect, colour: QColor, text: str,
               font: QFont) -> None:
    """A filled circle with white bold text: the card's number, or a warning badge."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(circle)
    painter.setPen(QColor("#ffffff"))
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, text)


def elide_lines(text: str, metrics: QFontMetrics, width: int, lines: int) -> str:
    """``text`` as it fits in ``lines`` wrapped lines, ending in "…" when it had to be cut."""
    limit = metrics.lineSpacing() * lines

    def fits(candidate: str) -> bool:
        return metrics.boundingRect(QRect(0, 0, width, 10000), Qt.TextFlag.TextWordWrap,
                                    candidate).height() <= limit

    if fits(text):
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if fits(text[:middle].rstrip() + "…"):
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"
