"""Turning untrusted text into safe Paragraph markup.

Names and notes come from users: ReportLab parses Paragraph text as markup, so "A & B <b"
crashes and "<info@x.dk>" vanishes. Every user string goes through `markup()`: it escapes,
replaces characters the font has no glyph for by a visible box, and drops control
characters. Right-to-left text (Arabic, Hebrew) is put in visual order per line with the
Unicode bidi algorithm (python-bidi) after Arabic letters are joined into their
presentation forms (arabic-reshaper), because ReportLab draws glyphs left to right.
Long words need no help: ReportLab's `splitLongWords` (on in our styles) breaks a word
wider than the line.
"""

from __future__ import annotations

import unicodedata
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_display
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from pgp_desk.pdf.fonts import coverage

FALLBACK = "\u25a1"  # WHITE SQUARE: visible, and present in every DejaVu face
_LINE_BREAKS = {"\n", "\r", "\u2028", "\u2029", "\x0b", "\x0c", "\x85"}


def _has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def visual_order(text: str) -> str:
    """Right-to-left runs reversed into the order they are drawn, line by line."""
    if not _has_rtl(text):
        return text
    lines = []
    for line in text.split("\n"):
        try:
            lines.append(get_display(arabic_reshaper.reshape(line)) if _has_rtl(line) else line)
        except (UnicodeError, ValueError):  # e.g. a lone surrogate: print as typed
            lines.append(line)
    return "\n".join(lines)


def clean(text: object, font_name: str | None = None) -> str:
    """Return `text` with only characters the face can draw; newlines are kept as '\\n'."""
    if text is None:
        return ""
    raw = unicodedata.normalize("NFC", str(text).replace("\r\n", "\n"))
    raw = visual_order("\n".join(raw.splitlines()) if raw else raw)
    glyphs = coverage(font_name)
    out: list[str] = []
    for ch in raw:
        if ch in _LINE_BREAKS:
            out.append("\n")
            continue
        if ch == "\t":
            out.append(" ")
            continue
        category = unicodedata.category(ch)
        if category == "Cc":
            continue
        if ord(ch) in glyphs and ord(ch) <= 0xFFFF:  # ReportLab mangles astral code points
            out.append(ch)
        elif category in ("Cf", "Mn", "Me"):
            # Invisible marks (direction marks, joiners, variation selectors): drop quietly.
            continue
        else:
            out.append(FALLBACK)
    return "".join(out)


def markup(text: object, font_name: str | None = None) -> str:
    """Escape and glyph-check `text` for use inside Paragraph markup; newlines become <br/>."""
    return escape(clean(text, font_name)).replace("\n", "<br/>")


def plain(text: object, font_name: str | None = None) -> str:
    """Glyph-checked text for canvas.drawString (no markup), on one line."""
    return " ".join(clean(text, font_name).split())


def para(text: object, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of untrusted `text` in `style`."""
    return Paragraph(markup(text, style.fontName), style)


def fit_width(text: str, font_name: str, size: float, width: float) -> str:
    """Shorten one-line `text` with an ellipsis so it fits `width` points."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font_name, size) <= width:
        return text
    while text and stringWidth(text + "\u2026", font_name, size) > width:
        text = text[:-1]
    return text + "\u2026" if text else ""
