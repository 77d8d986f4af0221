"""Progressing or regressing a programme item to its linked exercise.

Stuge et al. 2006 (Man Ther 11:337-343) progress stabilising exercise one change at a
time. Swapping an item for its harder (or easier) linked version is that one change: the
new exercise brings its own sets and load, while this client's frequency (times per day,
days per week) and pain rule stay as the therapist set them.
"""

from __future__ import annotations

from dataclasses import replace

from pgp_desk.domain.dosage import Dosage


def carried_dosage(current: Dosage, target_default: Dosage) -> Dosage:
    """The dosage after the swap: the target's load, the client's frequency and pain rule."""
    return replace(
        target_default,
        times_per_day=current.times_per_day if current.times_per_day is not None
        else target_default.times_per_day,
        days_per_week=current.days_per_week if current.days_per_week is not None
        else target_default.days_per_week,
        pain_rule=current.pain_rule or target_default.pain_rule,
    )
