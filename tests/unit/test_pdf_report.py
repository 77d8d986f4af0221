"""The assessment report PDF for the GP or midwife: sections, languages, fonts, hostile text."""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from pypdf import PdfReader
from reportlab.graphics.shapes import Drawing

from pgp_desk.domain.painmap import PainMap, RegionMark
from pgp_desk.pdf import (
    AssessmentReportData,
    ClassificationInfo,
    ClinicHeader,
    PelvicTestRow,
    ScoreRow,
    Signer,
    render_assessment_report,
)
from pgp_desk.pdf.painmap_drawing import painmap_drawing
from pgp_desk.pdf.report_summary import summary_lines, summary_text


def _pain_map() -> Drawing:
    return painmap_drawing(PainMap((RegionMark("buttock_l", 7), RegionMark("symphysis", 3))))


def report_data(**kw: object) -> AssessmentReportData:
    base: dict[str, object] = {
        "clinic": ClinicHeader(
            name="Fysio Nørrebro",
            address="Nørrebrogade 112\n2200 København N",
            phone="35 35 12 12",
            email="kontakt@fysionorrebro.dk",
        ),
        "client_name": "Sofie Kragh Andersen",
        "birth_date": dt.date(1992, 6, 4),
        "stage": "uge 24+3",
        "assessment_date": dt.date(2025, 3, 17),
        "therapist_name": "Mette Holm",
        "language": "da",
        "recipient": "Egen læge, Lægehuset Blågården",
        "history_summary": "Første graviditet. Smerter bagtil i bækkenet siden uge 18, værst "
        "ved gang over 20 minutter og ved vending i sengen.",
        "history_facts": [("Tidligere bækkensmerter", "Nej"), ("Søvn", "Vågner 2-3 gange")],
        "red_flags": [],
        "pain_map_drawing": _pain_map(),
        "pelvic_tests": [
            PelvicTestRow("P4 (bageste bækkenprovokation)", "positive", "negative"),
            PelvicTestRow("FABER (Patrick)", "negative", "negative"),
            PelvicTestRow("Gaenslen", "positive", "not_tested", note="Let smerte"),
            PelvicTestRow("Symfysepalpation", "negative", midline=True),
            PelvicTestRow("ASLR (0-5 pr. side)", "2", "1", note="Lettere med bækkenbælte"),
        ],
        "test_summary": "2 positive provokationstest. ASLR-sum 3 af 10.",
        "scores": [
            ScoreRow("PGQ total", 48.0, 62.0, "0-100", important_change=25),
            ScoreRow("NRS smerte, værst", 5.0, 8.0, "0-10", important_change=2),
            ScoreRow("PSFS", 6.3, 4.0, "0-10", lower_is_better=False, important_change=2),
        ],
        "classification": ClassificationInfo(
            suggested="Ensidigt SI-syndrom",
            chosen="Ensidigt SI-syndrom",
            reasons=["Smerte ved venstre SI-led", "P4 og Gaenslen positive på venstre side"],
        ),
        "plan": ["Individuelt træningsprogram, opfølgning om 2 uger",
                 "Bækkenbælte til længere gåture"],
        "notes": "Klienten er tryg ved planen.",
    }
    base.update(kw)
    return AssessmentReportData(**base)  # type: ignore[arg-type]


def text_of(pdf: bytes) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    return " ".join(text.split())


def test_danish_report_sections_in_order():
    """Page 1 opens with the summary for the GP or midwife, then the details: red flags,
    scores, classification, plan, pain drawing, tests, history, notes, signature."""
    texts = text_of(render_assessment_report(report_data()))
    whole = flat(" ".join(texts))
    order = [
        "Fysio Nørrebro",
        "Fysioterapeutisk undersøgelse",
        "Egen læge",
        "Sofie Kragh Andersen",
        "4. juni 1992",
        "uge 24+3",
        "17. marts 2025",
        "SAMMENFATNING",
        "Ingen røde flag",
        "Målinger",
        "Klassifikation",
        "Plan",
        "Smertetegning",
        "Bækkentests",
        "Sygehistorie",
        "Noter",
        "Underskrift",
    ]
    positions = [whole.find(x) for x in order]
    assert -1 not in positions, dict(zip(order, positions, strict=True))
    assert positions == sorted(positions)


