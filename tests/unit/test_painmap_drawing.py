"""The pain map as a PDF vector drawing: rendered to a real one-page PDF and looked at."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image
from reportlab.graphics import renderPDF

from pgp_desk.content.bodychart import load_body_chart
from pgp_desk.domain.painmap import (
    PainMap,
    RegionMark,
    Stroke,
    View,
    point_in_polygon,
    polygon_centroid,
)
from pgp_desk.pdf.painmap_drawing import (
    CAPTION_BAND,
    INTENSITY_RAMP,
    LEGEND_BAND,
    TITLE_BAND,
    painmap_drawing,
)

DPI = 100
WIDTH = 340.0  # points
# A vertical shading stroke down the front of the client's left thigh (front view).
THIGH_STROKE = Stroke(View.FRONT, tuple((188.0, 330.0 + 3 * i) for i in range(20)), 10.0)



def _render(pain_map: PainMap, lang: str, tmp_path: Path) -> tuple[Image.Image, Path]:
    drawing = painmap_drawing(pain_map, lang, WIDTH)
    pdf = tmp_path / "painmap.pdf"
    renderPDF.drawToFile(drawing, str(pdf))
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", "-singlefile", str(pdf),
                    str(tmp_path / "page")], check=True)
    return Image.open(tmp_path / "page.png").convert("RGB"), pdf


def _pixel_at(image: Image.Image, view: View, point: tuple[float, float]) -> tuple[int, int, int]:
    """The page pixel at a chart point (front view drawn first, 36 units between the views)."""
    chart = load_body_chart()
    units_w = chart.front.width + chart.back.width + 36.0
    px_per_unit = WIDTH / units_w * DPI / 72
    x0 = 0.0 if view is View.FRONT else chart.front.width + 36.0
    x = (x0 + point[0]) * px_per_unit
    y = (TITLE_BAND + point[1]) * px_per_unit
    assert image.height == pytest.approx(
        (TITLE_BAND + chart.front.height + CAPTION_BAND + LEGEND_BAND) * px_per_unit, abs=2)
    return image.getpixel((round(x), round(y)))  # type: ignore[return-value]


def _inside_away_from_badge(region_id: str) -> tuple[float, float]:
    """A point of the region at least 12 units from its centroid (clear of the number)."""
    polygon = load_body_chart().polygon(region_id)
    cx, cy = polygon_centroid(polygon)
    for dy in (14, -14, 18, -18, 22, -22):
        if point_in_polygon((cx, cy + dy), polygon):
            return cx, cy + dy
    raise AssertionError(f"no free point in {region_id}")


def test_marks_and_shading_are_printed_where_they_belong(tmp_path: Path) -> None:
    """An NRS 8 buttock prints in the 8 colour; shading on the thigh prints blue-grey."""
    pain_map = PainMap((RegionMark("buttock_l", 8), RegionMark("groin_r", 2)), (THIGH_STROKE,))
    image, _ = _render(pain_map, "da", tmp_path)
    histogram = image.convert("L").histogram()
    non_white = sum(histogram[:240])
    assert non_white > 0.05 * image.width * image.height, "the drawing is (nearly) blank"

    r, g, b = _pixel_at(image, View.BACK, _inside_away_from_badge("buttock_l"))
    want = tuple(int(INTENSITY_RAMP[8][i:i + 2], 16) for i in (1, 3, 5))
    assert max(abs(r - want[0]), abs(g - want[1]), abs(b - want[2])) < 25

    r, g, b = _pixel_at(image, View.FRONT, (188.0, 345.0))
    assert b > r + 30 and b > g + 20, "shading should be a blue tint"
    r, g, b = _pixel_at(image, View.FRONT, (112.0, 345.0))  # the other thigh: unshaded skin
    assert min(r, g, b) > 235


def test_eraser_strokes_are_respected_in_print(tmp_path: Path) -> None:
    """Shading rubbed out with the eraser is not printed."""
    eraser = Stroke(View.FRONT, THIGH_STROKE.points, 30.0, erase=True)
    image, _ = _render(PainMap((), (THIGH_STROKE, eraser)), "da", tmp_path)
    r, g, b = _pixel_at(image, View.FRONT, (188.0, 345.0))
    assert min(r, g, b) > 235


@pytest.mark.parametrize(("lang", "left", "right", "front", "back"), [
    ("da", "Patientens venstre", "Patientens højre", "Forfra", "Bagfra"),
    ("nb", "Pasientens venstre", "Pasientens høyre", "Forfra", "Bakfra"),
    ("en", "Client's left", "Client's right", "Front", "Back"),
])
def test_captions_in_the_requested_language(tmp_path: Path, lang: str, left: str, right: str,
                                            front: str, back: str) -> None:
    """Titles and client's-side captions print in the handout's language, in the right order."""
    _, pdf = _render(PainMap((RegionMark("symphysis", 5),)), lang, tmp_path)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert front in text and back in text
    caption_line = next(line for line in text.splitlines() if left in line)
    # Front view: her right on the viewer's left; back view: her left on the viewer's left.
    order = [caption_line.index(s) for s in (right, left)]
    assert order == sorted(order)
    assert caption_line.rindex(left) < caption_line.rindex(right)


def test_drawing_scales_to_the_requested_width() -> None:
    """The drawing is exactly as wide as asked, with the chart's proportions."""
    small = painmap_drawing(PainMap(), "da", 150)
    large = painmap_drawing(PainMap(), "da", 450)
    assert (small.width, large.width) == (150, 450)
    assert large.height == pytest.approx(small.height * 3)
