"""Scene props: pool water and edge, pool noodles, a car seat, a baby, a toddler, a sock.

Same conventions as figure_furniture: prop keys in, SVG elements out. People (the baby,
the toddler) are outlined in ink like the figure; the water is a translucent tint drawn
over her so she reads as standing in it.
"""

from __future__ import annotations

import math
from typing import Any

from pgp_desk.content import figure_svg as svg
from pgp_desk.content.figure_body import ellipse_points, limb_outline
from pgp_desk.content.figure_furniture import WALL_FILL, outline, rounded_rect

CAR_FILL = "#f1f3f5"


def pool(p: dict[str, Any], floor: float) -> list[str]:
    """Front layer: translucent water with a wavy surface over the figure."""
    water = float(p["water"])
    x0, x1 = float(p.get("x0", 8.0)), float(p.get("x1", 392.0))
    wave: list[svg.Point] = []
    n = int((x1 - x0) / 12)
    for k in range(n + 1):
        x = x0 + (x1 - x0) * k / n
        wave.append((x, water + (2.2 if k % 2 else -2.2)))
    body = (svg.smooth_open(wave)
            + f"L{svg.fmt(x1)} {svg.fmt(floor)}L{svg.fmt(x0)} {svg.fmt(floor)}Z")
    return [
        svg.path(body, fill=svg.WATER_FILL, fill_opacity="0.55"),
        svg.path(svg.smooth_open(wave), **svg.stroke_attrs(svg.WATER_LINE)),
    ]


def pool_edge(p: dict[str, Any], floor: float) -> list[str]:
    """Back layer: the pool wall at x with the deck at y and a rounded coping to hold."""
    x, y = float(p["x"]), float(p["y"])
    side = 1.0 if p.get("side", "right") == "right" else -1.0
    far = 400.0 if side > 0 else 0.0
    x0, x1 = sorted((x, far))
    rect = [(x0, y), (x1, y), (x1, floor), (x0, floor)]
    return [
        svg.polygon(rect, fill=WALL_FILL),
        svg.path(svg.polyline_data([(far, y), (x, y), (x, floor)]), **svg.stroke_attrs(svg.PROP)),
        svg.circle((x - side * 1.0, y + 1.0), 5.0, fill=svg.PROP_FILL,
                   **svg.stroke_attrs(svg.PROP)),
    ]


def noodle(p: dict[str, Any], floor: float) -> list[str]:
    pts = [(float(q[0]), float(q[1])) for q in p["points"]]
    r = float(p.get("r", 6.5))
    profile = [(t, r, r) for t in (0.0, 0.04, 0.5, 0.96, 1.0)]
    shapes = [limb_outline(pts[i], pts[i + 1], profile) for i in range(len(pts) - 1)]
    layer = svg.Layer(colour=svg.PROP, shapes=[svg.smooth_closed(s) for s in shapes])
    return layer.render()


def noodle_end(p: dict[str, Any], floor: float) -> list[str]:
    """A pool noodle seen end-on: a ring."""
    c = (float(p["x"]), float(p["y"]))
    return [
        svg.circle(c, float(p.get("r", 9.0)), fill=svg.PROP_FILL, **svg.stroke_attrs(svg.PROP)),
        svg.circle(c, 3.0, fill=svg.PROP),
    ]


def car_seat(p: dict[str, Any], floor: float) -> list[str]:
    """The driver's door opening seen from outside, the front of the car to the right,
    with the seat in profile: backrest on the left, cushion top at y reaching x. The door
    stands open towards the viewer at the right; `car_sill` draws the sill in front."""
    x, y = float(p["x"]), float(p["y"])  # front edge of the cushion, cushion top
    back = float(p.get("back", x - 110))  # back of the cushion
    sill = y + 30
    roof = y - 142
    # Body side around the opening, cropped by the frame at the left and right.
    body = [(2, roof - 8), (x + 22, roof - 10), (x + 86, y - 62), (398, y - 56),
            (398, sill + 18), (2, sill + 18)]
    out = [svg.polygon(body, fill=CAR_FILL),
           svg.path(svg.polyline_data(body[:4]), **svg.stroke_attrs(svg.PROP))]
    opening = [(back - 30, roof + 6), (x + 14, roof + 4), (x + 64, y - 50), (x + 64, sill),
               (back - 30, sill)]
    out.append(svg.path(smooth_closed_corners(opening, 10), fill=svg.PAPER,
                        **svg.stroke_attrs(svg.PROP)))
    # The dashboard's lower edge above the footwell.
    out.append(svg.path(svg.polyline_data([(x + 4, y - 58), (x + 58, y - 44)]),
                        **svg.stroke_attrs(svg.PROP)))
    wheel = (x + 97, floor - 26)  # the front wheel, mostly behind the open door
    out.append(svg.circle(wheel, 26, fill=svg.PAPER, **svg.stroke_attrs(svg.PROP)))
    out.append(svg.circle(wheel, 10, fill=CAR_FILL, **svg.stroke_attrs(svg.PROP)))
    # Seat in profile: cushion, then the backrest leaning back, then the headrest.
    out.append(outline(_quad((back, y), (x, y - 4), (x + 2, y + 18), (back + 4, y + 20), 7)))
    lean = (-0.2, -1.0)  # backrest direction, about 11 degrees back from upright
    b0 = (back + 4, y + 6)
    b1 = (b0[0] + lean[0] * 112, b0[1] + lean[1] * 112)
    out.append(outline(_quad((b0[0] - 4, b0[1]), (b0[0] + 20, b0[1] - 6),
                             (b1[0] + 20, b1[1]), (b1[0] - 2, b1[1] + 2), 9)))
    out.append(outline(rounded_rect(b1[0] - 4, b1[1] - 30, b1[0] + 20, b1[1] - 4, 8)))
    # The open door, swung out towards the viewer from its hinge at the front pillar.
    door = [(x + 70, y - 50), (x + 122, y - 64), (x + 122, sill + 36), (x + 70, sill + 16)]
    out.append(svg.path(svg.polyline_data(door, closed=True), fill=svg.PAPER,
                        **svg.stroke_attrs(svg.PROP)))
    return out


