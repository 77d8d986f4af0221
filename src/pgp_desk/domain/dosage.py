"""Exercise dosage: the fields, their limits, and the dosage in plain words.

The fields follow the Consensus on Exercise Reporting Template (CERT; Slade et al. 2016,
Br J Sports Med 50:1428-1437), which asks for the dosage of every exercise in enough detail
to repeat it: sets, repetitions or hold time, rest, tempo, side, frequency (times per day,
days per week) and a pain rule (CLINICAL.md §7, e.g. pain up to 3/10 that settles by the
next day). Equipment, level and progression belong to the exercise, not to its dosage.

Repetitions and hold time may be combined ("10 repetitions, hold 5 seconds"); an exercise
needs at least one of them, an advice card may have no dosage at all
(``validate(require_load=True)`` for exercises). Handout texts never carry numbers
(CONTENT.md), so ``render_dosage`` is where a client reads them: digits, with "×" between
sets and repetitions, and plain words around them in Danish, Norwegian or British English.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from typing import Any

from pgp_desk.domain.i18n import lang_or_fallback, pick

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


# ----- words

_REPS = {"da": ("gentagelse", "gentagelser"), "nb": ("repetisjon", "repetisjoner"),
         "en": ("repetition", "repetitions")}
_SETS = {"da": ("sæt", "sæt"), "nb": ("sett", "sett"), "en": ("set", "sets")}
_SECONDS = {"da": ("sekund", "sekunder"), "nb": ("sekund", "sekunder"),
            "en": ("second", "seconds")}
_MINUTES = {"da": ("minut", "minutter"), "nb": ("minutt", "minutter"),
            "en": ("minute", "minutes")}
_HOLD = {"da": "hold {t}", "nb": "hold {t}", "en": "hold {t}"}
_FOR = {"da": "i {t}", "nb": "i {t}", "en": "for {t}"}
_REST = {"da": "pause {t}", "nb": "pause {t}", "en": "rest {t}"}
_REST_BETWEEN = {"da": "pause {t} mellem sættene", "nb": "pause {t} mellom settene",
                 "en": "rest {t} between sets"}
_SIDE_AFTER = {
    "both": {"da": "på hver side", "nb": "på hver side", "en": "on each side"},
    "left": {"da": "på venstre side", "nb": "på venstre side", "en": "on the left side"},
    "right": {"da": "på højre side", "nb": "på høyre side", "en": "on the right side"},
    "alternate": {"da": "skiftevis højre og venstre", "nb": "vekselvis høyre og venstre",
                  "en": "alternating right and left"},
}
_SIDE_ALONE = {
    "both": {"da": "hver side", "nb": "hver side", "en": "each side"},
    "left": {"da": "venstre side", "nb": "venstre side", "en": "left side"},
    "right": {"da": "højre side", "nb": "høyre side", "en": "right side"},
    "alternate": _SIDE_AFTER["alternate"],
}
_TEMPO_WORDS = {
    "da": ("{a} i bevægelsen", "{b} stille", "{c} tilbage"),
    "nb": ("{a} i bevegelsen", "{b} stille", "{c} tilbake"),
    "en": ("{a} into the movement", "{b} still", "{c} back"),
}
_PER_DAY = {"da": ("{n} gang dagligt", "{n} gange dagligt"),
            "nb": ("{n} gang daglig", "{n} ganger daglig"),
            "en": ("once a day", "{n} times a day")}
_PER_WEEK = {"da": ("{n} dag om ugen", "{n} dage om ugen"),
             "nb": ("{n} dag i uken", "{n} dager i uken"),
             "en": ("{n} day a week", "{n} days a week")}
_EVERY_DAY = {"da": "hver dag", "nb": "hver dag", "en": "every day"}
# Once on each training day reads as times a week: "1 gang om ugen", not "1 gang dagligt,
# 1 dag om ugen".
_TIMES_A_WEEK = {"da": ("{n} gang om ugen", "{n} gange om ugen"),
                 "nb": ("{n} gang i uken", "{n} ganger i uken"),
                 "en": ("once a week", "{n} times a week")}

PAIN_RULES: dict[str, dict[str, str]] = {
    "pain_max_3_settles": {
        "da": "Lidt smerte, op til 3 ud af 10, er i orden, hvis den har lagt sig til "
        "næste dag.",
        "nb": "Litt smerte, opptil 3 av 10, er greit hvis den har gitt seg til neste dag.",
        "en": "A little pain, up to 3 out of 10, is fine if it has settled by the next day.",
    },
    "pain_free": {
        "da": "Lav øvelsen, uden at det gør ondt.",
        "nb": "Gjør øvelsen uten at det gjør vondt.",
        "en": "Do the exercise without it hurting.",
    },
    "stop_if_worse": {
        "da": "Stop, hvis smerten bliver værre undervejs.",
        "nb": "Stopp hvis smerten blir verre underveis.",
        "en": "Stop if the pain gets worse while you exercise.",
    },
}


def _count(n: int, forms: Mapping[str, tuple[str, str]], lang: str) -> str:
    one, many = forms[lang]
    return f"{n} {one if n == 1 else many}"


def _duration(seconds: int, lang: str) -> str:
    """"5 sekunder", "1 sekund", "2 minutter": whole minutes read as minutes."""
    if seconds >= 60 and seconds % 60 == 0:
        return _count(seconds // 60, _MINUTES, lang)
    return _count(seconds, _SECONDS, lang)


def _tempo(tempo: str, lang: str) -> str:
    parts = [int(p) for p in tempo.split("-")]
    if len(parts) != 3:
        return f"tempo {tempo}"
    a, b, c = (_duration(p, lang) for p in parts)
    move, still, back = _TEMPO_WORDS[lang]
    words = [move.format(a=a)] + ([still.format(b=b)] if parts[1] else []) + [
        back.format(c=c)]
    return f"tempo {tempo} ({', '.join(words)})"


def _per_day(n: int, lang: str) -> str:
    if lang == "en" and n == 2:
        return "twice a day"
    one, many = _PER_DAY[lang]
    return (one if n == 1 else many).format(n=n)


def render_pain_rule(rule: str | None, lang: str) -> str:
    """A known pain-rule code in words, or the therapist's own text as written."""
    if not rule:
        return ""
    return pick(PAIN_RULES[rule], lang) if rule in PAIN_RULES else rule


