"""The embedded font family (DejaVu Sans Condensed, shipped in resources/fonts) and its
glyph coverage.

ReportLab's built-in fonts only cover Latin-1, so Polish, Czech or Greek names would print
as black boxes. DejaVu Sans covers every European script; its condensed cut sets the same
glyphs about a tenth narrower, so an exercise card needs fewer lines and three share an A4
page. ReportLab embeds a subset of each TrueType face it uses.
"""

from __future__ import annotations

from functools import cache

from reportlab.graphics.shapes import Drawing
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from pgp_desk.resources import resource_path

FAMILY = "PGPSans"
REGULAR = "PGPSans"
BOLD = "PGPSans-Bold"
ITALIC = "PGPSans-Oblique"
BOLD_ITALIC = "PGPSans-BoldOblique"

_FILES = {
    REGULAR: "DejaVuSansCondensed.ttf",
    BOLD: "DejaVuSansCondensed-Bold.ttf",
    ITALIC: "DejaVuSansCondensed-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSansCondensed-BoldOblique.ttf",
}
FACES = tuple(_FILES)


@cache
def register_fonts() -> str:
    """Register the four faces once per process and return the family name."""
    for name, filename in _FILES.items():
        path = resource_path("fonts", filename)
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(
        FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )
    # <b>/<i> inside a paragraph resolve through these mappings.
    addMapping(FAMILY, 0, 0, REGULAR)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, ITALIC)
    addMapping(FAMILY, 1, 1, BOLD_ITALIC)
    return FAMILY


def use_family(drawing: Drawing) -> Drawing:
    """Make a graphics Drawing start in our font; otherwise it pulls in unembedded Helvetica."""
    register_fonts()
    drawing.initialFontName = REGULAR
    return drawing


@cache
def coverage(font_name: str | None = None) -> frozenset[int]:
    """Code points the face has a glyph for (from its cmap); None means all four faces."""
    register_fonts()
    names = FACES if font_name is None else (font_name,)
    sets = []
    for name in names:
        font = pdfmetrics.getFont(name)
        face = getattr(font, "face", None)
        if face is None:  # a built-in Type 1 font: Latin-1 only
            sets.append(frozenset(range(32, 256)))
        else:
            sets.append(frozenset(face.charToGlyph))
    return frozenset.intersection(*sets)
