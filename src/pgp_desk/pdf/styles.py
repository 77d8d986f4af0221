"""One type scale and one grey palette for every PGP Desk PDF.

Greys only: handouts are printed on black-and-white laser printers, so nothing may depend on
colour. Three scales: normal, large print (for poor sight) and compact (fewest pages).
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from pgp_desk.pdf.fonts import BOLD, ITALIC, REGULAR, register_fonts

INK = HexColor("#1a1a1a")
MUTED = HexColor("#555555")
RULE = HexColor("#9a9a9a")
HAIRLINE = HexColor("#c8c8c8")
FILL = HexColor("#efefef")
FILL_STRONG = HexColor("#dcdcdc")
WHITE = HexColor("#ffffff")


@dataclass(frozen=True)
class Scale:
    """Sizes in points (type) and millimetres converted to points (spaces, pictures)."""

    body: float
    small: float
    h3: float
    h2: float
    h1: float
    title: float
    leading: float  # line height as a multiple of the type size
    gap: float  # the base vertical rhythm unit
    margin: float
    illustration_w: float
    illustration_h: float


NORMAL = Scale(10.5, 8.5, 11.5, 14, 17, 24, 1.34, 4 * mm, 17 * mm, 62 * mm, 47 * mm)
LARGE = Scale(14, 12, 15.5, 18.5, 22, 30, 1.4, 5 * mm, 15 * mm, 150 * mm, 80 * mm)
COMPACT = Scale(8.8, 7.4, 9.6, 11.5, 14, 19, 1.32, 2.6 * mm, 12 * mm, 38 * mm, 29 * mm)


def scale_for(large_print: bool = False, compact: bool = False) -> Scale:
    """Large print wins over compact: readability beats page count."""
    if large_print:
        return LARGE
    return COMPACT if compact else NORMAL


@dataclass(frozen=True)
class Styles:
    """Named paragraph styles built from one Scale."""

    scale: Scale
    body: ParagraphStyle
    body_bold: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    muted_right: ParagraphStyle
    caps: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    section: ParagraphStyle
    purpose: ParagraphStyle
    step: ParagraphStyle
    bullet: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_center: ParagraphStyle
    clinic_name: ParagraphStyle
    number: ParagraphStyle


def _style(
    name: str, size: float, scale: Scale, font: str = REGULAR, **kw: object
) -> ParagraphStyle:
    base: dict[str, object] = {
        "fontName": font,
        "bulletFontName": REGULAR,
        "bulletFontSize": size,
        "fontSize": size,
        "leading": round(size * scale.leading, 2),
        "textColor": INK,
        "alignment": TA_LEFT,
        "splitLongWords": 1,
        "allowWidows": 0,
        "allowOrphans": 0,
    }
    base.update(kw)
    return ParagraphStyle(name, **base)


def build_styles(scale: Scale) -> Styles:
    """All styles for one scale; the font family is registered on first use."""
    register_fonts()
    s = scale
    return Styles(
        scale=s,
        body=_style("body", s.body, s, spaceAfter=s.gap * 0.4),
        body_bold=_style("body_bold", s.body, s, BOLD),
        small=_style("small", s.small, s),
        muted=_style("muted", s.small, s, textColor=MUTED),
        muted_right=_style("muted_right", s.small, s, textColor=MUTED, alignment=TA_RIGHT),
        caps=_style("caps", s.small * 0.92, s, BOLD, textColor=MUTED, leading=s.small * 1.25),
        title=_style("title", s.title, s, BOLD, leading=s.title * 1.15, spaceAfter=s.gap * 0.5),
        subtitle=_style("subtitle", s.h3, s, textColor=MUTED, spaceAfter=s.gap),
        h1=_style("h1", s.h1, s, BOLD, leading=s.h1 * 1.2, spaceBefore=s.gap * 1.6,
                  spaceAfter=s.gap * 0.5, keepWithNext=1),
        h2=_style("h2", s.h2, s, BOLD, leading=s.h2 * 1.2, keepWithNext=1),
        section=_style("section", s.h3 * 1.08, s, BOLD, leading=s.h3 * 1.35,
                       spaceBefore=s.gap * 1.2, spaceAfter=0, keepWithNext=1),
        h3=_style("h3", s.h3, s, BOLD, leading=s.h3 * 1.3, spaceBefore=s.gap * 0.6,
                  spaceAfter=s.gap * 0.2, keepWithNext=1),
        purpose=_style("purpose", s.body, s, ITALIC, textColor=MUTED),
        step=_style("step", s.body, s, leftIndent=s.body * 1.9, firstLineIndent=0,
                    bulletIndent=0, spaceAfter=s.gap * 0.3, bulletFontName=BOLD),
        bullet=_style("bullet", s.body, s, leftIndent=s.body * 1.3, bulletIndent=0,
                      spaceAfter=s.gap * 0.15),
        cell=_style("cell", s.small * 1.08, s),
        cell_bold=_style("cell_bold", s.small * 1.08, s, BOLD),
        cell_center=_style("cell_center", s.small * 1.08, s, alignment=TA_CENTER),
        clinic_name=_style("clinic_name", s.h2, s, BOLD, leading=s.h2 * 1.2),
        number=_style("number", s.h2, s, BOLD, textColor=WHITE, alignment=TA_CENTER,
                      leading=s.h2 * 1.2),
    )


def grey(level: float) -> Color:
    """A grey from 0 (black) to 1 (white)."""
    return Color(level, level, level)
