"""Advice modules and shipped templates are complete, valid and point at real content."""

from __future__ import annotations

import re

import pytest

from pgp_desk.content.advice import (
    AdviceContentError,
    builtin_advice,
    ordered,
    parse_advice,
    unknown_codes,
)
from pgp_desk.content.dosage_text import render_dosage
from pgp_desk.content.exercises import builtin_library
from pgp_desk.content.templates import (
    TemplateContentError,
    builtin_templates,
    parse_template,
    validate_template,
)
from pgp_desk.domain.i18n import LANGUAGES

ADVICE = builtin_advice()
TEMPLATES = builtin_templates()
DANISH_ONLY = re.compile(r"\b(gentagelse|gentagelser|uge|uger|mellem|efter|ikke længere)\b",
                         re.IGNORECASE)
REQUIRED_MODULES = {"everyday", "stop_signs", "pain_rule", "belt", "pacing", "birth", "sex",
                    "work", "aids", "heat", "partner_family"}


def test_the_issue_modules_exist_in_handout_order() -> None:
    """Everyday advice, stop signs, pain rule, belt and pacing exist, ordered by 'order'."""
    assert set(ADVICE) >= REQUIRED_MODULES
    orders = [m.order for m in ADVICE.values()]
    assert orders == sorted(orders)


@pytest.mark.parametrize("code", sorted(ADVICE))
def test_advice_is_complete_in_every_language(code: str) -> None:
    """Each module has a title and at least one point in da, nb and en, plus licence."""
    module = ADVICE[code]
    for lang in LANGUAGES:
        text = module.text(lang)
        assert text.title and text.points
    assert module.licence and module.author


@pytest.mark.parametrize("code", sorted(ADVICE))
def test_norwegian_advice_has_no_danish_spelling(code: str) -> None:
    """Norwegian advice is Bokmål, not Danish spelling."""
    text = ADVICE[code].text("nb")
    body = " ".join((text.title, text.intro, *text.points))
    assert not DANISH_ONLY.search(body), DANISH_ONLY.search(body)


@pytest.mark.parametrize("code", sorted(ADVICE))
def test_advice_never_says_the_pelvis_is_unstable(code: str) -> None:
    """Reassuring language in every module and language."""
    for lang in LANGUAGES:
        text = ADVICE[code].text(lang)
        body = " ".join((text.title, text.intro, *text.points)).lower()
        assert not re.search(r"ustabil|unstable|løst bækken|løst bekken|loose pelvis", body)


def test_ordered_and_unknown_codes() -> None:
    """ordered() follows handout order whatever order the codes come in; typos are reported."""
    assert [m.code for m in ordered(["pain_rule", "everyday", "nonsense"])] == [
        "everyday", "pain_rule"]
    assert unknown_codes(["belt", "nonsense"]) == ["nonsense"]


def test_highlighted_modules_are_the_pain_rule_and_stop_signs() -> None:
    """Handouts frame the pain rule and the stop signs, nothing else."""
    assert {c for c, m in ADVICE.items() if m.highlight} == {
        "pain_rule", "stop_signs", "stop_signs_after_birth"}


