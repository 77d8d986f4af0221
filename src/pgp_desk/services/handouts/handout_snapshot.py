"""One programme's handout as it stands, read from the database once.

The handout dialog, the command line and issuing all start from a `HandoutSnapshot`: the
programme, its items, the clinic, the therapist, the clinic's own exercises, the pictures,
the open red flags and the assessment extras (scores, latest pain map), read in one
transaction with one access check. Every preview is then made from the snapshot without
the database (`handout_data.assemble`), whatever options the therapist tries; issuing reads
a fresh snapshot and compares it with the one previewed.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pgp_desk.content.exercises import Exercise, builtin_library
from pgp_desk.db.models import Assessment, Clinic, ClinicExercise, Programme, ProgrammeItem, User
from pgp_desk.domain.i18n import LANGUAGES
from pgp_desk.domain.painmap import PainMap
from pgp_desk.domain.people import signature
from pgp_desk.pdf import ClinicHeader
from pgp_desk.services import records
from pgp_desk.services.assessments import assessment_rules
from pgp_desk.services.assessments.assessment_progress import build_points
from pgp_desk.services.assessments.assessments import red_flags_in
from pgp_desk.services.clinic_header import clinic_header
from pgp_desk.services.errors import NotFoundError
from pgp_desk.services.people.actor import Actor
from pgp_desk.services.programmes.exercise_library import clinic_exercise

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ProgrammeFacts:
    """What the service needs besides the printable data: ids, for records and checks."""

    programme_id: int
    episode_id: int
    client_id: int
    client_language: str
    status: str
    version: int


@dataclass(frozen=True)
class ItemRow:
    """One programme item as stored: exercise code, dosage and the therapist's note."""

    code: str
    dosage: Mapping[str, Any] | None
    note: str


@dataclass(frozen=True)
class Source:
    """Where an item's texts and picture come from: the clinic's version or the library."""

    exercise: Exercise | None
    photo: bytes | None
    picture_code: str | None


@dataclass(frozen=True)
class Score:
    """One assessment's PGQ total and pain now (NRS), for the handout's progress part."""

    assessed_on: date
    pgq: float | None
    nrs: float | None


@dataclass(frozen=True)
class HandoutSnapshot:
    """Everything the handout of one programme prints, and what the dialog shows first."""

    facts: ProgrammeFacts
    today: date
    client_name: str
    language: str  # the programme's handout language, the dialog's default
    paper: str  # the clinic's paper
    programme_title: str
    red_flags: tuple[str, ...]
    clinic: ClinicHeader
    therapist_name: str
    personal_note: str
    advice: tuple[str, ...]  # the modules the therapist ticked
    after_birth: bool
    items: tuple[ItemRow, ...]
    sources: Mapping[str, Source]
    pictures: Mapping[str, str | None]  # library drawing per exercise code (no photo)
    scores: tuple[Score, ...]
    pain_map: PainMap | None
    has_assessment: bool

    @property
    def programme_id(self) -> int:
        return self.facts.programme_id

    @property
    def client_id(self) -> int:
        return self.facts.client_id

    @property
    def programme_status(self) -> str:
        return self.facts.status

    @property
    def item_count(self) -> int:
        return len(self.items)


def client_name(first: str, last: str) -> str:
    return " ".join(p for p in (first.strip(), last.strip()) if p)


