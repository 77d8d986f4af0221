"""PainMapWidget: the pain-map editor the assessment form embeds.

Its model is a domain ``PainMap`` (immutable); every edit makes a new map, keeps the old
one for undo and emits ``painMapChanged(PainMap)``. The summary under the chart is computed
by the domain functions, the same ones the report and the comparison use.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pgp_desk.domain.painmap import BodyChart, PainMap, Quality, RegionMark, Stroke
from pgp_desk.ui.i18n import translate
from pgp_desk.ui.painmap import icons
from pgp_desk.ui.painmap.editor import RegionEditor
from pgp_desk.ui.painmap.legend import PainMapLegend
from pgp_desk.ui.painmap.placement import editor_position
from pgp_desk.ui.painmap.scene import PainMapScene
from pgp_desk.ui.painmap.summary import PainMapFacts, facts, summary_html
from pgp_desk.ui.painmap.texts import region_name
from pgp_desk.ui.painmap.view import BRUSH_MAX, BRUSH_MIN, PainMapView, Tool
from pgp_desk.ui.style import set_role
from pgp_desk.ui.widgets.layouts import side_by_side
from pgp_desk.ui.widgets.named import named
from pgp_desk.ui.widgets.screen_fit import scrolled

HISTORY_LIMIT = 200
SUMMARY_LINES = 3  # the summary band keeps this height, however much is marked


class PainMapWidget(QWidget):
    """Front and back body chart with region marks, freehand shading, undo and a summary."""

    painMapChanged = Signal(object)  # the new PainMap, after every user edit and undo

    def __init__(self, pain_map: PainMap | None = None, *, read_only: bool = False,
                 chart: BodyChart | None = None, show_summary: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("painMapWidget")
        self._map = pain_map or PainMap()
        self._history: list[PainMap] = []
        self._editor: RegionEditor | None = None
        self._last_intensity = 5
        self._read_only = False

        self.scene = PainMapScene(chart, self)
        self.chart = self.scene.chart
        self._facts = facts(self._map, self.chart)
        self.view = PainMapView(self.scene, self)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self.toolbar = named(QWidget(self), "painMapToolbar")
        self.tool_buttons: dict[Tool, QToolButton] = {}
        self.tool_group = QButtonGroup(self)
        self.tool_group.setExclusive(True)
        for tool, icon in ((Tool.MARK, icons.mark_icon()), (Tool.BRUSH, icons.brush_icon()),
                           (Tool.ERASER, icons.eraser_icon())):
            button = QToolButton(self.toolbar)
            button.setObjectName(f"painMapTool_{tool.value}")
            button.setCheckable(True)
            button.setIcon(icon)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            button.clicked.connect(lambda _c=False, t=tool: self.set_tool(t))
            self.tool_group.addButton(button)
            self.tool_buttons[tool] = button
        self.width_label = QLabel(self.toolbar)
        self.width_slider = QSlider(Qt.Orientation.Horizontal, self.toolbar)
        self.width_slider.setObjectName("painMapBrushWidth")
        self.width_slider.setRange(BRUSH_MIN, BRUSH_MAX)
        self.width_slider.setValue(int(self.view.brush_width))
        self.width_slider.setFixedWidth(110)
        self.width_label.setBuddy(self.width_slider)
        self.width_slider.valueChanged.connect(self.set_brush_width)
        self.undo_button = named(QToolButton(self.toolbar), "painMapUndo")
        self.undo_button.setIcon(icons.undo_icon())
        self.undo_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.undo_button.setAutoRaise(True)
        self.undo_button.clicked.connect(self.undo)
        self.legend = PainMapLegend(self)

        bar = QHBoxLayout(self.toolbar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(4)
        for button in self.tool_buttons.values():
            bar.addWidget(button)
        bar.addSpacing(10)
        bar.addWidget(self.width_label)
        bar.addWidget(self.width_slider)
        bar.addSpacing(10)
        bar.addWidget(self.undo_button)
        bar.addStretch(1)

        self.summary = named(QLabel(self), "painMapSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The summary grows as regions are marked; a fixed band (scrolling if ever needed)
        # keeps the figure exactly where it is, so the next click lands where aimed.
        self.summary_area = scrolled(self.summary)
        self.summary_area.setFixedHeight(
            self.summary.fontMetrics().lineSpacing() * SUMMARY_LINES + 22)
        self.summary_area.setVisible(show_summary)
        # the name of the region under the pointer, before it is clicked
        self.hovered = named(QLabel(self), "painMapHovered")
        set_role(self.hovered, "strong")
        self.hovered.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        legend_row = side_by_side((self.hovered, 1), self.legend, 1)
        legend_row.setContentsMargins(0, 0, 0, 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        layout.addLayout(legend_row)
        layout.addWidget(self.summary_area)
        self.view.regionHovered.connect(
            lambda region_id: self.hovered.setText(region_name(region_id) if region_id else ""))

        self.view.regionActivated.connect(self.open_editor)
        self.view.regionCleared.connect(self.clear_region)
        self.view.strokeFinished.connect(self._stroke_finished)
        self.view.liveStrokeChanged.connect(self._live_stroke_changed)
        self.view.toolRequested.connect(self.set_tool)
        self.undo_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        self.undo_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_shortcut.activated.connect(self.undo)

        self.retranslate()
        self.set_tool(Tool.MARK)
        self.set_read_only(read_only)
        self._refresh()

    # public API ------------------------------------------------------------------
    def pain_map(self) -> PainMap:
        return self._map

    def set_pain_map(self, pain_map: PainMap | None) -> None:
        """Show a stored map; clears undo. Does not emit painMapChanged (nothing was edited)."""
        self.close_editor()
        self.view.cancel_stroke()
        self._map = pain_map or PainMap()
        self._history.clear()
        self._refresh()

    def is_read_only(self) -> bool:
        return self._read_only

    def set_read_only(self, read_only: bool) -> None:
        """Read-only: the map is shown with tooltips, but clicks and keys change nothing."""
        self._read_only = read_only
        if read_only:
            self.close_editor()
        self.view.set_read_only(read_only)
        self.toolbar.setVisible(not read_only)
        if not read_only:
            self.view.set_tool(self.view.tool)
        self._update_buttons()

    def tool(self) -> Tool:
        return self.view.tool

    def set_tool(self, tool: Tool | str) -> None:
        tool = Tool(tool)
        self.view.set_tool(tool)
        self.tool_buttons[tool].setChecked(True)
        brush = tool is not Tool.MARK
        self.width_label.setEnabled(brush)
        self.width_slider.setEnabled(brush)

    def brush_width(self) -> float:
        return self.view.brush_width

    def set_brush_width(self, width: float) -> None:
        """Brush and eraser diameter in chart units (the chart is 300 x 600)."""
        self.view.set_brush_width(width)
        if self.width_slider.value() != int(self.view.brush_width):
            self.width_slider.setValue(int(self.view.brush_width))

    def can_undo(self) -> bool:
        return bool(self._history) and not self._read_only

    def undo(self) -> bool:
        """Take back the last change (a stroke, a mark set or cleared); False if none."""
        if not self.can_undo():
            return False
        self.close_editor()
        self._map = self._history.pop()
        self._refresh()
        self.painMapChanged.emit(self._map)
        return True

    def set_region_mark(self, region_id: str, intensity: int,
                        quality: Quality | str | None = None) -> None:
        """Mark a region as the editor would (one undo step, emits painMapChanged)."""
        if self._read_only:
            return
        self._commit(self._map.with_mark(RegionMark(
            region_id, intensity, None if quality is None else Quality(quality))))

    def clear_region(self, region_id: str) -> None:
        if self._read_only or self._map.mark(region_id) is None:
            return
        self._commit(self._map.without_mark(region_id))

    def add_stroke(self, stroke: Stroke) -> None:
        """Add a stroke as the brush or eraser would (one undo step)."""
        if self._read_only:
            return
        self._commit(self._map.with_stroke(stroke))

    def facts(self) -> PainMapFacts:
        """The numbers the summary shows (marked regions, covered regions, shaded %)."""
        return self._facts

    def editor(self) -> RegionEditor | None:
        """The open region editor, if any."""
        return self._editor

    def open_editor(self, region_id: str) -> RegionEditor | None:
        """Open the small editor on a region (as a click does); None when read-only."""
        if self._read_only:
            return None
        self.close_editor()
        before = self._map
        editor = RegionEditor(region_id, self._map.mark(region_id), self._last_intensity, self)
        self._editor = editor
        editor.markChanged.connect(lambda mark, r=region_id: self._editor_changed(r, mark))
        editor.closed.connect(lambda kept, b=before: self._editor_closed(b, kept))
        self.view.set_focused_region(region_id)
        editor.adjustSize()
        editor.move(editor_position(self.view, region_id, editor.sizeHint()))
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def close_editor(self) -> None:
        """Close the region editor, keeping what it already applied (nothing new is marked)."""
        if self._editor is not None:
            self._editor.dismiss()

    # internals ---------------------------------------------------------------------
    def _commit(self, new_map: PainMap) -> None:
        if new_map == self._map:
            return
        self._history.append(self._map)
        del self._history[:-HISTORY_LIMIT]
        self._map = new_map
        self._refresh()
        self.painMapChanged.emit(self._map)

    def _editor_changed(self, region_id: str, mark: RegionMark | None) -> None:
        self._map = (self._map.with_mark(mark) if mark is not None
                     else self._map.without_mark(region_id))
        if mark is not None:
            self._last_intensity = mark.intensity
        self._refresh()
        self.painMapChanged.emit(self._map)

    def _editor_closed(self, before: PainMap, kept: bool) -> None:
        self._editor = None
        if kept and self._map != before:
            self._history.append(before)
            del self._history[:-HISTORY_LIMIT]
        self._update_buttons()
        if self.isVisible():
            self.view.setFocus(Qt.FocusReason.PopupFocusReason)

    def _stroke_finished(self, stroke: Stroke) -> None:
        self._commit(self._map.with_stroke(stroke))

    def _live_stroke_changed(self) -> None:
        self.scene.show_map(self._map, self.view.live_stroke())

    def _refresh(self) -> None:
        self.scene.show_map(self._map, self.view.live_stroke())
        self._facts = facts(self._map, self.chart)
        self.summary.setText(summary_html(self._facts))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.undo_button.setEnabled(self.can_undo())

    def retranslate(self) -> None:
        names = {
            Tool.MARK: (translate("PainMap", "Mark regions"), translate(
                "PainMap", "Click a region to give it a pain score and a quality (M)")),
            Tool.BRUSH: (translate("PainMap", "Brush"),
                         translate("PainMap", "Shade where it hurts, freehand (B)")),
            Tool.ERASER: (translate("PainMap", "Eraser"),
                          translate("PainMap", "Rub out shading (E)")),
        }
        for tool, (text, tip) in names.items():
            self.tool_buttons[tool].setText(text)
            self.tool_buttons[tool].setToolTip(tip)
        self.width_label.setText(translate("PainMap", "&Width"))
        self.width_slider.setToolTip(translate("PainMap", "Width of the brush and the eraser"))
        self.undo_button.setText(translate("PainMap", "Undo"))
        self.undo_button.setToolTip(translate("PainMap", "Take back the last change (Ctrl+Z)"))
        self.legend.retranslate()
        self.scene.retranslate()
        self.summary.setText(summary_html(self._facts))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
