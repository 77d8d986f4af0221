"""Home programmes: a client's exercises with dosage and notes, within one episode.

A programme is a draft while the therapist builds it and becomes *issued* when the
handout is given to the client; an issued programme is a record and is not edited again.
The next visit starts from the last programme (``create_programme(from_programme=...)``
or ``start_next_programme``), so personalising continues where it stopped (CLINICAL.md
§7: individually tailored programmes, progressed one change at a time; Stuge et al. 2004).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, overload

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from pgp_desk.content.advice import unknown_codes
from pgp_desk.db.base import utcnow
from pgp_desk.db.models import Programme, ProgrammeItem, User
from pgp_desk.domain.dosage import Dosage, DosageError
from pgp_desk.domain.i18n import LANGUAGES
from pgp_desk.domain.people import signature
from pgp_desk.services import records
from pgp_desk.services.audit.audit import last_editor, record
from pgp_desk.services.database import Database
from pgp_desk.services.errors import (
    Change,
    ConflictError,
    FieldError,
    NotFoundError,
    UserError,
    ValidationError,
)
from pgp_desk.services.people.actor import Actor
from pgp_desk.services.people.signatures import signature_names
from pgp_desk.services.programmes.exercise_library import clinic_library

DRAFT = "draft"
ISSUED = "issued"
MAX_ITEMS = 40
MAX_TITLE = 300
MAX_NOTE = 2000
MAX_PERSONAL_NOTE = 4000


@dataclass(frozen=True)
class ProgrammeItemData:
    """One exercise in a programme: its code, this client's dosage and a note for her."""

    exercise_code: str
    dosage: Dosage = field(default_factory=Dosage)
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.exercise_code, "dosage": self.dosage.to_dict(), "note": self.note}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ProgrammeItemData:
        return cls(str(data["code"]), Dosage.from_dict(data.get("dosage")),
                   str(data.get("note") or ""))


@dataclass
class ProgrammeInput:
    """What the therapist edits in the builder."""

    title: str = ""
    personal_note: str = ""
    language: str = "da"
    advice: list[str] = field(default_factory=list)
    items: list[ProgrammeItemData] = field(default_factory=list)


def to_payload(data: ProgrammeInput) -> dict[str, Any]:
    """The builder's state as plain JSON data (for a crash-safe draft)."""
    return {"title": data.title, "personal_note": data.personal_note,
            "language": data.language, "advice": list(data.advice),
            "items": [item.to_dict() for item in data.items]}


def input_from_payload(payload: dict[str, Any]) -> ProgrammeInput:
    """Back from ``to_payload``; ValueError/KeyError/TypeError for a damaged draft."""
    return ProgrammeInput(
        title=str(payload.get("title") or ""),
        personal_note=str(payload.get("personal_note") or ""),
        language=str(payload.get("language") or "da"),
        advice=[str(a) for a in payload.get("advice") or []],
        items=[ProgrammeItemData.from_dict(i) for i in payload.get("items") or []],
    )


@dataclass
class ProgrammeRecord(ProgrammeInput):
    id: int = 0
    episode_id: int = 0
    client_id: int = 0
    version: int = 0
    status: str = DRAFT
    issued_at: datetime | None = None
    therapist_id: int | None = None
    therapist_name: str = ""
    based_on_id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def issued(self) -> bool:
        return self.status == ISSUED

    def as_input(self) -> ProgrammeInput:
        return ProgrammeInput(self.title, self.personal_note, self.language,
                              list(self.advice), list(self.items))


@dataclass(frozen=True)
class ProgrammeSummary:
    """One line of an episode's programme history."""

    id: int
    status: str
    title: str
    language: str
    item_count: int
    therapist_name: str
    created_at: datetime
    updated_at: datetime
    issued_at: datetime | None


# --------------------------------------------------------------------------- helpers


_episode = records.episode


_load = records.programme


def _name(session: Session, user_id: int | None) -> str:
    if user_id is None:
        return ""
    return signature_names(session, [user_id]).get(user_id, "")


