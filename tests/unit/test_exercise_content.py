"""The built-in exercise library is complete in every language, linked and illustrated."""

from __future__ import annotations

import re

import pytest

from pgp_desk.content.exercises import (
    ExerciseContentError,
    builtin_library,
    parse_exercise,
    validate_links,
)
from pgp_desk.domain.i18n import LANGUAGES

LIBRARY = builtin_library()
DANISH_ONLY = re.compile(r"\b(gentagelse|gentagelser|uge|uger|øvelserne|mellem|efter)\b",
                         re.IGNORECASE)


def test_library_has_at_least_forty_items_in_every_category() -> None:
    """At least 40 exercises and advice items, covering the whole course of PGP."""
    assert len(LIBRARY) >= 40
    categories = {e.category for e in LIBRARY.values()}
    assert categories == {"understanding", "body_mapping", "local_stabilisation",
                          "global_strength", "daily_activities", "pool",
                          "breathing_relaxation", "postpartum"}


@pytest.mark.parametrize("code", sorted(LIBRARY))
def test_exercise_is_complete_in_every_language(code: str) -> None:
    """Name, purpose, 2-6 steps (advice: key points) and licence exist in da, nb and en."""
    exercise = LIBRARY[code]
    for lang in LANGUAGES:
        text = exercise.texts[lang]
        assert text.name and text.purpose
        if exercise.kind == "exercise":
            assert 2 <= len(text.steps) <= 6
            assert text.avoid, f"{code} [{lang}] says nothing about when to stop"
    assert exercise.licence and exercise.author
    assert not exercise.default_dosage.validate()


@pytest.mark.parametrize("code", sorted(LIBRARY))
def test_norwegian_text_has_no_danish_spelling(code: str) -> None:
    """Norwegian texts are written in Bokmål, not Danish with swapped letters."""
    text = LIBRARY[code].texts["nb"]
    body = " ".join((text.name, text.purpose, *text.steps, *text.cues, *text.avoid))
    assert not DANISH_ONLY.search(body), DANISH_ONLY.search(body)


@pytest.mark.parametrize("code", sorted(LIBRARY))
def test_texts_never_say_the_pelvis_is_unstable(code: str) -> None:
    """Reassuring language: no 'unstable/loose pelvis' wording in any language."""
    for lang in LANGUAGES:
        text = LIBRARY[code].texts[lang]
        body = " ".join((text.purpose, *text.steps, *text.cues, *text.avoid)).lower()
        assert not re.search(r"ustabil|unstable|løst bækken|løst bekken|loose pelvis", body)


def test_every_link_resolves() -> None:
    """Every progression and regression points to an existing, different exercise."""
    assert validate_links(LIBRARY) == []


def test_postpartum_items_are_only_for_after_birth() -> None:
    """Exercises in the postpartum category are offered only after birth."""
    for exercise in LIBRARY.values():
        if exercise.category == "postpartum":
            assert set(exercise.phases) <= {"pp_0_6", "pp_later"}, exercise.code


def test_everyday_movements_are_advice_without_sets_and_repetitions() -> None:
    """Getting into a car or turning in bed is done when life asks for it: no sets,
    repetitions, pauses or times a day by default (a walk keeps its minutes)."""
    for exercise in LIBRARY.values():
        if exercise.code.startswith("ADL-"):
            d = exercise.default_dosage
            assert (d.sets, d.reps, d.hold_seconds, d.rest_seconds, d.tempo) == (
                None, None, None, None, None), exercise.code
            if d.duration_minutes is None:
                assert (d.times_per_day, d.days_per_week) == (None, None), exercise.code


def test_missing_language_is_reported_with_the_file_name() -> None:
    """A file lacking the Norwegian text fails with a message naming the file and language."""
    data = {"code": "X", "kind": "exercise", "category": "pool", "phases": ["t2"],
            "position": "water", "level": 1, "licence": "CC BY 4.0", "author": "me",
            "texts": {"da": {"name": "a", "purpose": "b", "steps": ["1", "2"]},
                      "en": {"name": "a", "purpose": "b", "steps": ["1", "2"]}}}
    with pytest.raises(ExerciseContentError, match=r"X.yaml: texts missing in \['nb'\]"):
        parse_exercise(data, "X.yaml")


def test_unknown_dosage_field_is_caught() -> None:
    """A typo in default_dosage is an error, not silently ignored."""
    data = {"code": "X", "kind": "exercise", "category": "pool", "phases": ["t2"],
            "position": "water", "level": 1, "licence": "CC BY 4.0", "author": "me",
            "default_dosage": {"repz": 10},
            "texts": {lang: {"name": "a", "purpose": "b", "steps": ["1", "2"]}
                      for lang in LANGUAGES}}
    with pytest.raises(ExerciseContentError, match="default_dosage"):
        parse_exercise(data, "X.yaml")


def test_every_exercise_has_an_illustration() -> None:
    """Each built-in exercise has pose data that renders to an SVG pictogram."""
    from pgp_desk.content.figures import available_illustrations, illustration_svg

    assert set(LIBRARY) <= set(available_illustrations())
    for code in LIBRARY:
        assert illustration_svg(code).lstrip().startswith("<svg")


def test_walking_in_water_is_dosed_in_minutes_once_a_week() -> None:
    """Walking in the pool is time, not repetitions, once a week (Kihlstrand 1999), in a
    normally heated pool rather than a hot tub."""
    from pgp_desk.content.dosage_text import render_dosage

    walk = LIBRARY["POOL-WALK"]
    assert walk.default_dosage.reps is None and walk.default_dosage.duration_minutes
    assert render_dosage(walk.default_dosage, "da") == "i 10 minutter, 1 gang om ugen"
    assert "boblebad" in " ".join(walk.text("da").cues)


def test_one_sided_and_hip_opening_exercises_carry_their_cautions() -> None:
    """Side plank loads one side and is not aimed at the symphysis; the clam opens the hip
    like the side-lying leg lift; the ball squeeze says what it trains, not that it heals."""
    plank, clam = LIBRARY["GLOB-SIDE-PLANK-KNEE"], LIBRARY["GLOB-CLAM"]
    assert "symphysis" not in plank.targets and "one_leg_load" in plank.cautions
    assert "wide_straddle" in clam.cautions
    squeeze = " ".join(LIBRARY["GLOB-ADD-SQUEEZE"].text("da").cues)
    assert "letter" not in squeeze and "træner" in squeeze
