"""Turning untrusted text into safe Paragraph markup.

Names and notes come from users: ReportLab parses Paragraph text as markup, so "A & B <b"
crashes and "<info@x.dk>" vanishes. Every user string goes through `markup()`: it escapes,
sets each character the face lacks in the first fallback face that has it (Chinese, Arabic
in italics, symbols: see `fonts.chain`), prints one no face has as a visible box (and
`unprintable()` names those, so the handout dialog can warn), and drops control
characters. Right-to-left text (Arabic, Hebrew) is put in visual order per line with the
Unicode bidi algorithm (python-bidi) after Arabic letters are joined into their
presentation forms (arabic-reshaper), because ReportLab draws glyphs left to right.
Long words need no help: ReportLab's `splitLongWords` (on in our styles) breaks a word
wider than the line.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_display
from reportlab.lib.styles import ParagraphStyle

from pgp_desk.pdf.fonts import coverage, face_for
from pgp_desk.pdf.paragraph import Paragraph

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


Glyph = tuple[str, str | None]
# A handout sets the same steps, cues and labels many times (each card is laid out several
# ways to find the shortest, and a batch repeats the library's texts): each text is read
# character by character once per face.
_SEEN_TEXTS = 4096


def _characters(text: object, font_name: str | None) -> tuple[Glyph, ...]:
    """(character, face) pairs of `text` ready to draw: face "" for the face itself, a
    fallback's name, or None for a character no face has (printed as FALLBACK);
    newlines are kept as '\n', invisible marks and control characters dropped."""
    if text is None:
        return ()
    return _text_characters(str(text), font_name)


@lru_cache(maxsize=_SEEN_TEXTS)
def _text_characters(text: str, font_name: str | None) -> tuple[Glyph, ...]:
    raw = unicodedata.normalize("NFC", text.replace("\r\n", "\n"))
    raw = visual_order("\n".join(raw.splitlines()) if raw else raw)
    glyphs = coverage(font_name)
    out: list[Glyph] = []
    for ch in raw:
        if ch in _LINE_BREAKS:
            out.append(("\n", ""))
            continue
        if ch == "\t":
            out.append((" ", ""))
            continue
        category = unicodedata.category(ch)
        if category == "Cc":
            continue
        if ord(ch) in glyphs:
            out.append((ch, ""))
            continue
        if category in ("Cf", "Mn", "Me"):
            # Invisible marks (direction marks, joiners, variation selectors): drop quietly.
            continue
        out.append((ch, face_for(ch, font_name)))
    return tuple(out)


def clean(text: object, font_name: str | None = None) -> str:
    """`text` with only characters the face itself can draw (others become FALLBACK);
    newlines are kept as '\n'. For canvas strings, which cannot switch faces."""
    return "".join(ch if face == "" else FALLBACK for ch, face in _characters(text, font_name))


def markup(text: object, font_name: str | None = None) -> str:
    """Escape `text` for Paragraph markup; newlines become <br/>. Characters the face
    lacks are set in the first fallback face that has them (<font name=...>), those no
    face has become a visible FALLBACK box."""
    return "" if text is None else _text_markup(str(text), font_name)


@lru_cache(maxsize=_SEEN_TEXTS)
def _text_markup(text: str, font_name: str | None) -> str:
    parts: list[str] = []
    run: list[str] = []
    current = ""
    for ch, face in [*_characters(text, font_name), ("", "")]:
        if face is None:
            ch, face = FALLBACK, ""
        if face != current or not ch:
            body = escape("".join(run)).replace("\n", "<br/>")
            if body:
                parts.append(f'<font name="{current}">{body}</font>' if current else body)
            run, current = [], face
        run.append(ch)
    return "".join(parts)


def unprintable(text: object, font_name: str | None = None) -> str:
    """The characters of `text` no face can draw (each once, in order)."""
    return "".join(dict.fromkeys(ch for ch, face in _characters(text, font_name)
                                 if face is None))


def plain(text: object, font_name: str | None = None) -> str:
    """Glyph-checked text for canvas.drawString (no markup), on one line."""
    return " ".join(clean(text, font_name).split())


def para(text: object, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of untrusted `text` in `style`."""
    return Paragraph(markup(text, style.fontName), style)


Run = tuple[str, str]  # (text, face): one stretch of a line drawn in one face


def runs(text: object, font_name: str) -> list[Run]:
    """One line of `text` for canvas drawing, split by face like `markup` does (the face
    itself, else the first fallback that has a character, else FALLBACK)."""
    line = " ".join(str(text).split()) if text is not None else ""
    out: list[Run] = []
    for ch, face in _characters(line, font_name):
        if face is None:
            ch, face = FALLBACK, ""
        name = face or font_name
        if out and out[-1][1] == name:
            out[-1] = (out[-1][0] + ch, name)
        else:
            out.append((ch, name))
    return out


def runs_width(line: list[Run], size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(sum(stringWidth(chunk, face, size) for chunk, face in line))


def fit_runs(line: list[Run], size: float, width: float) -> list[Run]:
    """Shorten a line of runs with an ellipsis (in the first run's face) to fit `width`."""
    if runs_width(line, size) <= width:
        return line
    ellipsis = [("\u2026", line[0][1])] if line else []
    line = list(line)
    while line and runs_width(line + ellipsis, size) > width:
        chunk, face = line[-1]
        line[-1] = (chunk[:-1], face)
        if not line[-1][0]:
            line.pop()
    return line + ellipsis if line else []


def fit_width(text: str, font_name: str, size: float, width: float) -> str:
    """Shorten one-line `text` with an ellipsis so it fits `width` points."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font_name, size) <= width:
        return text
    while text and stringWidth(text + "\u2026", font_name, size) > width:
        text = text[:-1]
    return text + "\u2026" if text else ""
