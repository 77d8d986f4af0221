"""The body-chart artwork: region ids, placement, mirror rule, renderability, the path reader."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from pgp_desk.content.bodychart import (
    BodyChartError,
    load_body_chart,
    load_view,
    parse_path_data,
    read_svg_polygons,
    svg_path,
)
from pgp_desk.domain.painmap import (
    REGIONS,
    Side,
    View,
    point_in_polygon,
    polygon_area,
    polygon_centroid,
    regions_in_view,
)

VIEWS = (View.FRONT, View.BACK)
ALLOWED_TAGS = {"svg", "title", "desc", "g", "path", "line", "circle", "ellipse"}
MIDLINE_X = 150.0


def _cx(region_id: str) -> float:
    return polygon_centroid(load_body_chart().polygon(region_id))[0]


def _cy(region_id: str) -> float:
    return polygon_centroid(load_body_chart().polygon(region_id))[1]


@pytest.mark.parametrize("view", VIEWS)
def test_every_catalogue_region_is_a_path_in_its_svg(view: View) -> None:
    """Each SVG holds exactly its view's catalogue regions plus the silhouette, by id."""
    _, _, polygons = read_svg_polygons(svg_path(view))
    expected = {r.id for r in regions_in_view(view)} | {"silhouette"}
    assert set(polygons) == expected


def test_catalogue_and_svgs_cover_each_other() -> None:
    """Every catalogue region is drawn in exactly one of the two SVGs."""
    drawn = [rid for v in VIEWS for rid in read_svg_polygons(svg_path(v))[2] if rid != "silhouette"]
    assert sorted(drawn) == sorted(r.id for r in REGIONS)


def test_both_views_have_the_same_size() -> None:
    """Front and back share one coordinate system (300 x 600), so they sit side by side."""
    sizes = {read_svg_polygons(svg_path(v))[:2] for v in VIEWS}
    assert sizes == {(300.0, 600.0)}


@pytest.mark.parametrize("view", VIEWS)
def test_svg_uses_only_plain_elements(view: View) -> None:
    """Only paths/lines/circles/ellipses and presentation attributes: no text, CSS or filters."""
    root = ET.parse(svg_path(view)).getroot()
    for el in root.iter():
        tag = el.tag.split("}")[-1]
        assert tag in ALLOWED_TAGS, tag
        assert "style" not in el.attrib and "class" not in el.attrib
        assert "filter" not in el.attrib and "mask" not in el.attrib


@pytest.mark.parametrize("view", VIEWS)
def test_regions_lie_inside_the_silhouette(view: View) -> None:
    """Every vertex of every region polygon lies inside the body outline."""
    geometry = load_view(view)
    for rid, poly in geometry.regions.items():
        outside = [p for p in poly if not point_in_polygon(p, geometry.silhouette)]
        assert not outside, (rid, outside[:3])


@pytest.mark.parametrize("view", VIEWS)
def test_regions_do_not_overlap(view: View) -> None:
    """No point of the chart belongs to two regions (sampled on a 1-unit grid)."""
    geometry = load_view(view)
    boxes = {rid: (min(p[0] for p in poly), min(p[1] for p in poly),
                   max(p[0] for p in poly), max(p[1] for p in poly))
             for rid, poly in geometry.regions.items()}
    for y in range(200, 560):
        for x in range(60, 240):
            pt = (x + 0.5, y + 0.5)
            hits = [rid for rid, (x0, y0, x1, y1) in boxes.items()
                    if x0 <= pt[0] <= x1 and y0 <= pt[1] <= y1
                    and point_in_polygon(pt, geometry.regions[rid])]
            assert len(hits) <= 1, ((x, y), hits)


def test_sij_is_drawn_only_on_the_back() -> None:
    """The SI joints are a back-view region; the front view has no SIJ shape."""
    chart = load_body_chart()
    assert "sij_l" in chart.back.regions and "sij_r" in chart.back.regions
    assert not any(rid.startswith("sij") for rid in chart.front.regions)


def test_front_view_shows_client_left_on_viewer_right() -> None:
    """Front view: client's left regions have larger x than the right ones (groin, thighs)."""
    assert _cx("groin_l") > _cx("groin_r")
    for r in regions_in_view(View.FRONT):
        x = _cx(r.id)
        if r.side is Side.LEFT:
            assert x > MIDLINE_X, r.id
        elif r.side is Side.RIGHT:
            assert x < MIDLINE_X, r.id
        else:
            assert abs(x - MIDLINE_X) < 1, r.id


def test_back_view_shows_client_left_on_viewer_left() -> None:
    """Back view: sij_l has smaller x than sij_r, and so does every other left region."""
    assert _cx("sij_l") < _cx("sij_r")
    for r in regions_in_view(View.BACK):
        x = _cx(r.id)
        if r.side is Side.LEFT:
            assert x < MIDLINE_X, r.id
        elif r.side is Side.RIGHT:
            assert x > MIDLINE_X, r.id
        else:
            assert abs(x - MIDLINE_X) < 1, r.id


