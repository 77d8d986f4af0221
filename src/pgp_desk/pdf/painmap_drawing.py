"""The pain map as a ReportLab vector drawing, for the assessment report and the handout.

The body outlines are the shipped SVG artwork (svglib); marked regions are filled with the
same 0-10 colour ramp as the screen and carry their number in a badge; freehand shading is
drawn from the domain's own rasterised cells (``shaded_cells``, eraser applied, clipped to
the body), so the printed area is exactly the area the shaded percentage counts
(CLINICAL.md §5; Barbero et al. 2015, Eur J Pain 19:1129-1138). Captions name the client's
left and right under each view, because mixing them up is the commonest reading error.

No Qt and no database: a PainMap and a language in, a Drawing out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from reportlab.graphics.shapes import (
    FILL_NON_ZERO,
    Circle,
    Drawing,
    Group,
    Path,
    Polygon,
    Rect,
    String,
)
from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from svglib.svglib import svg2rlg

from pgp_desk.content.bodychart import load_body_chart, svg_path
from pgp_desk.content.texts import text, word
from pgp_desk.domain.i18n import lang_or_fallback
from pgp_desk.domain.painmap import (
    BodyChart,
    PainMap,
    RegionMark,
    Side,
    View,
    ViewGeometry,
    client_left_on_viewer_left,
    polygon_centroid,
    shaded_cells,
)
from pgp_desk.domain.painmap_geometry import Point, grid_for, polygon_cells
from pgp_desk.pdf.fonts import BOLD, REGULAR, register_fonts, use_family

# Same ramp as pgp_desk.ui.painmap.palette (the pdf layer may not import Qt); a test pins
# the two together. Grey value falls at every step, so greyscale prints keep the order.
INTENSITY_RAMP: tuple[str, ...] = (
    "#f4f4f4", "#fff2b2", "#fee391", "#fec44f", "#fe9f3a", "#f7782a",
    "#e8521f", "#cc3019", "#a81d1c", "#7d1220", "#4f0b1e",
)
SHADING = "#3d4fc4"
SHADING_OPACITY = 0.42
OUTLINE = "#2f3a45"
TEXT = "#1f2933"

VIEW_ORDER = (View.FRONT, View.BACK)  # as on screen: front left, back right
GAP = 36.0          # chart units between the views
TITLE_BAND = 30.0
CAPTION_BAND = 24.0
LEGEND_BAND = 30.0
CAPTION_SPLIT = 7.0  # half the space between the two captions under a view
# Shading is drawn from cells of this size (chart units): finer than the domain's GRID for
# smooth edges in print; the same strokes and eraser rules, so the same shape.
DRAW_CELL = 1.0

def _luma(hex_colour: str) -> float:
    c = HexColor(hex_colour)
    return float(255 * (0.299 * c.red + 0.587 * c.green + 0.114 * c.blue))


def intensity_colour(intensity: int) -> Color:
    return HexColor(INTENSITY_RAMP[max(0, min(10, intensity))])


def number_colour(intensity: int) -> Color:
    light = _luma(INTENSITY_RAMP[max(0, min(10, intensity))]) > 140
    return HexColor("#1b1b1b") if light else HexColor("#ffffff")


def painmap_drawing(pain_map: PainMap, lang: str = "da", width: float = 300.0, *,
                    legend: bool = True, chart: BodyChart | None = None) -> Drawing:
    """Front and back view side by side, ``width`` points wide (height follows the chart)."""
    register_fonts()
    chart = chart or load_body_chart()
    views = [chart.view(v) for v in VIEW_ORDER]
    chart_h = max(g.height for g in views)
    units_w = sum(g.width for g in views) + GAP * (len(views) - 1)
    bottom = CAPTION_BAND + (LEGEND_BAND if legend else 0.0)
    units_h = TITLE_BAND + chart_h + bottom
    scale = width / units_w

    content = Group()
    x = 0.0
    marks = {m.region_id: m for m in pain_map.marks}
    for geometry in views:
        content.add(_view_group(geometry, pain_map, marks, lang, x, bottom, chart_h))
        x += geometry.width + GAP
    if legend:
        content.add(_legend(lang, units_w))
    content.transform = (scale, 0, 0, scale, 0, 0)

    drawing = Drawing(width, units_h * scale)
    drawing.add(content)
    return use_family(drawing)


def _view_group(geometry: ViewGeometry, pain_map: PainMap, marks: Mapping[str, RegionMark],
                lang: str, x0: float, y0: float, chart_h: float) -> Group:
    """One view in chart units, y up, its chart's bottom-left at (x0, y0)."""
    h = geometry.height

    def at(p: Point) -> Point:
        return x0 + p[0], y0 + (h - p[1])

    g = Group()
    g.add(_artwork(geometry, x0, y0))
    for region_id, polygon in geometry.regions.items():
        mark = marks.get(region_id)
        if mark is None:
            continue
        points = [c for p in polygon for c in at(p)]
        g.add(Polygon(points, fillColor=intensity_colour(mark.intensity),
                      strokeColor=HexColor(OUTLINE), strokeWidth=1.0, strokeLineJoin=1))
    shade = _shading_path(pain_map, geometry, at)
    if shade is not None:
        g.add(shade)
    for region_id in geometry.regions:
        mark = marks.get(region_id)
        if mark is not None:
            cx, cy = at(polygon_centroid(geometry.regions[region_id]))
            g.add(_badge(cx, cy, mark.intensity))

    title = word(lang, "pain_map_views", geometry.view.value)
    g.add(String(x0 + geometry.width / 2, y0 + chart_h + 8, title, fontName=BOLD,
                 fontSize=17, textAnchor="middle", fillColor=HexColor(TEXT)))
    viewer_left = Side.LEFT if client_left_on_viewer_left(geometry.view) else Side.RIGHT
    viewer_right = Side.RIGHT if viewer_left is Side.LEFT else Side.LEFT
    # Grouped under the body's midline, arrows pointing out to the side they name.
    y, mid = y0 - 15, x0 + geometry.width / 2
    left_caption = word(lang, "pain_map_sides", viewer_left.value)
    right_caption = word(lang, "pain_map_sides", viewer_right.value)
    g.add(String(mid - CAPTION_SPLIT, y, "\u2190 " + left_caption,
                 fontName=REGULAR, fontSize=13, textAnchor="end", fillColor=HexColor(TEXT)))
    g.add(String(mid + CAPTION_SPLIT, y, right_caption + " \u2192",
                 fontName=REGULAR, fontSize=13, textAnchor="start", fillColor=HexColor(TEXT)))
    g.add(Rect(mid - 0.5, y - 3, 1, 15, fillColor=HexColor("#9aa4ae"), strokeColor=None))
    return g


