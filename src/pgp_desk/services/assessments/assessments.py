"""Assessments: create, open, save (optimistic locking), sign, addenda, lists and red flags.

A draft is saved as often as the therapist likes; signing locks it for good and later
corrections are addenda with author and time (record-keeping rules for health
professionals require that a signed record is never silently changed). Every read and
write leaves an audit event. Scores and the subgroup suggestion are recomputed from the
stored answers on every save (``assessment_rules``), never taken from the screen.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, load_only
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.orm.interfaces import ORMOption

from pgp_desk.db.models import Assessment, AssessmentAddendum, Episode
from pgp_desk.domain.painmap import PainMap
from pgp_desk.domain.pelvic_tests import FindingsError, PelvicTestFindings, context_for_phase
from pgp_desk.domain.pregnancy import stage_on
from pgp_desk.domain.red_flags import open_flags
from pgp_desk.services import records
from pgp_desk.services.assessments import assessment_rules as rules
from pgp_desk.services.assessments.assessment_model import (
    DRAFT,
    FOLLOW_UP,
    INITIAL,
    KINDS,
    SIGNED,
    AddendumRecord,
    AssessmentInput,
    AssessmentRecord,
    AssessmentRow,
    decode_subgroup,
    input_from_payload,
    screening_answers,
    stage_columns,
    to_payload,
)
from pgp_desk.services.audit.audit import last_editor, record
from pgp_desk.services.database import Database
from pgp_desk.services.errors import (
    Change,
    ConflictError,
    FieldError,
    UserError,
    ValidationError,
)
from pgp_desk.services.people.actor import Actor
from pgp_desk.services.people.signatures import signature_names

ADDENDUM_MAX = 20000
TEXT_MAX = 50000
SIGNED_MESSAGE = "this assessment is signed and cannot be changed; add an addendum instead"


# --- loading -----------------------------------------------------------------------------

_episode = records.episode
_load = records.assessment


def _names(session: Session, ids: set[int | None]) -> dict[int, str]:
    return signature_names(session, ids)


def _input_of(row: Assessment) -> AssessmentInput:
    """The stored JSON columns as domain objects (tests default to the stage's context)."""
    tests = row.tests or {
        "context": str(context_for_phase(row.phase)) if row.phase else "pregnancy"}
    return input_from_payload({
        "assessed_on": row.assessed_on.isoformat(),
        "history": row.history or {},
        "screening": row.screening or {},
        "pain_map": row.pain_map or {},
        "tests": tests,
        "questionnaires": row.questionnaires or {},
        "classification_chosen": row.classification_chosen or "",
        "plan": row.plan or "",
        "notes": row.notes or "",
        "next_visit": row.next_visit.isoformat() if row.next_visit else None,
    })


def _to_record(session: Session, row: Assessment, client_id: int) -> AssessmentRecord:
    addenda_rows = list(session.scalars(
        select(AssessmentAddendum).where(AssessmentAddendum.assessment_id == row.id)
        .order_by(AssessmentAddendum.created_at, AssessmentAddendum.id)))
    names = _names(session, {row.therapist_id, row.signed_by_id,
                             *(a.author_id for a in addenda_rows)})
    data = _input_of(row)
    rec = AssessmentRecord(
        **vars(data),
        id=row.id,
        episode_id=row.episode_id,
        client_id=client_id,
        kind=row.kind,
        therapist_id=row.therapist_id,
        therapist_name=names.get(row.therapist_id or 0, ""),
        phase=row.phase,
        stage_days=row.stage_days,
        scores=dict(row.scores or {}),
        classification_suggested=row.classification_suggested or "",
        status=row.status,
        version=row.version,
        signed_at=row.signed_at,
        signed_by_name=names.get(row.signed_by_id or 0, ""),
        addenda=[AddendumRecord(a.id, names.get(a.author_id or 0, ""), a.created_at, a.text)
                 for a in addenda_rows],
        created_at=row.created_at,
        updated_at=row.updated_at,
    )
    rec.suggestion = rules.suggest(rec.tests, rec.pain_map)
    return rec


# --- validation and computed values --------------------------------------------------------

def validate(data: AssessmentInput, phase: str | None, today: date | None = None
             ) -> list[FieldError]:
    """Field-level problems; the tests are checked on the scale of the stage's context."""
    today = today or date.today()
    errors: list[FieldError] = []
    if data.assessed_on > today:
        errors.append(FieldError("assessed_on", "future", "the assessment date is in the future"))
    elif phase is None:
        errors.append(FieldError("assessed_on", "outside_episode",
                                 "the date is outside this pregnancy and the months after it"))
    for problem in data.tests.validate():
        errors.append(FieldError("tests", "invalid", problem))
    if data.classification_chosen and decode_subgroup(data.classification_chosen)[0] is None:
        errors.append(FieldError("classification_chosen", "choice", "unknown subgroup"))
    if data.next_visit is not None and data.next_visit < data.assessed_on:
        errors.append(FieldError("next_visit", "before_assessment",
                                 "the next visit is before the assessment date"))
    for name in ("plan", "notes"):
        if len(getattr(data, name)) > TEXT_MAX:
            errors.append(FieldError(name, "too_long", f"at most {TEXT_MAX} characters"))
    return errors


def _stage_for(episode: Episode, on: date) -> tuple[str | None, int | None]:
    return stage_columns(stage_on(episode.due_date, episode.birth_date, on))


def _with_context(tests: PelvicTestFindings, phase: str | None) -> PelvicTestFindings:
    """The findings re-read under the stage's context (LDL: >5 s rule or grade 0-3)."""
    if phase is None or tests.context == context_for_phase(phase):
        return tests
    data = tests.to_dict()
    data["context"] = str(context_for_phase(phase))
    try:
        return PelvicTestFindings.from_dict(data)
    except FindingsError as exc:
        raise ValidationError([FieldError(
            "tests", "context",
            "the date moves the assessment between pregnancy and after birth; re-record "
            f"the long dorsal ligament test ({exc.code})")]) from None


def _apply(session: Session, actor: Actor, row: Assessment, episode: Episode,
           data: AssessmentInput) -> None:
    """Validate and write the editable fields plus everything computed from them."""
    phase, stage_days = _stage_for(episode, data.assessed_on)
    tests = _with_context(data.tests, phase)
    errors = validate(replace(data, tests=tests), phase)
    instruments = rules.clinic_instruments(session, actor.clinic_id)
    scores, score_errors = rules.compute_scores(data.questionnaires, tests, instruments)
    if errors or score_errors:
        raise ValidationError(errors + score_errors)
    row.assessed_on = data.assessed_on
    row.phase, row.stage_days = phase, stage_days
    row.history = dict(data.history)
    row.screening = dict(data.screening)
    row.pain_map = data.pain_map.to_dict()
    row.tests = tests.to_dict()
    row.questionnaires = {c: q.to_dict() for c, q in data.questionnaires.items()}
    row.scores = scores
    row.classification_suggested = rules.suggested_code(tests, data.pain_map)
    row.classification_chosen = data.classification_chosen or None
    row.plan = data.plan
    row.next_visit = data.next_visit
    row.notes = data.notes


# --- create, read, save ----------------------------------------------------------------------

def _ordered(session: Session, episode_id: int, *options: ORMOption) -> list[Assessment]:
    return list(session.scalars(select(Assessment).options(*options)
                                .where(Assessment.episode_id == episode_id)
                                .order_by(Assessment.assessed_on, Assessment.id)))


def create_assessment(db: Database, actor: Actor, episode_id: int, kind: str = INITIAL,
                      assessed_on: date | None = None, data: AssessmentInput | None = None,
                      carry_history: bool = True) -> AssessmentRecord:
    """A new draft on ``assessed_on`` (today) by the actor, with the stage on that date.

    A follow-up needs an earlier assessment in the episode; it starts with that one's
    history (``carry_history``), since most of the story stays the same.
    """
    if kind not in KINDS:
        raise ValidationError([FieldError("kind", "choice", "initial or follow-up")])
    on = assessed_on or (data.assessed_on if data else date.today())
    with db.sessions.begin() as session:
        episode, client = _episode(session, actor, episode_id)
        earlier = [a for a in _ordered(session, episode_id) if a.assessed_on <= on]
        if kind == FOLLOW_UP and not earlier:
            raise ValidationError([FieldError(
                "kind", "no_initial", "a follow-up needs an earlier assessment in this "
                "pregnancy; start with an initial assessment")])
        if data is None:
            data = AssessmentInput(assessed_on=on)
            if kind == FOLLOW_UP and carry_history:
                data.history = dict(earlier[-1].history or {})
        data = replace(data, assessed_on=on)
        row = Assessment(episode_id=episode_id, kind=kind, therapist_id=actor.user_id,
                         status=DRAFT)
        _apply(session, actor, row, episode, data)
        session.add(row)
        session.flush()
        record(session, actor, "create", "assessment", row.id, client.id)
        return _to_record(session, row, client.id)


def get_assessment(db: Database, actor: Actor, assessment_id: int) -> AssessmentRecord:
    """Open one assessment; the read is audited."""
    with db.sessions.begin() as session:
        row, _episode_row, client = _load(session, actor, assessment_id)
        record(session, actor, "read", "assessment", row.id, client.id)
        return _to_record(session, row, client.id)


def _last_editor(session: Session, assessment_id: int) -> str:
    return last_editor(session, "assessment", assessment_id, ("update", "sign"))


def _conflict(session: Session, base: AssessmentRecord, row: Assessment,
              data: AssessmentInput) -> ConflictError:
    """Which sections the other workstation changed, with both versions."""
    theirs = to_payload(_input_of(row))
    before, mine = to_payload(base), to_payload(data)
    changes = [Change(name, mine[name], theirs[name]) for name in theirs
               if name != "payload_version" and theirs[name] != before[name]]
    if row.status != base.status:
        changes.append(Change("status", base.status, row.status))
    return ConflictError("assessment", row.id, row.version, changes,
                         changed_by=_last_editor(session, row.id))


def save_assessment(db: Database, actor: Actor, base: AssessmentRecord,
                    data: AssessmentInput) -> AssessmentRecord:
    """Save edits made to ``base`` (the record as it was opened).

    Raises UserError for a signed assessment, ValidationError for bad fields and
    ConflictError (nothing written) when another workstation saved it after ``base``.
    """
    try:
        with db.sessions.begin() as session:
            row, episode, client = _load(session, actor, base.id)
            if row.status == SIGNED:
                raise UserError(SIGNED_MESSAGE)
            if row.version != base.version:
                raise _conflict(session, base, row, data)
            before, after = to_payload(base), to_payload(data)
            changed = sorted(k for k in after if k != "payload_version"
                             and after[k] != before[k])
            _apply(session, actor, row, episode, data)
            record(session, actor, "update", "assessment", row.id, client.id, fields=changed)
            session.flush()
            return _to_record(session, row, client.id)
    except StaleDataError:
        with db.sessions() as session:
            row, _episode_row, _client = _load(session, actor, base.id)
            raise _conflict(session, base, row, data) from None


def sign_assessment(db: Database, actor: Actor, assessment_id: int,
                    version: int) -> AssessmentRecord:
    """Lock the assessment as ``version`` (what the therapist saw); later: addenda only."""
    try:
        with db.sessions.begin() as session:
            row, _episode_row, client = _load(session, actor, assessment_id)
            if row.status == SIGNED:
                raise UserError("this assessment is already signed")
            if row.version != version:
                raise ConflictError("assessment", row.id, row.version, [],
                                    changed_by=_last_editor(session, row.id))
            row.status = SIGNED
            row.signed_at = datetime.now().astimezone()
            row.signed_by_id = actor.user_id
            record(session, actor, "sign", "assessment", row.id, client.id)
            session.flush()
            return _to_record(session, row, client.id)
    except StaleDataError:
        raise ConflictError("assessment", assessment_id, version + 1, []) from None


def add_addendum(db: Database, actor: Actor, assessment_id: int, text: str) -> AddendumRecord:
    """Add a dated correction by the actor to a signed assessment."""
    text = text.strip()
    if not text:
        raise ValidationError([FieldError("addendum", "required", "write the addendum first")])
    if len(text) > ADDENDUM_MAX:
        raise ValidationError([FieldError("addendum", "too_long",
                                          f"at most {ADDENDUM_MAX} characters")])
    with db.sessions.begin() as session:
        row, _episode_row, client = _load(session, actor, assessment_id)
        if row.status != SIGNED:
            raise UserError("addenda are for signed assessments; edit the draft instead")
        addendum = AssessmentAddendum(assessment_id=row.id, author_id=actor.user_id, text=text)
        session.add(addendum)
        session.flush()
        record(session, actor, "addendum", "assessment", row.id, client.id,
               addendum_id=addendum.id)
        return AddendumRecord(addendum.id, actor.signature, addendum.created_at, text)


def delete_draft(db: Database, actor: Actor, assessment_id: int, version: int) -> None:
    """Remove a draft started by mistake; a signed assessment is never deleted."""
    with db.sessions.begin() as session:
        row, client = records.deletable_draft(session, actor, Assessment, "assessment",
                                              assessment_id, version, SIGNED,
                                              "a signed assessment cannot be deleted")
        session.delete(row)
        record(session, actor, "delete", "assessment", assessment_id, client.id)


# --- lists -----------------------------------------------------------------------------------

# What a list row (``_row_of``) and the open red flags read of an assessment: not the
# history, tests, questionnaires or pain drawing, which only the assessment itself shows.
_LISTED = load_only(Assessment.id, Assessment.episode_id, Assessment.kind,
                    Assessment.assessed_on, Assessment.status, Assessment.therapist_id,
                    Assessment.phase, Assessment.stage_days, Assessment.scores,
                    Assessment.screening, Assessment.classification_chosen,
                    Assessment.classification_suggested, Assessment.next_visit,
                    raiseload=True)


def _row_of(a: Assessment, names: dict[int, str]) -> AssessmentRow:
    scores = a.scores or {}
    chosen = a.classification_chosen or a.classification_suggested or ""
    return AssessmentRow(
        id=a.id, episode_id=a.episode_id, kind=a.kind, assessed_on=a.assessed_on,
        status=a.status, therapist_name=names.get(a.therapist_id or 0, ""),
        phase=a.phase, stage_days=a.stage_days,
        pgq_total=(scores.get("PGQ") or {}).get("values", {}).get("total"),
        nrs_now=(scores.get("NRS") or {}).get("values", {}).get("now"),
        classification=chosen,
        red_flags=len(open_flags(screening_answers(a.screening), a.phase, a.stage_days)),
        next_visit=a.next_visit,
    )


def list_assessments(db: Database, actor: Actor, episode_id: int) -> list[AssessmentRow]:
    """An episode's assessments, oldest first."""
    with db.sessions.begin() as session:
        _episode_row, client = _episode(session, actor, episode_id)
        rows = _ordered(session, episode_id, _LISTED)
        names = _names(session, {a.therapist_id for a in rows})
        record(session, actor, "list", "assessment", None, client.id, episode_id=episode_id)
        return [_row_of(a, names) for a in rows]


def list_client_assessments(db: Database, actor: Actor, client_id: int) -> list[AssessmentRow]:
    """All of a client's assessments over every pregnancy, oldest first."""
    with db.sessions.begin() as session:
        return client_assessment_rows(session, actor, client_id)


def client_assessment_rows(session: Session, actor: Actor, client_id: int
                           ) -> list[AssessmentRow]:
    """``list_client_assessments`` inside the caller's transaction."""
    records.client(session, actor, client_id)
    rows = list(session.scalars(
        select(Assessment).options(_LISTED)
        .join(Episode, Episode.id == Assessment.episode_id)
        .where(Episode.client_id == client_id)
        .order_by(Assessment.assessed_on, Assessment.id)))
    names = _names(session, {a.therapist_id for a in rows})
    record(session, actor, "list", "assessment", None, client_id)
    return [_row_of(a, names) for a in rows]


def _before(rows: list[Assessment], target: Assessment) -> Assessment | None:
    earlier = [a for a in rows if (a.assessed_on, a.id) < (target.assessed_on, target.id)]
    return earlier[-1] if earlier else None


def previous_assessment(db: Database, actor: Actor, assessment_id: int
                        ) -> AssessmentRecord | None:
    """The assessment just before this one in the same episode (by date, then creation)."""
    with db.sessions.begin() as session:
        row, _episode_row, client = _load(session, actor, assessment_id)
        prev = _before(_ordered(session, row.episode_id), row)
        if prev is None:
            return None
        record(session, actor, "read", "assessment", prev.id, client.id)
        return _to_record(session, prev, client.id)


def _current_episode(session: Session, client_id: int) -> Episode | None:
    episodes = list(session.scalars(select(Episode).where(Episode.client_id == client_id)
                                    .order_by(Episode.id)))
    open_ones = [e for e in episodes if not e.closed]
    return (open_ones or episodes)[-1] if episodes else None


def latest_answers(rows: list[Assessment]) -> dict[str, bool]:
    """Per screening code, the answer of the latest assessment that answered it.

    A follow-up that leaves a question blank does not close a flag raised earlier; only an
    explicit "no" does.
    """
    answers: dict[str, bool] = {}
    for row in rows:
        answers.update(screening_answers(row.screening))
    return answers


def open_red_flags(db: Database, actor: Actor, client_id: int,
                   today: date | None = None) -> list[str]:
    """Codes of red flags and contraindications still open in the client's current episode.

    Each question counts with its latest explicit answer over the episode's assessments
    (drafts too: a flag found in an unsigned draft matters most), and only while it applies
    at today's stage (fetal movements stop being asked after birth). Contraindications to
    exercise count too, since both mean refer before exercise.
    """
    with db.sessions.begin() as session:
        return red_flags_in(session, actor, client_id, today)


def red_flags_in(session: Session, actor: Actor, client_id: int,
                 today: date | None = None) -> list[str]:
    """``open_red_flags`` inside the caller's transaction."""
    today = today or date.today()
    records.client(session, actor, client_id)
    episode = _current_episode(session, client_id)
    if episode is None:
        return []
    rows = _ordered(session, episode.id, _LISTED)
    record(session, actor, "read", "red_flags", episode.id, client_id)
    if not rows:
        return []
    phase, days = _stage_for(episode, today)
    if phase is None:
        phase, days = rows[-1].phase, rows[-1].stage_days
    return [item.code for item in open_flags(latest_answers(rows), phase, days)]


def pain_map_history(db: Database, actor: Actor, episode_id: int
                     ) -> list[tuple[int, date, PainMap]]:
    """(assessment id, date, pain map) of the episode's assessments with a map, oldest first;
    for showing an earlier map beside the current one."""
    with db.sessions.begin() as session:
        _episode_row, client = _episode(session, actor, episode_id)
        out = []
        for row in _ordered(session, episode_id):
            if row.pain_map:
                pain_map = PainMap.from_dict(row.pain_map)
                if not pain_map.is_empty:
                    out.append((row.id, row.assessed_on, pain_map))
        record(session, actor, "read", "pain_maps", episode_id, client.id)
        return out
