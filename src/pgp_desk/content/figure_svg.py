"""SVG building blocks shared by the exercise figure, its props and its arrows.

Only elements and presentation attributes that both Qt's QSvgRenderer (SVG Tiny 1.2) and
svglib/ReportLab understand: path, line, circle, ellipse, polygon; no CSS, no transforms,
no text. Curves are cubic Béziers (no arc commands) so every renderer draws them alike.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

Point = tuple[float, float]

WIDTH = 400
HEIGHT = 300
STROKE = 3.0

INK = "#1b1f24"
PAPER = "#ffffff"
FLOOR = "#c9ced4"
PROP = "#5f6b78"
PROP_FILL = "#ffffff"
GHOST = "#a9b3be"
ACCENT = "#0b8a8f"
WATER_LINE = "#7aa7c7"
WATER_FILL = "#d9eaf5"


def fmt(value: float) -> str:
    """Format a coordinate compactly (one decimal) so the SVG text stays small and stable."""
    text = f"{value:.1f}"
    if text.endswith(".0"):
        text = text[:-2]
    return "0" if text == "-0" else text


def direction(angle_deg: float) -> Point:
    """Unit vector for an angle measured counter-clockwise from +x with y pointing up.

    SVG's y axis points down, so the y component is negated.
    """
    rad = math.radians(angle_deg)
    return (math.cos(rad), -math.sin(rad))


def add(p: Point, q: Point, k: float = 1.0) -> Point:
    """Return p + k*q."""
    return (p[0] + k * q[0], p[1] + k * q[1])


def lerp(p: Point, q: Point, t: float) -> Point:
    """Point a fraction t of the way from p to q."""
    return (p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t)


def distance(p: Point, q: Point) -> float:
    """Euclidean distance between two points."""
    return math.hypot(q[0] - p[0], q[1] - p[1])


def smooth_closed(points: Sequence[Point]) -> str:
    """Path data for a closed Catmull-Rom curve through the points, as cubic Béziers."""
    n = len(points)
    parts = [f"M{fmt(points[0][0])} {fmt(points[0][1])}"]
    for i in range(n):
        p0, p1 = points[i - 1], points[i]
        p2, p3 = points[(i + 1) % n], points[(i + 2) % n]
        parts.append(_catmull_segment(p0, p1, p2, p3))
    parts.append("Z")
    return "".join(parts)


def smooth_open(points: Sequence[Point]) -> str:
    """Path data for an open Catmull-Rom curve through the points (ends clamped)."""
    pts = [points[0], *points, points[-1]]
    parts = [f"M{fmt(points[0][0])} {fmt(points[0][1])}"]
    for i in range(1, len(pts) - 2):
        parts.append(_catmull_segment(pts[i - 1], pts[i], pts[i + 1], pts[i + 2]))
    return "".join(parts)


def _catmull_segment(p0: Point, p1: Point, p2: Point, p3: Point) -> str:
    c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
    c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
    return f"C{fmt(c1[0])} {fmt(c1[1])} {fmt(c2[0])} {fmt(c2[1])} {fmt(p2[0])} {fmt(p2[1])}"


def polyline_data(points: Sequence[Point], closed: bool = False) -> str:
    """Path data for straight segments through the points."""
    head = f"M{fmt(points[0][0])} {fmt(points[0][1])}"
    rest = "".join(f"L{fmt(x)} {fmt(y)}" for x, y in points[1:])
    return head + rest + ("Z" if closed else "")


def _attrs(pairs: Iterable[tuple[str, object]]) -> str:
    return " ".join(f'{k}="{v}"' for k, v in pairs if v is not None)


def stroke_attrs(colour: str, width: float = STROKE, dash: str | None = None) -> dict[str, str]:
    """Presentation attributes for a round-capped, round-joined stroke."""
    attrs = {
        "stroke": colour,
        "stroke-width": fmt(width),
        "stroke-linecap": "round",
        "stroke-linejoin": "round",
    }
    if dash:
        attrs["stroke-dasharray"] = dash
    return attrs


def path(d: str, fill: str = "none", **attrs: str) -> str:
    """A <path> element with the given presentation attributes."""
    extra = {k.replace("_", "-"): v for k, v in attrs.items()}
    return f"<path {_attrs([('d', d), ('fill', fill), *extra.items()])}/>"


def circle(c: Point, r: float, fill: str = "none", **attrs: str) -> str:
    """A <circle> element."""
    extra = {k.replace("_", "-"): v for k, v in attrs.items()}
    base = [("cx", fmt(c[0])), ("cy", fmt(c[1])), ("r", fmt(r)), ("fill", fill)]
    return f"<circle {_attrs([*base, *extra.items()])}/>"


def line(p: Point, q: Point, **attrs: str) -> str:
    """A <line> element."""
    extra = {k.replace("_", "-"): v for k, v in attrs.items()}
    base = [("x1", fmt(p[0])), ("y1", fmt(p[1])), ("x2", fmt(q[0])), ("y2", fmt(q[1]))]
    return f"<line {_attrs([*base, *extra.items()])}/>"


def polygon(points: Sequence[Point], fill: str, **attrs: str) -> str:
    """A <polygon> element."""
    extra = {k.replace("_", "-"): v for k, v in attrs.items()}
    pts = " ".join(f"{fmt(x)},{fmt(y)}" for x, y in points)
    return f"<polygon {_attrs([('points', pts), ('fill', fill), *extra.items()])}/>"


@dataclass
class Layer:
    """Closed shapes that merge into one outlined silhouette, plus detail strokes on top.

    The outline trick: every shape is first drawn in the ink colour with a stroke twice
    the line width, then every shape is filled white without a stroke. Shapes in one layer
    therefore join without seams, and the visible outline is exactly one line width.
    """

    colour: str = INK
    shapes: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)
    fills: list[str] = field(default_factory=list)

    def add_shape(self, d: str) -> None:
        self.shapes.append(d)

    def add_detail(self, d: str) -> None:
        self.details.append(d)

    def add_fill(self, d: str) -> None:
        """A region filled solid in the line colour, e.g. hair."""
        self.fills.append(d)

    def render(self) -> list[str]:
        under = [
            path(d, fill=self.colour, **stroke_attrs(self.colour, 2 * STROKE)) for d in self.shapes
        ]
        over = [path(d, fill=PAPER) for d in self.shapes]
        solid = [path(d, fill=self.colour, **stroke_attrs(self.colour)) for d in self.fills]
        detail = [path(d, **stroke_attrs(self.colour)) for d in self.details]
        return [*under, *over, *solid, *detail]


def document(elements: Sequence[str], title_comment: str) -> str:
    """Wrap elements in a 400×300 SVG document with a white background.

    The licence travels as an XML comment because <text>, <title> and <metadata> are kept
    out of the element set the renderers are trusted with.
    """
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}">'
    )
    background = polygon([(0, 0), (WIDTH, 0), (WIDTH, HEIGHT), (0, HEIGHT)], fill=PAPER)
    body = "\n".join(elements)
    return f"{head}\n<!-- {title_comment} -->\n{background}\n{body}\n</svg>\n"
