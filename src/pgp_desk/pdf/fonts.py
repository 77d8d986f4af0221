"""The embedded font family (DejaVu Sans Condensed, shipped in resources/fonts) and its
glyph coverage.

ReportLab's built-in fonts only cover Latin-1, so Polish, Czech or Greek names would print
as black boxes. DejaVu Sans covers every European script; its condensed cut sets the same
glyphs about a tenth narrower, so an exercise card needs fewer lines and three share an A4
page. ReportLab embeds a subset of each TrueType face it uses.

ReportLab has no per-glyph fallback, so `text.markup` splits text into runs itself and
names a fallback face for each character the face in use lacks (`chain`): an italic face
falls back to the upright one (DejaVu's oblique faces have no Arabic), then Droid Sans
Fallback (Chinese, Japanese, Korean; TrueType, so ReportLab can embed it, unlike
Debian's CFF Noto CJK), then Symbola (symbols and emoji in black and white). Fallback
faces are loaded only when a text needs them.
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

# Fallback faces, each registered as a family of its own so <b>/<i> around a run never
# turn it back into the face that lacks the glyph.
UPRIGHT = "PGPFallback-Upright"
UPRIGHT_BOLD = "PGPFallback-UprightBold"
CJK = "PGPFallback-CJK"
SYMBOLS = "PGPFallback-Symbols"
_FALLBACK_FILES = {
    UPRIGHT: "DejaVuSansCondensed.ttf",
    UPRIGHT_BOLD: "DejaVuSansCondensed-Bold.ttf",
    CJK: "DroidSansFallbackFull.ttf",
    SYMBOLS: "Symbola.ttf",
}


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
def _register_fallback(name: str) -> None:
    pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", _FALLBACK_FILES[name]))))
    pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(name, bold, italic, name)


def chain(font_name: str | None) -> tuple[str | None, ...]:
    """The faces tried in turn for a character: the face itself (None: any of the four),
    then the fallbacks."""
    upright = UPRIGHT_BOLD if font_name in (BOLD, BOLD_ITALIC) else UPRIGHT
    return (font_name, upright, CJK, SYMBOLS)


@cache
def coverage(font_name: str | None = None) -> frozenset[int]:
    """Code points the face has a glyph for (from its cmap); None means all four faces."""
    register_fonts()
    if font_name in _FALLBACK_FILES:
        _register_fallback(font_name)
    names = FACES if font_name is None else (font_name,)
    sets = []
    for name in names:
        font = pdfmetrics.getFont(name)
        face = getattr(font, "face", None)
        if face is None:  # a built-in Type 1 font: Latin-1 only
            sets.append(frozenset(range(32, 256)))
        else:
            # ReportLab writes code points above U+FFFF into the PDF's text map wrongly
            # (an invalid ToUnicode entry), so such glyphs (most emoji) count as missing.
            sets.append(frozenset(c for c in face.charToGlyph if c <= 0xFFFF))
    return frozenset.intersection(*sets)


def face_for(char: str, font_name: str | None) -> str | None:
    """The first face of `font_name`'s chain that draws `char`; "" when it is the face
    itself (no switch needed), None when no face can."""
    code = ord(char)
    for i, name in enumerate(chain(font_name)):
        if code in coverage(name):
            return "" if i == 0 else name
    return None
