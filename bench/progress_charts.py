"""How long do the progress page's four charts take to build and paint? (a benchmark)

Times what a therapist waits for when she opens the progress page of an episode with
N assessments: importing the chart code, building ``ProgressView``, ``set_series`` with
N points per line and one full paint (``grab``) at 1366×768. Run it once on each chart
implementation (QtCharts before, QPainter now) to compare; figures in docs/benchmarks.md.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=src python bench/progress_charts.py [--points 12]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from PySide6.QtWidgets import QApplication

from pgp_desk.services.assessments.assessment_progress import ProgressPoint, ProgressSeries


def _series(points: int) -> ProgressSeries:
    start = date(2026, 3, 2)
    return ProgressSeries(1, [
        ProgressPoint(i, start + timedelta(weeks=2 * i), "follow_up", "signed", "pregnant",
                      None, {"pgq_total": 60.0 - 3 * i, "pgq_activity": 55.0 - 2 * i,
                             "pgq_symptom": 50.0 - 2.5 * i, "nrs_now": max(0, 7 - i // 2),
                             "nrs_worst_week": max(0, 9 - i // 2), "nrs_best_week": 3,
                             "aslr_sum": max(0, 8 - i), "provocation_positive": max(0, 5 - i)})
        for i in range(points)])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=12)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    start = time.perf_counter()
    from pgp_desk.ui.assessment.progress_view import ProgressView

    imported = (time.perf_counter() - start) * 1000
    series = _series(args.points)
    build, fill, paint = [], [], []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        view = ProgressView("da")
        view.resize(1100, 900)
        t1 = time.perf_counter()
        view.set_series(series)
        app.processEvents()
        t2 = time.perf_counter()
        view.grab()
        t3 = time.perf_counter()
        build.append((t1 - t0) * 1000)
        fill.append((t2 - t1) * 1000)
        paint.append((t3 - t2) * 1000)
        view.deleteLater()
        app.processEvents()
    print(f"import {imported:.0f} ms; median of {args.repeat}: build {statistics.median(build):.1f}"
          f" ms, set_series ({args.points} points) {statistics.median(fill):.1f} ms, "
          f"paint {statistics.median(paint):.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