def test_summary_gives_subgroup_scores_flags_and_request_in_three_lines():
    """Three numbered lines: subgroup and what it rests on; PGQ and pain with change; red
    flags and what is asked of the recipient."""
    data = report_data(red_flags=["Ensidig hævelse af læggen"],
                       request="at du ser hende i dag",
                       scores=[ScoreRow("PGQ total", 48.0, 62.0, "0-100", important_change=25,
                                        key="pgq_total"),
                               ScoreRow("NRS værst", 5.0, 8.0, "0-10", important_change=2,
                                        key="nrs_worst_week")])
    first = flat(text_of(render_assessment_report(data))[0])
    assert ("1. Undergruppe: Ensidigt SI-syndrom – ud fra Smerte ved venstre SI-led; "
            "P4 og Gaenslen positive på venstre side") in first
    assert ("2. PGQ total 48, før 62: −14 (ingen betydende ændring) · NRS værst 5, før 8: "
            "−3 ↓ bedre") in first
    assert ("3. Røde flag: Ensidig hævelse af læggen – Vi beder om: at du ser hende i dag"
            in first)
    text = summary_text(data)
    assert text.splitlines()[0] == ("Fysioterapeutisk undersøgelse 17. marts 2025 – "
                                    "Sofie Kragh Andersen")
    assert text.splitlines()[1:] == summary_lines(data)


def test_report_keeps_to_two_pages_with_the_signature_under_the_last_content():
    """A full report (history, pain drawing, all tests, scores, long plan) is at most two
    pages; the signature follows the notes on the same page."""
    data = report_data(plan=[f"Punkt {n} i planen for de næste uger" for n in range(8)],
                       notes="Klienten er tryg ved planen. " * 6)
    texts = [flat(t) for t in text_of(render_assessment_report(data))]
    assert len(texts) <= 2
    assert "Underskrift: Mette Holm" in texts[-1] and "Noter" in texts[-1]


def test_a_draft_says_so_on_every_page_and_is_not_signed():
    """An unsigned report carries 'UDKAST – ikke underskrevet' at the top of each page and
    has no signature line."""
    data = report_data(signed=False, plan=[f"Punkt {n}" for n in range(30)])
    texts = [flat(t) for t in text_of(render_assessment_report(data))]
    assert len(texts) == 2
    assert all("UDKAST – ikke underskrevet" in t for t in texts)
    assert "Underskrift" not in " ".join(texts)


def test_signature_prints_the_authorisation_id_when_known():
    """The signature block takes the signer's name and authorisation ID as data."""
    data = report_data(signer=Signer("Mette Holm", authorisation_id="0123X"))
    last = flat(text_of(render_assessment_report(data))[-1])
    assert "Underskrift: Mette Holm Autorisations-ID: 0123X" in last


def test_tests_table_translates_results():
    """Test results are printed as words per side, midline tests once, free values as given."""
    whole = flat(" ".join(text_of(render_assessment_report(report_data()))))
    assert "P4 (bageste bækkenprovokation) Positiv Negativ" in whole
    assert "Gaenslen Positiv Ikke testet Let smerte" in whole
    assert "Symfysepalpation Negativ (Midtlinje)" in whole
    assert "ASLR (0-5 pr. side) 2 1" in whole


def test_score_change_uses_callers_threshold():
    """A change past the given threshold is called better/worse; smaller ones are not."""
    whole = flat(" ".join(text_of(render_assessment_report(report_data()))))
    assert "PGQ total (0-100) 62 48 −14 (ingen betydende ændring)" in whole
    assert "NRS smerte, værst (0-10) 8 5 −3 ↓ bedre" in whole
    assert "PSFS (0-10) 4 6,3 +2,3 ↑ bedre" in whole  # Danish decimal comma


