"""Texts printed or shown for a client or recipient, in her language, from content files.

Handouts, reports, the client's data summary and the questionnaire screen handed to the
client follow the language of the person who reads them, not the UI's, so they are not Qt
translations: ``resources/texts/<lang>.yaml`` holds them, one file per language with the
same sections and keys (``tests/unit/test_texts.py`` keeps the three complete). Each file
is read once. ``{name}`` in a text is filled from keyword arguments.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from types import MappingProxyType

from pgp_desk.content import yaml_text
from pgp_desk.domain.i18n import LANGUAGES, lang_or_fallback
from pgp_desk.resources import resource_path


@cache
def catalogue(lang: str) -> Mapping[str, Mapping[str, str]]:
    """Every section of ``lang``'s texts (read-only); ``lang`` must be da, nb or en."""
    if lang not in LANGUAGES:
        raise ValueError(f"no texts for language {lang!r}")
    raw = yaml_text.load(resource_path("texts", f"{lang}.yaml").read_text(encoding="utf-8"))
    return MappingProxyType({name: MappingProxyType({str(k): str(v) for k, v in texts.items()})
                             for name, texts in raw.items()})


def section(lang: str, name: str) -> Mapping[str, str]:
    """One section (``"labels"``, ``"summary"`` ...) of ``lang``'s texts."""
    return catalogue(lang)[name]


def text(lang: str, key: str, **values: object) -> str:
    """The text ``"section.key"`` in ``lang``, with ``{name}`` filled from ``values``."""
    name, _, item = key.partition(".")
    template = section(lang, name)[item]
    return template.format(**values) if values else template


def word(lang: str, name: str, code: str) -> str:
    """The words for a domain code (a history answer, ...) in section ``name``.

    A code this version does not know (stored by a newer one) is shown as it is, and a
    language PGP Desk does not speak reads English, so a record always shows something."""
    return section(lang_or_fallback(lang), name).get(code, code)