def _items_of(programme: Programme) -> list[ProgrammeItemData]:
    items = []
    for row in programme.items:
        try:
            dosage = Dosage.from_dict(row.dosage)
        except (DosageError, TypeError):  # stored by a newer version: show it empty
            dosage = Dosage()
        items.append(ProgrammeItemData(row.exercise_code, dosage, row.note or ""))
    return items


@overload
def _aware(moment: datetime) -> datetime: ...


@overload
def _aware(moment: None) -> None: ...


def _aware(moment: datetime | None) -> datetime | None:
    """SQLite hands timestamps back without a zone; they were written in UTC."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


def _to_record(session: Session, programme: Programme, client_id: int) -> ProgrammeRecord:
    return ProgrammeRecord(
        title=programme.title, personal_note=programme.personal_note,
        language=programme.language, advice=list(programme.advice or []),
        items=_items_of(programme), id=programme.id, episode_id=programme.episode_id,
        client_id=client_id, version=programme.version, status=programme.status,
        issued_at=_aware(programme.issued_at), therapist_id=programme.therapist_id,
        therapist_name=_name(session, programme.therapist_id),
        based_on_id=programme.based_on_id, created_at=_aware(programme.created_at),
        updated_at=_aware(programme.updated_at))


def _set_items(programme: Programme, items: list[ProgrammeItemData]) -> None:
    programme.items = [
        ProgrammeItem(position=i, exercise_code=item.exercise_code,
                      dosage=item.dosage.to_dict(), note=item.note)
        for i, item in enumerate(items)
    ]


def validate(db: Database, actor: Actor, data: ProgrammeInput,
             known_codes: set[str] | None = None) -> list[FieldError]:
    """Field problems: language, lengths, advice modules, unknown exercises, dosages."""
    records.require(actor, records.CLINICAL, db, "programme")
    errors: list[FieldError] = []
    if data.language not in LANGUAGES:
        errors.append(FieldError("language", "choice", "choose da, nb or en"))
    if len(data.title) > MAX_TITLE:
        errors.append(FieldError("title", "too_long", f"at most {MAX_TITLE} characters"))
    if len(data.personal_note) > MAX_PERSONAL_NOTE:
        errors.append(FieldError("personal_note", "too_long",
                                 f"at most {MAX_PERSONAL_NOTE} characters"))
    unknown = unknown_codes(data.advice)
    if unknown:
        errors.append(FieldError("advice", "unknown_advice", f"unknown: {', '.join(unknown)}"))
    if len(data.items) > MAX_ITEMS:
        errors.append(FieldError("items", "too_many", f"at most {MAX_ITEMS} exercises"))
    if known_codes is None:
        known_codes = set(clinic_library(db, actor, include_retired=True))
    for index, item in enumerate(data.items):
        where = f"items.{index}"
        if item.exercise_code not in known_codes:
            errors.append(FieldError(where, "unknown_exercise",
                                     f"{item.exercise_code} is not in the library"))
        for problem in item.dosage.validate():
            errors.append(FieldError(f"{where}.dosage", problem, problem.replace("_", " ")))
        if len(item.note) > MAX_NOTE:
            errors.append(FieldError(f"{where}.note", "too_long",
                                     f"at most {MAX_NOTE} characters"))
    return errors


def _clean(data: ProgrammeInput) -> ProgrammeInput:
    return ProgrammeInput(
        title=data.title.strip(), personal_note=data.personal_note.strip(),
        language=data.language, advice=list(dict.fromkeys(data.advice)),
        items=[ProgrammeItemData(i.exercise_code, i.dosage, i.note.strip())
               for i in data.items])


# --------------------------------------------------------------------------- reading


def get_programme(db: Database, actor: Actor, programme_id: int) -> ProgrammeRecord:
    """Open one programme; the read is audited."""
    with db.sessions.begin() as session:
        programme, _episode_row, client = _load(session, actor, programme_id)
        record(session, actor, "read", "programme", programme.id, client.id)
        return _to_record(session, programme, client.id)


def list_programmes(db: Database, actor: Actor, episode_id: int) -> list[ProgrammeSummary]:
    """The episode's programme history, newest first."""
    with db.sessions.begin() as session:
        _episode_row, client = _episode(session, actor, episode_id)
        counts = (select(ProgrammeItem.programme_id, func.count(ProgrammeItem.id).label("n"))
                  .group_by(ProgrammeItem.programme_id).subquery())
        rows = session.execute(
            select(Programme, func.coalesce(counts.c.n, 0), User.full_name,
                   User.authorisation_id)
            .outerjoin(counts, counts.c.programme_id == Programme.id)
            .outerjoin(User, User.id == Programme.therapist_id)
            .where(Programme.episode_id == episode_id)
            .order_by(Programme.created_at.desc(), Programme.id.desc())).all()
        record(session, actor, "list", "programme", None, client.id, episode_id=episode_id)
        return [ProgrammeSummary(p.id, p.status, p.title, p.language, n,
                                 signature(name or "", authorisation or ""),
                                 _aware(p.created_at), _aware(p.updated_at),
                                 _aware(p.issued_at))
                for p, n, name, authorisation in rows]


