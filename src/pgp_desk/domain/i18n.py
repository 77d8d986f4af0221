"""The three languages of PGP Desk and one rule for picking a text in one of them.

Where words live: the UI's own strings are Qt translations (``resources/i18n``); fixed
captions and sentences of printouts, and the words of domain codes, are content texts
(``resources/texts/<lang>.yaml`` via ``content.texts``), which the screen reads in the UI
language and a printout in the reader's. The domain holds the rules and the codes and
imports neither: it keeps no words of its own (``tests/unit/test_domain_words.py`` fails on
a three-language mapping in a domain module other than the language names below). The
words of its codes are put together in ``content``: ``classification_text``,
``stage_words``, ``suggestion_text``, ``exercise_terms``, ``red_flag_text``,
``dosage_text``, ``pelvic_test_text``, ``score_text`` (score reasons and pregnancy
caveats) and ``birth_text``; the history's and the pain map's are read with
``content.texts.word``. Instruments' own texts are their definition files
(``resources/instruments``), read with ``pick``. An unknown language falls back to
English, so a mistyped setting never blanks a screen.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Literal, TypeGuard

Language = Literal["da", "nb", "en"]
LANGUAGES: tuple[Language, ...] = ("da", "nb", "en")
FALLBACK: Language = "en"
# Each language named in itself, so a name reads the same whatever the screen's language.
LANGUAGE_NAMES = {"da": "Dansk", "nb": "Norsk (bokmål)", "en": "English"}


def pick(texts: Mapping[str, str], lang: str) -> str:
    """The text in ``lang``, or the English one when that language is missing."""
    return texts[lang] if lang in texts else texts[FALLBACK]


def is_language(lang: str) -> TypeGuard[Language]:
    """Whether PGP Desk speaks ``lang`` (and the type checker may then treat it as one)."""
    return lang in LANGUAGES


def lang_or_fallback(lang: str) -> Language:
    """``lang`` when PGP Desk speaks it, otherwise English."""
    return lang if is_language(lang) else FALLBACK


def as_language(lang: str) -> Language:
    """``lang`` as one of the three languages, for a value already validated upstream.

    Raises ValueError for any other code: printing in a language nobody chose is a bug,
    never something to paper over with the fallback."""
    if is_language(lang):
        return lang
    raise ValueError(f"not a language of PGP Desk: {lang!r}")


def missing_languages(texts: Mapping[str, str]) -> list[str]:
    """Languages with no (or a blank) text; used by tests to prove every text is complete."""
    return [lang for lang in LANGUAGES if not str(texts.get(lang, "")).strip()]


_PLACEHOLDER = re.compile(r"%(\d+)")


def fill(template: str, *values: object) -> str:
    """Put ``values`` into %1, %2 ... of a template in one pass (Qt's placeholder style).

    The one way to fill a translated text: ``fill(self.tr("%1 of %2 answered"), n, total)``.
    A value is never searched for placeholders itself, so "%2" typed by a user stays as it
    is, and %10 is the tenth value, not the first followed by a 0. A placeholder without a
    value is left as written.
    """
    texts = [str(value) for value in values]

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return texts[number - 1] if 1 <= number <= len(texts) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


class TemplateMessage:
    """Mixin for exceptions whose message is a template with %1 ... and its values."""

    template: str
    params: tuple[str, ...]

    def _set_message(self, template: str, params: tuple[object, ...]) -> str:
        self.template = template
        self.params = tuple(str(p) for p in params)
        return fill(template, *self.params)
