"""The progress page's line charts, drawn with QPainter: right lines, right places, visible."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtGui import QColor

from pgp_desk.services.assessments.assessment_progress import ProgressPoint, ProgressSeries
from pgp_desk.ui.assessment.progress_chart import COLOURS, ProgressChart
from pgp_desk.ui.assessment.progress_view import ProgressView


@pytest.fixture
def chart(qtbot):  # type: ignore[no-untyped-def]
    widget = ProgressChart("PGQ (0-100)", 100)
    qtbot.addWidget(widget)
    widget.resize(480, 280)
    widget.show()
    return widget


def _pixels_of(image, colour: str) -> int:  # type: ignore[no-untyped-def]
    """How many pixels carry the line's colour (anti-aliased edges aside)."""
    wanted = QColor(colour)
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if (abs(pixel.red() - wanted.red()) + abs(pixel.green() - wanted.green())
                    + abs(pixel.blue() - wanted.blue())) < 30:
                count += 1
    return count


def test_values_sit_on_the_fixed_scale_and_a_gap_breaks_the_line(chart) -> None:  # type: ignore[no-untyped-def]
    """0 is at the bottom of the plot, the maximum at the top, later dates further right;
    an assessment without the value has no point."""
    chart.set_lines(["1.3.", "15.3.", "29.3."], [("PGQ total", [100.0, None, 0.0])])
    plot = chart.plot_rect()
    first, last = chart.point_at(0, 0), chart.point_at(0, 2)
    assert first.y() == pytest.approx(plot.top())
    assert last.y() == pytest.approx(plot.bottom())
    assert plot.left() < first.x() < last.x() < plot.right()
    assert chart.point_at(0, 1) is None


def test_lines_without_any_value_are_left_out_and_the_legend_follows(chart) -> None:  # type: ignore[no-untyped-def]
    """Three named lines with one empty: two are drawn, in their colours, with a legend."""
    chart.set_lines(["1.3.", "15.3."], [("Total", [60.0, 40.0]), ("Activity", [None, None]),
                                        ("Symptoms", [50.0, 45.0])])
    assert chart.line_count() == 2 and chart.legend_shown()
    assert [line.name for line in chart.lines] == ["Total", "Symptoms"]
    image = chart.grab().toImage()
    assert _pixels_of(image, COLOURS[0]) > 40
    assert _pixels_of(image, COLOURS[2]) > 40
    chart.set_lines(["1.3.", "15.3."], [("Total", [60.0, 40.0])])
    assert chart.line_count() == 1 and not chart.legend_shown()


def test_two_assessments_on_one_day_get_distinct_labels(chart) -> None:  # type: ignore[no-untyped-def]
    """The same date twice is numbered, so a reader can tell the points apart."""
    chart.set_lines(["2.3.", "2.3.", "9.3."], [("Total", [50.0, 45.0, 40.0])])
    assert chart.labels == ["2.3. (1)", "2.3. (2)", "9.3."]


def test_progress_page_draws_each_metric_in_its_chart(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The episode's series reaches the four charts: three PGQ lines, NRS, ASLR, tests."""
    start = date(2026, 3, 2)
    series = ProgressSeries(1, [
        ProgressPoint(i, start + timedelta(weeks=2 * i), "follow_up", "signed", "pregnant",
                      None, {"pgq_total": 60.0 - 5 * i, "pgq_activity": 55.0,
                             "pgq_symptom": 50.0, "nrs_now": 7 - i, "aslr_sum": 8 - i,
                             "provocation_positive": 5 - i})
        for i in range(3)])
    view = ProgressView("en")
    qtbot.addWidget(view)
    view.set_series(series)
    assert view.pgq_chart.line_count() == 3
    assert view.nrs_chart.line_count() == 1  # worst and least in the week were not asked
    assert view.aslr_chart.lines[0].values == (8, 7, 6)
    assert view.tests_chart.labels == ["2.3.", "16.3.", "30.3."]


def test_a_single_assessment_sits_in_the_middle(chart) -> None:  # type: ignore[no-untyped-def]
    """The first assessment of an episode is drawn mid-chart, not against the axis."""
    chart.set_lines(["2.3."], [("Total", [40.0])])
    assert chart.point_at(0, 0).x() == pytest.approx(chart.plot_rect().center().x())
