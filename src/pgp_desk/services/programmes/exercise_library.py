"""The clinic's exercise library: the built-ins it has not retired plus its own exercises.

Clinic exercises are stored as the same YAML-shaped mapping a built-in file holds (in
``ClinicExercise.definition``) and parsed by the same ``content.exercises.parse_exercise``,
so a clinic's exercise behaves exactly like a built-in one in the builder, the suggestions
and the handout. A built-in is never edited: "copy and adapt" makes a clinic exercise
``CLINIC-<n>`` with ``based_on`` pointing at the original. Retiring hides an exercise from
the library and the suggestions; programmes that already use it keep it.
"""

from __future__ import annotations

import copy
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from pgp_desk.content import yaml_text
from pgp_desk.content.exercises import (
    Exercise,
    ExerciseContentError,
    builtin_library,
    parse_exercise,
)
from pgp_desk.db.models import ClinicExercise, RetiredExercise
from pgp_desk.domain.normalise import search_key
from pgp_desk.resources import resource_path
from pgp_desk.services.audit.audit import record
from pgp_desk.services.database import Database
from pgp_desk.services.errors import (
    ConflictError,
    FieldError,
    NotFoundError,
    UserError,
    ValidationError,
)
from pgp_desk.services.people.actor import Actor
from pgp_desk.services.programmes.photos import Photo, prepare_photo

_log = logging.getLogger(__name__)

CLINIC_PREFIX = "CLINIC-"
_CLINIC_CODE = re.compile(r"^CLINIC-(\d+)$")
DEFAULT_LICENCE = "All rights reserved by the clinic"


@dataclass(frozen=True)
class LibraryEntry:
    """One exercise as the library screens list it, with whether the clinic retired it."""

    exercise: Exercise
    retired: bool = False
    record_id: int | None = None
    version: int | None = None
    has_photo: bool = False

    @property
    def code(self) -> str:
        return self.exercise.code

    @property
    def is_clinic(self) -> bool:
        return self.exercise.source == "clinic"


@dataclass(frozen=True)
class ClinicExerciseRecord:
    """A clinic exercise opened for editing: its definition mapping and row version."""

    id: int
    code: str
    based_on: str | None
    definition: dict[str, Any]
    version: int
    retired: bool
    has_photo: bool
    photo_mime: str | None

    @property
    def exercise(self) -> Exercise:
        return parse_exercise(self.definition, self.code, source="clinic", languages=())


# ------------------------------------------------------------------------ reading


def clinic_exercise(row: ClinicExercise) -> Exercise | None:
    """The row's exercise, or None (logged) when its stored definition no longer parses:
    the library leaves it out, a handout prints the built-in one it was based on."""
    data = dict(row.definition or {})
    data["code"] = row.code
    data.setdefault("based_on", row.based_on)
    try:
        return parse_exercise(data, row.code, source="clinic", languages=())
    except (ValueError, TypeError, KeyError):
        _log.warning("clinic exercise %s cannot be read", row.code, exc_info=True)
        return None


def _retired_builtins(session: Session, clinic_id: int) -> set[str]:
    return set(session.scalars(select(RetiredExercise.code)
                               .where(RetiredExercise.clinic_id == clinic_id)))


def _clinic_rows(session: Session, clinic_id: int) -> list[ClinicExercise]:
    return list(session.scalars(select(ClinicExercise)
                                .where(ClinicExercise.clinic_id == clinic_id)
                                .order_by(ClinicExercise.id)))


def library_entries(db: Database, actor: Actor) -> list[LibraryEntry]:
    """Every built-in and clinic exercise, retired ones included and marked."""
    with db.sessions() as session:
        retired = _retired_builtins(session, actor.clinic_id)
        rows = _clinic_rows(session, actor.clinic_id)
        entries = [LibraryEntry(e, e.code in retired) for e in builtin_library().values()]
        for row in rows:
            exercise = clinic_exercise(row)
            if exercise is not None:
                entries.append(LibraryEntry(exercise, row.retired, row.id, row.version,
                                            row.photo is not None))
        return entries


def clinic_library(db: Database, actor: Actor, include_retired: bool = False
                   ) -> dict[str, Exercise]:
    """The exercises this clinic offers, by code (retired ones too when asked: a programme
    or handout that already uses one must still show it)."""
    return {e.code: e.exercise for e in library_entries(db, actor)
            if include_retired or not e.retired}


