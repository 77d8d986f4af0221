"""Polygon geometry of the body chart: hit testing, areas and rasterising onto a grid.

Pure Python; the polygons come in as data (``pgp_desk.content.bodychart`` reads them from the
SVG artwork), so the shapes the clinician sees are the shapes that are measured.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from pgp_desk.domain.painmap_regions import PainMapError, View, region, regions_in_view

Point = tuple[float, float]
Polygon = tuple[Point, ...]


def point_in_polygon(point: Point, polygon: Polygon) -> bool:
    """Even-odd ray casting; points exactly on an edge may fall either way."""
    x, y = point
    inside = False
    n = len(polygon)
    for i in range(n):
        x1, y1 = polygon[i]
        x2, y2 = polygon[(i + 1) % n]
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def polygon_area(polygon: Polygon) -> float:
    """Area by the shoelace formula (orientation does not matter)."""
    n = len(polygon)
    twice = sum(polygon[i][0] * polygon[(i + 1) % n][1] - polygon[(i + 1) % n][0] * polygon[i][1]
                for i in range(n))
    return abs(twice) / 2


def polygon_centroid(polygon: Polygon) -> Point:
    """Area centroid (for placing a label or an intensity badge on a region)."""
    n = len(polygon)
    a = cx = cy = 0.0
    for i in range(n):
        x1, y1 = polygon[i]
        x2, y2 = polygon[(i + 1) % n]
        cross = x1 * y2 - x2 * y1
        a += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    if abs(a) < 1e-12:
        return (sum(p[0] for p in polygon) / n, sum(p[1] for p in polygon) / n)
    return (cx / (3 * a), cy / (3 * a))


@dataclass(frozen=True)
class ViewGeometry:
    """The polygons of one chart view, in chart units (origin top left, y down)."""

    view: View
    width: float
    height: float
    silhouette: Polygon
    regions: Mapping[str, Polygon]

    def __post_init__(self) -> None:
        object.__setattr__(self, "view", View(self.view))
        expected = {r.id for r in regions_in_view(self.view)}
        got = set(self.regions)
        if got != expected:
            raise PainMapError(
                f"{self.view} chart regions differ from the catalogue: missing "
                f"{sorted(expected - got)}, unknown {sorted(got - expected)}")
        object.__setattr__(self, "silhouette", _as_polygon(self.silhouette))
        object.__setattr__(
            self, "regions", {rid: _as_polygon(p) for rid, p in self.regions.items()})
        for name, poly in (("silhouette", self.silhouette), *self.regions.items()):
            if len(poly) < 3 or polygon_area(poly) <= 0:
                raise PainMapError(f"{self.view} polygon {name!r} is degenerate")

    def region_at(self, point: Point) -> str | None:
        """The region under a point (a tap or click); the smallest wins if they overlap."""
        hits = [rid for rid, poly in self.regions.items() if point_in_polygon(point, poly)]
        return min(hits, key=lambda rid: polygon_area(self.regions[rid]), default=None)


def _as_polygon(points: Iterable[Point]) -> Polygon:
    return tuple((float(x), float(y)) for x, y in points)


@dataclass(frozen=True)
class BodyChart:
    """Both views of the chart (the same size, side by side in the UI)."""

    front: ViewGeometry
    back: ViewGeometry

    def __post_init__(self) -> None:
        if self.front.view is not View.FRONT or self.back.view is not View.BACK:
            raise PainMapError("BodyChart needs a front and a back view")

    def view(self, view: View | str) -> ViewGeometry:
        return self.front if View(view) is View.FRONT else self.back

    def polygon(self, region_id: str) -> Polygon:
        return self.view(region(region_id).view).regions[region_id]


# --------------------------------------------------------------------------- rasterising


@dataclass(frozen=True)
class Grid:
    """A square grid over the chart; a cell is numbered row * cols + col."""

    cols: int
    rows: int
    cell: float

    def centre_y(self, row: int) -> float:
        return (row + 0.5) * self.cell

    def cols_between(self, x0: float, x1: float) -> range:
        """Columns whose cell centre lies in [x0, x1], clipped to the chart."""
        first = max(0, math.ceil(x0 / self.cell - 0.5))
        last = min(self.cols - 1, math.floor(x1 / self.cell - 0.5))
        return range(first, last + 1)


def grid_for(geometry: ViewGeometry, cell: float) -> Grid:
    return Grid(math.ceil(geometry.width / cell), math.ceil(geometry.height / cell), cell)


@lru_cache(maxsize=256)
def polygon_cells(polygon: Polygon, grid: Grid) -> frozenset[int]:
    """Cells whose centre is inside the polygon, by scanline (cached: the chart is fixed)."""
    ys = [p[1] for p in polygon]
    top = max(0, math.floor(min(ys) / grid.cell - 0.5))
    bottom = min(grid.rows - 1, math.ceil(max(ys) / grid.cell))
    n = len(polygon)
    cells: set[int] = set()
    for row in range(top, bottom + 1):
        y = grid.centre_y(row)
        xs = []
        for i in range(n):
            x1, y1 = polygon[i]
            x2, y2 = polygon[(i + 1) % n]
            if (y1 <= y < y2) or (y2 <= y < y1):
                xs.append(x1 + (y - y1) * (x2 - x1) / (y2 - y1))
        xs.sort()
        for a, b in zip(xs[::2], xs[1::2], strict=False):
            cells.update(row * grid.cols + c for c in grid.cols_between(a, b))
    return frozenset(cells)


def _capsule_span(a: Point, b: Point, r: float, y: float) -> tuple[float, float] | None:
    """x-interval of the row y inside the capsule (segment a-b widened by radius r)."""
    lo, hi = math.inf, -math.inf
    for px, py in (a, b):
        dy = y - py
        if abs(dy) <= r:
            h = math.sqrt(r * r - dy * dy)
            lo, hi = min(lo, px - h), max(hi, px + h)
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy)
    if length > 0:
        nx, ny = -dy / length * r, dx / length * r
        quad = ((a[0] + nx, a[1] + ny), (b[0] + nx, b[1] + ny),
                (b[0] - nx, b[1] - ny), (a[0] - nx, a[1] - ny))
        for i in range(4):
            (x1, y1), (x2, y2) = quad[i], quad[(i + 1) % 4]
            if (y1 <= y <= y2) or (y2 <= y <= y1):
                x = x1 if y1 == y2 else x1 + (y - y1) * (x2 - x1) / (y2 - y1)
                lo, hi = min(lo, x), max(hi, x)
    return (lo, hi) if lo <= hi else None


def polyline_cells(pts: tuple[Point, ...], width: float, grid: Grid) -> set[int]:
    """Cells whose centre lies within width/2 of the polyline (a round-capped pen stroke)."""
    r = width / 2
    segments = list(pairwise(pts)) or [(pts[0], pts[0])]
    cells: set[int] = set()
    for a, b in segments:
        top = max(0, math.ceil((min(a[1], b[1]) - r) / grid.cell - 0.5))
        bottom = min(grid.rows - 1, math.floor((max(a[1], b[1]) + r) / grid.cell - 0.5))
        for row in range(top, bottom + 1):
            span = _capsule_span(a, b, r, grid.centre_y(row))
            if span:
                cells.update(row * grid.cols + c for c in grid.cols_between(*span))
    return cells
