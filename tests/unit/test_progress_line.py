"""The command line's progress line says how long is left once it can judge."""

from __future__ import annotations

import io

from pgp_desk.cli.progress import ProgressLine, time_left


def test_estimate_appears_after_a_few_seconds_and_not_at_the_end() -> None:
    """No estimate in the first seconds; then the rate so far gives the time left."""
    now = [100.0]
    out = io.StringIO()
    line = ProgressLine("importing clients", stream=out, clock=lambda: now[0])
    line(0, 1000)
    now[0] += 2.5
    line(100, 1000)
    now[0] += 2.5
    line(200, 1000)          # 200 rows in 5 s: 800 more take about 20 s
    now[0] += 20
    line(1000, 1000)
    lines = out.getvalue().splitlines()
    assert lines[1] == "importing clients: 100/1,000 (10%)"
    assert lines[2] == "importing clients: 200/1,000 (20%), about 20 s left"
    assert lines[3] == "importing clients: 1,000/1,000 (100%)"


def test_time_left_is_rounded() -> None:
    assert time_left(2) == "about 5 s left"
    assert time_left(43) == "about 45 s left"
    assert time_left(200) == "about 3 min left"
