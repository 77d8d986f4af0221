"""One type scale and one grey palette for every PGP Desk PDF.

Greys only: handouts are printed on black-and-white laser printers, so nothing may depend on
colour. Three scales: normal, large print (for poor sight) and compact (fewest pages).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

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


def ruled_table(top: float, bottom: float, side: float) -> list[tuple[object, ...]]:
    """Table style of the report's and the summary's tables: a grey header row over a rule,
    hairlines between rows, and the given cell paddings (points)."""
    return [
        ("BACKGROUND", (0, 0), (-1, 0), FILL),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
        ("TOPPADDING", (0, 0), (-1, -1), top),
        ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
        ("LEFTPADDING", (0, 0), (-1, -1), side),
        ("RIGHTPADDING", (0, 0), (-1, -1), side),
    ]


def facts_table(top: float) -> list[tuple[object, ...]]:
    """Table style of label-and-value lists (the report's history facts, the summary's
    personal details): hairlines between rows, the label kept clear of its value."""
    return [
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), top),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (0, -1), 6),
    ]


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


# Large print: every text a client reads is at least 16 pt and every heading at least 20 pt
# (page numbers in the footer excepted); its pictures are larger than in normal print.
NORMAL = Scale(10, 8.2, 11, 12.5, 16, 22, 1.25, 3.4 * mm, 13 * mm, 44 * mm, 33 * mm)
LARGE = Scale(16, 16, 20, 20, 24, 30, 1.3, 4.4 * mm, 13 * mm, 70 * mm, 50 * mm)
COMPACT = Scale(8.6, 7.2, 9.4, 11, 13.5, 18, 1.25, 2.4 * mm, 10 * mm, 36 * mm, 27 * mm)


# Two languages print twice the words: normal print a touch smaller, so two exercises
# still share a page.
NORMAL_TWO = replace(NORMAL, body=9.3, h2=11.5, leading=1.22, illustration_w=38 * mm,
                     illustration_h=29 * mm)
# Large print in two languages: the same type sizes, lines a little closer (1.2, still
# open enough to find the next line) and narrower margins, so a card takes less paper.
LARGE_TWO = replace(LARGE, leading=1.2, margin=10 * mm)


def scale_for(large_print: bool = False, compact: bool = False,
              two_languages: bool = False) -> Scale:
    """Large print wins over compact: readability beats page count."""
    if large_print:
        return LARGE_TWO if two_languages else LARGE
    if compact:
        return COMPACT
    return NORMAL_TWO if two_languages else NORMAL


@dataclass(frozen=True)
class Styles:
    """Named paragraph styles built from one Scale."""

    scale: Scale
    body: ParagraphStyle
    body_bold: ParagraphStyle
    dosage_second: ParagraphStyle
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
    warning_title: ParagraphStyle
    warning_call: ParagraphStyle


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


def _caps(s: Scale) -> float:
    """Capitals look larger than lower case, so labels are a little smaller than small
    text, except in large print, where nothing goes under 16 pt."""
    return s.small if s.small >= LARGE_PRINT_MINIMUM else s.small * 0.92


LARGE_PRINT_MINIMUM = 16.0


def _cell(s: Scale) -> float:
    """Table cells: a little larger than small text, in large print the minimum itself."""
    return s.small if s.small >= LARGE_PRINT_MINIMUM else s.small * 1.08


@cache
def build_styles(scale: Scale) -> Styles:
    """All styles for one scale, made once (nothing changes a style; a paragraph's parsed
    text is remembered per style, see `paragraph`); the font family is registered on first
    use."""
    register_fonts()
    s = scale
    return Styles(
        scale=s,
        body=_style("body", s.body, s, spaceAfter=s.gap * 0.4),
        body_bold=_style("body_bold", s.body, s, BOLD),
        dosage_second=_style("dosage_second", s.body, s, BOLD, textColor=MUTED),
        small=_style("small", s.small, s),
        muted=_style("muted", s.small, s, textColor=MUTED),
        muted_right=_style("muted_right", s.small, s, textColor=MUTED, alignment=TA_RIGHT),
        caps=_style("caps", _caps(s), s, BOLD, textColor=MUTED, leading=_caps(s) * 1.36),
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
        step=_style("step", s.body, s, leftIndent=s.body * 1.6, firstLineIndent=0,
                    bulletIndent=0, spaceAfter=s.gap * 0.2, bulletFontName=BOLD),
        bullet=_style("bullet", s.body, s, leftIndent=s.body * 1.3, bulletIndent=0,
                      spaceAfter=s.gap * 0.15),
        cell=_style("cell", _cell(s), s),
        cell_bold=_style("cell_bold", _cell(s), s, BOLD),
        cell_center=_style("cell_center", _cell(s), s, alignment=TA_CENTER),
        clinic_name=_style("clinic_name", s.h2, s, BOLD, leading=s.h2 * 1.2),
        number=_style("number", s.h2, s, BOLD, textColor=WHITE, alignment=TA_CENTER,
                      leading=s.h2 * 1.2),
        warning_title=_style("warning_title", s.h3, s, BOLD, textColor=WHITE,
                             leading=s.h3 * 1.25),
        warning_call=_style("warning_call", s.h3, s, leading=s.h3 * 1.3),
    )


def grey(level: float) -> Color:
    """A grey from 0 (black) to 1 (white)."""
    return Color(level, level, level)
