"""The small editor that opens on a region: intensity 0-10, quality, clear.

Changes apply live (the region recolours as the value moves), Enter or "Done" keeps them,
Escape puts the region back as it was. It is fully keyboard usable: the number field has
the focus, arrows and digits change it, Tab reaches the scale, the quality and the buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractSlider,
    QComboBox,
    QFrame,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pgp_desk.domain.i18n import fill
from pgp_desk.domain.painmap import NRS_MAX, NRS_MIN, Quality, RegionMark
from pgp_desk.ui.i18n import translate
from pgp_desk.ui.painmap import palette
from pgp_desk.ui.painmap.texts import quality_name, region_name
from pgp_desk.ui.style import set_role
from pgp_desk.ui.widgets.layouts import side_by_side
from pgp_desk.ui.widgets.named import named


class IntensityScale(QAbstractSlider):
    """An NRS 0-10 scale of eleven coloured cells; click a cell or use the arrow keys."""

    CELL = 24

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(NRS_MIN, NRS_MAX)
        self.setOrientation(Qt.Orientation.Horizontal)
        self.setPageStep(2)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(self.sizeHint())
        self.setAccessibleName(translate("PainMap", "Pain intensity 0 to 10"))

    def sizeHint(self) -> QSize:
        n = NRS_MAX - NRS_MIN + 1
        return QSize(n * self.CELL + 4, self.CELL + 8)

    def _cell_rect(self, value: int) -> QRectF:
        n = NRS_MAX - NRS_MIN + 1
        w = (self.width() - 4) / n
        return QRectF(2 + (value - NRS_MIN) * w, 4, w, self.height() - 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setBold(True)
        p.setFont(font)
        for v in range(NRS_MIN, NRS_MAX + 1):
            r = self._cell_rect(v).adjusted(1, 0, -1, 0)
            p.setPen(QPen(QColor(palette.OUTLINE), 0.8))
            p.setBrush(palette.intensity_colour(v))
            p.drawRoundedRect(r, 3, 3)
            p.setPen(palette.number_colour(v))
            p.drawText(r, Qt.AlignmentFlag.AlignCenter, str(v))
        current = self._cell_rect(self.value()).adjusted(-1, -3, 1, 3)
        ring = QPen(QColor(palette.FOCUS if self.hasFocus() else palette.OUTLINE), 2.4)
        p.setPen(ring)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(current, 4, 4)

    def _value_at(self, x: float) -> int:
        n = NRS_MAX - NRS_MIN + 1
        w = (self.width() - 4) / n
        return max(NRS_MIN, min(NRS_MAX, NRS_MIN + int((x - 2) // w)))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.setValue(self._value_at(event.position().x()))
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.setValue(self._value_at(event.position().x()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self.setValue(key - Qt.Key.Key_0)
            return
        super().keyPressEvent(event)


class RegionEditor(QFrame):
    """Popup for one region. ``markChanged(mark or None)`` fires live; ``closed(kept)`` at end."""

    markChanged = Signal(object)
    closed = Signal(bool)

    def __init__(self, region_id: str, mark: RegionMark | None, default_intensity: int = 5,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("painMapRegionEditor")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.region_id = region_id
        self.original = mark
        self._current: RegionMark | None = mark
        self._finished = False

        title = named(QLabel(region_name(region_id)), "painMapEditorTitle")
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        title.setFont(font)
        self.status = named(QLabel(), "painMapEditorStatus")
        set_role(self.status, "hint")

        self.scale = IntensityScale()
        self.scale.setObjectName("painMapIntensityScale")
        self.spin = named(QSpinBox(), "painMapIntensity")
        self.spin.setRange(NRS_MIN, NRS_MAX)
        self.spin.setAccessibleName(translate("PainMap", "Pain intensity 0 to 10"))
        start = mark.intensity if mark else max(NRS_MIN, min(NRS_MAX, default_intensity))
        self.scale.setValue(start)
        self.spin.setValue(start)

        self.quality = named(QComboBox(), "painMapQuality")
        self.quality.addItem(translate("PainMap", "(not described)"), None)
        for q in Quality:
            self.quality.addItem(quality_name(q), q.value)
        if mark and mark.quality:
            self.quality.setCurrentIndex(self.quality.findData(mark.quality.value))

        self.clear_button = named(QPushButton(translate("PainMap", "Clear")), "painMapClear")
        self.clear_button.setToolTip(translate("PainMap", "Remove the mark from this region"))
        self.clear_button.setAutoDefault(False)
        self.done_button = named(QPushButton(translate("PainMap", "Done")), "painMapDone")
        self.done_button.setDefault(True)

        intensity_label = QLabel(translate("PainMap", "&Pain (0 = none, 10 = worst imaginable)"))
        intensity_label.setBuddy(self.spin)
        quality_label = QLabel(translate("PainMap", "&Quality"))
        quality_label.setBuddy(self.quality)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addWidget(self.status)
        layout.addWidget(intensity_label)
        layout.addLayout(side_by_side((self.scale, 1), self.spin))
        layout.addLayout(side_by_side(quality_label, (self.quality, 1)))
        layout.addLayout(side_by_side(self.clear_button, 1, self.done_button))

        self.setTabOrder(self.spin, self.scale)
        self.setTabOrder(self.scale, self.quality)
        self.setTabOrder(self.quality, self.clear_button)
        self.setTabOrder(self.clear_button, self.done_button)

        self.scale.valueChanged.connect(self._scale_changed)
        self.spin.valueChanged.connect(self._spin_changed)
        self.quality.currentIndexChanged.connect(lambda _i: self._apply())
        self.clear_button.clicked.connect(self.clear_mark)
        self.done_button.clicked.connect(self.accept)
        self._update_status()

    # values ----------------------------------------------------------------------
    def intensity(self) -> int:
        return self.spin.value()

    def quality_value(self) -> Quality | None:
        data = self.quality.currentData()
        return Quality(data) if data else None

    def current_mark(self) -> RegionMark | None:
        return self._current

    def set_intensity(self, value: int) -> None:
        """Set the shown intensity and apply it (as a click on the scale would)."""
        self.spin.setValue(value)
        self._apply()

    def _scale_changed(self, value: int) -> None:
        if self.spin.value() != value:
            self.spin.setValue(value)
        else:
            self._apply()

    def _spin_changed(self, value: int) -> None:
        if self.scale.value() != value:
            self.scale.setValue(value)
        self._apply()

    def _apply(self) -> None:
        mark = RegionMark(self.region_id, self.intensity(), self.quality_value())
        if mark != self._current:
            self._current = mark
            self.markChanged.emit(mark)
        self._update_status()

    def _update_status(self) -> None:
        if self._current is None:
            self.status.setText(translate("PainMap", "Not marked yet: choose the pain, then Enter"))
        elif self._current.intensity == 0:
            self.status.setText(translate("PainMap", "Marked: asked, no pain here"))
        else:
            self.status.setText(fill(translate("PainMap", "Marked: pain %1 of 10"),
                                     str(self._current.intensity)))

    # ending --------------------------------------------------------------------
    def accept(self) -> None:
        """Keep the shown values (marks an unmarked region with them) and close."""
        self._apply()
        self._finish(True)

    def dismiss(self) -> None:
        """Close, keeping what was already applied (like a click outside the popup)."""
        self._finish(True)

    def clear_mark(self) -> None:
        if self._current is not None:
            self._current = None
            self.markChanged.emit(None)
        self._finish(True)

    def cancel(self) -> None:
        """Put the region back as it was when the editor opened, and close."""
        if self._current != self.original:
            self._current = self.original
            self.markChanged.emit(self.original)
        self._finish(False)

    def _finish(self, kept: bool) -> None:
        if self._finished:
            return
        self._finished = True
        self.closed.emit(kept)
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # A click outside the popup closes it: keep what was applied live.
        if not self._finished:
            self._finished = True
            self.closed.emit(True)
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.spin.setFocus(Qt.FocusReason.PopupFocusReason)
        self.spin.selectAll()
