"""The three languages of PGP Desk and one rule for picking a text in one of them.

Where words live: the UI's own strings are Qt translations (``resources/i18n``); fixed
captions and sentences of printouts, and the words of domain codes, are content texts
(``resources/texts/<lang>.yaml`` via ``content.texts``), which the screen reads in the UI
language and a printout in the reader's. The domain holds the rules and the codes and
imports neither. Moved so far: the history checklists, the pain map's regions, qualities,
views and sides, the classification (``content.classification_text`` puts its reasons
into words), the stage of pregnancy (``content.stage_words``) and the programme
suggestions' reasons and warnings (``content.suggestion_text``) with the exercise
library's terms (``content.exercise_terms``), and the screening items with their actions,
urgency and referral advice (``content.red_flag_text``), the dosage in plain words
(``content.dosage_text``) and the pelvic tests' names, instructions and recorded values
(``content.pelvic_test_text``). Still beside their rules as ``{"da": ..., "nb": ...,
"en": ...}`` mappings, read with ``pick``: instruments' own words. An unknown language
falls back to English, so a mistyped setting never blanks a screen.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

LANGUAGES = ("da", "nb", "en")
FALLBACK = "en"
# Each language named in itself, so a name reads the same whatever the screen's language.
LANGUAGE_NAMES = {"da": "Dansk", "nb": "Norsk (bokmål)", "en": "English"}


def pick(texts: Mapping[str, str], lang: str) -> str:
    """The text in ``lang``, or the English one when that language is missing."""
    return texts[lang] if lang in texts else texts[FALLBACK]


def lang_or_fallback(lang: str) -> str:
    """``lang`` when PGP Desk speaks it, otherwise English."""
    return lang if lang in LANGUAGES else FALLBACK


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
