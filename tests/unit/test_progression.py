"""Progressing an item changes one thing: the exercise, with its own load."""

from __future__ import annotations

from pgp_desk.domain.dosage import Dosage
from pgp_desk.domain.progression import carried_dosage


def test_client_frequency_and_pain_rule_survive_a_progression() -> None:
    """The harder exercise brings sets and repetitions; frequency and pain rule stay."""
    mine = Dosage(sets=3, reps=12, times_per_day=2, days_per_week=4, pain_rule="pain_free")
    target = Dosage(sets=2, reps=8, side="both", times_per_day=1, days_per_week=5)
    assert carried_dosage(mine, target) == Dosage(sets=2, reps=8, side="both",
                                                  times_per_day=2, days_per_week=4,
                                                  pain_rule="pain_free")


def test_missing_client_values_fall_back_to_the_new_exercise() -> None:
    """Where the client's dosage says nothing, the new exercise's default is used."""
    target = Dosage(sets=2, hold_seconds=20, times_per_day=1, days_per_week=3,
                    pain_rule="pain_max_3_settles")
    assert carried_dosage(Dosage(), target) == target
