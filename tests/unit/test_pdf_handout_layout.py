"""Handout layout details a physiotherapist would notice: space, repeated titles, wrapping."""

from __future__ import annotations

import datetime as dt
import io
import re

from pypdf import PdfReader
from reportlab.graphics.shapes import Drawing, Rect

from pgp_desk.content.figures import illustration_svg
from pgp_desk.pdf import (
    AdviceSection,
    ClinicHeader,
    HandoutData,
    HandoutExercise,
    HandoutOptions,
    HandoutTranslation,
    render_handout,
)
from pgp_desk.pdf.images import fit_drawing, svg_drawing

STEP = ("Lig på siden med bøjede hofter og knæ, og læg en lille pude under hovedet, "
        "så nakken hviler.")


def _exercise(n: int, steps: int = 4) -> HandoutExercise:
    return HandoutExercise(
        code="GLOB-CLAM", name=f"Øvelse nummer {n}", purpose="Styrker ballemusklerne.",
        steps=[STEP] * steps, cues=["Mærk arbejdet i siden af ballen."],
        avoid=["Gør bevægelsen mindre, hvis det gør ondt."],
        dosage_text="3 × 10 gentagelser på hver side, 1 gang dagligt",
        illustration_svg=illustration_svg("GLOB-CLAM"))


def _data(**kw: object) -> HandoutData:
    base: dict[str, object] = {
        "clinic": ClinicHeader("Fysio Nørrebro", "Nørrebrogade 112\n2200 København N",
                               "35 35 12 12", "kontakt@fysionorrebro-eksempel.dk"),
        "client_name": "Mette Sørensen", "date": dt.date(2026, 11, 22),
        "therapist_name": "Anne Holm",
    }
    base.update(kw)
    return HandoutData(**base)  # type: ignore[arg-type]


def _pages(pdf: bytes) -> list[str]:
    return [re.sub(r"\s+", " ", p.extract_text() or "") for p in PdfReader(io.BytesIO(pdf)).pages]


def test_two_ordinary_exercises_share_a_page() -> None:
    """Cards of usual length sit two to a page instead of one per page."""
    pdf = render_handout(_data(exercises=[_exercise(n) for n in range(1, 6)]))
    pages = _pages(pdf)
    with_cards = [sum(f"Øvelse nummer {n}" in p for n in range(1, 6)) for p in pages]
    assert max(with_cards) >= 2, with_cards
    assert len(pages) <= 4


def test_advice_title_equal_to_heading_is_printed_once() -> None:
    """'Gode råd i hverdagen' as a module title does not repeat the section heading."""
    advice = [AdviceSection("Gode råd i hverdagen", "Små ændringer hjælper.", ["Sid ned."]),
              AdviceSection("Bækkenbælte", "", ["Sæt bæltet højt."])]
    text = " ".join(_pages(render_handout(_data(advice=advice))))
    assert text.count("Gode råd i hverdagen") == 1
    assert "Bækkenbælte" in text


def test_advice_titles_once_side_by_side() -> None:
    """Side by side, each language's everyday-advice title is dropped against the heading."""
    advice = [AdviceSection("Gode råd i hverdagen", "", ["Sid ned."])]
    other = HandoutTranslation("en", advice=[AdviceSection("Everyday advice", "", ["Sit."])])
    pdf = render_handout(_data(advice=advice, second_language=other),
                         HandoutOptions(side_by_side=True))
    text = " ".join(_pages(pdf))
    assert text.count("Gode råd i hverdagen") == 1 and text.count("Everyday advice") == 1


def test_diary_dates_do_not_wrap() -> None:
    """Week spans such as '22.11.–28.11.' stay on one line in the diary."""
    text = " ".join(_pages(render_handout(_data())))
    for span in ("22.11.–28.11.", "29.11.–5.12.", "13.12.–19.12."):
        assert span in text, span


def test_clinic_contact_lines_do_not_wrap() -> None:
    """The clinic's e-mail and address lines print whole in large print too."""
    for options in (HandoutOptions(), HandoutOptions(large_print=True)):
        first = _pages(render_handout(_data(), options))[0]
        assert "kontakt@fysionorrebro-eksempel.dk" in first
        assert "Nørrebrogade 112" in first


def test_illustration_is_cropped_to_what_is_drawn() -> None:
    """A lying figure fills its box's width instead of floating in an empty 4:3 canvas."""
    drawing = svg_drawing(illustration_svg("GLOB-CLAM"), 200, 150)
    assert drawing is not None
    assert abs(drawing.width - 200) < 0.5
    assert drawing.height < 100  # the canvas would be 150 high


def test_background_only_svg_keeps_its_size() -> None:
    """An SVG that is nothing but a white page is not cropped to nothing."""
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300" width="400" '
           'height="300"><rect x="0" y="0" width="400" height="300" fill="#ffffff"/></svg>')
    drawing = svg_drawing(svg, 200, 150)
    assert drawing is not None and drawing.width > 0 and drawing.height > 0


