"""Scores and short dates written the way each reader expects.

Danish and Norwegian write a decimal comma ("55,1") and day-month as "24.8."; English a
decimal point and "24/8" (Retskrivningsordbogen §8 and Språkrådet's rules for numbers and
dates; the app's own screens follow the system locale the same way).
"""

from __future__ import annotations

import math
from datetime import date

_COMMA = ("da", "nb")


def format_score(value: float | None, language: str = "da", missing: str = "\u2013") -> str:
    """A score with at most one decimal: '55,1' (da, nb) or '55.1' (en); `missing` for none."""
    if value is None or not math.isfinite(value):
        return missing
    text = str(int(value)) if float(value).is_integer() else f"{value:.1f}"
    return text.replace(".", ",") if language in _COMMA else text


def format_percent(value: float, language: str = "da") -> str:
    """A share with one decimal: '3,2 %' (da, nb: a space before the sign) or '3.2%' (en)."""
    if language in _COMMA:
        return f"{value:.1f}".replace(".", ",") + "\u00a0%"
    return f"{value:.1f}%"


def format_day_month(value: date, language: str = "da") -> str:
    """Day and month without the year: '24.8.' (da, nb) or '24/8' (en)."""
    if language in _COMMA:
        return f"{value.day}.{value.month}."
    return f"{value.day}/{value.month}"
