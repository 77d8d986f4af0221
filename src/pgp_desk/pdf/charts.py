"""A small black-and-white line chart for score trends (PGQ, NRS) across visits."""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, String

from pgp_desk.domain.numbers import format_score
from pgp_desk.pdf.fonts import BOLD, REGULAR, use_family
from pgp_desk.pdf.styles import HAIRLINE, INK, MUTED, WHITE
from pgp_desk.pdf.text import fit_width, plain


def trend_chart(
    title: str,
    labels: Sequence[str],
    values: Sequence[float | None],
    y_max: float,
    width: float,
    height: float,
    font_size: float = 7.5,
    language: str = "en",
) -> Drawing:
    """Points joined by a line, value printed above each; gaps (None) are skipped.
    Numbers are written for `language` ('55,1' in Danish and Norwegian)."""
    d = use_family(Drawing(width, height))
    fs = font_size
    left, right, top, bottom = fs * 2.6, fs * 1.2, fs * 2.6, fs * 2.2
    plot_w = max(width - left - right, 1.0)
    plot_h = max(height - top - bottom, 1.0)
    d.add(String(0, height - fs, fit_width(plain(title, BOLD), BOLD, fs, width), fontName=BOLD,
                 fontSize=fs, fillColor=INK))
    y_max = y_max if y_max > 0 else 1.0
    steps = 5 if y_max == 10 else 4
    for i in range(steps + 1):
        frac = i / steps
        y = bottom + plot_h * frac
        d.add(Line(left, y, left + plot_w, y, strokeColor=HAIRLINE, strokeWidth=0.4))
        d.add(String(left - 3, y - fs * 0.35, format_score(y_max * frac, language),
                     fontName=REGULAR, fontSize=fs * 0.85, fillColor=MUTED, textAnchor="end"))
    count = len(labels)
    if count == 0:
        return d
    step = plot_w / count
    xs = [left + step * (i + 0.5) for i in range(count)]
    for x, text in zip(xs, labels, strict=False):
        d.add(String(x, bottom - fs * 1.3, fit_width(plain(text, REGULAR), REGULAR, fs * 0.85,
                                                     step - 2),
                     fontName=REGULAR, fontSize=fs * 0.85, fillColor=MUTED, textAnchor="middle"))
    points: list[tuple[float, float, float]] = []
    for x, value in zip(xs, values, strict=False):
        if value is None or not math.isfinite(value):
            continue
        clipped = min(max(float(value), 0.0), y_max)
        points.append((x, bottom + plot_h * clipped / y_max, float(value)))
    if len(points) > 1:
        flat = [c for x, y, _ in points for c in (x, y)]
        d.add(PolyLine(flat, strokeColor=INK, strokeWidth=1.4, strokeLineJoin=1))
    for x, y, value in points:
        d.add(Circle(x, y, fs * 0.38, fillColor=WHITE, strokeColor=INK, strokeWidth=1.2))
        d.add(String(x, y + fs * 0.75, format_score(value, language), fontName=BOLD,
                     fontSize=fs * 0.9, fillColor=INK, textAnchor="middle"))
    return d
