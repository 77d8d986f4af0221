"""Page economy: real programmes from the library, in every layout, on few and full pages.

Programmes of 1, 3, 4, 7, 8 and 12 exercises (the library's texts and drawings, the real
dosages in words, the pain rule and the stop signs every handout closes with, and the
diary) are printed in Danish and in Danish with English beside it, in normal print,
compact and large print. The layout reports any card, dosage box, advice box or heading it
had to split or leave alone at a page foot: there must be none.
"""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Circle, Drawing
from reportlab.platypus import Table

from handout_programmes import PROGRAMME, programme
from pgp_desk.content.exercises import builtin_library
from pgp_desk.pdf import HandoutOptions, render_handout
from pgp_desk.pdf.cards import compact_card, exercise_card
from pgp_desk.pdf.handout_context import HandoutContext
from pgp_desk.pdf.images import picture
from pgp_desk.pdf.layout_report import LayoutReport
from pgp_desk.pdf.page import frame_size
from pgp_desk.pdf.styles import LARGE, LARGE_PRINT_MINIMUM, NORMAL, build_styles, scale_for

SIZES = (1, 3, 4, 7, 8, 12)
LAYOUTS = {"normal": HandoutOptions(), "compact": HandoutOptions(compact=True),
           "large": HandoutOptions(large_print=True)}

# Most pages each programme may take (A4). Danish: 8 exercises in at most 4 pages, 3 in
# compact. Large print gives each exercise about a page; two languages in large print
# about one and a half (one drawing, each step beside its translation, a card beginning
# at a page foot and continuing with its names repeated).
BUDGET = {
    ("normal", False): {1: 2, 3: 3, 4: 3, 7: 4, 8: 4, 12: 6},
    ("compact", False): {1: 2, 3: 2, 4: 2, 7: 3, 8: 3, 12: 4},
    ("large", False): {n: n + 5 for n in SIZES},
    ("normal", True): {1: 3, 3: 4, 4: 4, 7: 6, 8: 6, 12: 8},
    ("compact", True): {1: 2, 3: 3, 4: 4, 7: 5, 8: 6, 12: 8},
    ("large", True): {1: 7, 3: 10, 4: 12, 7: 17, 8: 20, 12: 25},
}


def _options(layout: str, two: bool) -> HandoutOptions:
    base = LAYOUTS[layout]
    return HandoutOptions(large_print=base.large_print, compact=base.compact,
                          side_by_side=two)


@pytest.mark.parametrize("two", [False, True], ids=["da", "da+en"])
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_programmes_fit_their_page_budget_without_breaking_a_block(layout: str,
                                                                   two: bool) -> None:
    """Page counts within budget; nothing split or left alone; no page half empty but
    the last (large print: none under 30 % full: its cards and boxes are up to a page
    each, so the page before one may keep some room)."""
    least = 0.3 if layout == "large" else 0.5
    for n in SIZES:
        report = LayoutReport()
        pdf = render_handout(programme(n, "en" if two else None), _options(layout, two),
                             report)
        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        assert report.problems == [], (layout, two, n, report.problems)
        assert pages == report.pages
        assert pages <= BUDGET[(layout, two)][n], (layout, two, n, pages)
        thin = [(i, f) for i, f in enumerate(report.page_fill[:-1], 1) if f < least]
        assert not thin, (layout, two, n, report.page_fill)
        if two and layout == "large":
            # cards and the pain rule continue between rows, never break
            continued = set(report.continued)
            assert len(continued) <= n + 1, continued
            assert all(c.startswith(("exercise ", "advice (Smerteregl")) for c in continued)
        else:
            assert report.continued == []


def test_normal_print_puts_three_exercises_on_a_page() -> None:
    """Page 2 of an eight-exercise programme holds three whole cards."""
    reader = PdfReader(io.BytesIO(render_handout(programme(8))))
    names = [builtin_library()[c].texts["da"].name for c in PROGRAMME[:8]]
    text = " ".join((reader.pages[1].extract_text() or "").split())
    assert sum(name in text for name in names) >= 3, text[:300]


def test_a_split_card_is_reported() -> None:
    """The report is not a formality: a card taller than a page is named in it."""
    data = programme(2)
    data.exercises[1].client_note = " ".join(["Hold pauser, og lyt til kroppen."] * 160)
    report = LayoutReport()
    render_handout(data, HandoutOptions(), report)
    assert any("exercise 2" in p for p in report.problems), report.problems


@pytest.mark.parametrize("second", [None, "en"], ids=["da", "da+en"])
def test_large_print_text_is_at_least_16_points(second: str | None) -> None:
    """Every word on a large-print handout (the page footer aside) is 16 pt or more, also
    in two languages, where the lines sit closer and the margins are narrower."""
    sizes: list[float] = []
    pdf = render_handout(programme(3, second),
                         HandoutOptions(large_print=True, side_by_side=second is not None))
    for page in PdfReader(io.BytesIO(pdf)).pages:
        def visit(text: str, cm: list[float], tm: list[float], font: object,
                  size: float) -> None:
            y = cm[5] + tm[5] * cm[3]
            if text.strip() and y > 60:  # the footer sits in the bottom margin
                sizes.append(size * abs(tm[3] * cm[3]) or size)
        page.extract_text(visitor_text=visit)
    assert sizes and min(sizes) >= LARGE_PRINT_MINIMUM - 0.01, sorted(set(sizes))[:5]
    assert LARGE.h2 >= 20 and LARGE.h1 >= 20 and LARGE.h3 >= 20


