"""What an assessment is, as the screens and the command line see it: plain dataclasses.

The clinical parts are domain objects (``PainMap``, ``PelvicTestFindings``); history and
screening are JSON-able dicts whose keys the form's sections define (screening:
``{"phase": ..., "answers": {code: True/False}}`` with the red-flag and contraindication
codes of ``domain.red_flags``; a flat ``{code: bool}`` is read too). ``to_payload`` /
``input_from_payload`` turn the editable part into plain JSON for drafts, so a draft
written by one version of the form reads back into the same objects.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from pgp_desk.content.classification_text import subgroup_label
from pgp_desk.domain.classification import Subgroup, SubgroupSuggestion
from pgp_desk.domain.instrument_model import NOT_APPLICABLE, Answer
from pgp_desk.domain.painmap import PainMap
from pgp_desk.domain.pelvic_tests import Context, PelvicTestFindings, Side, context_for_phase
from pgp_desk.domain.pregnancy import GestationalAge, Phase, PostpartumAge, Stage
from pgp_desk.domain.red_flags import ScreeningItem, open_flags

PAYLOAD_VERSION = 1
INITIAL = "initial"
FOLLOW_UP = "follow_up"
KINDS = (INITIAL, FOLLOW_UP)
DRAFT = "draft"
SIGNED = "signed"


@dataclass
class QuestionnaireEntry:
    """One completed questionnaire: answers per item id, under the definition's version.

    ``labels`` holds the client's own names for client-named items (PSFS activities).
    """

    code: str
    version: str
    answers: dict[str, Answer] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"version": self.version,
                "answers": {k: v for k, v in self.answers.items() if v is not None},
                "labels": {k: v for k, v in self.labels.items() if v.strip()}}

    @classmethod
    def from_dict(cls, code: str, data: dict[str, Any]) -> QuestionnaireEntry:
        answers: dict[str, Answer] = {}
        for item, value in (data.get("answers") or {}).items():
            if value is None or value == NOT_APPLICABLE:
                answers[str(item)] = value
            elif isinstance(value, bool):
                raise ValueError(f"{code}: item {item} answer {value!r} is not a number")
            else:
                answers[str(item)] = int(value)
        return cls(code=code, version=str(data.get("version", "")), answers=answers,
                   labels={str(k): str(v) for k, v in (data.get("labels") or {}).items()})


def screening_answers(screening: Mapping[str, Any] | None) -> dict[str, bool]:
    """Code -> yes/no from a stored screening; questions not asked are left out."""
    screening = screening or {}
    answers = screening.get("answers")
    raw: Mapping[str, Any] = answers if isinstance(answers, Mapping) else screening
    return {str(c): v for c, v in raw.items() if isinstance(v, bool)}


def encode_subgroup(subgroup: Subgroup | str | None, side: Side | str | None = None) -> str:
    """Stored form of a subgroup: "one_sided_sij:left" keeps the side in the same column."""
    if not subgroup:
        return ""
    text = str(Subgroup(subgroup))
    if side and Subgroup(subgroup) is Subgroup.ONE_SIDED_SIJ:
        text += f":{Side(side)}"
    return text


def decode_subgroup(text: str | None) -> tuple[Subgroup | None, Side | None]:
    """The reverse of ``encode_subgroup``; unknown text gives (None, None)."""
    if not text:
        return None, None
    name, _, side = text.partition(":")
    try:
        return Subgroup(name), Side(side) if side else None
    except ValueError:
        return None, None


def subgroup_text(text: str | None, lang: str) -> str:
    """A stored subgroup as words, e.g. "Ensidigt SI-syndrom (venstre)"; "" if none."""
    subgroup, side = decode_subgroup(text)
    return subgroup_label(subgroup, lang, side) if subgroup else ""


def stage_from_columns(phase: str | None, stage_days: int | None) -> Stage | None:
    """Rebuild the stored stage: days of gestation in pregnancy, days since birth after."""
    if not phase or stage_days is None:
        return None
    p = Phase(phase)
    weeks, days = divmod(int(stage_days), 7)
    if p in (Phase.T1, Phase.T2, Phase.T3):
        return Stage(p, gestation=GestationalAge(weeks, days))
    return Stage(p, postpartum=PostpartumAge(weeks, days))


def stage_columns(stage: Stage | None) -> tuple[str | None, int | None]:
    """(phase, stage_days) for storage; the inverse of ``stage_from_columns``."""
    if stage is None:
        return None, None
    age = stage.gestation or stage.postpartum
    assert age is not None
    return stage.phase.value, age.total_days


@dataclass
class AssessmentInput:
    """The part of an assessment the therapist edits."""

    assessed_on: date
    history: dict[str, Any] = field(default_factory=dict)
    screening: dict[str, Any] = field(default_factory=dict)
    pain_map: PainMap = field(default_factory=PainMap)
    tests: PelvicTestFindings = field(default_factory=PelvicTestFindings)
    questionnaires: dict[str, QuestionnaireEntry] = field(default_factory=dict)
    classification_chosen: str = ""
    plan: str = ""
    notes: str = ""
    next_visit: date | None = None  # agreed in the plan; shown on the client's overview


@dataclass(frozen=True)
class AddendumRecord:
    id: int
    author_name: str
    created_at: datetime
    text: str


@dataclass
class AssessmentRecord(AssessmentInput):
    """A stored assessment. ``scores`` and ``classification_suggested`` are computed by the
    service on every save, never taken from the screen."""

    id: int = 0
    episode_id: int = 0
    client_id: int = 0
    kind: str = INITIAL
    therapist_id: int | None = None
    therapist_name: str = ""
    phase: str | None = None
    stage_days: int | None = None
    scores: dict[str, Any] = field(default_factory=dict)
    classification_suggested: str = ""
    status: str = DRAFT
    version: int = 0
    signed_at: datetime | None = None
    signed_by_name: str = ""
    addenda: list[AddendumRecord] = field(default_factory=list)
    created_at: datetime | None = None
    updated_at: datetime | None = None
    suggestion: SubgroupSuggestion | None = None

    @property
    def signed(self) -> bool:
        return self.status == SIGNED

    @property
    def stage(self) -> Stage | None:
        return stage_from_columns(self.phase, self.stage_days)

    @property
    def test_context(self) -> Context:
        return context_for_phase(self.phase) if self.phase else Context.PREGNANCY

    def open_flags(self) -> list[ScreeningItem]:
        """Red flags and contraindications answered yes that apply at this stage."""
        return open_flags(screening_answers(self.screening), self.phase, self.stage_days)

    def score(self, code: str, score_id: str) -> float | None:
        values: Mapping[str, float | None] = (self.scores.get(code) or {}).get("values", {})
        return values.get(score_id)

    def as_input(self) -> AssessmentInput:
        return input_from_payload(to_payload(self))


def to_payload(data: AssessmentInput) -> dict[str, Any]:
    """The editable part as plain JSON (drafts and the form's change detection)."""
    return {
        "payload_version": PAYLOAD_VERSION,
        "assessed_on": data.assessed_on.isoformat(),
        "history": data.history,
        "screening": data.screening,
        "pain_map": data.pain_map.to_dict(),
        "tests": data.tests.to_dict(),
        "questionnaires": {c: q.to_dict() for c, q in data.questionnaires.items()},
        "classification_chosen": data.classification_chosen,
        "plan": data.plan,
        "notes": data.notes,
        "next_visit": data.next_visit.isoformat() if data.next_visit else None,
    }


def input_from_payload(payload: dict[str, Any]) -> AssessmentInput:
    """Rebuild an AssessmentInput; raises ValueError (or a domain error) on bad data."""
    if payload.get("payload_version", PAYLOAD_VERSION) != PAYLOAD_VERSION:
        raise ValueError(f"unsupported payload version {payload.get('payload_version')!r}")
    pain = payload.get("pain_map") or {}
    tests = payload.get("tests") or {}
    return AssessmentInput(
        assessed_on=date.fromisoformat(payload["assessed_on"]),
        history=dict(payload.get("history") or {}),
        screening=dict(payload.get("screening") or {}),
        pain_map=PainMap.from_dict(pain) if pain else PainMap(),
        tests=PelvicTestFindings.from_dict(tests) if tests else PelvicTestFindings(),
        questionnaires={str(c): QuestionnaireEntry.from_dict(str(c), q)
                        for c, q in (payload.get("questionnaires") or {}).items()},
        classification_chosen=str(payload.get("classification_chosen") or ""),
        plan=str(payload.get("plan") or ""),
        notes=str(payload.get("notes") or ""),
        next_visit=(date.fromisoformat(payload["next_visit"]) if payload.get("next_visit")
                    else None),
    )


@dataclass(frozen=True)
class AssessmentRow:
    """One line of an episode's assessment list."""

    id: int
    episode_id: int
    kind: str
    assessed_on: date
    status: str
    therapist_name: str
    phase: str | None
    stage_days: int | None
    pgq_total: float | None
    nrs_now: float | None
    classification: str
    red_flags: int
    next_visit: date | None = None

    @property
    def stage(self) -> Stage | None:
        return stage_from_columns(self.phase, self.stage_days)
