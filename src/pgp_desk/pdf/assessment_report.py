"""The assessment report for the client's GP or midwife.

A clinician reads it in a minute: who, when, what stage of pregnancy, red flags first (they
decide whether anything must happen now), then the findings (pain map, pelvic tests after
Vleeming et al. 2008, scores against last time), the suggested subgroup (Albert et al. 2000)
with its reasons, and the plan.
"""

from __future__ import annotations

import math

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer
from reportlab.platypus.doctemplate import LayoutError

from pgp_desk.domain.numbers import format_score
from pgp_desk.pdf.blocks import (
    BULLET,
    bullets,
    caps_label,
    clinic_header,
    info_grid,
    section_heading,
    table,
)
from pgp_desk.pdf.fonts import BOLD
from pgp_desk.pdf.images import fit_drawing
from pgp_desk.pdf.labels import format_date, label
from pgp_desk.pdf.model import AssessmentReportData, PelvicTestRow, ScoreRow
from pgp_desk.pdf.page import Footer, build_pdf, frame_size
from pgp_desk.pdf.styles import FILL, INK, RULE, Styles, build_styles, scale_for
from pgp_desk.pdf.text import markup, para, plain

_RESULTS = {"positive", "negative", "not_tested"}


def render_assessment_report(data: AssessmentReportData) -> bytes:
    """Render the report as PDF bytes (deterministic for the same input)."""
    styles = build_styles(scale_for())
    margin = styles.scale.margin
    width, _ = frame_size(data.paper, margin)
    lang = data.language
    phone = data.clinic.phone.strip()
    left = data.clinic.name + (f"  \u00b7  {label(lang, 'phone')} {phone}" if phone else "")
    footer = Footer(
        left=left,
        centre=label(lang, "confidential"),
        page_text=lambda page, total: label(lang, "page", page=page, total=total),
    )
    kwargs = {
        "paper": data.paper,
        "margin": margin,
        "footer": footer,
        "title": f"{label(lang, 'report_title')}: {plain(data.client_name)}",
        "author": data.therapist_name or data.clinic.name,
        "language": lang,
        "subject": label(lang, "report_subtitle"),
    }
    try:
        return build_pdf(_story(data, styles, width), **kwargs)  # type: ignore[arg-type]
    except LayoutError:
        return build_pdf(_story(data, styles, width, plain_tables=True), **kwargs)  # type: ignore[arg-type]


def _story(data: AssessmentReportData, st: Styles, width: float,
           plain_tables: bool = False) -> list[Flowable]:
    lang, s = data.language, st.scale
    story: list[Flowable] = [clinic_header(data.clinic, st, width, lang), Spacer(1, s.gap * 1.4)]
    story.append(Paragraph(markup(label(lang, "report_title")), st.title))
    story.append(Paragraph(markup(label(lang, "report_subtitle")), st.subtitle))
    if data.recipient.strip():
        story.append(Paragraph(f"<b>{markup(label(lang, 'recipient'))}:</b> "
                               f"{markup(data.recipient)}", st.body))
        story.append(Spacer(1, s.gap * 0.4))
    story.append(info_grid([
        (label(lang, "client"), data.client_name),
        (label(lang, "birth_date"), format_date(data.birth_date, lang)),
        (label(lang, "stage"), data.stage),
    ], st, width))
    story.append(Spacer(1, s.gap * 0.6))
    story.append(info_grid([
        (label(lang, "assessed"), format_date(data.assessment_date, lang)),
        (label(lang, "therapist"), data.therapist_name),
        ("", ""),
    ], st, width))
    story += _red_flags(data, st, width)
    story += _history(data, st, width)
    story += _findings(data, st, width, plain_tables)
    story += _scores(data, st, width, plain_tables)
    story += _classification(data, st)
    story += _plan(data, st)
    story += _signature(data, st, width)
    return story


def _red_flags(data: AssessmentReportData, st: Styles, width: float) -> list[Flowable]:
    lang, s = data.language, st.scale
    flags = [f for f in data.red_flags if str(f).strip()]
    if flags:
        body: list[Flowable] = [Paragraph(f"<b>! {markup(label(lang, 'red_flags_found'), BOLD)}"
                                          "</b>", st.body), *bullets(flags, st)]
        weight = 1.8
    else:
        body = [Paragraph(markup(label(lang, "no_red_flags")), st.body)]
        weight = 0.8
    box = table([[body]], [width], [
        ("BOX", (0, 0), (-1, -1), weight, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), s.gap),
        ("RIGHTPADDING", (0, 0), (-1, -1), s.gap),
        ("TOPPADDING", (0, 0), (-1, -1), s.gap * 0.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), s.gap * 0.4),
    ])
    return [*section_heading(label(lang, "red_flags"), st, small=True), box]


def _history(data: AssessmentReportData, st: Styles, width: float) -> list[Flowable]:
    facts = [(k, v) for k, v in data.history_facts if str(k).strip() or str(v).strip()]
    if not data.history_summary.strip() and not facts:
        return []
    out: list[Flowable] = section_heading(label(data.language, "history"), st, small=True)
    if data.history_summary.strip():
        out.append(para(data.history_summary, st.body))
    if facts:
        rows = [[para(k, st.cell_bold), para(v, st.cell)] for k, v in facts]
        out.append(table(rows, [width * 0.32, width * 0.68], [
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (0, -1), 6),
        ]))
    return out


def _result(value: str, lang: str) -> str:
    key = str(value).strip().lower()
    return label(lang, key) if key in _RESULTS else str(value)


