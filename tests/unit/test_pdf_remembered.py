"""A paragraph's text is parsed once per style and a PDF stream compressed once per content;
what is remembered gives the same bytes as what is made afresh."""

from __future__ import annotations

from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import paraparser
from test_pdf_handout import danish_data

from pgp_desk.pdf import compression, paragraph, render_handout
from pgp_desk.pdf.model import HandoutOptions
from pgp_desk.pdf.paragraph import Paragraph

TEXT = "Lig på <b>ryggen</b> med bøjede knæ, og træk navlen ind mod rygsøjlen."


def test_a_text_is_parsed_once_per_style(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    parsed: list[str] = []
    real = paraparser.ParaParser.parse

    def counted(self, text, style):  # type: ignore[no-untyped-def]
        parsed.append(text)
        return real(self, text, style)

    monkeypatch.setattr(paraparser.ParaParser, "parse", counted)
    paragraph.forget()
    sheet = getSampleStyleSheet()
    body, heading = sheet["BodyText"], sheet["Heading2"]
    first, again = Paragraph(TEXT, body), Paragraph(TEXT, body)
    assert len(parsed) == 1
    assert again.frags is first.frags and again.style is first.style
    assert first.wrap(200, 800) == again.wrap(200, 800)
    Paragraph(TEXT, heading)  # another style: parsed for it
    Paragraph(TEXT + " Hold 5 sekunder.", body)  # another text
    assert len(parsed) == 3
    Paragraph(TEXT, heading)
    assert len(parsed) == 3


def test_a_remembered_paragraph_draws_as_a_fresh_one() -> None:
    paragraph.forget()
    data = danish_data()
    fresh = render_handout(data, HandoutOptions())
    assert render_handout(data, HandoutOptions()) == fresh
    paragraph.forget()
    assert render_handout(data, HandoutOptions()) == fresh


def test_a_stream_is_compressed_once_per_content() -> None:
    flate = compression.remember_compression()
    compression.forget()
    data = danish_data()
    before = flate.compressed
    first = render_handout(data, HandoutOptions())
    made = flate.compressed - before
    assert made > 0  # pages and font subsets
    assert render_handout(data, HandoutOptions()) == first
    assert flate.compressed - before == made  # nothing compressed the second time
    compression.forget()
    assert render_handout(data, HandoutOptions()) == first
    assert flate.compressed - before == 2 * made


def test_the_memory_of_compressed_streams_is_bounded(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    flate = compression.remember_compression()
    compression.forget()
    monkeypatch.setattr(compression, "MAX_BYTES", 64)
    outputs = [flate.encode(bytes([n]) * 4000) for n in range(10)]
    assert flate._size <= 64 and len(flate._kept) < 10
    assert flate.encode(bytes([9]) * 4000) == outputs[9]  # the latest is still there
