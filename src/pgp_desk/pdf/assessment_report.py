"""The assessment report for the client's GP or midwife.

A clinician reads it in a minute: who, when, what stage of pregnancy, red flags first (they
decide whether anything must happen now), then the findings (pain map, pelvic tests after
Vleeming et al. 2008, scores against last time), the suggested subgroup (Albert et al. 2000)
with its reasons, and the plan.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer
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
from pgp_desk.pdf.model import AssessmentReportData, PelvicTestRow, Signer
from pgp_desk.pdf.page import Document, Footer, build_pdf, frame_size
from pgp_desk.pdf.paragraph import Paragraph
from pgp_desk.pdf.report_summary import change_text, summary_lines
from pgp_desk.pdf.styles import FILL, INK, Styles, build_styles, facts_table, ruled_table, scale_for
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
        banner="" if data.signed else label(lang, "draft_banner"),
    )
    document: Document = {
        "paper": data.paper,
        "margin": margin,
        "footer": footer,
        "title": f"{label(lang, 'report_title')}: {plain(data.client_name)}",
        "author": data.therapist_name or data.clinic.name,
        "language": lang,
        "subject": label(lang, "report_subject"),
    }
    try:
        return build_pdf(_story(data, styles, width), **document)
    except LayoutError:
        return build_pdf(_story(data, styles, width, plain_tables=True), **document)


def _story(data: AssessmentReportData, st: Styles, width: float,
           plain_tables: bool = False) -> list[Flowable]:
    lang, s = data.language, st.scale
    story: list[Flowable] = [clinic_header(data.clinic, st, width, lang), Spacer(1, s.gap * 1.4)]
    story.append(Paragraph(f"{markup(label(lang, 'report_title'), BOLD)}", st.title))
    story.append(Paragraph(markup(label(lang, "report_subtitle")), st.subtitle))
    if data.recipient.strip():
        story.append(Paragraph(f"<b>{markup(label(lang, 'recipient'))}:</b> "
                               f"{markup(data.recipient)}", st.body))
        story.append(Spacer(1, s.gap * 0.2))
    story.append(info_grid([
        (label(lang, "client"), data.client_name),
        (label(lang, "birth_date"), format_date(data.birth_date, lang)),
        (label(lang, "stage"), data.stage),
    ], st, width))
    story.append(Spacer(1, s.gap * 0.4))
    story.append(info_grid([
        (label(lang, "assessed"), format_date(data.assessment_date, lang)),
        (label(lang, "therapist"), data.therapist_name),
        ("", ""),
    ], st, width))
    story += _summary(data, st, width)
    story += _red_flags(data, st, width)
    story += _scores(data, st, width, plain_tables)
    story += _classification(data, st)
    story += _plan(data, st)
    story += _findings(data, st, width, plain_tables)
    story += _history(data, st, width)
    story += _notes(data, st)
    return _signed_under_last(story, _signature(data, st, width))


def _summary(data: AssessmentReportData, st: Styles, width: float) -> list[Flowable]:
    """Three lines for the GP or midwife, in a box that opens the report."""
    s = st.scale
    lines = [Paragraph(f"<b>{n}.</b>\u2002{markup(line)}", st.body_bold if n == 3 and
                       data.red_flags else st.body)
             for n, line in enumerate(summary_lines(data), 1)]
    box = table([[[Paragraph(markup(label(data.language, "summary").upper()), st.caps),
                   *lines]]], [width], [
        ("BOX", (0, 0), (-1, -1), 1.2, INK),
        ("BACKGROUND", (0, 0), (-1, -1), FILL),
        ("LEFTPADDING", (0, 0), (-1, -1), s.gap),
        ("RIGHTPADDING", (0, 0), (-1, -1), s.gap),
        ("TOPPADDING", (0, 0), (-1, -1), s.gap * 0.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), s.gap * 0.3),
    ], split_in_row=False)
    return [Spacer(1, s.gap * 0.8), box]


def _signed_under_last(story: list[Flowable], signature: list[Flowable]) -> list[Flowable]:
    """The signature right under the last content, never alone on a page: it is kept
    together with the last block before it."""
    if not signature:
        return story
    last = story.pop()
    return [*story, KeepTogether([last, *signature])]


def _red_flags(data: AssessmentReportData, st: Styles, width: float) -> list[Flowable]:
    """Open red flags in a heavy box; none: the summary's line says so, nothing more."""
    lang, s = data.language, st.scale
    flags = [f for f in data.red_flags if str(f).strip()]
    if not flags:
        return []
    body: list[Flowable] = [Paragraph(f"<b>! {markup(label(lang, 'red_flags_found'), BOLD)}"
                                      "</b>", st.body), *bullets(flags, st)]
    box = table([[body]], [width], [
        ("BOX", (0, 0), (-1, -1), 1.8, INK),
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
        out.append(table(rows, [width * 0.32, width * 0.68], facts_table(3)))
    return out


def _result(value: str, lang: str) -> str:
    key = str(value).strip().lower()
    return label(lang, key) if key in _RESULTS else str(value)


def _test_table(rows: list[PelvicTestRow], lang: str, st: Styles, width: float,
                plain_tables: bool) -> Flowable:
    head = [Paragraph(markup(label(lang, k)), st.cell_bold)
            for k in ("test", "left", "right", "note")]
    data: list[list[object]] = [head]
    commands = ruled_table(3, 3, 4)
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
    # Large enough to read the marked regions and the intensity key, small enough that
    # the report keeps to two pages.
    pain = fit_drawing(data.pain_map_drawing, width * 0.62, 58 * mm)
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
                           para(change_text(r, lang), st.cell)])
    widths = [width * 0.40, width * 0.14, width * 0.14, width * 0.32]
    t = table(table_rows, widths, ruled_table(3, 3, 4), repeatRows=0 if plain_tables else 1)
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
    plan = [p for p in data.plan if str(p).strip()]
    if not plan and data.next_visit is None:
        return []
    out = [*section_heading(label(data.language, "plan"), st, small=True),
           *bullets(plan, st, BULLET)]
    if data.next_visit is not None:
        out.append(para(label(data.language, "next_visit",
                              date=format_date(data.next_visit, data.language)), st.body))
    return out


def _notes(data: AssessmentReportData, st: Styles) -> list[Flowable]:
    if not data.notes.strip():
        return []
    return [*section_heading(label(data.language, "notes"), st, small=True),
            para(data.notes, st.body)]


def _signature(data: AssessmentReportData, st: Styles, width: float) -> list[Flowable]:
    """A signed report: the signer's name and authorisation ID over a line, with the date.
    A draft has no signature (its banner says so on every page)."""
    if not data.signed:
        return []
    lang, s = data.language, st.scale
    signer = data.signer or Signer(data.therapist_name)
    lines = [Paragraph(f"{markup(label(lang, 'signature'))}: "
                       f"<b>{markup(signer.name, BOLD)}</b>", st.muted)]
    if signer.authorisation_id.strip():
        lines.append(Paragraph(f"{markup(label(lang, 'authorisation'))}: "
                               f"{markup(signer.authorisation_id)}", st.muted))
    lines.append(Paragraph(markup(format_date(data.assessment_date, lang)), st.muted))
    line = table([[[Spacer(1, s.gap * 2.2)]], [lines]], [width * 0.5],
                 [("LINEABOVE", (0, 1), (-1, 1), 0.8, INK), ("TOPPADDING", (0, 1), (-1, 1), 3)])
    line.hAlign = "LEFT"
    return [Spacer(1, s.gap), line]