def latest_programme(db: Database, actor: Actor, episode_id: int) -> ProgrammeRecord | None:
    """The episode's newest programme (draft or issued), or None."""
    history = list_programmes(db, actor, episode_id)
    return get_programme(db, actor, history[0].id) if history else None


# --------------------------------------------------------------------------- writing


def create_programme(
    db: Database,
    actor: Actor,
    episode_id: int,
    data: ProgrammeInput | None = None,
    from_programme: int | None = None,
) -> ProgrammeRecord:
    """A new draft for the episode: empty, from ``data``, or a copy of an earlier programme
    of the same client (programme_templates.start_from_template starts from a template).

    The language defaults to the client's handout language.
    """
    records.require(actor, records.CLINICAL, db, "programme")  # before reading the library
    known = set(clinic_library(db, actor, include_retired=True))
    with db.sessions.begin() as session:
        episode, client = _episode(session, actor, episode_id)
        source = None
        if from_programme is not None:
            source, source_episode, _client = _load(session, actor, from_programme)
            if source_episode.client_id != client.id:
                raise NotFoundError(f"programme {from_programme} does not exist")
        if data is None:
            data = ProgrammeInput(language=client.language or "da")
            if source is not None:
                data = ProgrammeInput(source.title, source.personal_note, source.language,
                                      list(source.advice or []), _items_of(source))
        data = _clean(data)
        errors = validate(db, actor, data, known)
        if errors:
            raise ValidationError(errors)
        programme = Programme(episode_id=episode.id, therapist_id=actor.user_id,
                              based_on_id=source.id if source is not None else None,
                              language=data.language, title=data.title,
                              personal_note=data.personal_note, advice=list(data.advice),
                              status=DRAFT)
        _set_items(programme, data.items)
        session.add(programme)
        session.flush()
        record(session, actor, "create", "programme", programme.id, client.id,
               based_on=programme.based_on_id or 0)
        return _to_record(session, programme, client.id)


def episode_language(db: Database, actor: Actor, episode_id: int) -> str:
    """The handout language of the episode's client (a new programme's default)."""
    with db.sessions() as session:
        _episode_row, client = _episode(session, actor, episode_id)
        return client.language or "da"


def start_next_programme(db: Database, actor: Actor, episode_id: int) -> ProgrammeRecord:
    """The programme to work on at this visit: the open draft if there is one, otherwise a
    new draft copied from the last issued programme (or an empty one)."""
    latest = latest_programme(db, actor, episode_id)
    if latest is not None and not latest.issued:
        return latest
    return create_programme(db, actor, episode_id,
                            from_programme=latest.id if latest is not None else None)