def _artwork(geometry: ViewGeometry, x0: float, y0: float) -> Group:
    """The SVG body chart of one view, scaled back to chart units at (x0, y0)."""
    svg = svg2rlg(str(svg_path(geometry.view)))
    if svg is None:
        raise ValueError(f"the {geometry.view} body chart could not be read")
    sx, sy = geometry.width / svg.width, geometry.height / svg.height
    return Group(*svg.contents, transform=(sx, 0, 0, sy, x0, y0))


def _badge(cx: float, cy: float, intensity: int) -> Group:
    """The intensity in a round badge of the region's colour, readable on any background."""
    size = 11.5
    r = 8.5 if intensity < 10 else 9.5
    badge = Group(Circle(cx, cy, r, fillColor=intensity_colour(intensity),
                         strokeColor=HexColor(OUTLINE), strokeWidth=1.0))
    badge.add(String(cx, cy - size * 0.36, str(intensity), fontName=BOLD, fontSize=size,
                     textAnchor="middle", fillColor=number_colour(intensity)))
    return badge


def _shading_path(pain_map: PainMap, geometry: ViewGeometry,
                  at: Callable[[Point], Point]) -> Path | None:
    """Shaded cells inside the body as one translucent path (one fill: no seams, no overlap)."""
    grid = grid_for(geometry, DRAW_CELL)
    cells = (shaded_cells(pain_map, geometry, DRAW_CELL)
             & polygon_cells(geometry.silhouette, grid))
    if not cells:
        return None
    colour = HexColor(SHADING)
    path = Path(fillColor=Color(colour.red, colour.green, colour.blue, alpha=SHADING_OPACITY),
                strokeColor=None, strokeWidth=0, fillMode=FILL_NON_ZERO)
    for col0, col1, row0, row1 in _blocks(cells, grid.cols):
        x0, y_top = col0 * grid.cell, row0 * grid.cell
        x1, y_bottom = (col1 + 1) * grid.cell, (row1 + 1) * grid.cell
        (ax, ay), (bx, by) = at((x0, y_top)), at((x1, y_bottom))
        path.moveTo(ax, by)
        path.lineTo(bx, by)
        path.lineTo(bx, ay)
        path.lineTo(ax, ay)
        path.closePath()
    return path


