"""Progress over an episode: PGQ, NRS, ASLR and positive tests, visit by visit.

Each value is compared with the assessment just before it and flagged when the change
reaches the important-change threshold:

- PGQ total and activity 25 points, symptom 20 points (Stuge et al. 2017, Phys Ther
  97:1103-1113); NRS 2 points or 30% (Farrar et al. 2001, Pain 94:149-158). These come
  from the instrument definitions and are applied by ``domain.instruments.important_change``
  on scores recomputed from the stored answers.
- ASLR sum (0-10, Mens et al. 2001): no published minimal important change was found, so
  PGP Desk flags a change of **2 points** or more. This is PGP Desk's own choice, by
  analogy with the 2 points of the equally long 0-10 NRS, and because a one-point change
  on one side is within the day-to-day variation of a client-rated score.
- Positive pain provocation tests (0-6; Robinson 2010, Elden 2016): shown with the
  difference and direction, never flagged, since no threshold is published.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction

from sqlalchemy import select

from pgp_desk.db.models import Assessment
from pgp_desk.domain.instrument_model import InstrumentDefinition
from pgp_desk.domain.instruments import ScoreResult, important_change
from pgp_desk.domain.pregnancy import Stage
from pgp_desk.services.assessments import assessment_rules as rules
from pgp_desk.services.assessments.assessment_model import QuestionnaireEntry, stage_from_columns
from pgp_desk.services.assessments.assessments import _episode, _load
from pgp_desk.services.audit.audit import record
from pgp_desk.services.database import Database
from pgp_desk.services.people.actor import Actor

ASLR_IMPORTANT_POINTS = 2

# metric id -> (instrument code, score id); the others come from the test findings.
INSTRUMENT_METRICS: dict[str, tuple[str, str]] = {
    "pgq_total": ("PGQ", "total"),
    "pgq_activity": ("PGQ", "activity"),
    "pgq_symptom": ("PGQ", "symptom"),
    "nrs_now": ("NRS", "now"),
    "nrs_worst_week": ("NRS", "worst_week"),
    "nrs_best_week": ("NRS", "best_week"),
    "nrs_morning": ("NRS", "morning"),
    "nrs_evening": ("NRS", "evening"),
}
TEST_METRICS = ("aslr_sum", "provocation_positive")
METRICS = (*INSTRUMENT_METRICS, *TEST_METRICS)


@dataclass(frozen=True)
class MetricChange:
    """One value against the previous assessment; ``important`` None = not judged."""

    metric: str
    previous: float | None
    current: float | None
    difference: float | None
    direction: str | None  # improved | worsened | unchanged
    important: bool | None
    threshold: str = ""  # e.g. "25 points", "2 points or 30%"


@dataclass
class ProgressPoint:
    assessment_id: int
    assessed_on: date
    kind: str
    status: str
    phase: str | None
    stage_days: int | None
    values: dict[str, float | None] = field(default_factory=dict)
    changes: dict[str, MetricChange] = field(default_factory=dict)

    @property
    def stage(self) -> Stage | None:
        return stage_from_columns(self.phase, self.stage_days)


@dataclass
class ProgressSeries:
    episode_id: int
    points: list[ProgressPoint]

    def series(self, metric: str) -> list[tuple[date, float | None]]:
        return [(p.assessed_on, p.values.get(metric)) for p in self.points]

    def point(self, assessment_id: int) -> ProgressPoint | None:
        return next((p for p in self.points if p.assessment_id == assessment_id), None)


def _threshold_text(points: float | None, percent: float | None, combine: str) -> str:
    parts = []
    if points is not None:
        parts.append(f"{points:g} points")
    if percent is not None:
        parts.append(f"{percent:g}%")
    return (" or " if combine == "any" else " and ").join(parts)


def _plain_change(metric: str, prev: float | None, cur: float | None,
                  points: float | None) -> MetricChange:
    """Change of a lower-is-better value with an optional points threshold."""
    if prev is None or cur is None:
        return MetricChange(metric, prev, cur, None, None, None,
                            f"{points:g} points" if points else "")
    diff = Fraction(repr(float(cur))) - Fraction(repr(float(prev)))
    direction = "unchanged" if diff == 0 else ("improved" if diff < 0 else "worsened")
    important = None if points is None else abs(diff) >= Fraction(repr(float(points)))
    return MetricChange(metric, prev, cur, float(diff), direction, important,
                        f"{points:g} points" if points else "")


def _results(row: Assessment,
             instruments: Mapping[str, InstrumentDefinition]) -> dict[str, ScoreResult]:
    out: dict[str, ScoreResult] = {}
    for code, data in (row.questionnaires or {}).items():
        definition = instruments.get(code)
        if definition is None:
            continue
        try:
            out[code] = rules.score_entry(definition, QuestionnaireEntry.from_dict(code, data))
        except ValueError:
            continue
    return out


def _derived(row: Assessment) -> dict[str, float | None]:
    derived = (row.scores or {}).get(rules.DERIVED) or {}
    tested = derived.get("provocation_tested") or 0
    return {
        "aslr_sum": derived.get("aslr_sum"),
        "provocation_positive": derived.get("provocation_positive") if tested else None,
    }


def build_points(rows: list[Assessment],
                 instruments: Mapping[str, InstrumentDefinition]) -> list[ProgressPoint]:
    """Values and changes per assessment, rows in date order (pure: no session needed)."""
    points: list[ProgressPoint] = []
    previous: tuple[dict[str, ScoreResult], dict[str, float | None]] | None = None
    for row in rows:
        results = _results(row, instruments)
        derived = _derived(row)
        values: dict[str, float | None] = {}
        for metric, (code, score_id) in INSTRUMENT_METRICS.items():
            result = results.get(code)
            values[metric] = result.value(score_id) if result else None
        values.update(derived)
        changes: dict[str, MetricChange] = {}
        if previous is not None:
            prev_results, prev_derived = previous
            for code in {c for c, _ in INSTRUMENT_METRICS.values()}:
                if code in results and code in prev_results:
                    found = important_change(instruments[code], prev_results[code],
                                             results[code])
                    for metric, (mcode, score_id) in INSTRUMENT_METRICS.items():
                        if mcode != code or score_id not in found:
                            continue
                        c = found[score_id]
                        t = c.threshold
                        changes[metric] = MetricChange(
                            metric, c.previous, c.current, c.difference, c.direction,
                            c.clinically_important,
                            _threshold_text(t.points, t.percent, t.combine) if t else "")
            changes["aslr_sum"] = _plain_change("aslr_sum", prev_derived["aslr_sum"],
                                                derived["aslr_sum"], ASLR_IMPORTANT_POINTS)
            changes["provocation_positive"] = _plain_change(
                "provocation_positive", prev_derived["provocation_positive"],
                derived["provocation_positive"], None)
        points.append(ProgressPoint(row.id, row.assessed_on, row.kind, row.status, row.phase,
                                    row.stage_days, values, changes))
        previous = (results, derived)
    return points


def episode_progress(db: Database, actor: Actor, episode_id: int,
                     until_assessment_id: int | None = None) -> ProgressSeries:
    """The episode's series, optionally only up to (and including) one assessment."""
    with db.sessions.begin() as session:
        _episode_row, client = _episode(session, actor, episode_id)
        rows = list(session.scalars(select(Assessment)
                                    .where(Assessment.episode_id == episode_id)
                                    .order_by(Assessment.assessed_on, Assessment.id)))
        if until_assessment_id is not None:
            target = next((r for r in rows if r.id == until_assessment_id), None)
            if target is not None:
                rows = [r for r in rows
                        if (r.assessed_on, r.id) <= (target.assessed_on, target.id)]
        instruments = rules.clinic_instruments(session, actor.clinic_id)
        record(session, actor, "read", "progress", episode_id, client.id)
        return ProgressSeries(episode_id, build_points(rows, instruments))


def assessment_progress(db: Database, actor: Actor, assessment_id: int) -> ProgressSeries:
    """The series of this assessment's episode up to this assessment (for the form)."""
    with db.sessions() as session:
        row, _episode_row, _client = _load(session, actor, assessment_id)
        episode_id = row.episode_id
    return episode_progress(db, actor, episode_id, until_assessment_id=assessment_id)