def _drawings(item: object) -> list[Drawing]:
    """The exercise drawings inside a card (its number badge is a drawing too: left out)."""
    if isinstance(item, Drawing):
        return [] if any(isinstance(c, Circle) for c in item.contents) else [item]
    if isinstance(item, list | tuple):
        return [d for part in item for d in _drawings(part)]
    if isinstance(item, Table):
        return [d for row in item._cellvalues for d in _drawings(row)]
    return []


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_every_card_draws_its_picture_at_the_layouts_one_size(layout: str) -> None:
    """No card shrinks its drawing to fit: each is fitted into the layout's picture box,
    large print's box being larger than normal print's in both directions."""
    assert LARGE.illustration_w >= NORMAL.illustration_w
    assert LARGE.illustration_h >= NORMAL.illustration_h
    options = LAYOUTS[layout]
    styles = build_styles(scale_for(options.large_print, options.compact))
    scale = styles.scale
    width, frame_h = frame_size("A4", scale.margin)
    data = programme(12)
    ctx = HandoutContext(data, options, styles, width, frame_h, "da", None)
    make = compact_card if options.compact else exercise_card
    for n, ex in enumerate(data.exercises, 1):
        card = make(ctx, ex, n, width)
        card.wrap(width, frame_h)
        found = _drawings(card)
        expected = picture(ex.illustration_svg, None, scale.illustration_w,
                           scale.illustration_h)
        assert len(found) == 1 and expected is not None, ex.code
        assert (round(found[0].width, 2), round(found[0].height, 2)) == (
            round(expected.width, 2), round(expected.height, 2)), ex.code


def test_room_for_more_stop_signs() -> None:
    """Two more (long) stop signs still leave eight exercises on 4 pages, 3 in compact."""
    for options, budget in ((HandoutOptions(), 4), (HandoutOptions(compact=True), 3)):
        data = programme(8)
        for section in data.advice:
            if section.warning:
                section.points += ["Kraftige smerter i maven, der ikke går over – ring straks"] * 2
        report = LayoutReport()
        render_handout(data, options, report)
        assert report.pages <= budget and report.problems == [], report.page_fill


def _paired(n: int = 8) -> tuple[list[Table], HandoutContext]:
    """The two-language large-print cards of the first n exercises, wrapped."""
    from pgp_desk.pdf.cards import paired_card

    options = HandoutOptions(large_print=True, side_by_side=True)
    styles = build_styles(scale_for(True, False, True))
    width, frame_h = frame_size("A4", styles.scale.margin)
    data = programme(n, "en")
    assert data.second_language is not None
    ctx = HandoutContext(data, options, styles, width, frame_h, "da", "en")
    cards = [paired_card(ctx, ex, other, i, width) for i, (ex, other) in
             enumerate(zip(data.exercises, data.second_language.exercises, strict=True), 1)]
    for card in cards:
        card.wrap(width, frame_h)
    return cards, ctx


def _flowables(cell: object) -> list[object]:
    return list(cell) if isinstance(cell, list | tuple) else [cell]


def test_two_language_card_labels_never_end_a_page() -> None:
    """A card continues between rows; a label ('SÅDAN GØR DU') shares its row with the
    first step or point under it, so no page can end with a label alone."""
    from reportlab.platypus import Paragraph

    cards, ctx = _paired()
    caps = ctx.styles.caps.name
    for card in cards:
        for row in card._cellvalues:
            for cell in (row[0], row[2]):
                parts = [p for p in _flowables(cell) if p != ""]
                if any(isinstance(p, Paragraph) and p.style.name == caps for p in parts):
                    assert len(parts) >= 2, [p.text for p in parts]  # type: ignore[union-attr]


def test_two_language_card_shares_one_drawing_and_gives_each_language_its_dosage() -> None:
    """One drawing for both languages; each language's dosage in its own column, side by
    side, whenever that is no taller than both beside the drawing; nothing in a cell is
    wider than the cell leaves inside the card's paddings."""
    cards, ctx = _paired()
    data = programme(8, "en")
    assert data.second_language is not None
    gap = ctx.styles.scale.gap
    for card, ex, other in zip(cards, data.exercises, data.second_language.exercises,
                               strict=True):
        assert len(_drawings(card)) == 1, ex.code
        col = card._colWidths[0]
        room = (col - gap - card._colWidths[1] / 2, card._colWidths[2] - gap)
        for row in card._cellvalues:
            for cell, fits in ((row[0], room[0]), (row[2], room[1])):
                for part in _flowables(cell):
                    if isinstance(part, Table) and not _drawings(part):
                        assert sum(part._colWidths) <= fits + 0.01, ex.code
        texts = [" ".join(str(getattr(c, "text", "")) for cell in (row[0], row[2])
                          for t in _flowables(cell) if isinstance(t, Table)
                          for c in _flowables(t._cellvalues[0][0]))
                 for row in card._cellvalues]
        under = [t for t in texts if ex.dosage_text.split(",")[0] in t
                 and other.dosage_text.split(",")[0] in t]
        assert under, ex.code  # both dosages in one row
    assert any(len(c._spanRanges) > 0 and any(
        v and v[0] == 0 and v[2] == 2 for v in c._spanRanges.values()) for c in cards)


def test_two_language_card_without_a_translation_prints_no_empty_labels() -> None:
    """An exercise with no text in the second language leaves that column empty: no
    'HOW TO DO IT' over nothing."""
    from reportlab.platypus import Paragraph

    from pgp_desk.pdf.cards import paired_card

    _, ctx = _paired(1)
    ex = programme(1).exercises[0]
    card = paired_card(ctx, ex, None, 1, ctx.width)
    right = [p for row in card._cellvalues for p in _flowables(row[2]) if p != ""]
    assert not any(isinstance(p, Paragraph) and p.style.name == ctx.styles.caps.name
                   for p in right)