def _changes(base: ProgrammeRecord, theirs: ProgrammeRecord, mine: ProgrammeInput
             ) -> list[Change]:
    names = ("title", "personal_note", "language", "advice", "items")
    return [Change(n, getattr(mine, n), getattr(theirs, n)) for n in names
            if getattr(theirs, n) != getattr(base, n)] + (
        [Change("status", base.status, theirs.status)] if theirs.status != base.status else [])


def save_programme(db: Database, actor: Actor, base: ProgrammeRecord,
                   data: ProgrammeInput) -> ProgrammeRecord:
    """Save the builder's state over ``base`` (the programme as it was opened).

    ConflictError when another workstation saved or issued it meanwhile; UserError when it
    is already issued (start a new programme from it instead).
    """
    data = _clean(data)
    errors = validate(db, actor, data)
    if errors:
        raise ValidationError(errors)

    def conflict(session: Session, programme: Programme, client_id: int) -> ConflictError:
        theirs = _to_record(session, programme, client_id)
        return ConflictError("programme", programme.id, programme.version,
                             _changes(base, theirs, data),
                             changed_by=last_editor(session, "programme", programme.id,
                                                    ("update", "issue")))

    try:
        with db.sessions.begin() as session:
            programme, _episode_row, client = _load(session, actor, base.id)
            if programme.version != base.version:
                raise conflict(session, programme, client.id)
            if programme.status == ISSUED:
                raise UserError("this programme has been issued and cannot be changed; "
                                "start a new programme from it")
            programme.title = data.title
            programme.personal_note = data.personal_note
            programme.language = data.language
            programme.advice = list(data.advice)
            programme.updated_at = utcnow()  # always an UPDATE, so the version moves on
            _set_items(programme, data.items)
            session.flush()
            record(session, actor, "update", "programme", programme.id, client.id,
                   items=len(data.items))
            return _to_record(session, programme, client.id)
    except StaleDataError:
        with db.sessions() as session:
            programme, _episode_row, client = _load(session, actor, base.id)
            raise conflict(session, programme, client.id) from None


def mark_issued(session: Session, actor: Actor, programme_id: int,
                expected_version: int | None = None) -> tuple[Programme, int]:
    """Mark a programme issued inside the caller's transaction; returns it and its client's
    id. Issuing an issued one changes nothing, so a reprint can call it again."""
    programme, _episode_row, client = _load(session, actor, programme_id)
    if programme.status == ISSUED:
        return programme, client.id
    if expected_version is not None and programme.version != expected_version:
        raise ConflictError("programme", programme.id, programme.version)
    if not programme.items:
        raise ValidationError([FieldError("items", "required",
                                          "add at least one exercise first")])
    programme.status = ISSUED
    programme.issued_at = utcnow()
    session.flush()
    record(session, actor, "issue", "programme", programme.id, client.id)
    return programme, client.id


def issue_programme(db: Database, actor: Actor, programme_id: int,
                    expected_version: int | None = None) -> ProgrammeRecord:
    """Mark a programme issued (given to the client). ``expected_version`` guards against
    issuing a programme someone changed after this screen loaded it."""
    try:
        with db.sessions.begin() as session:
            programme, client_id = mark_issued(session, actor, programme_id, expected_version)
            return _to_record(session, programme, client_id)
    except StaleDataError:
        raise ConflictError("programme", programme_id, (expected_version or 0) + 1) from None


def discard_draft(db: Database, actor: Actor, programme_id: int, version: int) -> None:
    """Delete a draft nobody has changed since ``version``; issued programmes stay."""
    with db.sessions.begin() as session:
        programme, client = records.deletable_draft(
            session, actor, Programme, "programme", programme_id, version, ISSUED,
            "an issued programme is part of the record and cannot be deleted")
        for later in session.scalars(select(Programme).where(
                Programme.based_on_id == programme.id)):
            later.based_on_id = None
        session.delete(programme)
        record(session, actor, "delete", "programme", programme_id, client.id)
