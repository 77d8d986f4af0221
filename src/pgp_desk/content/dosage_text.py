"""An exercise's dosage in plain words: "3 × 10 gentagelser, hold 5 sekunder, 2 gange dagligt".

Handout texts never carry numbers (CONTENT.md), so this is where a client reads them:
digits, with "×" between sets and repetitions, and plain words around them in Danish,
Norwegian or British English. ``domain.dosage`` holds the fields, their limits and the
pain-rule codes; the words are content texts (sections ``dosage_words``,
``dosage_side_after``, ``dosage_side_alone`` and ``dosage_pain_rules``).
"""

from __future__ import annotations

from pgp_desk.content.texts import text, word
from pgp_desk.domain.dosage import PAIN_RULES, SIDES, Dosage
from pgp_desk.domain.i18n import lang_or_fallback

_SIDED = tuple(side for side in SIDES if side != "none")


def _words(lang: str, key: str, **values: object) -> str:
    return text(lang, f"dosage_words.{key}", **values)


def _count(n: int, unit: str, lang: str) -> str:
    """"1 sekund", "5 sekunder": ``unit`` is reps, sets, seconds or minutes."""
    return _words(lang, f"{unit}_one" if n == 1 else f"{unit}_many", n=n)


def _duration(seconds: int, lang: str) -> str:
    """"5 sekunder", "1 sekund", "2 minutter": whole minutes read as minutes."""
    if seconds >= 60 and seconds % 60 == 0:
        return _count(seconds // 60, "minutes", lang)
    return _count(seconds, "seconds", lang)


def _tempo(tempo: str, lang: str) -> str:
    parts = [int(p) for p in tempo.split("-")]
    if len(parts) != 3:
        return _words(lang, "tempo", tempo=tempo)
    a, b, c = (_duration(p, lang) for p in parts)
    words = [_words(lang, "tempo_move", a=a)] + (
        [_words(lang, "tempo_still", b=b)] if parts[1] else []) + [
        _words(lang, "tempo_back", c=c)]
    return _words(lang, "tempo_explained", tempo=tempo, words=", ".join(words))


def _per_day(n: int, lang: str) -> str:
    key = {1: "per_day_one", 2: "per_day_two"}.get(n, "per_day_many")
    return _words(lang, key, n=n)


def render_pain_rule(rule: str | None, lang: str) -> str:
    """A known pain-rule code in words, or the therapist's own text as written."""
    if not rule:
        return ""
    return word(lang, "dosage_pain_rules", rule) if rule in PAIN_RULES else rule


def _load(d: Dosage, lang: str) -> list[str]:
    """Repetitions or sets, hold, duration, side, tempo and rest."""
    parts: list[str] = []
    if d.reps is not None:
        reps = _count(d.reps, "reps", lang)
        parts.append(f"{d.sets} × {reps}" if d.sets is not None else reps)
    elif d.sets is not None:
        parts.append(_count(d.sets, "sets", lang))
    if d.hold_seconds is not None:
        parts.append(_words(lang, "hold", t=_duration(d.hold_seconds, lang)))
    if d.duration_minutes is not None:
        parts.append(_words(lang, "for", t=_count(d.duration_minutes, "minutes", lang)))
    if d.side in _SIDED:
        if parts:
            parts[0] = f"{parts[0]} {word(lang, 'dosage_side_after', d.side)}"
        else:
            parts.append(word(lang, "dosage_side_alone", d.side))
    if d.tempo:
        parts.append(_tempo(d.tempo, lang))
    if d.rest_seconds:
        key = "rest_between" if (d.sets or 0) > 1 else "rest"
        parts.append(_words(lang, key, t=_duration(d.rest_seconds, lang)))
    return parts


def _frequency(d: Dosage, lang: str) -> list[str]:
    """Times a day and days a week; once on each training day reads as times a week:
    "1 gang om ugen", not "1 gang dagligt, 1 dag om ugen"."""
    if d.times_per_day == 1 and d.days_per_week is not None and d.days_per_week < 7:
        key = "times_a_week_one" if d.days_per_week == 1 else "times_a_week_many"
        return [_words(lang, key, n=d.days_per_week)]
    parts = [] if d.times_per_day is None else [_per_day(d.times_per_day, lang)]
    if d.days_per_week == 7:
        if d.times_per_day is None:  # "2 gange dagligt" already says every day
            parts.append(_words(lang, "every_day"))
    elif d.days_per_week is not None:
        key = "per_week_one" if d.days_per_week == 1 else "per_week_many"
        parts.append(_words(lang, key, n=d.days_per_week))
    return parts


def render_dosage(dosage: Dosage, lang: str, with_pain_rule: bool = False) -> str:
    """The dosage in plain words, e.g. "3 × 10 gentagelser, hold 5 sekunder, 2 gange dagligt".

    Empty dosage -> "". With ``with_pain_rule`` the pain rule follows as its own sentence.
    """
    lang = lang_or_fallback(lang)
    words = ", ".join(_load(dosage, lang) + _frequency(dosage, lang))
    if with_pain_rule and dosage.pain_rule:
        rule = render_pain_rule(dosage.pain_rule, lang)
        words = f"{words}. {rule}" if words else rule
    return words
