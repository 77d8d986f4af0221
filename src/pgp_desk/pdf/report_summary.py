"""The three lines a GP or midwife reads first: subgroup, scores, red flags and the request.

The same lines open page 1 of the report and go to the clipboard (*Copy summary as text*)
for the clinic's journal system, so the two can never disagree.
"""

from __future__ import annotations

import math

from pgp_desk.domain.numbers import format_score
from pgp_desk.pdf.labels import format_date, label
from pgp_desk.pdf.model import AssessmentReportData, ScoreRow

# The pain score that speaks for the week, then the one taken today.
_PAIN_KEYS = ("nrs_worst_week", "nrs_now")


def change_text(row: ScoreRow, lang: str) -> str:
    """Difference now minus before, with 'better'/'worse' only past the caller's threshold."""
    if row.current is None or row.previous is None:
        return "\u2013"
    if not (math.isfinite(row.current) and math.isfinite(row.previous)):
        return "\u2013"
    delta = row.current - row.previous
    sign = "+" if delta > 0 else "\u2212" if delta < 0 else "\u00b1"
    text = sign + format_score(abs(delta), lang)
    if row.important_change is None:
        return text
    if abs(delta) < row.important_change:
        return f"{text} ({label(lang, 'no_important_change')})"
    improved = (delta < 0) == row.lower_is_better
    arrow = "\u2193" if delta < 0 else "\u2191"
    return f"{text} {arrow} {label(lang, 'better' if improved else 'worse')}"


def _score(row: ScoreRow, lang: str) -> str:
    now = f"{row.name} {format_score(row.current, lang)}"
    if row.previous is None or row.current is None:
        return now
    return (f"{now}, {label(lang, 'before')} {format_score(row.previous, lang)}: "
            f"{change_text(row, lang)}")


def summary_lines(data: AssessmentReportData) -> list[str]:
    """Subgroup and what it rests on; PGQ and pain now and their change; red flags and
    what is asked of the recipient."""
    lang = data.language
    info = data.classification
    chosen = (info.chosen.strip() or info.suggested.strip()) if info else ""
    first = f"{label(lang, 'subgroup')}: {chosen or label(lang, 'not_decided')}"
    reasons = [r.strip().rstrip(".") for r in (info.reasons if info else []) if r.strip()]
    if chosen and reasons:
        first += f" \u2013 {label(lang, 'rests_on')} " + "; ".join(reasons[:3])
    by_key = {row.key: row for row in data.scores if row.key and row.current is not None}
    scores = [by_key[k] for k in ("pgq_total",) if k in by_key]
    scores += [by_key[k] for k in _PAIN_KEYS if k in by_key][:1]
    second = " \u00b7 ".join(_score(row, lang) for row in scores) or \
        f"PGQ/NRS: {label(lang, 'not_measured')}"
    flags = [str(f).strip() for f in data.red_flags if str(f).strip()]
    third = (f"{label(lang, 'red_flags')}: {', '.join(flags)}" if flags
             else label(lang, "no_flags"))
    if data.request.strip():
        third += f" \u2013 {label(lang, 'request')}: {' '.join(data.request.split())}"
    return [first, second, third]


def summary_text(data: AssessmentReportData) -> str:
    """The summary as plain text for a journal: a title line, then the three lines."""
    lang = data.language
    head = (f"{label(lang, 'report_title')} {format_date(data.assessment_date, lang)}"
            f" \u2013 {data.client_name}")
    if not data.signed:
        head += f" ({label(lang, 'draft_banner')})"
    return "\n".join([head, *summary_lines(data)])
