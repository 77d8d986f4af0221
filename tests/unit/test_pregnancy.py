"""Gestational age, postpartum age, phases and their labels (CLINICAL.md §7)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from pgp_desk.content.stage_words import stage_label, stage_long_label
from pgp_desk.domain.dates import DateFormatError, parse_date
from pgp_desk.domain.pregnancy import (
    GestationError,
    Phase,
    gestational_age,
    postpartum_age,
    stage_on,
    trimester,
)


def test_due_date_today_is_40_plus_0() -> None:
    """On the due date itself the pregnancy is exactly 40+0."""
    age = gestational_age(date(2026, 11, 22), date(2026, 11, 22))
    assert (age.weeks, age.days, str(age)) == (40, 0, "40+0")


def test_worked_example_24_plus_3() -> None:
    """280 - 109 days to go = 171 days = 24 weeks and 3 days."""
    due = date(2027, 3, 11)
    on = due - timedelta(days=109)
    assert str(gestational_age(due, on)) == "24+3"


def test_week_zero_is_the_first_valid_day() -> None:
    """A due date exactly 280 days ahead is 0+0; one day further is rejected."""
    on = date(2026, 1, 1)
    assert str(gestational_age(on + timedelta(days=280), on)) == "0+0"
    with pytest.raises(GestationError):
        gestational_age(on + timedelta(days=281), on)


def test_week_42_guard() -> None:
    """42+6 is the last accepted day; 43+0 means the birth should be recorded."""
    due = date(2026, 1, 1)
    assert str(gestational_age(due, due + timedelta(days=20))) == "42+6"
    with pytest.raises(GestationError):
        gestational_age(due, due + timedelta(days=21))


def test_leap_day_is_counted() -> None:
    """Across 29 February 2028 the day count includes the leap day; 2027 has none."""
    assert str(gestational_age(date(2028, 3, 14), date(2028, 2, 28))) == "37+6"
    assert str(gestational_age(date(2028, 3, 14), date(2028, 2, 29))) == "38+0"
    assert str(gestational_age(date(2028, 3, 14), date(2028, 3, 1))) == "38+1"
    assert str(gestational_age(date(2027, 3, 14), date(2027, 2, 28))) == "38+0"


@pytest.mark.parametrize(("weeks", "expected"), [(0, 1), (13, 1), (14, 2), (27, 2), (28, 3),
                                                  (42, 3)])
def test_trimester_boundaries(weeks: int, expected: int) -> None:
    """Trimesters change at week 14+0 and 28+0."""
    due = date(2027, 1, 1)
    on = due - timedelta(days=280 - weeks * 7)
    assert trimester(gestational_age(due, on)) == expected


def test_postpartum_weeks_and_phase_boundary() -> None:
    """Six weeks after birth the phase moves from pp_0_6 to pp_later."""
    birth = date(2026, 10, 1)
    assert postpartum_age(birth, birth + timedelta(days=55)).weeks == 7
    assert stage_on(None, birth, birth + timedelta(days=41)).phase == Phase.PP_0_6
    assert stage_on(None, birth, birth + timedelta(days=42)).phase == Phase.PP_LATER


def test_birth_date_wins_over_due_date() -> None:
    """Once a birth is recorded the client is postpartum, whatever the due date says."""
    stage = stage_on(date(2026, 12, 1), date(2026, 11, 1), date(2026, 11, 22))
    assert stage is not None and not stage.pregnant and stage.phase == Phase.PP_0_6


def test_future_birth_date_is_ignored_for_the_stage() -> None:
    """A birth date after the day asked about does not make the client postpartum yet."""
    stage = stage_on(date(2027, 1, 10), date(2027, 1, 8), date(2026, 11, 22))
    assert stage is not None and stage.pregnant


def test_unusable_dates_give_no_stage() -> None:
    """No dates, or a due date a year away, give no stage rather than a wrong one."""
    today = date(2026, 11, 22)
    assert stage_on(None, None, today) is None
    assert stage_on(today + timedelta(days=400), None, today) is None


def test_labels_in_three_languages() -> None:
    """'uge 24+3' in Danish, 'uke' in Norwegian, 'week' in English; weeks after birth too."""
    due = date(2027, 3, 11)
    stage = stage_on(due, None, due - timedelta(days=109))
    assert stage_label(stage, "da") == "uge 24+3"
    assert stage_label(stage, "nb") == "uke 24+3"
    assert stage_label(stage, "en") == "week 24+3"
    assert stage_long_label(stage, "da") == "uge 24+3 · 2. trimester"
    after = stage_on(None, date(2026, 9, 27), date(2026, 11, 22))
    assert stage_label(after, "da") == "8 uger efter fødsel"
    assert stage_label(after, "nb") == "8 uker etter fødsel"
    assert stage_label(stage_on(None, date(2026, 11, 14), date(2026, 11, 22)), "en") == (
        "1 week after birth")
    assert stage_label(stage_on(None, date(2026, 11, 22), date(2026, 11, 22)), "da") == (
        "dagen for fødslen")
    assert stage_label(None, "da") == ""


@pytest.mark.parametrize(("born", "da", "nb", "en"), [
    (date(2025, 11, 24), "51 uger efter fødsel", "51 uker etter fødsel", "51 weeks after birth"),
    (date(2025, 11, 23), "52 uger efter fødsel", "52 uker etter fødsel", "52 weeks after birth"),
    (date(2025, 11, 15), "12 måneder efter fødsel", "12 måneder etter fødsel",
     "12 months after birth"),
    (date(2024, 12, 1), "23 måneder efter fødsel", "23 måneder etter fødsel",
     "23 months after birth"),
    (date(2024, 11, 22), "2 år efter fødsel", "2 år etter fødsel", "2 years after birth"),
    (date(2023, 1, 30), "3 år efter fødsel", "3 år etter fødsel", "3 years after birth"),
])
def test_long_after_birth_counts_months_then_years(born, da, nb, en) -> None:  # type: ignore[no-untyped-def]
    """Weeks for the first year, months in the second, then years (an old, closed
    pregnancy must not read '195 uger efter fødsel')."""
    stage = stage_on(None, born, date(2026, 11, 22))
    assert (stage_label(stage, "da"), stage_label(stage, "nb"), stage_label(stage, "en")) == (
        da, nb, en)


@pytest.mark.parametrize("text", ["24.03.1990", "24-3-1990", "1990-03-24", "240390",
                                  "24/03/90", " 24.03.1990 "])
def test_typed_birth_dates(text: str) -> None:
    """The ways clinicians type a date all read as 24 March 1990."""
    assert parse_date(text, today=date(2026, 11, 22)) == date(1990, 3, 24)


def test_two_digit_year_of_a_due_date_is_ahead() -> None:
    """A due date typed as 10.03.27 is in 2027, not 1927."""
    assert parse_date("10.03.27", today=date(2026, 11, 22), future=True) == date(2027, 3, 10)


def test_bad_dates_say_why() -> None:
    """An impossible day is 'invalid', gibberish is 'format', and '' is no date."""
    with pytest.raises(DateFormatError) as invalid:
        parse_date("30.02.2027")
    assert invalid.value.code == "invalid"
    with pytest.raises(DateFormatError) as unreadable:
        parse_date("next tuesday")
    assert unreadable.value.code == "format"
    assert parse_date("   ") is None
    assert parse_date("29.02.2028") == date(2028, 2, 29)
