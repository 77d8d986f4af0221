"""Read the body-chart SVGs (resources/bodychart/) into plain polygons.

The artwork is the single source of the region shapes: the UI draws the SVG and the domain
(``pgp_desk.domain.painmap``) measures the same shapes, so what the clinician sees and what
is computed cannot drift apart. Only the small path subset the artwork uses is read:
absolute M, L, C, Q and Z, curves flattened into straight segments. Anything else (relative
commands, arcs, transforms) is refused loudly rather than mis-read.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from pgp_desk.domain.painmap import BodyChart, Point, Polygon, View, ViewGeometry

SVG_NS = "{http://www.w3.org/2000/svg}"
CURVE_STEPS = 12  # straight pieces per curve: < 0.1 chart unit off for these curve sizes
SILHOUETTE_ID = "silhouette"

_TOKEN = re.compile(r"[A-Za-z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_ARITY = {"M": 2, "L": 2, "C": 6, "Q": 4, "Z": 0}


class BodyChartError(ValueError):
    """A body-chart SVG the loader cannot read exactly."""


def svg_path(view: View | str) -> Path:
    """Location of the SVG for one view."""
    return _bodychart_dir() / f"{View(view).value}.svg"


def _bodychart_dir() -> Path:
    from pgp_desk.resources import resource_path

    return resource_path("bodychart")


def _cubic(p0: Point, c1: Point, c2: Point, p1: Point, steps: int) -> list[Point]:
    out = []
    for k in range(1, steps + 1):
        t = k / steps
        u = 1 - t
        a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
        out.append((a * p0[0] + b * c1[0] + c * c2[0] + d * p1[0],
                    a * p0[1] + b * c1[1] + c * c2[1] + d * p1[1]))
    return out


def _quad(p0: Point, c: Point, p1: Point, steps: int) -> list[Point]:
    out = []
    for k in range(1, steps + 1):
        t = k / steps
        u = 1 - t
        out.append((u * u * p0[0] + 2 * u * t * c[0] + t * t * p1[0],
                    u * u * p0[1] + 2 * u * t * c[1] + t * t * p1[1]))
    return out


def parse_path_data(d: str, curve_steps: int = CURVE_STEPS) -> list[Polygon]:
    """Subpaths of an SVG path as point lists (closing duplicate point dropped)."""
    tokens = _TOKEN.findall(d)
    if "".join(tokens).replace(" ", "") != re.sub(r"[\s,]", "", d):
        raise BodyChartError(f"unreadable path data: {d[:40]!r}")
    subpaths: list[list[Point]] = []
    current: list[Point] = []
    cmd = ""
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.isalpha():
            if tok not in _ARITY:
                raise BodyChartError(f"path command {tok!r} is not supported (use M L C Q Z)")
            cmd = tok
            i += 1
            if cmd == "Z":
                if current:
                    subpaths.append(current)
                current = []
                continue
        elif not cmd or cmd == "Z":
            raise BodyChartError("path data must start with a command")
        n = _ARITY[cmd]
        nums = tokens[i:i + n]
        if len(nums) < n or any(t.isalpha() for t in nums):
            raise BodyChartError(f"command {cmd} needs {n} numbers")
        v = [float(t) for t in nums]
        i += n
        pts = [(v[k], v[k + 1]) for k in range(0, n, 2)]
        if cmd == "M":
            if current:
                subpaths.append(current)
            current = [pts[0]]
            cmd = "L"  # further pairs after M are line-tos
        elif not current:
            raise BodyChartError("path data must start with M")
        elif cmd == "L":
            current.append(pts[0])
        elif cmd == "C":
            current.extend(_cubic(current[-1], pts[0], pts[1], pts[2], curve_steps))
        elif cmd == "Q":
            current.extend(_quad(current[-1], pts[0], pts[1], curve_steps))
    if current:
        subpaths.append(current)
    result = []
    for sp in subpaths:
        if len(sp) > 1 and sp[-1] == sp[0]:
            sp = sp[:-1]
        result.append(tuple(sp))
    return result


def read_svg_polygons(path: Path) -> tuple[float, float, dict[str, Polygon]]:
    """(width, height, {path id: polygon}) for every ``<path id=...>`` in the file.

    Each id'd path must be one closed subpath; unnamed paths (detail lines) are skipped.
    """
    root = ET.parse(path).getroot()
    box = [float(v) for v in root.get("viewBox", "").replace(",", " ").split()]
    if len(box) != 4 or box[0] != 0 or box[1] != 0:
        raise BodyChartError(f"{path.name}: needs a viewBox starting at 0 0")
    polygons: dict[str, Polygon] = {}
    for el in root.iter():
        if el.get("transform") is not None:
            raise BodyChartError(f"{path.name}: transforms are not supported")
        pid = el.get("id")
        if el.tag != f"{SVG_NS}path" or not pid:
            continue
        d = el.get("d", "")
        subpaths = parse_path_data(d)
        if len(subpaths) != 1 or not d.rstrip().endswith(("Z", "z")):
            raise BodyChartError(f"{path.name}: path {pid!r} must be one closed shape")
        polygons[pid] = subpaths[0]
    return box[2], box[3], polygons


def load_view(view: View | str, path: Path | None = None) -> ViewGeometry:
    """The geometry of one view, validated against the region catalogue."""
    v = View(view)
    width, height, polygons = read_svg_polygons(path or svg_path(v))
    try:
        silhouette = polygons.pop(SILHOUETTE_ID)
    except KeyError:
        raise BodyChartError(f"{v} chart has no {SILHOUETTE_ID!r} path") from None
    return ViewGeometry(v, width, height, silhouette, polygons)


@cache
def load_body_chart() -> BodyChart:
    """Both views from the shipped artwork (read once per process)."""
    return BodyChart(front=load_view(View.FRONT), back=load_view(View.BACK))
