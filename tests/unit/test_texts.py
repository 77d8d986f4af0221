"""The texts printed or shown for a client are complete in Danish, Norwegian and English."""

from __future__ import annotations

import re

import pytest

from pgp_desk.content.texts import catalogue, section, text, word
from pgp_desk.domain import history
from pgp_desk.domain.i18n import LANGUAGES

FIELD = re.compile(r"\{(\w*)\}")


def _keys(lang: str) -> set[str]:
    return {f"{name}.{key}" for name, texts in catalogue(lang).items() for key in texts}


def test_the_catalogue_holds_the_printed_words() -> None:
    """The Danish catalogue has the sections the PDFs and the client screen read."""
    assert {"labels", "report", "pain_map", "summary", "client_mode"} <= set(catalogue("da"))
    assert len(_keys("da")) > 150


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "da"])
def test_every_key_exists_in_every_language(lang: str) -> None:
    """Norwegian and English have exactly the Danish keys: none missing, none left over."""
    assert sorted(_keys("da") - _keys(lang)) == []
    assert sorted(_keys(lang) - _keys("da")) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_text_is_blank(lang: str) -> None:
    """A key with an empty text would print an empty heading."""
    assert sorted(k for k in _keys(lang) if not text(lang, k).strip()) == []


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "da"])
def test_placeholders_match_the_danish_text(lang: str) -> None:
    """{page}, {total} ... appear in every language, so filling never fails or drops a value."""
    broken = [key for key in _keys("da")
              if set(FIELD.findall(text("da", key))) != set(FIELD.findall(text(lang, key)))]
    assert broken == []


def test_text_fills_values_and_follows_the_language() -> None:
    """The same key reads in her language, with the values filled in."""
    assert text("da", "labels.page", page=1, total=3) == "Side 1 af 3"
    assert text("nb", "labels.page", page=1, total=3) == "Side 1 av 3"
    assert text("en", "labels.page", page=1, total=3) == "Page 1 of 3"
    assert section("nb", "client_mode")["cancel"] == "Avbryt"


def test_an_unknown_language_is_refused() -> None:
    """Callers decide the fallback; the loader never guesses one."""
    with pytest.raises(ValueError, match="sv"):
        catalogue("sv")


# Domain codes whose words are content texts: section -> the codes the domain defines.
CODE_SECTIONS = {
    "history_onset": history.ONSET_TIMING,
    "history_aggravating": history.AGGRAVATING,
    "history_risk_factors": history.RISK_FACTORS,
    "history_sick_leave": history.SICK_LEAVE,
    "history_sleep": history.SLEEP,
}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", CODE_SECTIONS)
def test_every_domain_code_has_its_words(lang: str, name: str) -> None:
    """Each code the domain defines has words in every language, and no words lack a code."""
    assert sorted(section(lang, name)) == sorted(CODE_SECTIONS[name])


def test_word_shows_an_unknown_code_as_it_is_and_falls_back_to_english() -> None:
    assert word("da", "history_sleep", "good") == "Sover godt"
    assert word("sv", "history_sleep", "good") == "Sleeps well"
    assert word("nb", "history_sleep", "from_a_newer_version") == "from_a_newer_version"
