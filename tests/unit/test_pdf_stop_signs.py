"""The stop signs stand out and say whom to call; the handout says what it is."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from handout_programmes import programme
from pgp_desk.pdf import AdviceSection, HandoutOptions, render_handout
from pgp_desk.pdf.blocks import emergency_contacts, stop_signs_box
from pgp_desk.pdf.model import ClinicHeader
from pgp_desk.pdf.styles import INK, build_styles, scale_for
from pgp_desk.services.handouts.handout_data import advice_codes, advice_sections


def _text(pdf: bytes) -> str:
    return " ".join(" ".join((p.extract_text() or "").split())
                    for p in PdfReader(io.BytesIO(pdf)).pages)


def test_stop_signs_say_whom_to_call_with_the_clinics_numbers() -> None:
    """Maternity ward, out-of-hours doctor and emergency number, in the client's words."""
    text = _text(render_handout(programme(2)))
    assert re.search(r"RING Fødeafdelingen 35 45 35 45 · Lægevagten 1813 · Akut 112", text)


def test_norwegian_numbers_and_words() -> None:
    """A Norwegian clinic's handout names legevakt 116 117 and 113."""
    clinic = ClinicHeader("Bekkenklinikken", maternity_phone="", out_of_hours_phone="116 117",
                          emergency_phone="113")
    assert emergency_contacts(clinic, "nb") == [("Legevakten", "116 117"),
                                               ("Nødnummer", "113")]


def test_without_numbers_the_box_has_no_call_line() -> None:
    """A clinic that has set no numbers gets the signs without an empty 'call' line."""
    data = programme(1)
    data.clinic = ClinicHeader("Fysio")
    text = _text(render_handout(data))
    assert "I graviditeten" in text and not re.search(r"\bRING\b", text)


def test_stop_signs_are_marked_and_styled_unlike_other_advice() -> None:
    """Only the stop-signs modules are warnings; their box has a heavy frame and a black
    title band, which nothing else on a handout has."""
    sections = advice_sections(advice_codes(["everyday"]), "da")
    assert [s.warning for s in sections] == [False, False, True]
    assert advice_sections(advice_codes([], after_birth=True), "da")[-1].warning
    styles = build_styles(scale_for())
    box = stop_signs_box(AdviceSection("Stop", points=["Blødning"] * 4, warning=True), styles,
                         400, [("Akut", "112")], "da")
    commands = box._bkgrndcmds + box._linecmds  # type: ignore[attr-defined]
    assert any(c[0] == "BACKGROUND" and c[1] == (0, 0) and c[3] == INK for c in commands)
    assert any(c[0] == "BOX" and c[3] >= 2 for c in commands)


def test_handout_metadata_names_the_kind_of_document_and_both_languages() -> None:
    """Subject: what kind of document (never a diagnosis); a two-language handout lists
    both languages in its metadata, the first in the catalogue's /Lang."""
    reader = PdfReader(io.BytesIO(render_handout(programme(2, "en"),
                                                 HandoutOptions(side_by_side=True))))
    assert reader.metadata.subject == "Træningsprogram til hjemmebrug / Home exercise programme"
    assert reader.trailer["/Root"]["/Lang"] == "da-DK"
    assert reader.xmp_metadata.dc_language == ["da-DK", "en-GB"]
    single = PdfReader(io.BytesIO(render_handout(programme(1))))
    assert single.metadata.subject == "Træningsprogram til hjemmebrug"
    assert single.xmp_metadata.dc_language == ["da-DK"]
