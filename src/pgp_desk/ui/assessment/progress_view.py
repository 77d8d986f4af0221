"""Progress over the episode: previous → now with important changes, and four small charts.

Values and verdicts come from ``services.assessment_progress`` (PGQ: Stuge 2017, NRS:
Farrar 2001, ASLR: PGP Desk's 2 points); this widget only shows them. The charts
(``progress_chart``, drawn with QPainter) show PGQ (total, activity, symptom), NRS (now,
worst, least in the last week), the ASLR sum and the number of positive provocation tests,
one point per assessment.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from pgp_desk.domain.dates import format_date
from pgp_desk.services.assessments.assessment_progress import (
    INSTRUMENT_METRICS,
    ProgressPoint,
    ProgressSeries,
)
from pgp_desk.services.assessments.assessment_rules import shipped_instruments
from pgp_desk.ui.assessment.common import heading, resolve_lang, text_in
from pgp_desk.ui.assessment.comparison import ComparisonRow, ComparisonTable
from pgp_desk.ui.assessment.progress_chart import ProgressChart
from pgp_desk.ui.style import set_role
from pgp_desk.ui.widgets.labels import paragraph

SHOWN = ("pgq_total", "pgq_activity", "pgq_symptom", "nrs_now", "nrs_worst_week",
         "nrs_best_week", "nrs_morning", "nrs_evening", "aslr_sum", "provocation_positive")


def _short_date(point: ProgressPoint) -> str:
    return f"{point.assessed_on.day}.{point.assessed_on.month}."


class ProgressView(QWidget):
    """The follow-up's comparison with the assessment before it, and the episode's charts."""

    def __init__(self, lang: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressView")
        self.lang = resolve_lang(lang)
        self.series: ProgressSeries | None = None
        self.table = ComparisonTable()
        self.intro = paragraph()
        set_role(self.intro, "hint")
        self.pgq_chart = ProgressChart(self.tr("PGQ (0-100, lower is better)"), 100)
        self.nrs_chart = ProgressChart(self.tr("Pain, NRS 0-10"), 10)
        self.aslr_chart = ProgressChart(self.tr("ASLR sum (0-10)"), 10)
        self.tests_chart = ProgressChart(self.tr("Positive provocation tests (0-6)"), 6)
        for chart, name in ((self.pgq_chart, "pgqChart"), (self.nrs_chart, "nrsChart"),
                            (self.aslr_chart, "aslrChart"), (self.tests_chart, "testsChart")):
            chart.setObjectName(name)
        charts = QGridLayout()
        charts.addWidget(self.pgq_chart, 0, 0)
        charts.addWidget(self.nrs_chart, 0, 1)
        charts.addWidget(self.aslr_chart, 1, 0)
        charts.addWidget(self.tests_chart, 1, 1)
        self.thresholds = paragraph(self.tr(
            "Important change: PGQ total and activity 25 points, PGQ symptoms 20 points "
            "(Stuge 2017); NRS 2 points or 30% (Farrar 2001); ASLR sum 2 points (PGP Desk's "
            "choice; no published threshold). Positive tests are shown without a verdict."))
        set_role(self.thresholds, "note")
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Compared with the previous assessment")))
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addWidget(self.thresholds)
        layout.addWidget(heading(self.tr("Over the pregnancy and after")))
        layout.addLayout(charts)
        layout.addStretch(1)
        self.set_series(None)

    # ----- labels

    def metric_label(self, metric: str) -> str:
        if metric in INSTRUMENT_METRICS:
            code, score_id = INSTRUMENT_METRICS[metric]
            definition = shipped_instruments().get(code)
            if definition is not None:
                return text_in(definition.score_definition(score_id).names, self.lang)
        return {"aslr_sum": self.tr("ASLR sum"),
                "provocation_positive": self.tr("Positive provocation tests")}.get(metric, metric)

    # ----- data

    def set_series(self, series: ProgressSeries | None, unsaved: bool = False) -> None:
        """Show a series whose last point is the assessment on screen; ``unsaved``: the one
        on screen is not stored yet, so the charts show the earlier ones only."""
        self.series = series
        points = series.points if series else []
        self.intro.show()
        if unsaved:
            self.intro.setText(self.tr("Save this assessment to compare it with the previous "
                                       "one. The charts show the assessments saved so far."))
            self.table.set_rows([])
        elif len(points) < 2:
            self.intro.setText(self.tr("This is the first assessment in this pregnancy; the "
                                       "next one will be compared with it."))
            self.table.set_rows([])
        else:
            prev, now = points[-2], points[-1]
            self.intro.setText("")
            self.table.set_titles(format_date(prev.assessed_on), format_date(now.assessed_on))
            rows = []
            for metric in SHOWN:
                before, after = prev.values.get(metric), now.values.get(metric)
                if before is None and after is None:
                    continue
                change = now.changes.get(metric)
                rows.append(ComparisonRow(
                    key=metric, label=self.metric_label(metric), previous=before,
                    current=after, important=change.important if change else None,
                    decimals=1 if metric.startswith("pgq") else 0))
            self.table.set_rows(rows)
        self.intro.setVisible(bool(self.intro.text()))
        if self.intro.text():  # it says why there is nothing to compare: no second message
            self.table.empty.hide()
        labels = [_short_date(p) for p in points]

        def line(metric: str) -> tuple[str, list[float | None]]:
            return self.metric_label(metric), [p.values.get(metric) for p in points]

        self.pgq_chart.set_lines(labels, [line("pgq_total"), line("pgq_activity"),
                                          line("pgq_symptom")])
        self.nrs_chart.set_lines(labels, [line("nrs_now"), line("nrs_worst_week"),
                                          line("nrs_best_week")])
        self.aslr_chart.set_lines(labels, [line("aslr_sum")])
        self.tests_chart.set_lines(labels, [line("provocation_positive")])
