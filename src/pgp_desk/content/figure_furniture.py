"""Furniture and floor props drawn simply: mat, chair, ball, wall, pillow, step, rail, bed.

Every drawer takes the prop's keys from the pose file and the floor line, and returns SVG
elements in the grey prop colour so the figure stays the thing the eye lands on.
"""

from __future__ import annotations

import math
from typing import Any

from pgp_desk.content.figure_svg import (
    PROP,
    PROP_FILL,
    Point,
    circle,
    fmt,
    path,
    polygon,
    polyline_data,
    smooth_closed,
    smooth_open,
    stroke_attrs,
)

WALL_FILL = "#eef0f2"


def outline(d: str, fill: str = PROP_FILL, colour: str = PROP) -> str:
    return path(d, fill=fill, **stroke_attrs(colour))


def rounded_rect(x0: float, y0: float, x1: float, y1: float, r: float) -> str:
    """Path data for a rectangle with rounded corners, drawn with cubic Béziers."""
    r = min(r, (x1 - x0) / 2, (y1 - y0) / 2)
    k = 0.5523 * r
    f = fmt
    return (
        f"M{f(x0 + r)} {f(y0)}L{f(x1 - r)} {f(y0)}"
        f"C{f(x1 - r + k)} {f(y0)} {f(x1)} {f(y0 + r - k)} {f(x1)} {f(y0 + r)}"
        f"L{f(x1)} {f(y1 - r)}"
        f"C{f(x1)} {f(y1 - r + k)} {f(x1 - r + k)} {f(y1)} {f(x1 - r)} {f(y1)}"
        f"L{f(x0 + r)} {f(y1)}"
        f"C{f(x0 + r - k)} {f(y1)} {f(x0)} {f(y1 - r + k)} {f(x0)} {f(y1 - r)}"
        f"L{f(x0)} {f(y0 + r)}"
        f"C{f(x0)} {f(y0 + r - k)} {f(x0 + r - k)} {f(y0)} {f(x0 + r)} {f(y0)}Z"
    )


def mat(p: dict[str, Any], floor: float) -> list[str]:
    """A mat on the floor; with `depth` it is seen from above (a parallelogram), and with
    `base`, `thickness` and `legs` the same shape makes a bed seen from the front."""
    x, w = float(p["x"]), float(p["width"])
    depth = float(p.get("depth", 0.0))
    base = float(p.get("base", floor))
    thick = float(p.get("thickness", 7.0 if not depth else 6.0))
    out: list[str] = []
    if p.get("legs"):
        for lx in (x + 10, x + w - 10):
            out.append(path(polyline_data([(lx, base), (lx, floor)]), **stroke_attrs(PROP)))
    if not depth:
        return [*out, outline(rounded_rect(x, base - thick, x + w, base, thick / 2))]
    skew = depth * 0.45
    top_y = base - thick
    top = [(x, top_y), (x + w, top_y), (x + w + skew, top_y - depth), (x + skew, top_y - depth)]
    front = [(x, top_y), (x + w, top_y), (x + w, base), (x, base)]
    side = [
        (x + w, top_y),
        (x + w + skew, top_y - depth),
        (x + w + skew, base - depth),
        (x + w, base),
    ]
    out += [
        outline(polyline_data(front, closed=True)),
        outline(polyline_data(side, True)),
        outline(polyline_data(top, True)),
    ]
    return out


def chair(p: dict[str, Any], floor: float) -> list[str]:
    """Side view: backrest at x, seat towards `facing`, seat top at y."""
    x, y = float(p["x"]), float(p["y"])
    s = -1.0 if p.get("facing", "right") == "left" else 1.0
    depth = float(p.get("depth", 44.0))
    out: list[str] = []
    front_leg = x + s * (depth - 4)
    back_leg = x + s * 4
    out.append(
        path(polyline_data([(front_leg, y + 4), (front_leg + s * 2, floor)]), **stroke_attrs(PROP))
    )
    out.append(
        path(polyline_data([(back_leg, y + 4), (back_leg - s * 3, floor)]), **stroke_attrs(PROP))
    )
    if p.get("back", True):
        top = y - float(p.get("back_height", 62.0))
        out.append(
            path(polyline_data([(back_leg, y), (back_leg - s * 6, top)]), **stroke_attrs(PROP))
        )
        x0, x1 = sorted((back_leg - s * 2, back_leg - s * 10))
        out.append(outline(rounded_rect(x0 - 1, top - 2, x1 + 1, top + 26, 3)))
    x0, x1 = sorted((x, x + s * depth))
    out.append(outline(rounded_rect(x0, y, x1, y + 6, 3)))
    return out


