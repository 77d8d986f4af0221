"""An earlier pain map beside the current one, with what changed in words.

Both charts are read-only; the change text comes from ``compare_pain_maps`` with the body
chart, so regions covered by shading count and the shaded share per view is compared.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from pgp_desk.domain.dates import format_date
from pgp_desk.domain.painmap import BodyChart, PainMap, PainMapComparison, compare_pain_maps
from pgp_desk.ui.i18n import translate
from pgp_desk.ui.painmap.summary import comparison_html
from pgp_desk.ui.painmap.widget import PainMapWidget
from pgp_desk.ui.widgets.layouts import grid
from pgp_desk.ui.widgets.named import named


class PainMapComparisonWidget(QWidget):
    """Earlier map (left) and current map (right), each with its date, then the changes."""

    def __init__(self, chart: BodyChart | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("painMapComparison")
        self.earlier = PainMapWidget(read_only=True, chart=chart, show_summary=False, parent=self)
        self.earlier.setObjectName("painMapEarlier")
        self.earlier.legend.hide()
        self.current = PainMapWidget(read_only=True, chart=self.earlier.chart,
                                     show_summary=False, parent=self)
        self.current.setObjectName("painMapCurrent")
        self.chart = self.earlier.chart
        self.earlier_title = QLabel(self)
        self.current_title = QLabel(self)
        for label in (self.earlier_title, self.current_title):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            font = label.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.15)
            label.setFont(font)
        self.earlier_title.setObjectName("painMapEarlierTitle")
        self.current_title.setObjectName("painMapCurrentTitle")
        self.changes = named(QLabel(self), "painMapChanges")
        self.changes.setWordWrap(True)
        self.changes.setTextFormat(Qt.TextFormat.RichText)
        self.changes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.changes.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

        maps = grid([self.earlier_title, self.current_title], [self.earlier, self.current])
        maps.setHorizontalSpacing(24)
        maps.setRowStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(maps, 1)
        layout.addWidget(self.current.legend, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.changes)

        self._earlier_date: date | None = None
        self._current_date: date | None = None
        self._comparison: PainMapComparison | None = None
        self._update()

    def set_maps(self, earlier: PainMap, earlier_date: date | None,
                 current: PainMap, current_date: date | None = None) -> None:
        """Show both maps; the dates head the two charts ("Earlier: 03.02.2025")."""
        self._earlier_date, self._current_date = earlier_date, current_date
        self.earlier.set_pain_map(earlier)
        self.current.set_pain_map(current)
        self._update()

    def set_current(self, current: PainMap) -> None:
        """Follow the map being edited (connect ``PainMapWidget.painMapChanged`` here)."""
        self.current.set_pain_map(current)
        self._update()

    def comparison(self) -> PainMapComparison | None:
        return self._comparison

    def _update(self) -> None:
        self.earlier_title.setText(self._title(translate("PainMap", "Earlier"), self._earlier_date))
        self.current_title.setText(self._title(translate("PainMap", "Now"), self._current_date))
        self._comparison = compare_pain_maps(self.earlier.pain_map(), self.current.pain_map(),
                                             self.chart)
        self.changes.setText(comparison_html(self._comparison))

    @staticmethod
    def _title(word: str, when: date | None) -> str:
        return f"{word}: {format_date(when)}" if when else word

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._update()
        super().changeEvent(event)
