"""Reading a programme into what its handout prints: texts in the client's language.

One place turns the records (programme, items, clinic, client, therapist, clinic exercises)
into the PDF layer's plain ``HandoutData``, so the preview, the issued copy and the command
line always print the same thing for the same programme and choices.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pgp_desk.content import advice as advice_content
from pgp_desk.content.exercises import Exercise, builtin_library, parse_exercise
from pgp_desk.db.models import (
    Client,
    Clinic,
    ClinicExercise,
    Episode,
    Programme,
    ProgrammeItem,
    User,
)
from pgp_desk.domain.dosage import Dosage, DosageError, render_dosage
from pgp_desk.domain.i18n import LANGUAGES
from pgp_desk.domain.paper import paper_or_default
from pgp_desk.domain.people import signature
from pgp_desk.pdf import (
    AdviceSection,
    ClinicHeader,
    HandoutData,
    HandoutExercise,
    HandoutOptions,
    HandoutTranslation,
)
from pgp_desk.services import records
from pgp_desk.services.actor import Actor
from pgp_desk.services.errors import NotFoundError
from pgp_desk.services.handout_options import PrintOptions

_log = logging.getLogger(__name__)

# The pain rule and the stop signs close every handout, whether ticked or not (issue 6).
ALWAYS = ("pain_rule", "stop_signs", "stop_signs_after_birth")
# The stop signs are the warning signs for exercise in pregnancy (ACOG Committee Opinion
# 804, 2020; CLINICAL.md §6): contractions and leaking fluid make no sense after the birth,
# where the after-birth list (bleeding getting heavier, wound signs, DVT, postpartum
# pre-eclampsia, CLINICAL.md §6's "unable to walk with severe anterior pelvic pain")
# replaces them. Either may still be ticked by hand.
PREGNANCY_ONLY = frozenset({"stop_signs"})
STOP_SIGN_MODULES = frozenset({"stop_signs", "stop_signs_after_birth"})
AFTER_BIRTH_ONLY = frozenset({"stop_signs_after_birth"})
# A Norwegian reader manages Danish better than English, and the other way round.
_NEAREST = {"da": ("da", "nb", "en"), "nb": ("nb", "da", "en"), "en": ("en", "da", "nb")}


@dataclass
class ProgrammeFacts:
    """What the service needs besides the printable data: ids, for records and checks."""

    programme_id: int
    episode_id: int
    client_id: int
    client_language: str
    status: str
    version: int


@dataclass
class AssembledHandout:
    facts: ProgrammeFacts
    options: PrintOptions  # resolved: language and paper filled in
    data: HandoutData
    layout: HandoutOptions


def default_language(programme: Programme, client: Client) -> str:
    """The programme's handout language (the builder starts it at the client's)."""
    return programme.language if programme.language in LANGUAGES else client.language


def client_name(client: Client) -> str:
    return " ".join(p for p in (client.first_name.strip(), client.last_name.strip()) if p)


def load_programme(session: Session, actor: Actor, programme_id: int
                   ) -> tuple[Programme, Episode, Client]:
    """The programme with its episode and client, only if it belongs to the actor's clinic."""
    return records.programme(session, actor, programme_id)


# ---------------------------------------------------------------------------- exercises


def _texts_by_language(exercise: Exercise, lang: str) -> Any:
    for candidate in _NEAREST.get(lang, (lang, "en")):
        if candidate in exercise.texts:
            return exercise.texts[candidate]
    return next(iter(exercise.texts.values()))


def _clinic_exercise(row: ClinicExercise) -> Exercise | None:
    data = dict(row.definition or {})
    data["code"] = row.code
    data.setdefault("based_on", row.based_on)
    try:
        return parse_exercise(data, row.code, source="clinic", languages=())
    except (ValueError, TypeError, KeyError):
        _log.warning("clinic exercise %s cannot be read", row.code, exc_info=True)
        return None


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


def _dosage_text(data: Mapping[str, Any] | None, lang: str) -> str:
    try:
        return render_dosage(Dosage.from_dict(data), lang, with_pain_rule=True)
    except (DosageError, TypeError):
        _log.warning("stored dosage cannot be read: %r", data)
        return ""


@dataclass
class _Source:
    exercise: Exercise | None
    photo: bytes | None
    picture_code: str | None


def _sources(session: Session, actor: Actor, codes: list[str]) -> dict[str, _Source]:
    library = builtin_library()
    rows = session.scalars(select(ClinicExercise).where(
        ClinicExercise.clinic_id == actor.clinic_id, ClinicExercise.code.in_(set(codes))))
    clinic = {row.code: row for row in rows}
    out: dict[str, _Source] = {}
    for code in codes:
        row = clinic.get(code)
        if row is not None:
            exercise = _clinic_exercise(row)
            based_on = row.based_on or (exercise.based_on if exercise else None)
            out[code] = _Source(exercise or library.get(based_on or ""), row.photo,
                                based_on or code)
        else:
            out[code] = _Source(library.get(code), None, code)
    return out