def stool(p: dict[str, Any], floor: float) -> list[str]:
    return chair({**p, "back": False}, floor)


def chair_front(p: dict[str, Any], floor: float) -> list[str]:
    """A chair seen from the front: backrest behind the sitter, seat and two front legs."""
    x, y = float(p["x"]), float(p["y"])
    half = float(p.get("half_width", 30.0))
    out = [
        path(polyline_data([(x - half + 3, y), (x - half + 3, y - 64)]), **stroke_attrs(PROP)),
        path(polyline_data([(x + half - 3, y), (x + half - 3, y - 64)]), **stroke_attrs(PROP)),
        outline(rounded_rect(x - half, y - 70, x + half, y - 48, 4)),
    ]
    for lx in (x - half + 4, x + half - 4):
        out.append(path(polyline_data([(lx, y + 6), (lx, floor)]), **stroke_attrs(PROP)))
    out.append(outline(rounded_rect(x - half - 4, y, x + half + 4, y + 7, 3)))
    return out


def ball(p: dict[str, Any], floor: float) -> list[str]:
    r = float(p.get("r", 42.0))
    cx = float(p["x"])
    cy = float(p["y"]) if "y" in p else floor - r - 1.5
    seam = [
        (cx - r * 0.93, cy + r * 0.25),
        (cx - r * 0.2, cy + r * 0.48),
        (cx + r * 0.55, cy + r * 0.45),
        (cx + r * 0.96, cy + r * 0.2),
    ]
    return [
        circle((cx, cy), r, fill=PROP_FILL, **stroke_attrs(PROP)),
        path(smooth_open(seam), **stroke_attrs(PROP)),
    ]


def wall(p: dict[str, Any], floor: float) -> list[str]:
    x = float(p["x"])
    top = float(p.get("top", 24.0))
    side = -1.0 if p.get("side", "left") == "left" else 1.0
    x0, x1 = sorted((x, x + side * 14))
    rect = [(x0, top), (x1, top), (x1, floor), (x0, floor)]
    return [
        polygon(rect, fill=WALL_FILL),
        path(polyline_data([(x, top), (x, floor)]), **stroke_attrs(PROP)),
    ]


def pillow(p: dict[str, Any], floor: float) -> list[str]:
    cx, cy = float(p["x"]), float(p["y"])
    w, h = float(p.get("w", 50.0)), float(p.get("h", 18.0))
    angle = float(p.get("angle", 0.0))
    pts = []
    for k in range(16):
        t = 2 * math.pi * k / 16
        c, s = math.cos(t), math.sin(t)
        # A squarish ellipse (superellipse, exponent 4) reads as a soft cushion.
        ex = math.copysign(abs(c) ** 0.5, c) * w / 2
        ey = math.copysign(abs(s) ** 0.5, s) * h / 2
        a = math.radians(angle)
        pts.append(
            (cx + ex * math.cos(a) + ey * math.sin(a), cy - ex * math.sin(a) + ey * math.cos(a))
        )
    return [outline(smooth_closed(pts))]


def step(p: dict[str, Any], floor: float) -> list[str]:
    x, w, h = float(p["x"]), float(p.get("w", 60.0)), float(p.get("h", 22.0))
    return [outline(rounded_rect(x, floor - h, x + w, floor, 2.5))]


