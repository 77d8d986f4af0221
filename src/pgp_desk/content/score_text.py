"""Why a questionnaire score or a change between two scores was not calculated, in words,
and what a score cannot say in pregnancy.

``domain.instruments`` gives a reason code (``no_answers``, ``too_many_missing``,
``too_few_answered``, ``score_missing``, ``no_threshold``) and its counts; the sentences
are content texts (section ``score_reasons``) for the clinician.
"""

from __future__ import annotations

from collections.abc import Iterable

from pgp_desk.content.texts import text, word
from pgp_desk.domain.i18n import lang_or_fallback
from pgp_desk.domain.instrument_caveats import pregnancy_caveat_codes
from pgp_desk.domain.instruments import ChangeResult, ScoreValue


def describe_reason(reason: str, lang: str = "da", **params: int) -> str:
    """A reason code from ScoreValue or ChangeResult as a sentence for the clinician."""
    return text(lang_or_fallback(lang), f"score_reasons.{reason}", **params)


def reason_text(result: ScoreValue | ChangeResult, lang: str = "da") -> str:
    """Why this score or change is missing; "" when it was calculated."""
    if not result.reason:
        return ""
    params = result.reason_params if isinstance(result, ScoreValue) else {}
    return describe_reason(result.reason, lang, **params)


def pregnancy_caveats(scored_codes: Iterable[str], phase: str | None, lang: str) -> list[str]:
    """Caveats for the instruments scored at an assessment in pregnancy; none after birth."""
    return [word(lang, "instrument_caveats", code)
            for code in pregnancy_caveat_codes(scored_codes, phase)]
