"""Pain map: catalogue, data model, serialisation, drawing coverage, shading and comparison."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from pgp_desk.content.bodychart import load_body_chart
from pgp_desk.content.texts import section, word
from pgp_desk.domain.i18n import LANGUAGES
from pgp_desk.domain.painmap import (
    COVERAGE_THRESHOLD,
    REGION_IDS,
    REGIONS,
    BodyChart,
    PainMap,
    PainMapError,
    Quality,
    RegionMark,
    Side,
    Stroke,
    View,
    ViewGeometry,
    client_left_on_viewer_left,
    compare_pain_maps,
    covered_regions,
    painful_regions,
    point_in_polygon,
    polygon_area,
    polygon_centroid,
    region,
    region_coverage,
    regions_in_view,
    shaded_area,
    shaded_percentage,
)

BACK_IDS = {"lumbar_l", "lumbar_r", "sij_l", "sij_r", "sacrum", "coccyx", "buttock_l",
            "buttock_r", "trochanter_l", "trochanter_r", "post_thigh_l", "post_thigh_r",
            "lower_leg_back_l", "lower_leg_back_r"}
FRONT_IDS = {"symphysis", "groin_l", "groin_r", "lower_abdomen", "ant_thigh_l", "ant_thigh_r",
             "inner_thigh_l", "inner_thigh_r", "perineum"}


@pytest.fixture(scope="module")
def chart() -> BodyChart:
    return load_body_chart()


def _centre(chart: BodyChart, region_id: str) -> tuple[float, float]:
    return polygon_centroid(chart.polygon(region_id))


def _dab(chart: BodyChart, region_id: str, width: float = 10.0, erase: bool = False) -> Stroke:
    """A short fingertip scribble (12 units long) through the middle of a region."""
    x, y = _centre(chart, region_id)
    return Stroke(region(region_id).view, ((x, y - 6), (x, y + 6)), width, erase)


# ---------------------------------------------------------------- catalogue


def test_catalogue_matches_clinical_section_5() -> None:
    """The catalogue holds exactly the back and front regions listed in CLINICAL.md §5."""
    assert {r.id for r in regions_in_view(View.BACK)} == BACK_IDS
    assert {r.id for r in regions_in_view(View.FRONT)} == FRONT_IDS
    assert len(REGION_IDS) == len(set(REGION_IDS)) == len(BACK_IDS | FRONT_IDS)


def test_every_name_exists_in_all_languages() -> None:
    """Regions, qualities, views and side captions have da, nb and en words, one per code."""
    codes = {
        "pain_map_regions": set(REGION_IDS),
        "pain_map_qualities": {q.value for q in Quality},
        "pain_map_views": {v.value for v in View},
        "pain_map_sides": {Side.LEFT.value, Side.RIGHT.value},
    }
    for lang in LANGUAGES:
        for name, expected in codes.items():
            assert set(section(lang, name)) == expected, (lang, name)
    assert LANGUAGES == ("da", "nb", "en")


def test_labels_name_the_clients_side() -> None:
    """Names read naturally per language, e.g. "Venstre SI-led" / "Venstre SI-ledd"."""
    assert word("da", "pain_map_regions", "sij_l") == "Venstre SI-led"
    assert word("nb", "pain_map_regions", "sij_r") == "Høyre SI-ledd"
    assert word("en", "pain_map_regions", "groin_l") == "Left groin"
    for r in REGIONS:
        words = {"da": ("venstre", "højre"), "nb": ("venstre", "høyre"), "en": ("left", "right")}
        for lang, (left, right) in words.items():
            text = word(lang, "pain_map_regions", r.id).lower()
            assert (left in text) == (r.side is Side.LEFT), (r.id, lang)
            assert (right in text) == (r.side is Side.RIGHT), (r.id, lang)


def test_side_ids_match_side_field() -> None:
    """Region ids ending _l/_r are the client's left/right; the rest are midline."""
    for r in REGIONS:
        expected = {"_l": Side.LEFT, "_r": Side.RIGHT}.get(r.id[-2:], Side.MID)
        assert r.side is expected, r.id