def _blocks(cells: Iterable[int], cols: int) -> list[tuple[int, int, int, int]]:
    """Cells as rectangles (col0, col1, row0, row1): runs per row, equal runs stacked."""
    rows: dict[int, list[int]] = {}
    for cell in cells:
        rows.setdefault(cell // cols, []).append(cell % cols)
    runs_by_row: dict[int, list[tuple[int, int]]] = {}
    for row, columns in rows.items():
        columns.sort()
        runs: list[tuple[int, int]] = []
        start = prev = columns[0]
        for c in columns[1:]:
            if c != prev + 1:
                runs.append((start, prev))
                start = c
            prev = c
        runs.append((start, prev))
        runs_by_row[row] = runs
    blocks: list[tuple[int, int, int, int]] = []
    open_blocks: dict[tuple[int, int], int] = {}
    for row in range(min(runs_by_row), max(runs_by_row) + 2):
        current = set(runs_by_row.get(row, []))
        for run in list(open_blocks):
            if run not in current:
                blocks.append((run[0], run[1], open_blocks.pop(run), row - 1))
        for run in current:
            open_blocks.setdefault(run, row)
    return blocks


def _legend(lang: str, units_w: float) -> Group:
    """"Pain (0-10)" with the eleven colours, then the shading swatch, centred at the bottom."""
    g = Group()
    cell, size = 17.0, 10.5
    label = text(lang_or_fallback(lang), "pain_map.pain")
    shaded = text(lang_or_fallback(lang), "pain_map.shaded")
    label_w = stringWidth(label, REGULAR, 12)
    shaded_w = stringWidth(shaded, REGULAR, 12)
    total = label_w + 6 + 11 * cell + 16 + cell + 5 + shaded_w
    x = (units_w - total) / 2
    y = 6.0
    g.add(String(x, y + 4, label, fontName=REGULAR, fontSize=12, fillColor=HexColor(TEXT)))
    x += label_w + 6
    for v in range(11):
        g.add(Rect(x + v * cell, y, cell, cell, fillColor=intensity_colour(v), strokeColor=None))
        g.add(String(x + v * cell + cell / 2, y + cell / 2 - size * 0.36, str(v), fontName=BOLD,
                     fontSize=size, textAnchor="middle", fillColor=number_colour(v)))
    g.add(Rect(x, y, 11 * cell, cell, fillColor=None, strokeColor=HexColor(OUTLINE),
               strokeWidth=0.8))
    x += 11 * cell + 16
    colour = HexColor(SHADING)
    g.add(Rect(x, y, cell, cell, rx=3, ry=3, strokeColor=None,
               fillColor=Color(colour.red, colour.green, colour.blue, alpha=SHADING_OPACITY)))
    x += cell + 5
    g.add(String(x, y + 4, shaded, fontName=REGULAR, fontSize=12, fillColor=HexColor(TEXT)))
    return g