def rail(p: dict[str, Any], floor: float) -> list[str]:
    """A grab rail: a post at x and a bar at height y running `length` to the left or right."""
    x, y = float(p["x"]), float(p["y"])
    length = float(p.get("length", 60.0))
    return [
        path(polyline_data([(x, floor), (x, y)]), **stroke_attrs(PROP)),
        path(polyline_data([(x - length, y), (x + 6, y)]), **stroke_attrs(PROP)),
    ]


def crutch(p: dict[str, Any], floor: float) -> list[str]:
    """A forearm crutch held at `hand` [x, y] with its tip on the floor at x `foot`: the
    shaft runs on past the handle to a cuff round the forearm."""
    hx, hy = map(float, p["hand"])
    fx = float(p["foot"])
    dx, dy = hx - fx, hy - floor
    length = (dx * dx + dy * dy) ** 0.5
    ux, uy = dx / length, dy / length  # from the tip up towards the hand
    top = (hx + ux * 34, hy + uy * 34)
    cuff = [(top[0] - uy * 7, top[1] + ux * 7), top, (top[0] + uy * 7, top[1] - ux * 7)]
    grip = float(p.get("grip", 13.0))  # the handle points forward (+x) unless negative
    return [
        path(polyline_data([(fx, floor), top]), **stroke_attrs(PROP)),
        path(polyline_data([(hx, hy), (hx + grip, hy + 1.5)]), **stroke_attrs(PROP)),
        path(polyline_data(cuff), **stroke_attrs(PROP)),
    ]


def bar(p: dict[str, Any], floor: float) -> list[str]:
    """A horizontal bar or pool edge behind the figure, from x0 to x1 at height y."""
    x0, x1, y = float(p["x0"]), float(p["x1"]), float(p["y"])
    return [outline(rounded_rect(x0, y - 4.5, x1, y + 4.5, 4.5))]


def band(p: dict[str, Any], floor: float) -> list[str]:
    pts = [(float(q[0]), float(q[1])) for q in p["points"]]
    out = [path(polyline_data(pts), **stroke_attrs(PROP))]
    if "post" in p:
        x = float(p["post"])
        out.insert(0, outline(rounded_rect(x - 5, 40, x + 5, floor, 2), fill=WALL_FILL))
    return out


def bed(p: dict[str, Any], floor: float) -> list[str]:
    x, w, y = float(p["x"]), float(p["width"]), float(p["y"])
    out = [
        path(polyline_data([(x + 8, y + 14), (x + 8, floor)]), **stroke_attrs(PROP)),
        path(polyline_data([(x + w - 8, y + 14), (x + w - 8, floor)]), **stroke_attrs(PROP)),
    ]
    if p.get("headboard", True):
        out.append(outline(rounded_rect(x - 8, y - 46, x + 2, floor, 3)))
    out.append(outline(rounded_rect(x, y, x + w, y + 16, 6)))
    return out


def stairs(p: dict[str, Any], floor: float) -> list[str]:
    """Steps rising to the right from x, each `run` deep and `rise` high, with a rail."""
    x = float(p["x"])
    run, rise, n = float(p.get("run", 46.0)), float(p.get("rise", 24.0)), int(p.get("n", 4))
    pts: list[Point] = [(x, floor)]
    for k in range(n):
        pts += [(x + k * run, floor - (k + 1) * rise), (x + (k + 1) * run, floor - (k + 1) * rise)]
    right = pts[-1][0]
    pts += [(right, floor)]
    out = [path(polyline_data(pts, closed=True), fill=WALL_FILL, **stroke_attrs(PROP))]
    if p.get("rail", True):
        h = float(p.get("rail_height", 92.0))
        r0 = (x - run * 0.6, floor - h)
        r1 = (right, floor - n * rise - h)
        out.append(path(polyline_data([r0, r1]), **stroke_attrs(PROP)))
        for k in (0, n - 1):
            px = x + (k + 0.5) * run
            top_y = r0[1] + (r1[1] - r0[1]) * (px - r0[0]) / (r1[0] - r0[0])
            out.append(
                path(
                    polyline_data([(px, floor - (k + 1) * rise), (px, top_y)]), **stroke_attrs(PROP)
                )
            )
    return out