def test_mirror_rule_per_view() -> None:
    """The client's left is on the viewer's left only in the back view."""
    assert client_left_on_viewer_left(View.BACK) is True
    assert client_left_on_viewer_left("front") is False
    assert word("da", "pain_map_sides", Side.LEFT.value) == "Patientens venstre"
    assert word("da", "pain_map_sides", Side.RIGHT.value) == "Patientens højre"


def test_unknown_region_is_rejected() -> None:
    """Asking for a region outside the catalogue raises PainMapError."""
    with pytest.raises(PainMapError):
        region("shoulder_l")
    with pytest.raises(PainMapError):
        RegionMark("shoulder_l", 3)


# ---------------------------------------------------------------- polygons


def test_point_in_polygon_and_area_on_simple_shapes() -> None:
    """Ray casting and the shoelace formula agree with hand-computed answers."""
    square = ((0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0))
    triangle = ((0.0, 0.0), (4.0, 0.0), (0.0, 3.0))
    assert point_in_polygon((5, 5), square)
    assert not point_in_polygon((15, 5), square)
    assert not point_in_polygon((3.5, 2.5), triangle)
    assert polygon_area(square) == 100
    assert polygon_area(tuple(reversed(triangle))) == 6
    assert polygon_centroid(square) == pytest.approx((5, 5))


def test_region_at_finds_the_region_under_a_tap(chart: BodyChart) -> None:
    """A tap at a region's centre selects that region; a tap on the head selects none."""
    for r in REGIONS:
        assert chart.view(r.view).region_at(_centre(chart, r.id)) == r.id
    assert chart.back.region_at((150, 50)) is None


def test_geometry_must_match_the_catalogue(chart: BodyChart) -> None:
    """A view missing a region (or with an unknown one) is refused."""
    regions = dict(chart.front.regions)
    regions.pop("symphysis")
    with pytest.raises(PainMapError):
        ViewGeometry(View.FRONT, 300, 600, chart.front.silhouette, regions)
    with pytest.raises(PainMapError):
        ViewGeometry(View.BACK, 300, 600, chart.back.silhouette,
                     {**chart.back.regions, "shoulder_l": ((0, 0), (1, 0), (1, 1))})


# ---------------------------------------------------------------- data model


@pytest.mark.parametrize("bad", [-1, 11, 2.5, 5.0, True, "5", None])
def test_invalid_intensity_is_rejected(bad: object) -> None:
    """Intensity must be a whole NRS number 0-10 (not a float, bool or string)."""
    with pytest.raises(PainMapError):
        RegionMark("sij_l", bad)  # type: ignore[arg-type]


def test_intensity_bounds_are_accepted() -> None:
    """0 and 10 are valid NRS values, and a quality may be given as its string value."""
    assert RegionMark("sij_l", 0).intensity == 0
    assert RegionMark("sij_l", 10, "burning").quality is Quality.BURNING  # type: ignore[arg-type]
    with pytest.raises(PainMapError):
        RegionMark("sij_l", 4, "throbbing")  # type: ignore[arg-type]


def test_duplicate_marks_are_rejected() -> None:
    """A map holds at most one mark per region; with_mark replaces instead of duplicating."""
    with pytest.raises(PainMapError):
        PainMap((RegionMark("sacrum", 2), RegionMark("sacrum", 5)))
    m = PainMap((RegionMark("sacrum", 2),)).with_mark(RegionMark("sacrum", 5))
    assert m.marks == (RegionMark("sacrum", 5),)
    assert m.without_mark("sacrum").is_empty


@pytest.mark.parametrize("points, width", [
    ((), 5.0), (((1.0, float("nan")),), 5.0), (((1.0, 2.0),), 0.0), (((1.0, 2.0),), -3.0),
    (((1.0, 2.0, 3.0),), 5.0), ((("a", 2.0),), 5.0),
])
def test_invalid_strokes_are_rejected(points: tuple, width: float) -> None:
    """A stroke needs at least one finite point and a positive width."""
    with pytest.raises(PainMapError):
        Stroke(View.BACK, points, width)