def photo_codes(db: Database, actor: Actor) -> set[str]:
    """Codes of clinic exercises that have a photo (for thumbnails)."""
    with db.sessions() as session:
        return set(session.scalars(select(ClinicExercise.code).where(
            ClinicExercise.clinic_id == actor.clinic_id, ClinicExercise.photo.is_not(None))))


def get_photo(db: Database, actor: Actor, code: str) -> Photo | None:
    """The stored photo of a clinic exercise, or None."""
    with db.sessions() as session:
        row = session.scalars(select(ClinicExercise).where(
            ClinicExercise.clinic_id == actor.clinic_id, ClinicExercise.code == code)).first()
        if row is None or row.photo is None:
            return None
        return Photo(row.photo, row.photo_mime or "image/jpeg", 0, 0)


def find_exercises(
    exercises: Iterable[Exercise],
    text: str = "",
    category: str | None = None,
    phase: str | None = None,
    position: str | None = None,
    equipment: str | None = None,
) -> list[Exercise]:
    """Exercises matching every given filter, in library order.

    ``text`` matches when every word of it occurs in the code or in a name or purpose in
    any language, folded like client names (so "baekken" finds "bækken").
    """
    terms = search_key(text).split()
    found = []
    for exercise in exercises:
        if category and exercise.category != category:
            continue
        if phase and phase not in exercise.phases:
            continue
        if position and exercise.position != position:
            continue
        if equipment and equipment not in exercise.equipment:
            continue
        if terms:
            words = [exercise.code] + [piece for t in exercise.texts.values()
                                       for piece in (t.name, t.purpose)]
            haystack = search_key(" ".join(words))
            if not all(term in haystack for term in terms):
                continue
        found.append(exercise)
    return found


# ------------------------------------------------------------------------ writing


def builtin_definition(code: str) -> dict[str, Any]:
    """The YAML mapping of a built-in exercise, as a starting point for an adaptation."""
    if code not in builtin_library():
        raise NotFoundError(f"exercise {code} does not exist")
    path = resource_path("exercises", f"{code}.yaml")
    definition: dict[str, Any] = yaml_text.load(path.read_text(encoding="utf-8"))
    return definition


def _record(row: ClinicExercise) -> ClinicExerciseRecord:
    return ClinicExerciseRecord(
        id=row.id, code=row.code, based_on=row.based_on,
        definition=copy.deepcopy(dict(row.definition or {})), version=row.version,
        retired=row.retired, has_photo=row.photo is not None, photo_mime=row.photo_mime)


def _check(definition: dict[str, Any], code: str, known: set[str]) -> dict[str, Any]:
    """The definition cleaned and parsed; ValidationError naming what is wrong."""
    data = copy.deepcopy(dict(definition))
    data["code"] = code
    data.setdefault("kind", "exercise")
    data.setdefault("licence", DEFAULT_LICENCE)
    data.setdefault("author", "")
    for link in ("progression", "regression"):
        if not data.get(link):
            data[link] = None
    try:
        exercise = parse_exercise(data, code, source="clinic", languages=())
    except ExerciseContentError as exc:
        message = re.sub(rf"^{re.escape(code)} ?", "", str(exc)).lstrip(": ")
        raise ValidationError([FieldError("definition", "invalid", message)]) from exc
    if not exercise.texts:
        raise ValidationError([FieldError("texts", "required",
                                          "write the texts in at least one language")])
    errors = []
    for link in ("progression", "regression"):
        target = data.get(link)
        if target == code:
            errors.append(FieldError(link, "self_link", "an exercise cannot link to itself"))
        elif target and target not in known:
            errors.append(FieldError(link, "unknown_exercise", f"{target} does not exist"))
    if errors:
        raise ValidationError(errors)
    return data


def _known_codes(session: Session, clinic_id: int) -> set[str]:
    return set(builtin_library()) | {r.code for r in _clinic_rows(session, clinic_id)}


def _next_code(session: Session) -> str:
    numbers = [int(m.group(1)) for code in session.scalars(select(ClinicExercise.code))
               if (m := _CLINIC_CODE.match(code))]
    return f"{CLINIC_PREFIX}{max(numbers, default=0) + 1}"