def read_snapshot(session: Session, actor: Actor, programme_id: int,
                  today: date) -> HandoutSnapshot:
    """The programme's handout as it stands, inside the caller's transaction; only a
    programme of the actor's clinic, read by a therapist (`records.programme`)."""
    programme, episode, client = records.programme(session, actor, programme_id)
    clinic = session.get(Clinic, actor.clinic_id)
    if clinic is None:
        raise NotFoundError("the clinic record is missing from the database")
    therapist = session.get(User, programme.therapist_id) if programme.therapist_id else None
    items = tuple(ItemRow(i.exercise_code, i.dosage, i.note or "") for i in session.scalars(
        select(ProgrammeItem).where(ProgrammeItem.programme_id == programme.id)
        .order_by(ProgrammeItem.position, ProgrammeItem.id)))
    sources = _sources(session, actor, [i.code for i in items])
    after_birth = episode.birth_date is not None and episode.birth_date <= today
    assessments = list(session.scalars(select(Assessment)
                                       .where(Assessment.episode_id == episode.id)
                                       .order_by(Assessment.assessed_on, Assessment.id)))
    flags = red_flags_in(session, actor, client.id, today)
    return HandoutSnapshot(
        facts=ProgrammeFacts(programme.id, episode.id, client.id, client.language,
                             programme.status, programme.version),
        today=today,
        client_name=client_name(client.first_name, client.last_name),
        language=default_language(programme, client.language),
        paper=clinic.paper_size,
        programme_title=programme.title or "",
        red_flags=tuple(flags),
        clinic=clinic_header(clinic),
        therapist_name=signature(therapist.full_name, therapist.authorisation_id)
        if therapist else actor.signature,
        personal_note=programme.personal_note or "",
        advice=tuple(programme.advice or ()),
        after_birth=after_birth,
        items=items,
        sources=sources,
        pictures={code: (None if s.photo else _illustration(s.picture_code, after_birth))
                  for code, s in sources.items()},
        scores=_scores(session, actor, assessments),
        pain_map=_latest_pain_map(assessments),
        has_assessment=bool(assessments),
    )


def default_language(programme: Programme, client_language: str) -> str:
    """The programme's handout language (the builder starts it at the client's)."""
    return programme.language if programme.language in LANGUAGES else client_language


# ---------------------------------------------------------------------------- exercises


def _sources(session: Session, actor: Actor, codes: list[str]) -> dict[str, Source]:
    library = builtin_library()
    rows = session.scalars(select(ClinicExercise).where(
        ClinicExercise.clinic_id == actor.clinic_id, ClinicExercise.code.in_(set(codes))))
    clinic = {row.code: row for row in rows}
    out: dict[str, Source] = {}
    for code in codes:
        row = clinic.get(code)
        if row is not None:
            exercise = clinic_exercise(row)
            based_on = row.based_on or (exercise.based_on if exercise else None)
            out[code] = Source(exercise or library.get(based_on or ""), row.photo,
                               based_on or code)
        else:
            out[code] = Source(library.get(code), None, code)
    return out


def _illustration(code: str | None, after_birth: bool = False) -> str | None:
    """The library drawing for `code`; after the birth without the pregnant belly."""
    if not code:
        return None
    try:
        from pgp_desk.content.figures import illustration_svg

        return illustration_svg(code, after_birth)
    except KeyError:
        return None
    except Exception:  # a broken pose file must not stop the handout
        _log.warning("illustration for %s cannot be drawn", code, exc_info=True)
        return None


# ---------------------------------------------------------------------------- assessments


def _scores(session: Session, actor: Actor, rows: list[Assessment]) -> tuple[Score, ...]:
    """One score per assessment that has a PGQ total or an NRS, oldest first (PGQ: Stuge et
    al. 2011, Spine 36:E1041; as computed by the assessment services)."""
    if not rows:
        return ()
    instruments = assessment_rules.clinic_instruments(session, actor.clinic_id)
    out = []
    for point in build_points(rows, instruments):
        pgq, nrs = point.values.get("pgq_total"), point.values.get("nrs_now")
        if pgq is not None or nrs is not None:
            out.append(Score(point.assessed_on, pgq, nrs))
    return tuple(out)


def _latest_pain_map(rows: list[Assessment]) -> PainMap | None:
    """The pain map of the most recent assessment that has one (rows oldest first)."""
    for row in reversed(rows):
        if not row.pain_map:
            continue
        try:
            pain_map = PainMap.from_dict(row.pain_map)
        except (ValueError, TypeError, KeyError):
            continue
        if not pain_map.is_empty:
            return pain_map
    return None