def test_red_flags_listed_when_present():
    """Red flags found are listed under a warning line instead of the all-clear sentence."""
    whole = flat(" ".join(text_of(render_assessment_report(
        report_data(red_flags=["Ensidig hævelse af læggen"])))))
    assert "Fund, som bør vurderes af læge eller jordemoder" in whole
    assert "Ensidig hævelse af læggen" in whole
    assert "Ingen røde flag" not in whole
    assert "Røde flag: Ensidig hævelse af læggen" in whole


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("nb", ["Fysioterapeutisk undersøkelse", "Bekkentester", "Høyre", "Side 1 av"]),
        ("en", ["Physiotherapy assessment", "Pelvic tests", "Right", "Page 1 of"]),
    ],
)
def test_report_labels_follow_language(language, words):
    """Norwegian and English reports use their own headings and page numbering."""
    whole = flat(" ".join(text_of(render_assessment_report(report_data(language=language)))))
    for word in words:
        assert word in whole


def test_footer_page_numbers_and_confidential():
    """Every page has 'Side n af N', the clinic phone and the confidentiality line."""
    long_notes = "\n".join(f"Linje {i}: opfølgning og observationer." for i in range(80))
    texts = text_of(render_assessment_report(report_data(notes=long_notes)))
    assert len(texts) >= 2
    for n, text in enumerate(texts, 1):
        assert f"Side {n} af {len(texts)}" in text
        assert "35 35 12 12" in text
        assert "Fortroligt" in text


def test_fonts_embedded_and_letter_paper():
    """All fonts are embedded subset TrueType, and Letter paper gives a Letter page."""
    pdf = render_assessment_report(report_data(paper="Letter"))
    reader = PdfReader(io.BytesIO(pdf))
    assert [round(float(v)) for v in reader.pages[0].mediabox[2:]] == [612, 792]
    names = []
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            desc = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in desc
            names.append(str(font["/BaseFont"]))
    assert names and all(re.match(r"/[A-Z]{6}\+DejaVuSans", n) for n in names)


def test_report_renders_with_ink(tmp_path: Path):
    """The report rasterises with poppler and its first page is not blank."""
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(render_assessment_report(report_data()))
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(pdf),
                    str(tmp_path / "p")], check=True)
    img = Image.open(next(tmp_path.glob("p-*.png"))).convert("L")
    dark = sum(img.histogram()[:128])
    assert dark > img.width * img.height * 0.01


def test_minimal_report():
    """A report with only the required fields still renders (no tests, scores or plan)."""
    data = AssessmentReportData(
        clinic=ClinicHeader(name=""), client_name="", birth_date=None, stage="",
        assessment_date="", therapist_name="",
    )
    assert len(PdfReader(io.BytesIO(render_assessment_report(data))).pages) == 1


_hostile = st.text(max_size=60) | st.sampled_from(
    ["", "<b", "A & B", "x" * 300, "مرحبا", "😀🦄", "<info@x.dk>"]
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=_hostile, note=_hostile, value=_hostile,
       number=st.floats(allow_nan=True, allow_infinity=True) | st.none())
def test_any_text_gives_valid_report(name, note, value, number):
    """Arbitrary Unicode and numbers in every field give a PDF that pypdf opens."""
    data = report_data(
        client_name=name,
        stage=value,
        recipient=note,
        history_summary=note,
        history_facts=[(name, value)],
        red_flags=[note, ""],
        pelvic_tests=[PelvicTestRow(name, value, note, note=value, midline=bool(note))],
        scores=[ScoreRow(name, number, number, value, important_change=number)],
        classification=ClassificationInfo(value, name, [note]),
        plan=[value],
        notes=note,
        clinic=ClinicHeader(name=name, phone=value, address=note),
    )
    reader = PdfReader(io.BytesIO(render_assessment_report(data)))
    assert len(reader.pages) >= 1
    whole = flat(" ".join(p.extract_text() for p in reader.pages))
    assert "Bækkentests" in whole or not name.strip()


def test_footer_keeps_a_longer_clinic_name_and_phone_whole():
    """A clinic name of usual length with a +45 number fits beside the confidentiality
    line: the phone number is never cut off."""
    clinic = ClinicHeader(name="Bækkenklinikken Østerbro (demo)", phone="+45 33 12 34 56")
    for text in text_of(render_assessment_report(report_data(clinic=clinic))):
        assert "+45 33 12 34 56" in text and "…" not in text.split("Fortroligt")[0][-40:]
