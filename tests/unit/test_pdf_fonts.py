"""Every character prints: fallback faces for Chinese, Arabic in italics and symbols, a
visible box and a warning for the rest, and only subsets of TrueType faces embedded."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from handout_programmes import programme
from pgp_desk.pdf import HandoutOptions, render_handout
from pgp_desk.pdf.fonts import ITALIC, REGULAR
from pgp_desk.pdf.glyph_check import Unprintable, unprintable_texts
from pgp_desk.pdf.text import FALLBACK, markup


def _text(pdf: bytes) -> str:
    return " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)


def _fonts(pdf: bytes) -> set[str]:
    names = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


def test_scripts_print_in_their_own_glyphs() -> None:
    """Latin, Greek, Cyrillic, Hebrew, Arabic and Chinese names and notes print as
    letters, not boxes; Chinese comes from the CJK fallback face, embedded as a subset."""
    data = programme(2)
    data.client_name = "李娜 Ελένη Ольга"
    data.personal_note = "שלום – مرحبا بك"
    data.exercises[0].client_note = "تمرين جيد"
    pdf = render_handout(data)
    text = _text(pdf)
    assert "李娜" in text and "Ελένη" in text and "Ольга" in text
    assert "שלום" in text or "םולש" in text  # extraction may keep visual order
    assert re.search("[\u0600-\u06ff\ufe70-\ufeff]", text)
    assert FALLBACK not in text
    fonts = _fonts(pdf)
    assert any("DroidSansFallback" in f for f in fonts), fonts
    assert all(re.match(r"/[A-Z]{6}\+", f) for f in fonts), fonts


def test_italic_falls_back_per_glyph() -> None:
    """The oblique face has no Arabic: those letters (only) switch to the upright face."""
    text = markup("Styrker مرحبا", ITALIC)
    assert text.startswith("Styrker ") and '<font name="PGPFallback-Upright">' in text
    assert FALLBACK not in text
    assert "<font" not in markup("Styrker ballen", ITALIC)
    data = programme(1)
    data.exercises[0].purpose = "يقوي عضلات الحوض"  # the purpose prints in italics
    assert FALLBACK not in _text(render_handout(data))


def test_emoji_print_as_a_box_and_are_named_before_issuing() -> None:
    """A symbol the fonts have prints (☺ from the symbol face); an emoji beyond them is a
    visible box, and the check names the text it sits in."""
    assert FALLBACK not in markup("Godt klaret ☺ ♥", REGULAR)
    data = programme(3)
    data.exercises[1].client_note = "Godt klaret 😀"
    text = _text(render_handout(data, HandoutOptions(compact=True)))
    assert "Godt klaret " + FALLBACK in text
    assert unprintable_texts(data) == [Unprintable("exercise", 2, "😀")]
    assert unprintable_texts(programme(3)) == []


def test_page_footers_draw_fallback_faces_too() -> None:
    """The footer (clinic name and phone, drawn on the canvas) prints a Chinese clinic
    name in the CJK face instead of boxes."""
    data = programme(1)
    data.clinic.name = "北京理疗诊所"
    pdf = render_handout(data)
    last = PdfReader(io.BytesIO(pdf)).pages[-1].extract_text() or ""
    footer = last.rsplit("Side 2 af 2", 1)[-1]  # drawn last on the page
    assert "北京理疗诊所" in footer and "35 35 12 12" in footer, last[-200:]
    assert FALLBACK not in _text(pdf)
