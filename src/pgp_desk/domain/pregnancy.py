"""Where a client is in pregnancy or after birth.

Gestational age follows the obstetric convention used in CLINICAL.md §7: a pregnancy lasts
280 days from the first day of the last menstrual period, so on a given date
``days_pregnant = 280 - (due_date - date).days`` and the age is shown as completed weeks
plus days ("24+3"; Danish "uge 24+3"). Trimesters follow the Danish Health Authority's
convention (1st: week 0-13, 2nd: 14-27, 3rd: 28 to birth); the postpartum phase boundary at
6 weeks follows CLINICAL.md §7 (postpartum 0-6 weeks vs later).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

FULL_TERM_DAYS = 280
MAX_WEEKS = 42
POSTPARTUM_EARLY_WEEKS = 6


class Phase(StrEnum):
    """Phases that decide which exercises suit (CLINICAL.md §7)."""

    T1 = "t1"
    T2 = "t2"
    T3 = "t3"
    PP_0_6 = "pp_0_6"
    PP_LATER = "pp_later"


PREGNANT_PHASES = (Phase.T1, Phase.T2, Phase.T3)


class GestationError(ValueError):
    """The dates do not describe a pregnancy that can be going on at that date."""


@dataclass(frozen=True)
class WeeksAndDays:
    """An age counted as whole weeks and days, the way clinicians write it (24+3)."""

    weeks: int
    days: int

    @property
    def total_days(self) -> int:
        return self.weeks * 7 + self.days


@dataclass(frozen=True)
class GestationalAge(WeeksAndDays):
    """Weeks and days of pregnancy; the due date is 40+0."""

    def __str__(self) -> str:
        return f"{self.weeks}+{self.days}"


def gestational_age(due_date: date, on: date) -> GestationalAge:
    """Gestational age on ``on`` for a pregnancy due on ``due_date``.

    The due date itself is 40+0. Raises GestationError outside week 0+0 .. 42+6, which
    catches mistyped due dates (a due date a year away, or long past).
    """
    days = FULL_TERM_DAYS - (due_date - on).days
    if days < 0:
        raise GestationError("due date is more than 40 weeks ahead")
    if days >= (MAX_WEEKS + 1) * 7:
        raise GestationError("due date is more than 2 weeks past; record the birth date")
    return GestationalAge(days // 7, days % 7)


def trimester(age: GestationalAge) -> int:
    """Trimester 1-3 for a gestational age (weeks 0-13, 14-27, 28+)."""
    if age.weeks < 14:
        return 1
    if age.weeks < 28:
        return 2
    return 3


@dataclass(frozen=True)
class PostpartumAge(WeeksAndDays):
    """Weeks and days since the birth; the day of birth is 0+0."""


def postpartum_age(birth_date: date, on: date) -> PostpartumAge:
    """Time since birth; the day of birth is week 0. Raises GestationError before the birth."""
    days = (on - birth_date).days
    if days < 0:
        raise GestationError("birth date is in the future")
    return PostpartumAge(days // 7, days % 7)


@dataclass(frozen=True)
class Stage:
    """Where the client is on a date: pregnant (with age) or postpartum (with age)."""

    phase: Phase
    gestation: GestationalAge | None = None
    postpartum: PostpartumAge | None = None

    @property
    def pregnant(self) -> bool:
        return self.gestation is not None

    @property
    def trimester(self) -> int | None:
        return trimester(self.gestation) if self.gestation else None


def stage_on(due_date: date | None, birth_date: date | None, on: date) -> Stage | None:
    """The stage of an episode on a date, or None when the dates cannot tell.

    A recorded birth date wins over the due date (a birth ends the pregnancy, whatever the
    due date said). Returns None when there is no usable date or the due date is out of range.
    """
    if birth_date is not None and birth_date <= on:
        after = postpartum_age(birth_date, on)
        phase = Phase.PP_0_6 if after.weeks < POSTPARTUM_EARLY_WEEKS else Phase.PP_LATER
        return Stage(phase=phase, postpartum=after)
    if due_date is None:
        return None
    try:
        age = gestational_age(due_date, on)
    except GestationError:
        return None
    return Stage(phase=(Phase.T1, Phase.T2, Phase.T3)[trimester(age) - 1], gestation=age)