STOP_SIGN_WORDS = {  # ACOG Committee Opinion 804 (2020) and CLINICAL.md §8, per language
    "da": ("bevæger sig mindre", "balancen", "kommer og går, før uge 37", "ribbenene",
           "Feber"),
    "nb": ("beveger seg mindre", "balansen", "kommer og går, før uke 37", "ribbeina",
           "Feber"),
    "en": ("moving less", "balance", "comes and goes, before week 37", "under your ribs",
           "fever"),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pregnancy_stop_signs_carry_the_second_review_signs(lang: str) -> None:
    """The baby moving less, weakness affecting balance, preterm pain, HELLP and fever."""
    text = ADVICE["stop_signs"].text(lang)
    body = " ".join(text.points)
    for words in STOP_SIGN_WORDS[lang]:
        assert words in body, words


@pytest.mark.parametrize("code", ["stop_signs", "stop_signs_after_birth"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_stop_signs_say_what_to_do_and_how_urgently(code: str, lang: str) -> None:
    """The introduction says phone now; a point needing less haste names its own action."""
    now = {"da": "med det samme", "nb": "med en gang", "en": "straight away"}[lang]
    same_day = {"da": "samme dag", "nb": "samme dag", "en": "the same day"}[lang]
    text = ADVICE[code].text(lang)
    assert now in text.intro
    later = [p for p in text.points if " – " in p]
    assert any(same_day in p for p in later)
    assert all(p.split(" – ")[1].strip() for p in later)
    if code == "stop_signs_after_birth":
        assert any("nedtrykt" in p or "nedstemt" in p or "very low" in p for p in later)


SECOND_REVIEW_WORDS = {  # (module, language) -> words that must be there (CLINICAL.md §8)
    ("birth", "da"): ("kejsersnit", "knæene", "alle fire", "jordemoderen"),
    ("birth", "nb"): ("keisersnitt", "knærne", "alle fire", "jordmoren"),
    ("birth", "en"): ("caesarean", "knees", "all fours", "midwife"),
    ("work", "da"): ("Delvis sygemelding",),
    ("work", "nb"): ("Gradert sykmelding",),
    ("work", "en"): ("Partial sick leave",),
    ("aids", "en"): ("Crutches", "reacher", "sock aid", "bed handle", "sliding sheet"),
    ("everyday", "da"): ("rykvise",),
    ("everyday", "nb"): ("rykkete",),
    ("everyday", "en"): ("jerky",),
    ("belt", "en"): ("for spells", "notice whether"),
    ("after_birth", "da"): ("12 uger", "kejsersnit"),
    ("after_birth", "nb"): ("12 uker", "keisersnitt"),
    ("after_birth", "en"): ("12 weeks", "caesarean"),
}


@pytest.mark.parametrize(("code", "lang"), sorted(SECOND_REVIEW_WORDS))
def test_modules_clients_ask_for_say_what_matters(code: str, lang: str) -> None:
    """Birth, work (partial sick leave), aids, jerky movements, the belt trial, running."""
    text = ADVICE[code].text(lang)
    body = " ".join((text.title, text.intro, *text.points))
    for words in SECOND_REVIEW_WORDS[(code, lang)]:
        assert words in body, words
    assert {"sex", "heat", "partner_family"} <= set(ADVICE)


def test_advice_missing_a_language_names_the_file() -> None:
    """A module without English text fails with the file name in the message."""
    data = {"code": "x", "order": 1, "licence": "CC BY 4.0", "author": "me",
            "texts": {"da": {"title": "a", "points": ["b"]},
                      "nb": {"title": "a", "points": ["b"]}}}
    with pytest.raises(AdviceContentError, match=r"x.yaml: texts missing in \['en'\]"):
        parse_advice(data, "x.yaml")


def test_at_least_five_templates_ship() -> None:
    """A few good templates ship, covering pregnancy and after birth."""
    assert len(TEMPLATES) >= 5
    phases = {p for t in TEMPLATES.values() for p in t.phases}
    assert phases == {"t1", "t2", "t3", "pp_0_6", "pp_later"}


@pytest.mark.parametrize("code", sorted(TEMPLATES))
def test_template_is_valid_against_the_library(code: str) -> None:
    """Every item exists and suits the template's phases, dosages are valid and advice
    modules exist."""
    assert validate_template(TEMPLATES[code]) == []


@pytest.mark.parametrize("code", sorted(TEMPLATES))
def test_template_names_and_dosages_read_in_every_language(code: str) -> None:
    """The template has a name in each language and each loaded item reads in words."""
    template = TEMPLATES[code]
    library = builtin_library()
    for lang in LANGUAGES:
        assert template.name(lang)
        for item in template.items:
            if library[item.code].kind == "exercise" and not item.dosage.is_empty:
                assert render_dosage(item.dosage, lang)


@pytest.mark.parametrize("code", sorted(TEMPLATES))
def test_every_template_starts_with_understanding_the_pain(code: str) -> None:
    """Step 1 of the approach (CLINICAL.md §7) opens every shipped template."""
    assert TEMPLATES[code].items[0].code == "EDU-PAIN"


@pytest.mark.parametrize("code", sorted(TEMPLATES))
def test_pregnancy_templates_add_global_muscles_gradually(code: str) -> None:
    """Local stabilisers before global ones, at most two global exercises to start with
    (Stuge 2006: global muscles added gradually)."""
    template = TEMPLATES[code]
    if not set(template.phases) <= {"t1", "t2", "t3"}:
        return
    library = builtin_library()
    categories = [library[item.code].category for item in template.items]
    assert categories.count("global_strength") <= 2, categories
    if "local_stabilisation" in categories:
        assert categories.index("local_stabilisation") < categories.index("global_strength")


def test_template_problems_are_reported() -> None:
    """Unknown exercises, unknown advice and phase mismatches are each reported."""
    data = {"code": "bad", "names": {"da": "a", "nb": "a", "en": "a"}, "phases": ["t3"],
            "advice": ["everyday", "nope"], "licence": "CC BY 4.0", "author": "me",
            "items": [{"code": "NO-SUCH", "dosage": {"sets": 1, "reps": 5}},
                      {"code": "PP-DEADBUG", "dosage": {"sets": 1, "reps": 5}}]}
    problems = validate_template(parse_template(data, "bad.yaml"))
    assert any("NO-SUCH does not exist" in p for p in problems)
    assert any("PP-DEADBUG does not suit ['t3']" in p for p in problems)
    assert any("advice module nope" in p for p in problems)


def test_bad_template_dosage_is_an_error() -> None:
    """A dosage out of range in a template file stops loading with the file named."""
    data = {"code": "bad", "names": {"da": "a", "nb": "a", "en": "a"}, "phases": ["t3"],
            "advice": [], "licence": "CC BY 4.0", "author": "me",
            "items": [{"code": "GLOB-CLAM", "dosage": {"sets": 99}}]}
    with pytest.raises(TemplateContentError, match=r"bad\.yaml: GLOB-CLAM: dosage"):
        parse_template(data, "bad.yaml")
