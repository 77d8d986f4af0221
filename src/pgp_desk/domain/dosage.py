"""Exercise dosage: the fields, their limits and the pain-rule codes.

The fields follow the Consensus on Exercise Reporting Template (CERT; Slade et al. 2016,
Br J Sports Med 50:1428-1437), which asks for the dosage of every exercise in enough detail
to repeat it: sets, repetitions or hold time, rest, tempo, side, frequency (times per day,
days per week) and a pain rule (CLINICAL.md §7, e.g. pain up to 3/10 that settles by the
next day). Equipment, level and progression belong to the exercise, not to its dosage.

Repetitions and hold time may be combined ("10 repetitions, hold 5 seconds"); an exercise
needs at least one of them, an advice card may have no dosage at all
(``validate(require_load=True)`` for exercises). ``content.dosage_text.render_dosage`` puts
a dosage into words for the client.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from typing import Any

SIDES = ("both", "left", "right", "alternate", "none")
LIMITS: dict[str, tuple[int, int]] = {
    "sets": (1, 10),
    "reps": (1, 100),
    "hold_seconds": (1, 600),
    "duration_minutes": (1, 180),
    "rest_seconds": (0, 600),
    "times_per_day": (1, 10),
    "days_per_week": (1, 7),
}
PAIN_RULE_MAX_CHARS = 300
# The pain rules a therapist picks from (CLINICAL.md §7); any other text is her own wording.
PAIN_RULES = ("pain_max_3_settles", "pain_free", "stop_if_worse")
_TEMPO = re.compile(r"\d{1,2}(-\d{1,2}){1,3}")


class DosageError(ValueError):
    """Data that cannot be a dosage; ``code`` names the problem."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code


@dataclass(frozen=True)
class Dosage:
    """How much of an exercise: every field optional, ``side`` "none" when not sided."""

    sets: int | None = None
    reps: int | None = None
    hold_seconds: int | None = None
    rest_seconds: int | None = None
    tempo: str | None = None
    side: str = "none"
    times_per_day: int | None = None
    days_per_week: int | None = None
    pain_rule: str | None = None
    duration_minutes: int | None = None  # walking, pool, resting: "i 15 minutter"

    @property
    def is_empty(self) -> bool:
        return self == Dosage()

    def validate(self, require_load: bool = False) -> list[str]:
        """Problem codes ("reps_out_of_range", "bad_tempo" ...); empty when fine.

        ``require_load`` (for exercises) asks for repetitions or a hold time.
        """
        problems = []
        for name, (low, high) in LIMITS.items():
            value = getattr(self, name)
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, int):
                problems.append(f"{name}_not_a_number")
            elif not low <= value <= high:
                problems.append(f"{name}_out_of_range")
        if self.tempo is not None and not _TEMPO.fullmatch(str(self.tempo)):
            problems.append("bad_tempo")
        if self.side not in SIDES:
            problems.append("bad_side")
        if self.pain_rule is not None and (
            not isinstance(self.pain_rule, str) or len(self.pain_rule) > PAIN_RULE_MAX_CHARS
        ):
            problems.append("bad_pain_rule")
        if (require_load and self.reps is None and self.hold_seconds is None
                and self.duration_minutes is None):
            problems.append("reps_or_hold_required")
        return problems

    def to_dict(self) -> dict[str, Any]:
        """Every field, None included, so stored dosages all have one shape."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> Dosage:
        """Build from stored data or an exercise file's ``default_dosage``.

        Missing keys mean None; unknown keys and invalid values raise DosageError, so a
        typo in a content file is caught when the library is loaded.
        """
        data = dict(data or {})
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise DosageError("unknown_field", ", ".join(unknown))
        if data.get("side") is None:
            data.pop("side", None)
        if data.get("tempo") is not None:
            data["tempo"] = str(data["tempo"]).strip() or None
        if isinstance(data.get("pain_rule"), str):
            data["pain_rule"] = data["pain_rule"].strip() or None
        dosage = cls(**data)
        problems = dosage.validate()
        if problems:
            raise DosageError(problems[0], ", ".join(problems))
        return dosage
