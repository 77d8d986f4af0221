"""Direction arrows in the accent colour: a curved shaft and a filled head."""

from __future__ import annotations

import math

from pgp_desk.content.figure_svg import ACCENT, Point, fmt, path, polygon, stroke_attrs

HEAD_LENGTH = 11.0
HEAD_HALF_WIDTH = 6.5


def _head(tip: Point, towards: Point) -> str:
    """A filled triangle with its tip at `tip`, pointing away from `towards`."""
    dx, dy = tip[0] - towards[0], tip[1] - towards[1]
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    base = (tip[0] - ux * HEAD_LENGTH, tip[1] - uy * HEAD_LENGTH)
    left = (base[0] - uy * HEAD_HALF_WIDTH, base[1] + ux * HEAD_HALF_WIDTH)
    right = (base[0] + uy * HEAD_HALF_WIDTH, base[1] - ux * HEAD_HALF_WIDTH)
    return polygon([tip, left, right], fill=ACCENT, **stroke_attrs(ACCENT, 1.5))


def _quad(p0: Point, c: Point, p1: Point, t: float) -> Point:
    a = (1 - t) ** 2
    b = 2 * (1 - t) * t
    d = t * t
    return (a * p0[0] + b * c[0] + d * p1[0], a * p0[1] + b * c[1] + d * p1[1])


def arrow(start: Point, end: Point, bend: float = 0.0, both: bool = False) -> list[str]:
    """Arrow from start to end; bend > 0 bows it to the left of its direction (in the image).

    The shaft stops short of each head so the round cap does not poke through the tip.
    """
    dx, dy = end[0] - start[0], end[1] - start[1]
    length = math.hypot(dx, dy) or 1.0
    mid = ((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
    # Left of the direction of travel on screen (y down) is (dy, -dx).
    ctrl = (mid[0] + dy / length * bend * 2, mid[1] - dx / length * bend * 2)
    # Trim the curve where a head sits, measured in parameter space (good enough for arrows).
    trim = min(0.45, (HEAD_LENGTH - 1.0) / length)
    t0 = trim if both else 0.0
    t1 = 1.0 - trim
    samples = [_quad(start, ctrl, end, t0 + (t1 - t0) * k / 16) for k in range(17)]
    d = f"M{fmt(samples[0][0])} {fmt(samples[0][1])}" + "".join(
        f"L{fmt(x)} {fmt(y)}" for x, y in samples[1:]
    )
    out = [path(d, **stroke_attrs(ACCENT))]
    out.append(_head(end, _quad(start, ctrl, end, 1.0 - trim)))
    if both:
        out.append(_head(start, _quad(start, ctrl, end, trim)))
    return out


def arc_arrow(
    centre: Point, rx: float, ry: float, start_deg: float, end_deg: float, both: bool = False
) -> list[str]:
    """Arrow along an ellipse from start_deg to end_deg (counter-clockwise if end > start)."""

    def at(deg: float) -> Point:
        rad = math.radians(deg)
        return (centre[0] + rx * math.cos(rad), centre[1] - ry * math.sin(rad))

    span = end_deg - start_deg
    radius = max(1.0, (rx + ry) / 2)
    trim_deg = math.degrees((HEAD_LENGTH - 1.0) / radius) * (1 if span > 0 else -1)
    a0 = start_deg + (trim_deg if both else 0.0)
    a1 = end_deg - trim_deg
    steps = max(8, int(abs(a1 - a0) / 8))
    samples = [at(a0 + (a1 - a0) * k / steps) for k in range(steps + 1)]
    d = f"M{fmt(samples[0][0])} {fmt(samples[0][1])}" + "".join(
        f"L{fmt(x)} {fmt(y)}" for x, y in samples[1:]
    )
    out = [path(d, **stroke_attrs(ACCENT)), _head(at(end_deg), at(end_deg - trim_deg))]
    if both:
        out.append(_head(at(start_deg), at(start_deg + trim_deg)))
    return out