def test_round_trip_serialisation_is_json_safe_and_exact() -> None:
    """to_dict gives JSON-safe data that from_dict turns back into an equal map."""
    original = PainMap(
        marks=(RegionMark("sij_l", 7, Quality.ACHING), RegionMark("symphysis", 4),
               RegionMark("coccyx", 0, Quality.NUMBNESS)),
        strokes=(Stroke(View.BACK, ((120.5, 270.25), (130, 290)), 6.0),
                 Stroke(View.FRONT, ((150, 298),), 10.0, erase=True)),
    )
    text = json.dumps(original.to_dict())
    restored = PainMap.from_dict(json.loads(text))
    assert restored == original
    assert restored.to_dict() == original.to_dict()
    assert PainMap.from_dict(PainMap().to_dict()) == PainMap()


@pytest.mark.parametrize("mutate", [
    lambda d: d.update(version=2),
    lambda d: d.update(extra=1),
    lambda d: d["marks"][0].update(intensity=12),
    lambda d: d["marks"][0].update(region="elbow"),
    lambda d: d["marks"].append(dict(d["marks"][0])),
    lambda d: d["strokes"][0].update(view="side"),
    lambda d: d["strokes"][0].update(points=[[1, 2, 3]]),
    lambda d: d["strokes"][0].update(erase="yes"),
    lambda d: d.update(marks="sij_l"),
])
def test_from_dict_rejects_corrupt_data(mutate) -> None:  # type: ignore[no-untyped-def]
    """Stored data that breaks any rule raises PainMapError instead of loading."""
    data = PainMap((RegionMark("sij_l", 5),),
                   (Stroke(View.BACK, ((1, 2), (3, 4)), 4),)).to_dict()
    mutate(data)
    with pytest.raises(PainMapError):
        PainMap.from_dict(data)


# ---------------------------------------------------------------- coverage and shading


def test_stroke_across_a_region_covers_it(chart: BodyChart) -> None:
    """A horizontal stroke across the left SIJ covers sij_l (and nothing in the front view)."""
    x, y = _centre(chart, "sij_l")
    stroke = Stroke(View.BACK, ((x - 8, y), (x + 4, y)), 6.0)
    covered = covered_regions(PainMap(strokes=(stroke,)), chart)
    assert "sij_l" in covered
    assert not set(covered) & FRONT_IDS
    assert "sij_r" not in covered


def test_every_region_can_be_covered_by_a_short_dab(chart: BodyChart) -> None:
    """A fingertip-sized dab at any region's centre passes the coverage threshold."""
    for r in REGIONS:
        covered = covered_regions(PainMap(strokes=(_dab(chart, r.id),)), chart)
        assert r.id in covered, r.id


def test_eraser_removes_coverage(chart: BodyChart) -> None:
    """An eraser stroke over the drawing uncovers the region; drawing again re-covers it."""
    draw = _dab(chart, "symphysis", width=10)
    erase = _dab(chart, "symphysis", width=30, erase=True)
    assert "symphysis" in covered_regions(PainMap(strokes=(draw,)), chart)
    assert covered_regions(PainMap(strokes=(draw, erase)), chart) == ()
    assert "symphysis" in covered_regions(PainMap(strokes=(draw, erase, draw)), chart)
    assert shaded_percentage(PainMap(strokes=(draw, erase)), chart.front) == 0


def test_graze_below_threshold_does_not_count(chart: BodyChart) -> None:
    """A stroke touching only the edge of a big region stays under the 5% threshold."""
    poly = chart.polygon("post_thigh_l")
    _, y = _centre(chart, "post_thigh_l")
    x_edge = min(p[0] for p in poly if abs(p[1] - y) < 4)
    graze = Stroke(View.BACK, ((x_edge, y - 10), (x_edge, y + 10)), 4.0)
    share = region_coverage(PainMap(strokes=(graze,)), chart)["post_thigh_l"]
    assert 0 < share < COVERAGE_THRESHOLD
    assert "post_thigh_l" not in covered_regions(PainMap(strokes=(graze,)), chart)
    assert "post_thigh_l" in covered_regions(PainMap(strokes=(graze,)), chart, threshold=0)


def test_empty_map_has_no_shading(chart: BodyChart) -> None:
    """An empty pain map shades 0% of either view and covers no region."""
    empty = PainMap()
    assert shaded_percentage(empty, chart.front) == 0
    assert shaded_percentage(empty, chart.back) == 0
    assert shaded_area(empty, chart.back) == 0
    assert covered_regions(empty, chart) == ()


