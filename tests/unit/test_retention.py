"""The retention period before a client's records may be erased, on worked examples."""

from __future__ import annotations

from datetime import date

from pgp_desk.domain.retention import keep_until, must_keep


def test_ten_years_after_the_last_entry() -> None:
    """A last entry on 3 March 2020 is kept until 3 March 2030, and may go on that day."""
    assert keep_until(date(2020, 3, 3), 10) == date(2030, 3, 3)
    assert must_keep(date(2020, 3, 3), 10, date(2030, 3, 2))
    assert not must_keep(date(2020, 3, 3), 10, date(2030, 3, 3))


def test_leap_day_and_no_records() -> None:
    """29 February moves to 28 February; a client without entries need not be kept;
    a period of 0 years never holds erasure back."""
    assert keep_until(date(2024, 2, 29), 10) == date(2034, 2, 28)
    assert not must_keep(None, 10, date(2026, 1, 1))
    assert not must_keep(date(2026, 1, 1), 0, date(2026, 1, 1))
