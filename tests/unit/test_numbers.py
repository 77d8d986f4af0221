"""Decimal comma and day-month dates in Danish and Norwegian, point and slash in English."""

from __future__ import annotations

import math
from datetime import date

from pgp_desk.domain.numbers import format_day_month, format_percent, format_score


def test_scores() -> None:
    assert format_score(55.1, "da") == "55,1"
    assert format_score(55.1, "nb") == "55,1"
    assert format_score(55.1, "en") == "55.1"
    assert format_score(4.0, "da") == "4"
    assert format_score(4.25, "da") == "4,2"  # one decimal, rounded half to even
    assert format_score(None, "da") == "\u2013"
    assert format_score(math.nan, "en", missing="") == ""


def test_day_month() -> None:
    assert format_day_month(date(2026, 8, 24), "da") == "24.8."
    assert format_day_month(date(2026, 8, 24), "nb") == "24.8."
    assert format_day_month(date(2026, 8, 24), "en") == "24/8"


def test_percentages() -> None:
    """One decimal; Danish and Norwegian put a non-breaking space before the sign."""
    assert format_percent(3.25, "da") == "3,2\u00a0%"
    assert format_percent(12.0, "nb") == "12,0\u00a0%"
    assert format_percent(3.25, "en") == "3.2%"
