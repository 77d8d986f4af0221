"""Pain map: the recorded map, its validation, and what is derived from it.

Clinical basis (CLINICAL.md §5): front and back views of a body with named regions; per
region an intensity on the 0-10 numeric rating scale (NRS) and an optional quality (aching,
sharp, burning, pins and needles, numbness); freehand shading stored as vector strokes in
chart coordinates, from which the covered regions and the shaded area are derived; two
visits' maps are compared. The back regions follow where pregnancy-related pelvic girdle
pain is felt, between the posterior iliac crest and the gluteal fold near the sacroiliac
joints, spreading to the posterior thigh, with or without symphysis pain (Vleeming et al.
2008, Eur Spine J 17:794-819).

Pain drawings are an established instrument: Margolis, Tait & Krause (1986, Pain 24:57-65)
scored a drawing by which of 45 template body areas were marked and by the share of body
surface they cover; digital drawings are scored the same way by counting shaded pixels of
the body chart ("pain extent"; Barbero et al. 2015, Eur J Pain 19:1129-1138). PGP Desk does
both: named regions (the template) and the shaded percentage of the silhouette (the extent).

Mirror rule: region ids always name the CLIENT's side; in the back view her left is on the
viewer's left, in the front view on the viewer's right (see ``painmap_regions``).

This module is the public face of the pain map: the catalogue (``painmap_regions``) and the
polygon maths (``painmap_geometry``) are re-exported here. All of it is pure Python: the
chart polygons come in as data (``ViewGeometry``), read from the SVG artwork by
``pgp_desk.content.bodychart``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from pgp_desk.domain.painmap_geometry import (
    BodyChart,
    Point,
    Polygon,
    ViewGeometry,
    grid_for,
    point_in_polygon,
    polygon_area,
    polygon_cells,
    polygon_centroid,
    polyline_cells,
)
from pgp_desk.domain.painmap_regions import (
    REGION_BY_ID,
    REGION_IDS,
    REGIONS,
    PainMapError,
    Quality,
    Region,
    Side,
    View,
    client_left_on_viewer_left,
    in_catalogue_order,
    region,
    regions_in_view,
)

__all__ = [
    "COVERAGE_THRESHOLD", "GRID", "NRS_IMPORTANT_CHANGE", "NRS_MAX", "NRS_MIN",
    "PAIN_MAP_FORMAT_VERSION", "REGIONS", "REGION_BY_ID", "REGION_IDS",
    "BodyChart", "IntensityChange", "PainMap",
    "PainMapComparison", "PainMapError", "Point", "Polygon", "Quality", "QualityChange",
    "Region", "RegionMark", "Side", "Stroke", "View", "ViewGeometry",
    "client_left_on_viewer_left", "compare_pain_maps", "covered_regions", "painful_regions",
    "point_in_polygon", "polygon_area", "polygon_centroid", "region", "region_coverage",
    "regions_in_view", "shaded_area", "shaded_cells", "shaded_percentage",
]

PAIN_MAP_FORMAT_VERSION = 1
NRS_MIN, NRS_MAX = 0, 10
# Farrar et al. 2001 (Pain 94:149-158): about 2 NRS points is a clinically important change.
NRS_IMPORTANT_CHANGE = 2

# Shading is rasterised on a square grid of this many chart units (the chart is 300 x 600):
# fine enough for the smallest region (coccyx, ~70 units^2 = ~18 cells), coarse enough to
# stay fast in pure Python (at most 45,000 cells per view).
GRID = 2.0
# A region counts as covered when at least this share of its cells is shaded. Margolis
# (1986) counted a template area when it was marked at all; with a finger or a pen on
# screen, a stroke meant for one region easily grazes the edge of its neighbour, so PGP Desk
# asks for 5% of the region. In the smallest region (coccyx) a single 6-unit dot covers a
# third; in the largest (front of the thigh, ~3,100 units^2) a short scribble 10 units wide
# and 12 long is enough, while a thin line along its border is not.
COVERAGE_THRESHOLD = 0.05


# --------------------------------------------------------------------------- data model


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


@dataclass(frozen=True)
class RegionMark:
    """Pain in one named region: NRS 0-10 (integer) and an optional quality."""

    region_id: str
    intensity: int
    quality: Quality | None = None

    def __post_init__(self) -> None:
        region(self.region_id)
        if not isinstance(self.intensity, int) or isinstance(self.intensity, bool):
            raise PainMapError(f"intensity must be a whole number, got {self.intensity!r}")
        if not NRS_MIN <= self.intensity <= NRS_MAX:
            raise PainMapError(f"intensity must be {NRS_MIN}-{NRS_MAX}, got {self.intensity}")
        if self.quality is not None:
            try:
                object.__setattr__(self, "quality", Quality(self.quality))
            except ValueError:
                raise PainMapError(f"unknown pain quality {self.quality!r}") from None


@dataclass(frozen=True)
class Stroke:
    """One freehand pen (or eraser) stroke in chart coordinates; ``width`` is its diameter."""

    view: View
    points: tuple[Point, ...]
    width: float
    erase: bool = False

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "view", View(self.view))
        except ValueError:
            raise PainMapError(f"unknown view {self.view!r}") from None
        pts: list[Point] = []
        for p in self.points:
            if len(p) != 2 or not all(_is_number(v) and math.isfinite(v) for v in p):
                raise PainMapError(f"a stroke point must be two finite numbers, got {p!r}")
            pts.append((float(p[0]), float(p[1])))
        if not pts:
            raise PainMapError("a stroke needs at least one point")
        object.__setattr__(self, "points", tuple(pts))
        if not _is_number(self.width) or not math.isfinite(self.width) or self.width <= 0:
            raise PainMapError(f"stroke width must be a positive number, got {self.width!r}")
        object.__setattr__(self, "width", float(self.width))
        if not isinstance(self.erase, bool):
            raise PainMapError("erase must be true or false")


@dataclass(frozen=True)
class PainMap:
    """One visit's pain map: region marks (at most one per region) and freehand strokes."""

    marks: tuple[RegionMark, ...] = ()
    strokes: tuple[Stroke, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "marks", tuple(self.marks))
        object.__setattr__(self, "strokes", tuple(self.strokes))
        if not all(isinstance(m, RegionMark) for m in self.marks):
            raise PainMapError("marks must be RegionMark objects")
        if not all(isinstance(s, Stroke) for s in self.strokes):
            raise PainMapError("strokes must be Stroke objects")
        ids = [m.region_id for m in self.marks]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise PainMapError(f"more than one mark for region(s) {', '.join(dupes)}")

    def mark(self, region_id: str) -> RegionMark | None:
        return next((m for m in self.marks if m.region_id == region_id), None)

    def with_mark(self, mark: RegionMark) -> PainMap:
        """A copy with ``mark`` set (replacing any earlier mark of that region)."""
        rest = tuple(m for m in self.marks if m.region_id != mark.region_id)
        return PainMap((*rest, mark), self.strokes)

    def without_mark(self, region_id: str) -> PainMap:
        return PainMap(tuple(m for m in self.marks if m.region_id != region_id), self.strokes)

    def with_stroke(self, stroke: Stroke) -> PainMap:
        return PainMap(self.marks, (*self.strokes, stroke))

    @property
    def is_empty(self) -> bool:
        return not self.marks and not self.strokes

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe form for storage; ``from_dict`` reads it back unchanged."""
        return {
            "version": PAIN_MAP_FORMAT_VERSION,
            "marks": [
                {"region": m.region_id, "intensity": m.intensity,
                 "quality": m.quality.value if m.quality else None}
                for m in self.marks
            ],
            "strokes": [
                {"view": s.view.value, "width": s.width, "erase": s.erase,
                 "points": [[x, y] for x, y in s.points]}
                for s in self.strokes
            ],
        }

    @classmethod
    def from_dict(cls, data: Any) -> PainMap:
        """Validate stored data; PainMapError on anything unexpected."""
        if not isinstance(data, Mapping):
            raise PainMapError("a pain map must be a mapping")
        _expect_keys(data, {"version", "marks", "strokes"}, "pain map")
        if data["version"] != PAIN_MAP_FORMAT_VERSION:
            raise PainMapError(f"unsupported pain map version {data['version']!r}")
        marks = [_mark_from_dict(m) for m in _as_list(data["marks"], "marks")]
        strokes = [_stroke_from_dict(s) for s in _as_list(data["strokes"], "strokes")]
        return cls(tuple(marks), tuple(strokes))


def _expect_keys(data: Mapping[str, Any], keys: set[str], what: str) -> None:
    if set(data) != keys:
        raise PainMapError(f"{what} must have exactly the keys {sorted(keys)}, got {sorted(data)}")


def _as_list(value: Any, what: str) -> list[Any]:
    if not isinstance(value, list | tuple):
        raise PainMapError(f"{what} must be a list")
    return list(value)


def _mark_from_dict(data: Any) -> RegionMark:
    if not isinstance(data, Mapping):
        raise PainMapError("a mark must be a mapping")
    _expect_keys(data, {"region", "intensity", "quality"}, "mark")
    return RegionMark(data["region"], data["intensity"], data["quality"])


def _stroke_from_dict(data: Any) -> Stroke:
    if not isinstance(data, Mapping):
        raise PainMapError("a stroke must be a mapping")
    _expect_keys(data, {"view", "width", "erase", "points"}, "stroke")
    points = _as_list(data["points"], "points")
    if not all(isinstance(p, list | tuple) for p in points):
        raise PainMapError("stroke points must be [x, y] pairs")
    return Stroke(data["view"], tuple(tuple(p) for p in points), data["width"], data["erase"])


# --------------------------------------------------------------------------- drawing coverage


def shaded_cells(pain_map: PainMap, geometry: ViewGeometry, cell: float = GRID) -> frozenset[int]:
    """Cells of one view shaded after replaying its strokes in order (eraser removes)."""
    grid = grid_for(geometry, cell)
    shaded: set[int] = set()
    for stroke in pain_map.strokes:
        if stroke.view is not geometry.view:
            continue
        cells = polyline_cells(stroke.points, stroke.width, grid)
        if stroke.erase:
            shaded -= cells
        else:
            shaded |= cells
    return frozenset(shaded)


def region_coverage(pain_map: PainMap, chart: BodyChart,
                    cell: float = GRID) -> dict[str, float]:
    """Share (0-1) of every region's cells that the drawing shades, in catalogue order."""
    result: dict[str, float] = {}
    for view in (View.BACK, View.FRONT):
        geometry = chart.view(view)
        grid = grid_for(geometry, cell)
        shaded = shaded_cells(pain_map, geometry, cell)
        for r in regions_in_view(view):
            cells = polygon_cells(geometry.regions[r.id], grid)
            result[r.id] = len(cells & shaded) / len(cells) if cells else 0.0
    return {rid: result[rid] for rid in REGION_IDS}