def test_huge_stroke_shades_the_whole_view(chart: BodyChart) -> None:
    """One enormous stroke shades ~100% of its view, covers all its regions, none of the other."""
    huge = PainMap(strokes=(Stroke(View.BACK, ((150, 300),), 2000.0),))
    assert shaded_percentage(huge, chart.back) == pytest.approx(100)
    assert shaded_percentage(huge, chart.front) == 0
    assert set(covered_regions(huge, chart)) == BACK_IDS
    assert shaded_area(huge, chart.back) == pytest.approx(
        polygon_area(chart.back.silhouette), rel=0.02)


def test_shading_outside_the_body_does_not_count(chart: BodyChart) -> None:
    """A stroke in the empty space beside the figure adds nothing to the shaded percentage."""
    outside = PainMap(strokes=(Stroke(View.FRONT, ((5, 10), (5, 590)), 6.0),))
    assert shaded_percentage(outside, chart.front) == 0


def test_partial_shading_is_proportional(chart: BodyChart) -> None:
    """Shading one thigh region gives a share of the body between 0 and its area share."""
    x, y = _centre(chart, "post_thigh_r")
    m = PainMap(strokes=(Stroke(View.BACK, ((x, y - 30), (x, y + 30)), 20.0),))
    pct = shaded_percentage(m, chart.back)
    area_pct = 100 * 20 * 80 / polygon_area(chart.back.silhouette)
    assert pct == pytest.approx(area_pct, rel=0.1)


# ---------------------------------------------------------------- comparison


def test_compare_reports_added_removed_and_intensity_changes() -> None:
    """Regions gained, lost and re-scored between visits are listed in catalogue order."""
    before = PainMap((RegionMark("sij_l", 7, Quality.ACHING), RegionMark("sij_r", 3),
                      RegionMark("symphysis", 5), RegionMark("groin_l", 0)))
    after = PainMap((RegionMark("sij_l", 4, Quality.SHARP), RegionMark("sij_r", 2),
                     RegionMark("groin_l", 3), RegionMark("coccyx", 1)))
    diff = compare_pain_maps(before, after)
    assert diff.added == ("coccyx", "groin_l")
    assert diff.removed == ("symphysis",)
    assert diff.unchanged == ("sij_l", "sij_r")
    changes = {c.region_id: c for c in diff.intensity_changed}
    assert changes["sij_l"].delta == -3 and changes["sij_l"].important
    assert changes["sij_r"].delta == -1 and not changes["sij_r"].important
    assert [(q.region_id, q.before, q.after) for q in diff.quality_changed] == [
        ("sij_l", Quality.ACHING, Quality.SHARP)]
    assert diff.any_change


def test_compare_identical_maps_reports_no_change(chart: BodyChart) -> None:
    """The same map compared with itself shows no change, shading included."""
    m = PainMap((RegionMark("sacrum", 6),), (_dab(chart, "buttock_l"),))
    diff = compare_pain_maps(m, m, chart)
    assert not diff.any_change
    assert diff.unchanged == ("sacrum", "buttock_l")


def test_compare_with_chart_counts_drawn_regions(chart: BodyChart) -> None:
    """With the chart, a region that is only drawn counts as painful, and shading is compared."""
    before = PainMap(strokes=(_dab(chart, "post_thigh_l"),))
    after = PainMap((RegionMark("symphysis", 3),))
    assert painful_regions(before, chart) == ("post_thigh_l",)
    assert painful_regions(before) == ()
    diff = compare_pain_maps(before, after, chart)
    assert diff.added == ("symphysis",)
    assert diff.removed == ("post_thigh_l",)
    assert diff.shaded_before[View.BACK] > 0 == diff.shaded_after[View.BACK]


def test_domain_module_imports_no_gui_or_svg_libraries() -> None:
    """The pain-map domain loads without Qt, XML parsing or ReportLab."""
    code = ("import sys, pgp_desk.domain.painmap; "
            "bad = [m for m in sys.modules if m.split('.')[0] in "
            "('PySide6', 'reportlab', 'svglib', 'sqlalchemy', 'xml')]; print(bad)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"