def create_clinic_exercise(db: Database, actor: Actor, definition: dict[str, Any],
                           based_on: str | None = None) -> ClinicExerciseRecord:
    """Add the clinic's own exercise under a new code CLINIC-<n>."""
    for _attempt in range(3):
        try:
            with db.sessions.begin() as session:
                code = _next_code(session)
                data = _check(definition, code, _known_codes(session, actor.clinic_id))
                if based_on:
                    data["based_on"] = based_on
                row = ClinicExercise(clinic_id=actor.clinic_id, code=code, based_on=based_on,
                                     definition=data)
                session.add(row)
                session.flush()
                record(session, actor, "create", "clinic_exercise", row.id, None,
                       library_code=code)
                return _record(row)
        except IntegrityError:  # another workstation took the same number just now
            continue
    raise UserError("could not choose a new exercise code; please try again")


def adaptation_of(code: str, actor: Actor) -> dict[str, Any]:
    """A built-in's definition as the start of the clinic's version: the original authors
    stay credited (the texts are CC BY 4.0) and the adapter is added."""
    definition = builtin_definition(code)
    original = str(definition.get("author", "")).strip()
    adapter = actor.full_name or actor.username
    definition["author"] = f"{original}; adapted by {adapter}" if original else adapter
    return definition


def copy_builtin(db: Database, actor: Actor, code: str) -> ClinicExerciseRecord:
    """Copy a built-in exercise as the starting point of the clinic's own version."""
    return create_clinic_exercise(db, actor, adaptation_of(code, actor), based_on=code)


def _load(session: Session, actor: Actor, code: str) -> ClinicExercise:
    row = session.scalars(select(ClinicExercise).where(
        ClinicExercise.clinic_id == actor.clinic_id, ClinicExercise.code == code)).first()
    if row is None:
        raise NotFoundError(f"clinic exercise {code} does not exist")
    return row


def get_clinic_exercise(db: Database, actor: Actor, code: str) -> ClinicExerciseRecord:
    with db.sessions() as session:
        return _record(_load(session, actor, code))


def _saving(db: Database, actor: Actor, base: ClinicExerciseRecord,
            change: Callable[[Session, ClinicExercise], None]) -> ClinicExerciseRecord:
    """Run ``change(session, row)`` on the row if nobody saved it since ``base``."""
    try:
        with db.sessions.begin() as session:
            row = _load(session, actor, base.code)
            if row.version != base.version:
                raise ConflictError("exercise", row.id, row.version)
            change(session, row)
            session.flush()
            return _record(row)
    except StaleDataError:
        raise ConflictError("exercise", base.id, base.version + 1) from None


def update_clinic_exercise(db: Database, actor: Actor, base: ClinicExerciseRecord,
                           definition: dict[str, Any]) -> ClinicExerciseRecord:
    """Save edits made to ``base``; ConflictError when another workstation saved first."""

    def change(session: Session, row: ClinicExercise) -> None:
        data = _check(definition, row.code, _known_codes(session, actor.clinic_id))
        if row.based_on:
            data["based_on"] = row.based_on
        row.definition = data
        record(session, actor, "update", "clinic_exercise", row.id, None,
               library_code=row.code)

    return _saving(db, actor, base, change)


def set_photo(db: Database, actor: Actor, base: ClinicExerciseRecord,
              data: bytes | None) -> ClinicExerciseRecord:
    """Store a photo (PNG/JPEG, shrunk and re-encoded) or remove it with ``None``."""
    photo = prepare_photo(data) if data is not None else None

    def change(session: Session, row: ClinicExercise) -> None:
        row.photo = photo.data if photo else None
        row.photo_mime = photo.mime if photo else None
        record(session, actor, "photo" if photo else "remove_photo", "clinic_exercise",
               row.id, None, library_code=row.code)

    return _saving(db, actor, base, change)


def set_retired(db: Database, actor: Actor, code: str, retired: bool) -> None:
    """Retire (hide from the library) or bring back a built-in or clinic exercise."""
    with db.sessions.begin() as session:
        if code in builtin_library():
            exists = session.scalars(select(RetiredExercise).where(
                RetiredExercise.clinic_id == actor.clinic_id,
                RetiredExercise.code == code)).first()
            if retired and exists is None:
                session.add(RetiredExercise(clinic_id=actor.clinic_id, code=code))
            elif not retired and exists is not None:
                session.execute(delete(RetiredExercise).where(
                    RetiredExercise.id == exists.id))
            entity_id = None
        else:
            row = _load(session, actor, code)
            row.retired = retired
            entity_id = row.id
        record(session, actor, "retire" if retired else "unretire", "exercise", entity_id,
               None, library_code=code)
