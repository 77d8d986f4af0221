"""Screening items in words: the sign, what to do, how urgently, and the referral advice.

``domain.red_flags`` holds the items' codes, phases, urgency and action codes; the words
are content texts (sections ``red_flag_items``, ``red_flag_actions``, ``red_flag_urgency``
and ``red_flag_advice``), the same on the screening form, the client header, the
programme and handout warnings and the assessment report.
"""

from __future__ import annotations

from collections.abc import Iterable

from pgp_desk.content.texts import word
from pgp_desk.domain.red_flags import ITEMS, ScreeningItem, referral_urgency


def flag_label(item: ScreeningItem, lang: str) -> str:
    return word(lang, "red_flag_items", item.code)


def flag_action(item: ScreeningItem, lang: str) -> str:
    """What the physiotherapist does when the answer is yes."""
    return word(lang, "red_flag_actions", item.action)


def urgency_label(item: ScreeningItem, lang: str) -> str:
    return word(lang, "red_flag_urgency", item.urgency.value)


def describe(item: ScreeningItem, lang: str) -> str:
    """One line for a report or header: the sign, what to do and how urgently."""
    return f"{flag_label(item, lang)} – {flag_action(item, lang)} ({urgency_label(item, lang)})"


def describe_code(code: str, lang: str) -> str:
    """``describe`` for a stored item code; a code this version does not know, as it is."""
    return describe(ITEMS[code], lang) if code in ITEMS else code


def label_code(code: str, lang: str) -> str:
    """The sign of a stored item code; a code this version does not know, as it is."""
    return flag_label(ITEMS[code], lang) if code in ITEMS else code


def referral_advice(flags: Iterable[ScreeningItem], lang: str) -> str:
    """What to do about open flags: same-day wording if any flag is urgent; "" if none."""
    urgency = referral_urgency(flags)
    return "" if urgency is None else word(lang, "red_flag_advice", urgency.value)
