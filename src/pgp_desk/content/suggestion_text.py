"""Programme suggestions and warnings in words: "Trains what hurts: turning in bed".

``domain.suggestions`` gives each reason and warning as a code with parameters (an
activity, a phase, screening items, an exercise); the sentences are content texts
(sections ``suggestion_reasons`` and ``programme_warnings``) with the parameters' own
words filled in.
"""

from __future__ import annotations

from collections.abc import Mapping

from pgp_desk.content.exercise_terms import term
from pgp_desk.content.red_flag_text import label_code
from pgp_desk.content.texts import text
from pgp_desk.domain.i18n import lang_or_fallback
from pgp_desk.domain.suggestions import ProgrammeWarning, Reason, Suggestion


def reason_label(reason: Reason, lang: str, names: Mapping[str, str] | None = None) -> str:
    """The reason in words; ``names`` maps exercise codes to names for "next_step"."""
    lang = lang_or_fallback(lang)
    values = dict(reason.params)
    if "activity" in values:
        values["activity"] = term("activity", values["activity"], lang)
    if "exercise" in values and names:
        values["exercise"] = names.get(values["exercise"], values["exercise"])
    return text(lang, f"suggestion_reasons.{reason.code}", **values)


def reason_labels(suggestion: Suggestion, lang: str,
                  names: Mapping[str, str] | None = None) -> list[str]:
    return [reason_label(r, lang, names) for r in suggestion.reasons]


def warning_label(warning: ProgrammeWarning, lang: str) -> str:
    """The warning in words, its phase and screening items named."""
    lang = lang_or_fallback(lang)
    values = dict(warning.params)
    if "phase" in values:
        values["phase"] = term("phase", values["phase"], lang)
    if "items" in values:
        values["items"] = "; ".join(label_code(c, lang) for c in values["items"].split(","))
    return text(lang, f"programme_warnings.{warning.code}", **values)