def covered_regions(pain_map: PainMap, chart: BodyChart,
                    threshold: float = COVERAGE_THRESHOLD,
                    cell: float = GRID) -> tuple[str, ...]:
    """Regions the drawing covers (share >= ``threshold``; see COVERAGE_THRESHOLD)."""
    return tuple(rid for rid, share in region_coverage(pain_map, chart, cell).items()
                 if share > 0 and share >= threshold)


def shaded_percentage(pain_map: PainMap, geometry: ViewGeometry, cell: float = GRID) -> float:
    """Pain extent: shaded share of the body silhouette in one view, 0-100 (Barbero 2015)."""
    body = polygon_cells(geometry.silhouette, grid_for(geometry, cell))
    if not body:
        return 0.0
    return 100.0 * len(body & shaded_cells(pain_map, geometry, cell)) / len(body)


def shaded_area(pain_map: PainMap, geometry: ViewGeometry, cell: float = GRID) -> float:
    """Shaded area inside the silhouette in square chart units."""
    body = polygon_cells(geometry.silhouette, grid_for(geometry, cell))
    return len(body & shaded_cells(pain_map, geometry, cell)) * cell * cell


# --------------------------------------------------------------------------- comparison


def painful_regions(pain_map: PainMap, chart: BodyChart | None = None,
                    threshold: float = COVERAGE_THRESHOLD) -> tuple[str, ...]:
    """Regions with pain: marked with NRS >= 1, or covered by the drawing (needs ``chart``).

    A mark of 0 records "asked, no pain here" and does not count.
    """
    ids = {m.region_id for m in pain_map.marks if m.intensity > 0}
    if chart is not None and pain_map.strokes:
        ids.update(covered_regions(pain_map, chart, threshold))
    return in_catalogue_order(ids)


