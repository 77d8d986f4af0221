"""No English left in the Danish or Norwegian of the domain's three-language texts:
"Body mapping (rolig bevægelse)" stood in the Danish library and its suggestions.

Every dictionary with a "da", "nb" and "en" text left in a domain module, and every text of
the content catalogues (``resources/texts/<lang>.yaml``, where the words of domain codes
live), is compared: two English words in a row that reappear in the Danish or Norwegian
are a phrase nobody translated. Latin and eponyms the three languages share are allowed."""

from __future__ import annotations

import importlib
import pkgutil
import re
from itertools import pairwise
from typing import Any

import pytest

import pgp_desk.domain as domain
from pgp_desk.content.texts import catalogue

_WORD = re.compile(r"[A-Za-zÆØÅæøå]+")
_PLACEHOLDER = re.compile(r"\{[^}]*\}")
SHARED_WORDS = {"test", "tests", "side", "per"}  # the same word in all three languages
SHARED_PHRASES = {("cauda", "equina"), ("placenta", "praevia"), ("roland", "morris"),
                  ("mens", "damen"),  # Latin and authors' names
                  ("aslr", "sum"), ("august", "september"), ("november", "december")}


def _texts(value: Any, where: str, seen: set[int], found: list[tuple[str, dict[str, str]]]) -> None:
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, dict):
        if {"da", "nb", "en"} <= set(value) and all(
                isinstance(value[k], str) for k in ("da", "nb", "en")):
            found.append((where, value))
            return
        for key, item in value.items():
            _texts(item, f"{where}[{key!r}]", seen, found)
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            _texts(item, f"{where}[{index}]", seen, found)
    elif hasattr(value, "__dataclass_fields__"):
        for name in value.__dataclass_fields__:
            _texts(getattr(value, name, None), f"{where}.{name}", seen, found)


def three_language_texts() -> list[tuple[str, dict[str, str]]]:
    found: list[tuple[str, dict[str, str]]] = []
    for info in pkgutil.iter_modules(domain.__path__):
        module = importlib.import_module(f"pgp_desk.domain.{info.name}")
        seen: set[int] = set()
        for name, value in vars(module).items():
            if not name.startswith("__"):
                _texts(value, f"{info.name}.{name}", seen, found)
    for section, texts in catalogue("en").items():
        for key in texts:
            found.append((f"texts {section}.{key}",
                          {lang: catalogue(lang)[section][key] for lang in ("da", "nb", "en")}))
    return found


def _pairs(text: str) -> set[tuple[str, str]]:
    words = [w.lower() for w in _WORD.findall(_PLACEHOLDER.sub(" ", text))]
    return {(a, b) for a, b in pairwise(words)
            if len(a) >= 3 and len(b) >= 3 and not {a, b} & SHARED_WORDS} - SHARED_PHRASES


def test_the_domain_has_three_language_texts() -> None:
    assert len(three_language_texts()) > 200


def test_the_domain_keeps_no_words_of_its_own() -> None:
    """The words of domain codes are content texts; only the language names stay, each
    written in its own language."""
    in_domain = [where for where, _texts in three_language_texts()
                 if not where.startswith("texts ")]
    assert in_domain == ["i18n.LANGUAGE_NAMES"]


@pytest.mark.parametrize("lang", ["da", "nb"])
def test_no_english_phrase_in_danish_or_norwegian(lang: str) -> None:
    left = [f"{where}: {texts[lang]!r}" for where, texts in three_language_texts()
            if _pairs(texts["en"]) & _pairs(texts[lang])]
    assert left == []
