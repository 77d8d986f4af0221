"""Languages, paper sizes and the date format are declared once and read the same everywhere."""

from __future__ import annotations

from datetime import UTC, date, datetime

from pgp_desk.domain.dates import format_date, format_date_time
from pgp_desk.domain.i18n import LANGUAGE_NAMES, LANGUAGES
from pgp_desk.domain.paper import DEFAULT_PAPER, PAPER_SIZES, paper_or_default


def test_every_language_has_one_name_in_itself() -> None:
    """Each language PGP Desk speaks is named in its own words, Norwegian one way only."""
    assert tuple(LANGUAGE_NAMES) == LANGUAGES
    assert LANGUAGE_NAMES["nb"] == "Norsk (bokmål)"


def test_an_unknown_paper_falls_back_to_a4() -> None:
    """Only the declared sizes pass; anything else (old data, a typo) prints on A4."""
    assert PAPER_SIZES == ("A4", "Letter") and DEFAULT_PAPER == "A4"
    assert [paper_or_default(p) for p in ("Letter", "A4", "A5", "", None)] == [
        "Letter", "A4", "A4", "A4", "A4"]


def test_dates_and_times_are_written_day_first() -> None:
    """24.03.1990, and a stored UTC time shown in the computer's own time zone."""
    assert format_date(date(1990, 3, 24)) == "24.03.1990"
    assert format_date(None) == format_date_time(None) == ""
    stored = datetime(2026, 3, 24, 13, 5, tzinfo=UTC)
    local = stored.astimezone()
    assert format_date_time(stored) == f"{local.day:02}.{local.month:02}.{local.year} " \
                                       f"{local.hour:02}:{local.minute:02}"