def _test_table(rows: list[PelvicTestRow], lang: str, st: Styles, width: float,
                plain_tables: bool) -> Flowable:
    head = [Paragraph(markup(label(lang, k)), st.cell_bold)
            for k in ("test", "left", "right", "note")]
    data: list[list[object]] = [head]
    commands: list[tuple[object, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), FILL),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    for i, row in enumerate(rows, 1):
        left, right = _result(row.left, lang), _result(row.right, lang)
        positive = {k for k, v in (("l", row.left), ("r", row.right))
                    if str(v).strip().lower() == "positive"}
        lstyle = st.cell_bold if "l" in positive else st.cell
        rstyle = st.cell_bold if "r" in positive else st.cell
        if row.midline:
            cells: list[object] = [para(row.name, st.cell_bold),
                                   Paragraph(f"{markup(left)} "
                                             f"<font color='#555555'>"
                                             f"({markup(label(lang, 'midline'))})</font>", lstyle),
                                   "", para(row.note, st.cell)]
            commands.append(("SPAN", (1, i), (2, i)))
        else:
            cells = [para(row.name, st.cell_bold), para(left, lstyle), para(right, rstyle),
                     para(row.note, st.cell)]
        data.append(cells)
    widths = [width * 0.30, width * 0.15, width * 0.15, width * 0.40]
    return table(data, widths, commands, split_in_row=True, repeatRows=1) if not plain_tables \
        else table(data, widths, commands, split_in_row=True)


def _findings(data: AssessmentReportData, st: Styles, width: float,
              plain_tables: bool) -> list[Flowable]:
    lang, s = data.language, st.scale
    out: list[Flowable] = []
    pain = fit_drawing(data.pain_map_drawing, width * 0.8, 80 * mm)
    if pain is not None:
        heading = section_heading(label(lang, "report_pain_map"), st, small=True)
        out.append(KeepTogether([*heading, pain]))
    rows = [r for r in data.pelvic_tests if str(r.name).strip()]
    if rows or data.test_summary.strip():
        out += section_heading(label(lang, "tests"), st, small=True)
        if rows:
            out.append(_test_table(rows, lang, st, width, plain_tables))
        if data.test_summary.strip():
            out += [Spacer(1, s.gap * 0.5), para(data.test_summary, st.body)]
    return out


def _change(row: ScoreRow, lang: str) -> str:
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


def _scores(data: AssessmentReportData, st: Styles, width: float,
            plain_tables: bool) -> list[Flowable]:
    lang = data.language
    rows = [r for r in data.scores if str(r.name).strip()]
    if not rows:
        return []
    head = [Paragraph(markup(label(lang, k)), st.cell_bold)
            for k in ("measure", "previous", "now", "change")]
    table_rows: list[list[object]] = [head]
    for r in rows:
        name = markup(r.name) + (f" <font color='#555555'>({markup(r.scale)})</font>"
                                 if r.scale.strip() else "")
        table_rows.append([Paragraph(name, st.cell),
                           para(format_score(r.previous, lang), st.cell),
                           para(format_score(r.current, lang), st.cell_bold),
                           para(_change(r, lang), st.cell)])
    widths = [width * 0.40, width * 0.14, width * 0.14, width * 0.32]
    t = table(table_rows, widths, [
        ("BACKGROUND", (0, 0), (-1, 0), FILL),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ], repeatRows=0 if plain_tables else 1)
    return [*section_heading(label(lang, "scores"), st, small=True), t]


def _classification(data: AssessmentReportData, st: Styles) -> list[Flowable]:
    info, lang = data.classification, data.language
    if info is None or not (info.suggested.strip() or info.chosen.strip()):
        return []
    out: list[Flowable] = section_heading(label(lang, "classification"), st, small=True)
    chosen = info.chosen.strip() or info.suggested
    out.append(Paragraph(f"<b>{markup(label(lang, 'chosen'), BOLD)}:</b> "
                         f"{markup(chosen)}", st.body))
    if info.suggested.strip() and info.suggested.strip() != chosen.strip():
        out.append(Paragraph(f"{markup(label(lang, 'suggested'))}: {markup(info.suggested)}",
                             st.body))
    reasons = [r for r in info.reasons if str(r).strip()]
    if reasons:
        out.append(caps_label(label(lang, "reasons"), st))
        out += bullets(reasons, st)
    return out


def _plan(data: AssessmentReportData, st: Styles) -> list[Flowable]:
    lang = data.language
    out: list[Flowable] = []
    plan = [p for p in data.plan if str(p).strip()]
    if plan:
        out += section_heading(label(lang, "plan"), st, small=True)
        out += bullets(plan, st, BULLET)
    if data.notes.strip():
        out += section_heading(label(lang, "notes"), st, small=True)
        out.append(para(data.notes, st.body))
    return out


def _signature(data: AssessmentReportData, st: Styles, width: float) -> list[Flowable]:
    lang, s = data.language, st.scale
    line = table([[[Spacer(1, s.gap * 2.5)]], [[
        Paragraph(f"{markup(label(lang, 'signature'))}: {markup(data.therapist_name)}",
                  st.muted),
        Paragraph(markup(format_date(data.assessment_date, lang)), st.muted),
    ]]], [width * 0.5], [("LINEABOVE", (0, 1), (-1, 1), 0.8, INK),
                         ("TOPPADDING", (0, 1), (-1, 1), 3)])
    line.hAlign = "LEFT"
    return [Spacer(1, s.gap * 2), KeepTogether([line])]