@dataclass(frozen=True)
class IntensityChange:
    region_id: str
    before: int
    after: int

    @property
    def delta(self) -> int:
        return self.after - self.before

    @property
    def important(self) -> bool:
        """At least 2 NRS points (Farrar et al. 2001)."""
        return abs(self.delta) >= NRS_IMPORTANT_CHANGE


@dataclass(frozen=True)
class QualityChange:
    region_id: str
    before: Quality | None
    after: Quality | None


@dataclass(frozen=True)
class PainMapComparison:
    """What changed from one visit's map to the next (regions in catalogue order)."""

    added: tuple[str, ...]
    removed: tuple[str, ...]
    unchanged: tuple[str, ...]
    intensity_changed: tuple[IntensityChange, ...]
    quality_changed: tuple[QualityChange, ...]
    shaded_before: Mapping[View, float] = field(default_factory=dict)
    shaded_after: Mapping[View, float] = field(default_factory=dict)

    @property
    def any_change(self) -> bool:
        shading = any(abs(self.shaded_after[v] - self.shaded_before[v]) > 1e-9
                      for v in self.shaded_before)
        return bool(self.added or self.removed or self.intensity_changed
                    or self.quality_changed or shading)


def compare_pain_maps(before: PainMap, after: PainMap,
                      chart: BodyChart | None = None) -> PainMapComparison:
    """Regions added/removed, intensity and quality changes, and shading per view.

    Without ``chart`` only the region marks are compared; with it, regions covered by the
    drawings count as painful too and the shaded percentage of each view is reported.
    """
    was = set(painful_regions(before, chart))
    now = set(painful_regions(after, chart))
    intensity: list[IntensityChange] = []
    quality: list[QualityChange] = []
    for rid in in_catalogue_order(was & now):
        old, new = before.mark(rid), after.mark(rid)
        if old and new and old.intensity != new.intensity:
            intensity.append(IntensityChange(rid, old.intensity, new.intensity))
        if old and new and old.quality != new.quality:
            quality.append(QualityChange(rid, old.quality, new.quality))
    shaded_before: dict[View, float] = {}
    shaded_after: dict[View, float] = {}
    if chart is not None:
        for v in (View.FRONT, View.BACK):
            shaded_before[v] = shaded_percentage(before, chart.view(v))
            shaded_after[v] = shaded_percentage(after, chart.view(v))
    return PainMapComparison(
        added=in_catalogue_order(now - was),
        removed=in_catalogue_order(was - now),
        unchanged=in_catalogue_order(was & now),
        intensity_changed=tuple(intensity),
        quality_changed=tuple(quality),
        shaded_before=shaded_before,
        shaded_after=shaded_after,
    )
