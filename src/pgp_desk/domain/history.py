"""The history checklists as data: their codes, the stored shape and its rules. No Qt here.

Aggravating activities are the typical ones of CLINICAL.md §1 (Vleeming et al. 2008, Eur
Spine J 17:794-819). Their codes are the exercise library's ``helps_with`` codes, so a
programme builder can offer the exercises for the activities a client finds hard;
``straddle`` and ``fast_movements`` have no exercise yet. Risk factors are those of
CLINICAL.md §1 (Vleeming 2008 and seed 000).

The pain-free distance between the knees (cm) is measured before the birth and written
for the midwife, so birth positions stay within it (CLINICAL.md §8; Vleeming et al. 2008).

The words are content texts, so the form and the report (``services.history_text``) read
the same ones in the language each is shown in.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

HISTORY_FORMAT_VERSION = 1

# The checklists' codes in the order the form lists them. Their words, on the form and in
# the report, are content texts (sections history_onset, history_aggravating ... of
# resources/texts/<lang>.yaml); a stored code this version does not know is shown as it is.
AGGRAVATING = ("walking", "standing", "one_leg_stance", "dressing", "stairs", "turning_in_bed",
               "car_transfer", "position_change", "straddle", "fast_movements",
               "lifting_carrying", "sitting", "sleep")
RISK_FACTORS = ("earlier_pgp", "earlier_lbp", "pelvic_trauma", "poor_sleep",
                "negative_expectations", "stress", "depression", "anxiety")
ONSET_TIMING = ("pregnancy", "postpartum", "before_pregnancy")
SICK_LEAVE = ("no", "partial", "full")
SLEEP = ("good", "woken_sometimes", "woken_most_nights")
KNEE_DISTANCE_MAX_CM = 120


def empty_history() -> dict[str, Any]:
    """The stored shape of a history nobody has filled in yet."""
    return {
        "version": HISTORY_FORMAT_VERSION,
        "onset": {"timing": None, "week": None},
        "aggravating": [],
        "risk_factors": [],
        "earlier_episodes": "",
        "work": "",
        "sick_leave": None,
        "sleep": None,
        "sleep_note": "",
        "goals": "",
        "knee_distance_cm": None,
    }


def knee_distance_cm(history: Mapping[str, Any]) -> int | None:
    """The recorded pain-free knee distance, or None when it is missing or not a
    plausible number of centimetres (a stored value is never trusted blindly)."""
    knees = history.get("knee_distance_cm")
    if isinstance(knees, int) and not isinstance(knees, bool) and (
            0 < knees <= KNEE_DISTANCE_MAX_CM):
        return knees
    return None
