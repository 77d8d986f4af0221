"""History: onset, what makes the pain worse, risk factors, work, sleep and her own goals."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pgp_desk.content.texts import word
from pgp_desk.domain import history as cat
from pgp_desk.ui.assessment.common import heading, resolve_lang
from pgp_desk.ui.widgets.layouts import side_by_side
from pgp_desk.ui.widgets.named import named

TEXT_MAX = 2000


class _Text(QPlainTextEdit):
    """A short multi-line field; Tab moves on instead of typing a tab."""

    def __init__(self, lines: int, placeholder: str) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        height = self.fontMetrics().lineSpacing() * lines + 14
        self.setFixedHeight(height)


class HistorySection(QWidget):
    """Edits the ``history`` part of an assessment; ``value()`` is JSON-safe."""

    changed = Signal()

    def __init__(self, lang: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historySection")
        self.lang = resolve_lang(lang)
        self._loading = False

        self.onset_timing = named(QComboBox(), "onsetTiming")
        self.onset_timing.addItem(self.tr("not recorded"), None)
        for code in cat.ONSET_TIMING:
            self.onset_timing.addItem(word(self.lang, "history_onset", code), code)
        self.onset_week = named(QSpinBox(), "onsetWeek")
        self.onset_week.setRange(-1, 104)
        self.onset_week.setSpecialValueText("–")
        self.onset_week.setValue(-1)
        self.onset_week.setMinimumWidth(70)

        self.aggravating = self._checks(cat.AGGRAVATING, "history_aggravating", "aggravating")
        self.risk_factors = self._checks(cat.RISK_FACTORS, "history_risk_factors", "risk")

        self.earlier = _Text(3, self.tr("When, how long, what helped"))
        self.earlier.setObjectName("earlierEpisodes")
        self.work = named(QLineEdit(), "work")
        self.work.setPlaceholderText(self.tr("Job, hours, physical demands"))
        self.sick_leave = self._combo(cat.SICK_LEAVE, "history_sick_leave", "sickLeave")
        self.knee_distance = named(QSpinBox(), "kneeDistance")
        self.knee_distance.setRange(0, cat.KNEE_DISTANCE_MAX_CM)
        self.knee_distance.setSpecialValueText("–")
        self.knee_distance.setSuffix(" cm")
        self.knee_distance.setToolTip(self.tr("Measured lying on her back with the knees "
                                              "bent; printed in the report for the midwife"))
        self.sleep = self._combo(cat.SLEEP, "history_sleep", "sleep")
        self.sleep_note = named(QLineEdit(), "sleepNote")
        self.sleep_note.setPlaceholderText(self.tr("e.g. wakes when turning over"))
        self.goals = _Text(3, self.tr("In her own words: what she wants to be able to do"))
        self.goals.setObjectName("goals")
        for edit in (self.work, self.sleep_note):
            edit.setMaxLength(500)

        self._layout()
        self._update_week_suffix()
        self._connect()

    # ----- building

    def _checks(self, codes: tuple[str, ...], words: str, prefix: str) -> dict[str, QCheckBox]:
        boxes = {}
        for code in codes:
            box = QCheckBox(word(self.lang, words, code))
            box.setObjectName(f"{prefix}_{code}")
            boxes[code] = box
        return boxes

    def _combo(self, codes: tuple[str, ...], words: str, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(self.tr("not recorded"), None)
        for code in codes:
            combo.addItem(word(self.lang, words, code), code)
        return combo

    def _layout(self) -> None:
        onset_row = side_by_side(self.onset_timing, self.onset_week, 1)
        onset_row.setSpacing(8)

        aggravating = QGridLayout()
        aggravating.setHorizontalSpacing(24)
        aggravating.setVerticalSpacing(4)
        codes = list(self.aggravating)
        rows = (len(codes) + 1) // 2
        for i, code in enumerate(codes):
            aggravating.addWidget(self.aggravating[code], i % rows, i // rows)

        left = _column((self.tr("Onset"), onset_row), (self.tr("Worse with"), aggravating),
                       (self.tr("Earlier pelvic or low back pain"), self.earlier))

        risks = QVBoxLayout()
        risks.setSpacing(4)
        for box in self.risk_factors.values():
            risks.addWidget(box)

        daily = QFormLayout()
        daily.setVerticalSpacing(8)
        daily.setHorizontalSpacing(12)
        daily.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        daily.addRow(self.tr("Work"), self.work)
        daily.addRow(self.tr("Sick leave"), self.sick_leave)
        daily.addRow(self.tr("Sleep"), self.sleep)
        daily.addRow("", self.sleep_note)
        daily.addRow(self.tr("Pain-free knee distance"), self.knee_distance)

        right = _column((self.tr("Risk factors"), risks), (self.tr("Work and sleep"), daily))

        columns = side_by_side((left, 3), (right, 2))
        columns.setSpacing(36)

        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(heading(self.tr("The client's own goals")))
        layout.addWidget(self.goals)
        layout.addStretch(1)

    def _connect(self) -> None:
        self.onset_timing.currentIndexChanged.connect(self._update_week_suffix)
        for combo in (self.onset_timing, self.sick_leave, self.sleep):
            combo.currentIndexChanged.connect(self._emit)
        self.onset_week.valueChanged.connect(self._emit)
        self.knee_distance.valueChanged.connect(self._emit)
        for box in (*self.aggravating.values(), *self.risk_factors.values()):
            box.toggled.connect(self._emit)
        for edit in (self.work, self.sleep_note):
            edit.textChanged.connect(self._emit)
        for text in (self.earlier, self.goals):
            text.textChanged.connect(self._emit)

    def _update_week_suffix(self) -> None:
        timing = self.onset_timing.currentData()
        self.onset_week.setEnabled(timing in ("pregnancy", "postpartum"))
        if timing == "postpartum":
            self.onset_week.setPrefix("")
            self.onset_week.setSuffix(self.tr(" weeks after"))
            self.onset_week.setMaximum(104)
        else:
            self.onset_week.setPrefix(self.tr("week "))
            self.onset_week.setSuffix("")
            self.onset_week.setMaximum(42)

    def _emit(self) -> None:
        if not self._loading:
            self.changed.emit()

    # ----- value

    def value(self) -> dict[str, Any]:
        """The history as stored in ``Assessment.history`` (see ``domain.history``)."""
        timing = self.onset_timing.currentData()
        week = self.onset_week.value()
        return {
            "version": cat.HISTORY_FORMAT_VERSION,
            "onset": {
                "timing": timing,
                "week": week if week >= 0 and timing in ("pregnancy", "postpartum") else None,
            },
            "aggravating": [c for c, box in self.aggravating.items() if box.isChecked()],
            "risk_factors": [c for c, box in self.risk_factors.items() if box.isChecked()],
            "earlier_episodes": self.earlier.toPlainText().strip()[:TEXT_MAX],
            "work": self.work.text().strip(),
            "sick_leave": self.sick_leave.currentData(),
            "sleep": self.sleep.currentData(),
            "sleep_note": self.sleep_note.text().strip(),
            "goals": self.goals.toPlainText().strip()[:TEXT_MAX],
            "knee_distance_cm": self.knee_distance.value() or None,
        }

    def set_value(self, value: Mapping[str, Any] | None) -> None:
        """Show a stored history without emitting ``changed``; unknown codes are ignored."""
        h = {**cat.empty_history(), **dict(value or {})}
        onset = h.get("onset") or {}
        self._loading = True
        try:
            _select(self.onset_timing, onset.get("timing"))
            week = onset.get("week")
            self.onset_week.setValue(week if isinstance(week, int) else -1)
            for code, box in self.aggravating.items():
                box.setChecked(code in (h.get("aggravating") or []))
            for code, box in self.risk_factors.items():
                box.setChecked(code in (h.get("risk_factors") or []))
            self.earlier.setPlainText(str(h.get("earlier_episodes") or ""))
            self.work.setText(str(h.get("work") or ""))
            _select(self.sick_leave, h.get("sick_leave"))
            _select(self.sleep, h.get("sleep"))
            self.sleep_note.setText(str(h.get("sleep_note") or ""))
            self.goals.setPlainText(str(h.get("goals") or ""))
            knees = h.get("knee_distance_cm")
            self.knee_distance.setValue(knees if isinstance(knees, int) else 0)
        finally:
            self._loading = False


def _select(combo: QComboBox, data: Any) -> None:
    index = combo.findData(data)
    combo.setCurrentIndex(index if index >= 0 else 0)


def _column(*parts: tuple[str, QWidget | QLayout]) -> QVBoxLayout:
    """One column of the history: each part under its heading, top-aligned."""
    column = QVBoxLayout()
    column.setSpacing(6)
    for title, part in parts:
        column.addWidget(heading(title))
        if isinstance(part, QLayout):
            column.addLayout(part)
        else:
            column.addWidget(part)
    column.addStretch(1)
    return column
