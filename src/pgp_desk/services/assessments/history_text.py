"""A stored history as (label, text) pairs for the report (CLINICAL.md §1 checklists)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pgp_desk.content.texts import text, word
from pgp_desk.domain.history import empty_history, knee_distance_cm
from pgp_desk.domain.i18n import lang_or_fallback


def history_facts(history: Mapping[str, Any] | None, lang: str) -> list[tuple[str, str]]:
    """What was recorded about the history, in ``lang``; blank answers are left out."""
    lang = lang_or_fallback(lang)
    h = {**empty_history(), **dict(history or {})}
    facts: list[tuple[str, str]] = []

    def add(key: str, said: str) -> None:
        if said.strip():
            facts.append((word(lang, "history_facts", key), said.strip()))

    def words(section: str, codes: list[str]) -> str:
        return ", ".join(word(lang, section, code) for code in codes)

    onset = h.get("onset") or {}
    timing, week = onset.get("timing"), onset.get("week")
    if timing:
        said = word(lang, "history_onset", timing)
        if week is not None and timing == "pregnancy":
            said += ", " + text(lang, "history_facts.week", n=week)
        elif week is not None and timing == "postpartum":
            said += ", " + text(lang, "history_facts.weeks_after", n=week)
        add("onset", said)
    add("aggravating", words("history_aggravating", h["aggravating"]))
    add("risk_factors", words("history_risk_factors", h["risk_factors"]))
    add("earlier", h["earlier_episodes"])
    work = [h["work"]] if h["work"] else []
    if h["sick_leave"]:
        work.append(word(lang, "history_sick_leave", h["sick_leave"]))
    add("work", "; ".join(work))
    sleep = [word(lang, "history_sleep", h["sleep"])] if h["sleep"] else []
    if h["sleep_note"]:
        sleep.append(h["sleep_note"])
    add("sleep", "; ".join(sleep))
    add("goals", h["goals"])
    knees = knee_distance_cm(h)
    if knees is not None:
        add("knee_distance", f"{knees} cm")
    return facts
