"""Every code of the exercise file format has its words in da, nb and en, so a filter or an
editor never shows a bare code (content.exercise_terms, sections exercise_<kind>)."""

from __future__ import annotations

import pytest

from pgp_desk.content import exercises
from pgp_desk.content.exercise_terms import term
from pgp_desk.content.texts import section
from pgp_desk.domain.dosage import SIDES

CODES = {
    "category": exercises.CATEGORIES, "phase": exercises.PHASES,
    "position": exercises.POSITIONS, "equipment": exercises.EQUIPMENT,
    "target": exercises.TARGETS, "activity": exercises.ACTIVITIES,
    "caution": exercises.CAUTIONS, "side": SIDES,
}


@pytest.mark.parametrize("lang", ["da", "nb", "en"])
@pytest.mark.parametrize("kind", sorted(CODES))
def test_every_code_has_words(kind: str, lang: str) -> None:
    assert set(section(lang, f"exercise_{kind}")) == set(CODES[kind])


def test_a_term_in_each_language_and_an_unknown_code_as_it_is() -> None:
    assert [term("position", "side_lying", lang) for lang in ("da", "nb", "en")] == [
        "Sideliggende", "Sideliggende", "Side lying"]
    assert term("equipment", "band", "nb") == "Strikk"
    assert term("equipment", "hovercraft", "da") == "hovercraft"
    assert term("phase", "t2", "sv") == "Trimester 2"  # an unknown language reads English
