"""A compact "previous → now" table for a follow-up, marking clinically important changes.

Whether a change is important is decided elsewhere (``domain.instruments.important_change``
for questionnaire scores, the caller for ASLR and positive tests); this widget shows it with
a symbol, a word and a colour, so it reads the same without colour.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from pgp_desk.ui.assessment.common import number_text
from pgp_desk.ui.style import set_role, set_tone
from pgp_desk.ui.widgets.layouts import take_widgets

IMPROVED = "improved"
WORSENED = "worsened"
UNCHANGED = "unchanged"


@dataclass(frozen=True)
class ComparisonRow:
    """One measure at two visits; ``important`` None means it cannot be judged."""

    key: str
    label: str
    previous: float | None
    current: float | None
    important: bool | None = None
    higher_is_worse: bool = True
    decimals: int = 0

    @property
    def difference(self) -> float | None:
        if self.previous is None or self.current is None:
            return None
        return round(self.current - self.previous, 6)

    @property
    def direction(self) -> str | None:
        diff = self.difference
        if diff is None:
            return None
        if diff == 0:
            return UNCHANGED
        return IMPROVED if (diff < 0) == self.higher_is_worse else WORSENED


class ComparisonTable(QWidget):
    """Measure | previous | now | change | marker; rows come from ``set_rows``/``set_values``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparisonTable")
        self._rows: list[ComparisonRow] = []
        self.markers: dict[str, QLabel] = {}
        self._previous_title = self.tr("Previous")
        self._current_title = self.tr("Now")
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(4)
        self.empty = QLabel(self.tr("No earlier assessment to compare with."))
        set_role(self.empty, "hint")
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid)
        layout.addWidget(self.empty)
        layout.addStretch(1)
        self._render()

    # ----- input

    def set_titles(self, previous: str, current: str) -> None:
        """Column titles, e.g. the two assessment dates."""
        self._previous_title, self._current_title = previous, current
        self._render()

    def set_rows(self, rows: Iterable[ComparisonRow]) -> None:
        self._rows = list(rows)
        self._render()

    def set_values(self, previous: Mapping[str, float | None],
                   current: Mapping[str, float | None],
                   important: Mapping[str, bool | None] | None = None,
                   labels: Mapping[str, str] | None = None,
                   higher_is_better: Iterable[str] = (),
                   decimals: Mapping[str, int] | None = None) -> None:
        """Rows for every key of ``current`` (then keys only in ``previous``), in order."""
        important = important or {}
        labels = labels or {}
        better = set(higher_is_better)
        decimals = decimals or {}
        keys = list(current) + [k for k in previous if k not in current]
        self.set_rows(ComparisonRow(
            key=k, label=labels.get(k, k), previous=previous.get(k), current=current.get(k),
            important=important.get(k), higher_is_worse=k not in better,
            decimals=decimals.get(k, 0)) for k in keys)

    def rows(self) -> list[ComparisonRow]:
        return list(self._rows)

    def marker(self, key: str) -> str | None:
        """``"improved"``/``"worsened"`` for an important change, ``"not_important"``, or
        None when it cannot be judged; for tests and the form's summary."""
        row = next(r for r in self._rows if r.key == key)
        if row.important is None or row.direction is None:
            return None
        if not row.important or row.direction == UNCHANGED:
            return "not_important"
        return row.direction

    # ----- drawing

    def _render(self) -> None:
        for widget in take_widgets(self.grid):
            widget.deleteLater()
        self.markers = {}
        self.empty.setVisible(not self._rows)
        if not self._rows:
            return
        titles = ("", self._previous_title, self._current_title, self.tr("Change"), "")
        for col, title in enumerate(titles):
            label = QLabel(title)
            set_role(label, "note")
            if col in (1, 2, 3):
                label.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.grid.addWidget(label, 0, col)
        for r, row in enumerate(self._rows, start=1):
            name = QLabel(row.label)
            prev = QLabel(number_text(row.previous, row.decimals))
            set_role(prev, "hint")
            now = QLabel(number_text(row.current, row.decimals))
            set_role(now, "strong")
            change = QLabel(number_text(row.difference, row.decimals, signed=True)
                            if row.difference is not None else "–")
            for label in (prev, now, change):
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            marker = self._marker_label(row)
            self.markers[row.key] = marker
            for col, widget in enumerate((name, prev, now, change)):
                self.grid.addWidget(widget, r, col)
            self.grid.addWidget(marker, r, 4, Qt.AlignmentFlag.AlignLeft)
        self.grid.setColumnStretch(4, 1)

    def _marker_label(self, row: ComparisonRow) -> QLabel:
        kind = self.marker(row.key)
        label = QLabel()
        label.setObjectName(f"marker_{row.key}")
        set_role(label, "chip")
        if kind == IMPROVED:
            label.setText(self.tr("✓ important improvement"))
            set_tone(label, "good")
        elif kind == WORSENED:
            label.setText(self.tr("⚠ important worsening"))
            set_tone(label, "alarm")
        elif kind == "not_important":
            label.setText(self.tr("not an important change"))
            set_tone(label, "muted")
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return label
