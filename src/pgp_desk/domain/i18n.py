"""The three languages of PGP Desk and one rule for picking a text in one of them.

Domain modules keep their clinician- and client-facing words as ``{"da": ..., "nb": ...,
"en": ...}`` mappings next to the logic they describe, so a reviewer sees the rule and its
wording together. An unknown language falls back to English (the same rule as
``stage_text``), so a mistyped setting never blanks a screen.
"""

from __future__ import annotations

from collections.abc import Mapping

LANGUAGES = ("da", "nb", "en")
FALLBACK = "en"


def pick(texts: Mapping[str, str], lang: str) -> str:
    """The text in ``lang``, or the English one when that language is missing."""
    return texts[lang] if lang in texts else texts[FALLBACK]


def lang_or_fallback(lang: str) -> str:
    """``lang`` when PGP Desk speaks it, otherwise English."""
    return lang if lang in LANGUAGES else FALLBACK


def missing_languages(texts: Mapping[str, str]) -> list[str]:
    """Languages with no (or a blank) text; used by tests to prove every text is complete."""
    return [lang for lang in LANGUAGES if not str(texts.get(lang, "")).strip()]
