"""The tick-off diary printed at the end of a handout."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer

from pgp_desk.domain.numbers import format_day_month
from pgp_desk.pdf.blocks import section_heading, table
from pgp_desk.pdf.fonts import BOLD, REGULAR
from pgp_desk.pdf.handout_context import HandoutContext
from pgp_desk.pdf.labels import day_names, label
from pgp_desk.pdf.paragraph import Paragraph
from pgp_desk.pdf.styles import FILL, INK, RULE
from pgp_desk.pdf.text import markup, plain


def _widest_word(text: str, size: float) -> float:
    """The narrowest column that holds `text` wrapped at its spaces, padding included."""
    return float(max(stringWidth(plain(w), BOLD, size) for w in text.split())) + 8


def _give(width: float, minimum: float, short: float) -> tuple[float, float]:
    """A column gives up to `short` points down to its `minimum`: (new width, still short)."""
    if short <= 0:
        return width, short
    narrower = max(minimum, width - short)
    return narrower, short - (width - narrower)


def _from(days: list[str], first: int) -> list[str]:
    """Monday-first weekday names, rotated to start with weekday `first` (0 = Monday)."""
    return days[first:] + days[:first]


@dataclass(frozen=True)
class _Widths:
    """The grid's columns (points): week, each day, pain, note; without room for a note
    column, the pain column takes the note's width and the note has no heading."""

    week: float
    day: float
    pain: float
    note: float
    with_note: bool

    def columns(self) -> list[float]:
        ends = [self.pain, self.note] if self.with_note else [self.pain + self.note]
        return [self.week] + [self.day] * 7 + ends


def diary_section(ctx: HandoutContext) -> list[Flowable]:
    """Weeks down, days across: a box to tick per day, plus pain and a note per week."""
    st, s = ctx.styles, ctx.styles.scale
    weeks = max(1, min(int(ctx.options.diary_weeks or 4), 12))
    start = ctx.data.date if isinstance(ctx.data.date, _dt.date) else None
    # Each row is seven days from the handout's date, so the columns start on that
    # weekday: a Sunday visit gives Søn, Man, … and the dates beside each row stay true.
    days, head_days = _day_heads(ctx, start.weekday() if start is not None else 0)
    head = [Paragraph(markup(ctx.lab("week")), st.cell_bold)]
    head += [Paragraph(d, st.cell_center) for d in days]
    head += [Paragraph(markup(ctx.lab("pain_col")), st.cell_bold),
             Paragraph(markup(ctx.lab("note_col")), st.cell_bold)]
    spans = _week_spans(ctx, start, weeks)
    widths = _widths(ctx, head_days, spans)
    if not widths.with_note:
        head = head[:-1]
    rows: list[list[object]] = [head, *_week_rows(ctx, weeks, spans, widths)]
    row_h = s.body * (2.5 if ctx.options.compact else 2.9)
    grid = table(
        rows,
        widths.columns(),
        [
            ("GRID", (0, 0), (-1, -1), 0.6, RULE),
            ("BOX", (0, 0), (-1, -1), 1.0, INK),
            ("BACKGROUND", (0, 0), (-1, 0), FILL),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ],
        split_in_row=False,
        minRowHeights=[0] + [row_h] * weeks,
        repeatRows=1,
    )
    intro = Paragraph(markup(label(ctx.lang, "diary_intro")), st.body)
    parts: list[Flowable] = [*section_heading(ctx.lab("diary"), st), intro]
    if ctx.lang2:
        parts.append(Paragraph(markup(label(ctx.lang2, "diary_intro")), st.purpose))
    parts += [Spacer(1, s.gap * 0.5), grid]
    return [KeepTogether(parts)]


def _day_heads(ctx: HandoutContext, first: int) -> tuple[list[str], list[str]]:
    """The day columns' headings from weekday ``first`` on (both languages in one cell when
    they differ), and every day name printed, for the column width."""
    days = _from(day_names(ctx.lang), first)
    head_days = list(days)
    if ctx.lang2:
        second = _from(day_names(ctx.lang2), first)
        days = [f"{a}<br/>{b}" if a != b else a for a, b in zip(days, second, strict=True)]
        head_days += second
    return days, head_days


def _week_spans(ctx: HandoutContext, start: _dt.date | None,
                weeks: int) -> list[tuple[str, str]]:
    """Each week's dates as (first day with its dash, last day); none without a date."""
    spans: list[tuple[str, str]] = []
    if start is not None:
        for w in range(weeks):
            a = start + _dt.timedelta(days=7 * w)
            b = a + _dt.timedelta(days=6)
            spans.append((f"{format_day_month(a, ctx.lang)}\u2013",
                          format_day_month(b, ctx.lang)))
    return spans


def _widths(ctx: HandoutContext, head_days: list[str],
            spans: list[tuple[str, str]]) -> _Widths:
    s, cell = ctx.styles.scale, ctx.styles.cell
    widest = [stringWidth(plain(d), BOLD, cell.fontSize) for d in head_days]
    day_w = max(max(widest) + 8, s.body * 2.3)
    week_label = stringWidth(f"{label(ctx.lang, 'week')} 12", BOLD, cell.fontSize) + 10
    # Wide enough for the longest date span on one line ("22.11.–28.11."); when space is
    # short the span may break after its dash, never inside a date.
    week_w = max([week_label] + [stringWidth(a + b, REGULAR, cell.fontSize) + 10
                                 for a, b in spans])
    week_min = max([week_label] + [stringWidth(part, REGULAR, cell.fontSize) + 10
                                   for span in spans for part in span])
    pain_w = max(stringWidth(plain(ctx.lab("pain_col")), BOLD, cell.fontSize) * 0.6 + 8,
                 s.body * 4)
    pain_min = max(_widest_word(ctx.lab("pain_col"), cell.fontSize), s.body * 2.5)
    note_min = _widest_word(ctx.lab("note_col"), cell.fontSize)
    # Large type or two languages: the pain column gives way first, then the week column
    # (its dates go on two lines), and only then the days.
    short = week_w + pain_w + note_min + 7 * day_w - ctx.width
    pain_w, short = _give(pain_w, pain_min, short)
    week_w, short = _give(week_w, week_min, short)
    # Still short (two languages in large print): the note column goes before any day
    # name has to break.
    with_note = short <= 0
    if not with_note:
        short -= note_min
    day_w -= max(0.0, short) / 7
    note_w = ctx.width - week_w - pain_w - 7 * day_w
    return _Widths(week_w, day_w, pain_w, note_w, with_note)


def _week_rows(ctx: HandoutContext, weeks: int, spans: list[tuple[str, str]],
               widths: _Widths) -> list[list[object]]:
    """A row per week: its number and dates (on one line when they fit), empty boxes."""
    cell = ctx.styles.cell
    one_line = all(stringWidth(a + b, REGULAR, cell.fontSize) + 10 <= widths.week
                   for a, b in spans)
    rows: list[list[object]] = []
    for w in range(weeks):
        text = f"<b>{markup(label(ctx.lang, 'week'))} {w + 1}</b>"
        if spans:
            opens, closes = spans[w]
            text += f"<br/>{opens}{closes}" if one_line else f"<br/>{opens}<br/>{closes}"
        rows.append([Paragraph(text, cell)] + [""] * 7 + ["", ""][:2 if widths.with_note else 1])
    return rows
