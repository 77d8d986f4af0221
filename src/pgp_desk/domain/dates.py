"""Reading dates the way Nordic clinicians type them: 24.03.1990, 24-3-90, 1990-03-24, 240390."""

from __future__ import annotations

import re
from datetime import date, datetime

_SEPARATED = re.compile(r"^\s*(\d{1,2})[.\-/ ](\d{1,2})[.\-/ ](\d{2}|\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_COMPACT = re.compile(r"^\s*(\d{2})(\d{2})(\d{2}|\d{4})\s*$")


class DateFormatError(ValueError):
    """Not a date; ``code`` is 'format' (unreadable) or 'invalid' (no such day)."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def _year(text: str, pivot_today: date, future: bool) -> int:
    year = int(text)
    if len(text) == 4:
        return year
    century = pivot_today.year // 100 * 100
    if future:  # due dates: a two-digit year is within the next decades
        return century + year if century + year >= pivot_today.year - 50 else century + 100 + year
    # birth dates and visits: the most recent such year that is not in the future
    return century + year if century + year <= pivot_today.year else century - 100 + year


def parse_date(text: str, today: date | None = None, future: bool = False) -> date | None:
    """Parse a typed date; '' gives None. Day first, as in Denmark and Norway.

    ``future`` says how to read a two-digit year: False for birth dates (never ahead of
    today), True for due dates.
    """
    today = today or date.today()
    if not text.strip():
        return None
    if match := _ISO.match(text):
        y, m, d = (int(g) for g in match.groups())
    elif match := _SEPARATED.match(text) or _COMPACT.match(text):
        d, m = int(match.group(1)), int(match.group(2))
        y = _year(match.group(3), today, future)
    else:
        raise DateFormatError("format")
    try:
        return date(y, m, d)
    except ValueError:
        raise DateFormatError("invalid") from None


def format_date(value: date | None) -> str:
    """24.03.1990: the one way PGP Desk writes a date on screen."""
    return value.strftime("%d.%m.%Y") if value else ""


def format_date_time(value: datetime | None) -> str:
    """24.03.2026 14:05 in the computer's time zone (a stored UTC time is converted)."""
    if value is None:
        return ""
    local = value.astimezone()
    return f"{format_date(local)} {local:%H:%M}"