def car_sill(p: dict[str, Any], floor: float) -> list[str]:
    """The sill under the door opening, drawn over a pose sitting inside the car (her feet
    rest in the footwell behind it) and under the figure sitting in the opening."""
    x, y = float(p["x"]), float(p["y"])
    back = float(p.get("back", x - 110))
    sill = y + 30
    return [outline(rounded_rect(back - 33, sill - 3, x + 67, sill + 18, 5), fill=CAR_FILL)]


def _quad(a: svg.Point, b: svg.Point, c: svg.Point, d: svg.Point, r: float) -> str:
    return smooth_closed_corners([a, b, c, d], r)


def smooth_closed_corners(points: list[svg.Point], r: float) -> str:
    """A closed polygon with its corners rounded by radius r (quadratic curves)."""
    n = len(points)
    d = ""
    for i in range(n):
        prev, here, nxt = points[i - 1], points[i], points[(i + 1) % n]
        a = _towards(here, prev, r)
        b = _towards(here, nxt, r)
        d += ("M" if i == 0 else "L") + f"{svg.fmt(a[0])} {svg.fmt(a[1])}"
        d += f"Q{svg.fmt(here[0])} {svg.fmt(here[1])} {svg.fmt(b[0])} {svg.fmt(b[1])}"
    return d + "Z"


def _towards(p: svg.Point, q: svg.Point, r: float) -> svg.Point:
    dx, dy = q[0] - p[0], q[1] - p[1]
    length = math.hypot(dx, dy) or 1.0
    k = min(r, length / 2) / length
    return (p[0] + dx * k, p[1] + dy * k)


def child(p: dict[str, Any], floor: float) -> list[str]:
    """A swaddled baby held close: a bundle with a head, outlined like the figure; with
    `ghost: true` in the lighter grey of the end pose, held in its arms."""
    cx, cy = float(p["x"]), float(p["y"])
    angle = float(p.get("angle", 70.0))
    a = math.radians(angle)
    d = (math.cos(a), -math.sin(a))
    head = (cx + d[0] * 22, cy + d[1] * 22)
    body = ellipse_points((cx, cy), angle, 21.0, 11.5, 14)
    face = ellipse_points(head, angle, 8.5, 8.0, 12)
    colour = svg.GHOST if p.get("ghost") else svg.INK
    layer = svg.Layer(colour=colour, shapes=[svg.smooth_closed(body), svg.smooth_closed(face)])
    fold = [
        (cx + d[0] * 12 - d[1] * 11, cy + d[1] * 12 + d[0] * 11),
        (cx + d[0] * 4, cy + d[1] * 4),
        (cx + d[0] * 13 + d[1] * 11, cy + d[1] * 13 - d[0] * 11),
    ]
    layer.add_detail(svg.smooth_open(fold))
    return layer.render()


def toddler(p: dict[str, Any], floor: float) -> list[str]:
    """A small child held on the front, facing the carer (to the left): head, body, legs."""
    x, y = float(p["x"]), float(p["y"])  # the child's seat (bottom)
    s = -1.0 if p.get("facing", "left") == "left" else 1.0
    head = (x + s * 4, y - 43)
    shapes = [
        ellipse_points(head, 90.0, 10.5, 10.0, 12),
        limb_outline(
            (x + s * 1, y - 30), (x, y - 4), [(0.0, 7.5, 7.5), (0.5, 9.0, 9.0), (1.0, 8.5, 8.5)]
        ),
        limb_outline((x, y - 4), (x + s * 22, y - 2), [(0.0, 6.0, 6.0), (1.0, 4.5, 4.5)]),
        limb_outline((x + s * 22, y - 2), (x + s * 24, y + 18), [(0.0, 4.5, 4.5), (1.0, 3.5, 3.5)]),
        limb_outline((x + s * 2, y - 26), (x + s * 20, y - 33), [(0.0, 4.0, 4.0), (1.0, 3.2, 3.2)]),
    ]
    layer = svg.Layer(colour=svg.INK, shapes=[svg.smooth_closed(sh) for sh in shapes])
    hair = [
        (head[0] - s * 9, head[1] + 1),
        (head[0] - s * 3, head[1] - 6),
        (head[0] + s * 6, head[1] - 6),
    ]
    layer.add_detail(svg.smooth_open(hair))
    return layer.render()


def sock(p: dict[str, Any], floor: float) -> list[str]:
    """A sock held open, as a small outlined shape."""
    cx, cy = float(p["x"]), float(p["y"])
    angle = float(p.get("angle", 0.0))
    pts = ellipse_points((cx, cy), angle, 11.0, 6.0, 12)
    return [outline(svg.smooth_closed(pts), colour=svg.INK)]