def test_vector_drawing_scales_into_its_box() -> None:
    """A vector pain map is scaled to fit, keeping its proportions."""
    original = Drawing(300, 200)
    original.add(Rect(0, 0, 300, 200))
    fitted = fit_drawing(original, 150, 150)
    assert fitted is not None and (fitted.width, fitted.height) == (150, 100)
    assert fit_drawing(None, 10, 10) is None and fit_drawing(Drawing(0, 0), 10, 10) is None


LONG_NOTE = " ".join(["Husk at holde pauser i løbet af dagen, og skift stilling ofte."] * 6)


def test_large_print_fills_page_one_with_the_programme_at_a_glance() -> None:
    """When the first card cannot share page 1, page 1 lists every exercise and its dosage
    instead of staying mostly empty; the cards themselves still start on page 2."""
    exercises = [_exercise(n, steps=5) for n in range(1, 5)]
    pages = _pages(render_handout(_data(exercises=exercises, personal_note=LONG_NOTE),
                                  HandoutOptions(large_print=True)))
    assert "Overblik over dit program" in pages[0]
    for n in range(1, 5):
        assert f"Øvelse nummer {n}" in pages[0]
    assert pages[0].count("3 × 10 gentagelser på hver side, 1 gang dagligt") == 4
    assert STEP not in pages[0]
    assert "Øvelse nummer 1" in pages[1] and STEP in pages[1]


def test_no_overview_when_the_first_card_fits_on_page_one() -> None:
    """A short programme in normal print starts its cards on page 1: no repeated list."""
    pages = _pages(render_handout(_data(exercises=[_exercise(1), _exercise(2)])))
    assert "Overblik over dit program" not in " ".join(pages)
    assert "Øvelse nummer 1" in pages[0] and STEP in pages[0]


def test_overview_in_norwegian_and_side_by_side() -> None:
    """The list is in the handout's language, with the translated name under each name."""
    exercises = [_exercise(n, steps=5) for n in range(1, 4)]
    nb = _pages(render_handout(
        _data(exercises=exercises, personal_note=LONG_NOTE, language="nb"),
        HandoutOptions(large_print=True)))
    assert "Oversikt over programmet ditt" in nb[0]
    english = [HandoutExercise(code="", name=f"Exercise number {n}",
                               steps=["Lie on your side."] * 5) for n in range(1, 4)]
    both = _pages(render_handout(
        _data(exercises=exercises, personal_note=LONG_NOTE,
              second_language=HandoutTranslation(language="en", exercises=english)),
        HandoutOptions(large_print=True, side_by_side=True)))
    assert "Overblik over dit program / Your programme at a glance" in both[0]
    assert "Exercise number 3" in both[0]


def test_compact_never_adds_the_overview() -> None:
    """Compact exists for the fewest pages: it never spends space on the list."""
    exercises = [_exercise(n, steps=5) for n in range(1, 5)]
    pages = _pages(render_handout(_data(exercises=exercises, personal_note=LONG_NOTE * 3),
                                  HandoutOptions(compact=True)))
    assert "Overblik over dit program" not in " ".join(pages)


def test_diary_day_names_do_not_wrap_in_large_print_side_by_side() -> None:
    """Two languages in large type: the pain column gives way, not the day names."""
    english = [HandoutExercise(code="", name="Exercise number 1", steps=["Lie on your side."])]
    pages = _pages(render_handout(
        _data(exercises=[_exercise(1)],
              second_language=HandoutTranslation(language="en", exercises=english)),
        HandoutOptions(large_print=True, side_by_side=True)))
    diary = pages[-1]
    for day in ("Man", "Tir", "Ons", "Tor", "Fre", "Lør", "Søn",
                "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"):  # in any order
        assert re.search(rf"(^|\s){day}(\s|$)", diary), (day, diary)


def test_a_card_taller_than_a_page_flows_on_without_empty_pages() -> None:
    """Two languages in large print can make a card taller than a page: it then continues
    on the next page, and no page is left with nothing but its footer."""
    exercises = [_exercise(n, steps=5) for n in range(1, 4)]
    english = [HandoutExercise(code="", name=f"Exercise number {n}",
                               steps=["Lie on your side."] * 5) for n in range(1, 4)]
    pages = _pages(render_handout(
        _data(exercises=exercises, second_language=HandoutTranslation(
            language="en", exercises=english)),
        HandoutOptions(large_print=True, side_by_side=True)))
    for n, text in enumerate(pages, 1):
        body = text.replace(f"Side {n} af {len(pages)}", "").replace(
            "Fysio Nørrebro · Tlf. 35 35 12 12", "")
        assert len(body.strip()) > 20, (n, text)
    assert "Exercise number 3" in " ".join(pages)