def _exercise(item: ProgrammeItem, source: _Source, lang: str, svg: str | None,
              with_note: bool) -> HandoutExercise:
    note = item.note if with_note else ""
    dosage = _dosage_text(item.dosage, lang)
    if source.exercise is None:  # removed from the library since: print what we know
        return HandoutExercise(code=item.exercise_code, name=item.exercise_code,
                               dosage_text=dosage, client_note=note, illustration_svg=svg,
                               photo=source.photo)
    text = _texts_by_language(source.exercise, lang)
    return HandoutExercise(
        code=item.exercise_code,
        name=text.name,
        purpose=text.purpose,
        steps=list(text.steps),
        cues=list(text.cues),
        avoid=list(text.avoid),
        dosage_text=dosage,
        client_note=note,
        illustration_svg=svg,
        photo=source.photo,
    )


# ---------------------------------------------------------------------------- advice


def advice_codes(chosen: list[str] | None, after_birth: bool = False) -> list[str]:
    """The chosen modules in handout order, then the pain rule, then the stop signs last."""
    chosen = list(chosen or [])
    wrong_phase = PREGNANCY_ONLY if after_birth else AFTER_BIRTH_ONLY
    closing = [c for c in ALWAYS if c in chosen or c not in wrong_phase]
    return [m.code for m in advice_content.ordered([c for c in chosen if c not in ALWAYS])
            ] + closing


def advice_sections(codes: list[str], lang: str) -> list[AdviceSection]:
    modules = advice_content.builtin_advice()
    sections = []
    for code in codes:
        module = modules.get(code)
        if module is not None:
            text = module.text(lang)
            sections.append(AdviceSection(text.title, text.intro, list(text.points),
                                          highlight=module.highlight,
                                          warning=code in STOP_SIGN_MODULES))
    return sections


# ---------------------------------------------------------------------------- the whole


def assemble(session: Session, actor: Actor, programme_id: int, options: PrintOptions,
             today: date) -> AssembledHandout:
    """Everything printed for the programme (without the assessment extras)."""
    programme, episode, client = load_programme(session, actor, programme_id)
    clinic = session.get(Clinic, actor.clinic_id)
    if clinic is None:
        raise NotFoundError("the clinic record is missing from the database")
    resolved = options.resolved(default_language(programme, client), clinic.paper_size)
    lang, lang2 = resolved.language or "da", resolved.second_language
    therapist = session.get(User, programme.therapist_id) if programme.therapist_id else None
    items = list(session.scalars(select(ProgrammeItem)
                                 .where(ProgrammeItem.programme_id == programme.id)
                                 .order_by(ProgrammeItem.position, ProgrammeItem.id)))
    sources = _sources(session, actor, [i.exercise_code for i in items])
    after_birth = episode.birth_date is not None and episode.birth_date <= today
    pictures = {code: (None if s.photo else _illustration(s.picture_code, after_birth))
                for code, s in sources.items()}
    codes = advice_codes(programme.advice, after_birth)
    data = HandoutData(
        clinic=ClinicHeader(clinic.name, clinic.address or "", clinic.phone or "",
                            clinic.email or "", clinic.logo_png,
                            maternity_phone=clinic.maternity_phone or "",
                            out_of_hours_phone=clinic.out_of_hours_phone or "",
                            emergency_phone=clinic.emergency_phone or ""),
        client_name=client_name(client),
        date=today,
        therapist_name=signature(therapist.full_name, therapist.authorisation_id)
        if therapist else actor.signature,
        language=lang,  # type: ignore[arg-type]
        personal_note=programme.personal_note or "",
        exercises=[_exercise(i, sources[i.exercise_code], lang, pictures[i.exercise_code],
                             True) for i in items],
        advice=advice_sections(codes, lang),
    )
    if lang2:
        data.second_language = HandoutTranslation(
            language=lang2,  # type: ignore[arg-type]
            # The therapist's notes are written once, in one language: printed once.
            exercises=[_exercise(i, sources[i.exercise_code], lang2, None, False)
                       for i in items],
            advice=advice_sections(codes, lang2),
        )
    layout = HandoutOptions(
        paper=paper_or_default(resolved.paper),
        large_print=resolved.large_print,
        compact=resolved.compact,
        include_assessment=resolved.include_assessment,
        side_by_side=lang2 is not None,
        diary_weeks=resolved.diary_weeks,
    )
    facts = ProgrammeFacts(programme.id, episode.id, client.id, client.language,
                           programme.status, programme.version)
    return AssembledHandout(facts, resolved, data, layout)
