"""The handout's optional 'your progress' part: pain map and score trend charts."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from pgp_desk.pdf.blocks import caps_label, section_heading, table
from pgp_desk.pdf.charts import trend_chart
from pgp_desk.pdf.handout_context import HandoutContext
from pgp_desk.pdf.images import fit_drawing
from pgp_desk.pdf.model import ScorePoint
from pgp_desk.pdf.text import plain


def _trend(ctx: HandoutContext) -> list[ScorePoint]:
    out = []
    for item in ctx.data.score_trend or []:
        try:
            lab, pgq, nrs = item
        except (TypeError, ValueError):
            continue
        out.append(ScorePoint(str(lab), _num(pgq), _num(nrs)))
    return out


def _num(value: float | str | None) -> float | None:
    """A score as a number; a plain tuple may carry it as text, or something unreadable."""
    try:
        return None if value is None else float(value)
    except (TypeError, ValueError):
        return None


def progress_section(ctx: HandoutContext) -> list[Flowable]:
    """Pain map and score trend, for clients who like to see their progress."""
    if not ctx.options.include_assessment:
        return []
    st, s = ctx.styles, ctx.styles.scale
    half = (ctx.width - s.gap * 1.5) / 2
    pain = fit_drawing(ctx.data.pain_map_drawing, half, 95 * mm)
    trend = _trend(ctx)
    charts: list[Flowable] = []
    if trend:
        labels = [p.label for p in trend]
        chart_h = 42 * mm if not ctx.options.large_print else 55 * mm
        if any(p.pgq is not None for p in trend):
            charts.append(trend_chart(plain(ctx.lab("pgq")), labels, [p.pgq for p in trend],
                                      100, half, chart_h, s.small, ctx.lang))
        if any(p.nrs is not None for p in trend):
            charts.append(Spacer(1, s.gap))
            charts.append(trend_chart(plain(ctx.lab("nrs")), labels, [p.nrs for p in trend],
                                      10, half, chart_h, s.small, ctx.lang))
    if pain is None and not charts:
        return []
    left: list[Flowable] = []
    if pain is not None:
        left = [caps_label(ctx.lab("pain_map"), st), Spacer(1, 2), pain]
    body = table([[left, "", charts]], [half, s.gap * 1.5, half], []) if left and charts \
        else (left or charts)
    content = body if isinstance(body, list) else [body]
    return [KeepTogether([*section_heading(ctx.lab("progress"), st), *content])]
