"""Questionnaire instruments as data, and the engine that scores them.

An instrument (PGQ, NRS, PSFS, RMDQ, or one a clinic imports under its own licence, such as
the ODI) is an ``InstrumentDefinition``: items, option sets, subscales, a scoring rule, a
missing-item rule and, per score, its range, direction and important-change threshold.
Nothing here knows a particular instrument; the definitions live in
``resources/instruments/*.yaml`` (CLINICAL.md §4: "instruments are data, not code").

Scoring rules, with the source each one follows:

- ``percent_of_max``: sum of the answered items / the sum of their maxima x 100. A blank or
  not-applicable item removes its maximum from the denominator. Pelvic Girdle Questionnaire:
  Stuge et al. 2011, Phys Ther 91:1096-1108.
- ``percent_of_answered_max``: sum / (common item maximum x number answered) x 100, the
  Oswestry convention (Fairbank & Pynsent 2000, Spine 25:2940). For items that start at 0
  and share one maximum this equals ``percent_of_max``; the rule additionally requires one
  common maximum per score, so an imported ODI cannot silently mix option sets.
- ``sum``: plain sum of the answered items, never pro-rated (RMDQ count of "yes": Roland &
  Morris 1983, Spine 8:141-144). Whether blanks are allowed is the missing-item rule's job.
- ``mean``: mean of the answered items (PSFS: Stratford et al. 1995, Physiother Can 47:258).
- ``single``: the score is one item's value (NRS: now, worst, best, morning, evening).

Values are computed with exact fractions and rounded half up to the definition's number of
decimals (the PGQ paper gives no rounding rule; PGP Desk keeps one decimal). Important
change (``important_change``) compares the rounded values a clinician sees, with the
thresholds of each score, e.g. PGQ 25 (total, activity) / 20 (symptom) points (Stuge et al.
2017, Phys Ther 97:1103-1113) and NRS 2 points or 30% (Farrar et al. 2001, Pain 94:149-158).

A score or change that cannot be computed carries a reason code (``no_answers``,
``too_many_missing`` ...) with its counts; ``content.score_text`` puts it into words.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from math import ceil, floor
from typing import Literal

from pgp_desk.domain.instrument_model import (
    NOT_APPLICABLE,
    Answer,
    ChangeThreshold,
    Direction,
    InstrumentDefinition,
    MissingRule,
    NotApplicableHandling,
    ScoreDefinition,
    ScoringRule,
)

# --- scoring -----------------------------------------------------------------------------

@dataclass(frozen=True)
class ScoreValue:
    """One score: ``value`` is None when it cannot be computed, and ``reason`` says why."""

    score_id: str
    value: float | None
    answered: int
    missing: int
    not_applicable: int
    max_possible: float | None = None
    reason: str | None = None
    reason_params: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class ScoreResult:
    """All scores of one completed questionnaire, with whole-form counts."""

    instrument: str
    version: str
    scores: dict[str, ScoreValue]
    answered: int
    missing: int
    not_applicable: int

    def value(self, score_id: str) -> float | None:
        return self.scores[score_id].value


def _round_half_up(value: Fraction, decimals: int) -> float:
    scale = 10**decimals
    scaled = abs(value) * scale
    rounded = Fraction(floor(scaled + Fraction(1, 2)), scale)
    return float(rounded if value >= 0 else -rounded)


def _check_answers(d: InstrumentDefinition, answers: Mapping[str, Answer]) -> None:
    known = {item.id for item in d.items}
    for item_id, answer in answers.items():
        if item_id not in known:
            raise ValueError(f"{d.code}: unknown item '{item_id}'")
        item = d.item(item_id)
        if answer is None:
            continue
        if answer == NOT_APPLICABLE:
            if not item.allows_not_applicable:
                raise ValueError(f"{d.code}: item '{item_id}' has no not-applicable option")
            continue
        if isinstance(answer, bool) or not isinstance(answer, int):
            raise ValueError(f"{d.code}: item '{item_id}' answer {answer!r} is not a whole number")
        if answer not in d.options_for(item).values:
            raise ValueError(f"{d.code}: item '{item_id}' has no option {answer}")


def _limit_failure(rule: MissingRule, counted: int, missing: int, answered: int
                   ) -> tuple[str, dict[str, int]] | None:
    """Apply the missing-item rule to one score; ``counted`` excludes unused optional items."""
    limits = []
    if rule.max_missing_items is not None:
        limits.append(rule.max_missing_items)
    if rule.max_missing_fraction is not None:
        limits.append(floor(Fraction(str(rule.max_missing_fraction)) * counted))
    if limits and missing > min(limits):
        return "too_many_missing", {"missing": missing, "items": counted, "limit": min(limits)}
    needs = [1]
    if rule.min_answered is not None:
        needs.append(rule.min_answered)
    if rule.min_answered_fraction is not None:
        needs.append(ceil(Fraction(str(rule.min_answered_fraction)) * counted))
    if answered < max(needs):
        return "too_few_answered", {"answered": answered, "needed": max(needs)}
    return None


def _score_one(d: InstrumentDefinition, s: ScoreDefinition, answers: Mapping[str, Answer]
               ) -> ScoreValue:
    values: list[int] = []
    maxima: list[int] = []
    missing = not_applicable = unused = 0
    for item_id in s.items:
        item = d.item(item_id)
        answer = answers.get(item_id)
        if answer == NOT_APPLICABLE and d.not_applicable is NotApplicableHandling.EXCLUDE:
            not_applicable += 1
        elif answer is None or answer == NOT_APPLICABLE:
            if item.optional and answer is None:
                unused += 1
            else:
                missing += 1
        else:
            assert isinstance(answer, int)
            values.append(answer)
            maxima.append(d.options_for(item).max_value)
    answered = len(values)
    if not values:
        return ScoreValue(s.id, None, answered, missing, not_applicable, reason="no_answers")
    failure = _limit_failure(d.missing, len(s.items) - unused, missing, len(values))
    if failure is not None:
        return ScoreValue(s.id, None, answered, missing, not_applicable, reason=failure[0],
                          reason_params=failure[1])
    total = Fraction(sum(values))
    max_possible: Fraction | None = None
    if d.scoring is ScoringRule.PERCENT_OF_MAX:
        max_possible = Fraction(sum(maxima))
        raw = total / max_possible * 100
    elif d.scoring is ScoringRule.PERCENT_OF_ANSWERED_MAX:
        max_possible = Fraction(maxima[0] * len(values))
        raw = total / max_possible * 100
    elif d.scoring is ScoringRule.MEAN:
        raw = total / len(values)
    else:  # SUM and SINGLE (one item) are both the plain sum.
        raw = total
    return ScoreValue(
        s.id,
        _round_half_up(raw, d.decimals),
        answered,
        missing,
        not_applicable,
        max_possible=None if max_possible is None else float(max_possible),
    )


def score(definition: InstrumentDefinition, answers: Mapping[str, Answer]) -> ScoreResult:
    """Score one completed questionnaire; items absent from ``answers`` count as blank.

    Raises ValueError for an unknown item, a value outside the item's options, or "NA" on
    an item without a not-applicable option: those are programming or import errors.
    """
    _check_answers(definition, answers)
    scores = {s.id: _score_one(definition, s, answers) for s in definition.scores}
    answered = missing = not_applicable = 0
    for item in definition.items:
        answer = answers.get(item.id)
        if answer == NOT_APPLICABLE:
            not_applicable += 1
        elif answer is None:
            missing += 0 if item.optional else 1
        else:
            answered += 1
    return ScoreResult(definition.code, definition.version, scores, answered, missing,
                       not_applicable)


# --- change between two occasions --------------------------------------------------------


@dataclass(frozen=True)
class ChangeResult:
    """Change in one score from ``previous`` to ``current`` (difference = current - previous).

    ``percent_change`` is the size of the change relative to the previous value (None when
    that is 0). ``clinically_important`` is None when it cannot be judged (``reason``).
    """

    score_id: str
    previous: float | None
    current: float | None
    difference: float | None
    percent_change: float | None
    direction: Literal["improved", "worsened", "unchanged"] | None
    clinically_important: bool | None
    threshold: ChangeThreshold | None
    reason: str | None = None


def _exact(value: float) -> Fraction:
    """The decimal a clinician sees (33.3), not its binary approximation."""
    return Fraction(repr(value))


def _change_one(d: InstrumentDefinition, s: ScoreDefinition, prev: float | None,
                cur: float | None) -> ChangeResult:
    if prev is None or cur is None:
        return ChangeResult(s.id, prev, cur, None, None, None, None, s.threshold,
                            reason="score_missing")
    diff = _exact(cur) - _exact(prev)
    percent = abs(diff) / abs(_exact(prev)) * 100 if prev != 0 else None
    direction: Literal["improved", "worsened", "unchanged"]
    if diff == 0:
        direction = "unchanged"
    elif (diff < 0) == (s.direction is Direction.HIGHER_WORSE):
        direction = "improved"
    else:
        direction = "worsened"
    t = s.threshold
    important: bool | None = None
    if t is not None:
        met = []
        if t.points is not None:
            met.append(abs(diff) >= _exact(t.points))
        if t.percent is not None:
            met.append(percent is not None and percent >= _exact(t.percent))
        important = any(met) if t.combine == "any" else all(met)
    return ChangeResult(
        s.id, prev, cur,
        difference=_round_half_up(diff, d.decimals),
        percent_change=None if percent is None else _round_half_up(percent, 1),
        direction=direction,
        clinically_important=important,
        threshold=t,
        reason=None if t is not None else "no_threshold",
    )


def important_change(definition: InstrumentDefinition, previous: ScoreResult,
                     current: ScoreResult) -> dict[str, ChangeResult]:
    """Per score: difference, improved/worsened, and whether it reaches the threshold.

    Thresholds are compared with the rounded scores shown to the clinician and in both
    directions; the sources (Stuge 2017 MIC for PGQ, Farrar 2001 for NRS, Stratford 1995
    detectable change for PSFS) studied improvement, so a worsening of the same size is
    flagged by analogy.
    """
    for result in (previous, current):
        if result.instrument != definition.code:
            raise ValueError(f"a {result.instrument} result cannot be compared as "
                             f"{definition.code}")
    return {
        s.id: _change_one(definition, s, previous.value(s.id), current.value(s.id))
        for s in definition.scores
    }
