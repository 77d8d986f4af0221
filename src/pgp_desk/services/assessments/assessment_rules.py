"""What the service computes on every save: questionnaire scores and the subgroup suggestion.

The screen shows live scores, but the stored numbers are always recomputed here from the
stored answers with ``domain.instruments.score`` (Stuge 2011 for the PGQ, and the rule in
each instrument's definition), and the subgroup suggestion from the stored test findings and
pain map with ``domain.classification`` (Albert et al. 2000/2001), so a stale or tampered
screen value can never reach the record.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pgp_desk.content.bodychart import load_body_chart
from pgp_desk.content.instruments import load_instrument_text, load_instruments
from pgp_desk.db.models import ClinicInstrument
from pgp_desk.domain.classification import SubgroupSuggestion, suggest_subgroup
from pgp_desk.domain.instrument_model import InstrumentDefinition
from pgp_desk.domain.instruments import ScoreResult, score
from pgp_desk.domain.painmap import PainMap, painful_regions
from pgp_desk.domain.pelvic_tests import PelvicTestFindings
from pgp_desk.services import records
from pgp_desk.services.assessments.assessment_model import QuestionnaireEntry, encode_subgroup
from pgp_desk.services.database import Database
from pgp_desk.services.errors import FieldError
from pgp_desk.services.people.actor import Actor

DERIVED = "_derived"  # key in ``scores`` for values derived from the tests


@cache
def shipped_instruments() -> dict[str, InstrumentDefinition]:
    """The definitions in resources/instruments, read once per process."""
    return load_instruments()


def clinic_instruments(session: Session, clinic_id: int) -> dict[str, InstrumentDefinition]:
    """Shipped definitions plus the active ones this clinic imported (e.g. a licensed ODI)."""
    found = dict(shipped_instruments())
    rows = session.scalars(select(ClinicInstrument).where(
        ClinicInstrument.clinic_id == clinic_id, ClinicInstrument.active.is_(True)))
    for row in rows:
        if row.code not in found:
            found[row.code] = load_instrument_text(row.definition_text, f"{row.code} (clinic)")
    return found


FIRST = ("PGQ", "NRS", "PSFS", "RMDQ")


def available_instruments(db: Database, actor: Actor) -> dict[str, InstrumentDefinition]:
    """The questionnaires the form offers: PGQ, NRS, PSFS, RMDQ, then the clinic's own."""
    records.require(actor, records.CLINICAL, db, "instrument")
    with db.sessions() as session:
        found = clinic_instruments(session, actor.clinic_id)
    order = [c for c in FIRST if c in found] + sorted(c for c in found if c not in FIRST)
    return {code: found[code] for code in order}


def score_entry(definition: InstrumentDefinition, entry: QuestionnaireEntry) -> ScoreResult:
    """Score one stored questionnaire; unanswered items (None) count as blank."""
    answers = {k: v for k, v in entry.answers.items() if v is not None}
    return score(definition, answers)


def compute_scores(
    questionnaires: dict[str, QuestionnaireEntry],
    tests: PelvicTestFindings,
    instruments: dict[str, InstrumentDefinition],
) -> tuple[dict[str, Any], list[FieldError]]:
    """Scores per instrument code plus test-derived values; field errors for bad answers."""
    scores: dict[str, Any] = {}
    errors: list[FieldError] = []
    for code, entry in questionnaires.items():
        definition = instruments.get(code)
        if definition is None:
            errors.append(FieldError(f"questionnaires.{code}", "unknown_instrument",
                                     f"no instrument with code {code}"))
            continue
        try:
            result = score_entry(definition, entry)
        except ValueError as exc:
            errors.append(FieldError(f"questionnaires.{code}", "invalid_answer", str(exc)))
            continue
        entry.version = definition.version
        scores[code] = {
            "version": definition.version,
            "values": {sid: v.value for sid, v in result.scores.items()},
            "answered": result.answered,
            "missing": result.missing,
            "not_applicable": result.not_applicable,
        }
    scores[DERIVED] = {
        "provocation_positive": tests.provocation_positive_count(),
        "provocation_positive_sides": tests.provocation_positive_sides(),
        "provocation_tested": tests.provocation_tested_count(),
        "aslr_sum": tests.aslr_sum(),
        "aslr_compression_sum": tests.aslr_compression_sum(),
        "ldl_sum": tests.ldl_sum(),
    }
    return scores, errors


def reported_regions(pain_map: PainMap) -> tuple[str, ...]:
    """Painful regions: marks with NRS >= 1 and regions the freehand shading covers."""
    return painful_regions(pain_map, load_body_chart() if pain_map.strokes else None)


def suggest(tests: PelvicTestFindings, pain_map: PainMap) -> SubgroupSuggestion:
    """The subgroup suggestion from the findings and the pain map (Albert et al.)."""
    return suggest_subgroup(tests, reported_regions(pain_map))


def suggested_code(tests: PelvicTestFindings, pain_map: PainMap) -> str:
    s = suggest(tests, pain_map)
    return encode_subgroup(s.subgroup, s.side)