@pytest.mark.parametrize("view", VIEWS)
def test_left_and_right_regions_are_mirror_images(view: View) -> None:
    """Each _l region is the mirror of its _r partner about the midline (same area)."""
    geometry = load_view(view)
    for rid in geometry.regions:
        if rid.endswith("_l"):
            left, right = geometry.regions[rid], geometry.regions[rid[:-2] + "_r"]
            assert polygon_area(left) == pytest.approx(polygon_area(right), rel=1e-6)
            assert _cx(rid) + _cx(rid[:-2] + "_r") == pytest.approx(2 * MIDLINE_X, abs=0.01)
            assert _cy(rid) == pytest.approx(_cy(rid[:-2] + "_r"), abs=0.01)


def test_back_regions_are_in_anatomical_order() -> None:
    """Back: lumbar above SIJ, sacrum between the SIJs, coccyx below, thigh then calf below."""
    assert _cy("lumbar_l") < _cy("sij_l") < _cy("buttock_l") < _cy("post_thigh_l")
    assert _cy("post_thigh_l") < _cy("lower_leg_back_l")
    assert _cx("sij_l") < _cx("sacrum") < _cx("sij_r")
    assert _cy("sacrum") < _cy("coccyx")
    assert _cx("trochanter_l") < _cx("buttock_l") < _cx("sij_l")
    # the SIJ sits at the dimples of Venus: about 3-4.5 cm either side of the midline
    # (the 600-unit figure is ~165 cm tall, ~0.29 cm per unit)
    assert 10 < MIDLINE_X - _cx("sij_l") < 22


def test_front_regions_are_in_anatomical_order() -> None:
    """Front: lower abdomen above the symphysis, symphysis above the perineum, thighs below."""
    assert _cy("lower_abdomen") < _cy("symphysis") < _cy("perineum")
    assert _cy("groin_l") < _cy("symphysis")
    assert _cy("perineum") < _cy("inner_thigh_l")
    assert _cx("inner_thigh_l") < _cx("ant_thigh_l")  # client's left is on the viewer's right
    chart = load_body_chart()
    assert polygon_area(chart.polygon("symphysis")) < polygon_area(chart.polygon("groin_l"))


def test_path_reader_handles_the_supported_subset() -> None:
    """M/L/C/Q/Z are read; curves end on their end point; Z drops the closing duplicate."""
    (square,) = parse_path_data("M0 0 L10 0 L10 10 L0 10 L0 0 Z")
    assert square == ((0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0))
    (curvy,) = parse_path_data("M0,0 C0 10 10 10 10 0 Q5 -5 0 0 Z", curve_steps=4)
    assert curvy[4] == (10.0, 0.0)
    assert len(curvy) == 8
    assert polygon_area(curvy) > 0
    two = parse_path_data("M0 0 L1 0 L1 1 Z M5 5 L6 5 L6 6 Z")
    assert len(two) == 2


@pytest.mark.parametrize("data", ["m0 0 l1 1 z", "M0 0 A5 5 0 0 1 10 10 Z", "M0 0 L1", "L1 1"])
def test_path_reader_refuses_what_it_cannot_read_exactly(data: str) -> None:
    """Relative commands, arcs, and truncated data raise instead of being mis-read."""
    with pytest.raises(BodyChartError):
        parse_path_data(data)


def test_loader_refuses_transforms(tmp_path: Path) -> None:
    """An SVG with a transform is refused: its polygons would not match what is drawn."""
    bad = tmp_path / "front.svg"
    bad.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 600">'
        '<g transform="translate(5 0)"><path id="silhouette" d="M0 0 L9 0 L9 9 Z"/></g></svg>',
        encoding="utf-8")
    with pytest.raises(BodyChartError):
        read_svg_polygons(bad)


@pytest.mark.parametrize("view", VIEWS)
def test_svg_renders_in_qt(view: View) -> None:
    """QSvgRenderer reads the file, knows every region id and paints dark outline pixels."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg_path(view)))
    assert renderer.isValid()
    assert renderer.viewBoxF() == QRectF(0, 0, 300, 600)
    for r in regions_in_view(view):
        assert renderer.elementExists(r.id), r.id
        bounds = renderer.boundsOnElement(r.id)
        assert QRectF(0, 0, 300, 600).contains(bounds), r.id
    image = QImage(150, 300, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    dark = sum(1 for y in range(0, 300, 2) for x in range(0, 150, 2)
               if QColor(image.pixel(x, y)).lightness() < 128)
    assert dark > 50
    assert QColor(image.pixel(2, 2)).lightness() > 250  # background stays empty


@pytest.mark.parametrize("view", VIEWS)
def test_svg_renders_in_svglib(view: View) -> None:
    """svglib turns the file into a ReportLab drawing that renders to a PDF page."""
    from reportlab.graphics import renderPDF
    from svglib.svglib import svg2rlg

    drawing = svg2rlg(str(svg_path(view)))
    assert drawing is not None
    assert drawing.height == pytest.approx(2 * drawing.width)
    pdf = renderPDF.drawToString(drawing)
    assert pdf.startswith(b"%PDF")
