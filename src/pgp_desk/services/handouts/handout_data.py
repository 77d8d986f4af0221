"""Turning a programme's snapshot into what its handout prints: texts in her language.

One place turns a `HandoutSnapshot` (read once from the database) and the therapist's
choices into the PDF layer's plain ``HandoutData``, so the preview, the issued copy and the
command line always print the same thing for the same programme and choices. Nothing here
touches the database: the dialog makes a new preview for each choice from the same snapshot.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from reportlab.graphics.shapes import Drawing

from pgp_desk.content import advice as advice_content
from pgp_desk.content.dosage_text import render_dosage
from pgp_desk.content.exercises import Exercise
from pgp_desk.domain.dosage import Dosage, DosageError
from pgp_desk.domain.i18n import as_language
from pgp_desk.domain.numbers import format_day_month
from pgp_desk.domain.painmap import PainMap
from pgp_desk.domain.paper import paper_or_default
from pgp_desk.pdf import (
    AdviceSection,
    HandoutData,
    HandoutExercise,
    HandoutOptions,
    HandoutTranslation,
    ScorePoint,
)
from pgp_desk.pdf.painmap_drawing import painmap_drawing
from pgp_desk.services.handouts.handout_options import PrintOptions
from pgp_desk.services.handouts.handout_snapshot import (
    HandoutSnapshot,
    ItemRow,
    ProgrammeFacts,
    Score,
    Source,
)

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
class AssembledHandout:
    facts: ProgrammeFacts
    options: PrintOptions  # resolved: language and paper filled in
    data: HandoutData
    layout: HandoutOptions


# ---------------------------------------------------------------------------- exercises


def _texts_by_language(exercise: Exercise, lang: str) -> Any:
    for candidate in _NEAREST.get(lang, (lang, "en")):
        if candidate in exercise.texts:
            return exercise.texts[candidate]
    return next(iter(exercise.texts.values()))


def _dosage_text(data: Mapping[str, Any] | None, lang: str) -> str:
    try:
        return render_dosage(Dosage.from_dict(data), lang, with_pain_rule=True)
    except (DosageError, TypeError):
        _log.warning("stored dosage cannot be read: %r", data)
        return ""


def _exercise(item: ItemRow, source: Source, lang: str, svg: str | None,
              with_note: bool) -> HandoutExercise:
    note = item.note if with_note else ""
    dosage = _dosage_text(item.dosage, lang)
    if source.exercise is None:  # removed from the library since: print what we know
        return HandoutExercise(code=item.code, name=item.code,
                               dosage_text=dosage, client_note=note, illustration_svg=svg,
                               photo=source.photo)
    text = _texts_by_language(source.exercise, lang)
    return HandoutExercise(
        code=item.code,
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


def assemble(snapshot: HandoutSnapshot, options: PrintOptions) -> AssembledHandout:
    """Everything printed for the programme with these choices (validated by the caller)."""
    resolved = options.resolved(snapshot.language, snapshot.paper)
    lang = as_language(resolved.language or "da")
    lang2 = as_language(resolved.second_language) if resolved.second_language else None
    items, sources = snapshot.items, snapshot.sources
    codes = advice_codes(list(snapshot.advice), snapshot.after_birth)
    data = HandoutData(
        clinic=replace(snapshot.clinic),
        client_name=snapshot.client_name,
        date=snapshot.today,
        therapist_name=snapshot.therapist_name,
        language=lang,
        personal_note=snapshot.personal_note,
        exercises=[_exercise(i, sources[i.code], lang, snapshot.pictures[i.code], True)
                   for i in items],
        advice=advice_sections(codes, lang),
    )
    if lang2:
        data.second_language = HandoutTranslation(
            language=lang2,
            # The therapist's notes are written once, in one language: printed once.
            exercises=[_exercise(i, sources[i.code], lang2, None, False) for i in items],
            advice=advice_sections(codes, lang2),
        )
    if resolved.include_assessment:
        data.score_trend = [_score_point(score, lang) for score in snapshot.scores]
        data.pain_map_drawing = _pain_map_picture(snapshot.pain_map, lang)
    layout = HandoutOptions(
        paper=paper_or_default(resolved.paper),
        large_print=resolved.large_print,
        compact=resolved.compact,
        include_assessment=resolved.include_assessment,
        side_by_side=lang2 is not None,
        diary_weeks=resolved.diary_weeks,
    )
    return AssembledHandout(snapshot.facts, resolved, data, layout)


def _score_point(score: Score, lang: str) -> ScorePoint:
    return ScorePoint(format_day_month(score.assessed_on, lang), score.pgq, score.nrs)


def _pain_map_picture(pain_map: PainMap | None, lang: str) -> Drawing | None:
    """The latest pain map as a vector drawing, or None when there is none."""
    if pain_map is None:
        return None
    try:
        return painmap_drawing(pain_map, lang)
    except Exception:  # a drawing problem leaves the map out, never the whole handout
        _log.warning("pain map could not be drawn", exc_info=True)
        return None