def render_dosage(dosage: Dosage, lang: str, with_pain_rule: bool = False) -> str:
    """The dosage in plain words, e.g. "3 × 10 gentagelser, hold 5 sekunder, 2 gange dagligt".

    Empty dosage -> "". With ``with_pain_rule`` the pain rule follows as its own sentence.
    """
    lang = lang_or_fallback(lang)
    d = dosage
    parts: list[str] = []
    if d.reps is not None:
        reps = _count(d.reps, _REPS, lang)
        parts.append(f"{d.sets} × {reps}" if d.sets is not None else reps)
    elif d.sets is not None:
        parts.append(_count(d.sets, _SETS, lang))
    if d.hold_seconds is not None:
        parts.append(pick(_HOLD, lang).format(t=_duration(d.hold_seconds, lang)))
    if d.duration_minutes is not None:
        parts.append(pick(_FOR, lang).format(t=_count(d.duration_minutes, _MINUTES, lang)))
    if d.side in _SIDE_AFTER:
        if parts:
            parts[0] = f"{parts[0]} {pick(_SIDE_AFTER[d.side], lang)}"
        else:
            parts.append(pick(_SIDE_ALONE[d.side], lang))
    if d.tempo:
        parts.append(_tempo(d.tempo, lang))
    if d.rest_seconds:
        template = _REST_BETWEEN if (d.sets or 0) > 1 else _REST
        parts.append(pick(template, lang).format(t=_duration(d.rest_seconds, lang)))
    weekly = d.times_per_day == 1 and d.days_per_week is not None and d.days_per_week < 7
    if weekly:
        one, many = _TIMES_A_WEEK[lang]
        parts.append((one if d.days_per_week == 1 else many).format(n=d.days_per_week))
    elif d.times_per_day is not None:
        parts.append(_per_day(d.times_per_day, lang))
    if d.days_per_week is not None and not weekly:
        if d.days_per_week == 7:
            if d.times_per_day is None:  # "2 gange dagligt" already says every day
                parts.append(pick(_EVERY_DAY, lang))
        else:
            one, many = _PER_WEEK[lang]
            parts.append((one if d.days_per_week == 1 else many).format(n=d.days_per_week))
    text = ", ".join(parts)
    if with_pain_rule and d.pain_rule:
        rule = render_pain_rule(d.pain_rule, lang)
        text = f"{text}. {rule}" if text else rule
    return text
