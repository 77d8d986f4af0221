"""The client handout PDF: content, order, fonts, page breaks, paper, and hostile text."""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from pypdf import PdfReader

from pgp_desk.domain.painmap import PainMap, RegionMark
from pgp_desk.pdf import (
    AdviceSection,
    ClinicHeader,
    HandoutData,
    HandoutExercise,
    HandoutOptions,
    HandoutTranslation,
    render_handout,
)
from pgp_desk.pdf.fonts import REGULAR, coverage
from pgp_desk.pdf.labels import label
from pgp_desk.pdf.painmap_drawing import painmap_drawing
from pgp_desk.pdf.text import FALLBACK, clean

# ----------------------------------------------------------------------------- sample data

_STYLE = 'fill="none" stroke="#000" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"'
_FLOOR = '<line x1="20" y1="262" x2="380" y2="262" stroke="#b0b0b0" stroke-width="3"/>'

SVG_BRIDGE = f"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300"
 width="400" height="300">{_FLOOR}
<circle cx="62" cy="238" r="18" {_STYLE}/>
<path d="M82 244 L200 206 L262 160 L300 254 L330 254" {_STYLE}/>
<path d="M120 233 Q150 186 196 204" {_STYLE}/>
<path d="M96 248 L176 258" {_STYLE}/>
<path d="M200 150 L200 110 M188 122 L200 108 L212 122" {_STYLE} stroke="#777"/>
</svg>"""

SVG_CLAM = f"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300"
 width="400" height="300">{_FLOOR}
<rect x="30" y="236" width="70" height="22" rx="10" {_STYLE} stroke="#999"/>
<circle cx="64" cy="214" r="18" {_STYLE}/>
<path d="M84 226 L200 236 L262 206 L214 250" {_STYLE}/>
<path d="M200 230 L262 170 L216 244" {_STYLE} stroke="#888" stroke-dasharray="8 8"/>
<path d="M130 232 Q160 262 196 244" {_STYLE}/>
</svg>"""

SVG_TILT = f"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300"
 width="400" height="300">{_FLOOR}
<path d="M150 200 L250 200 M160 200 L160 262 M240 200 L240 262 M150 200 L150 110" {_STYLE}
 stroke="#999"/>
<circle cx="190" cy="70" r="18" {_STYLE}/>
<path d="M190 90 L196 190 L276 194 L282 262" {_STYLE}/>
<path d="M194 120 Q236 150 206 188" {_STYLE}/>
<path d="M170 214 A30 30 0 0 0 226 214" {_STYLE} stroke="#777"/>
</svg>"""


def clinic() -> ClinicHeader:
    return ClinicHeader(
        name="Fysio Nørrebro",
        address="Nørrebrogade 112, 1. sal\n2200 København N",
        phone="35 35 12 12",
        email="kontakt@fysionorrebro.dk",
        logo_png=_logo_png(),
    )


def _logo_png() -> bytes:
    img = Image.new("L", (120, 120), 255)
    for x in range(120):
        for y in range(120):
            if (x - 60) ** 2 + (y - 60) ** 2 < 55**2:
                img.putpixel((x, y), 40 if (x + y) % 40 < 20 else 110)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def danish_exercises() -> list[HandoutExercise]:
    return [
        HandoutExercise(
            code="MAP-TILT-SIT",
            name="Bækkenvip på stol",
            purpose="Giver dig bedre fornemmelse for bækkenet og løsner lænden blidt.",
            steps=[
                "Sæt dig godt frem på en stol med fødderne fladt i gulvet i hoftebredde.",
                "Rul langsomt bækkenet bagover, så lænden bliver rund.",
                "Rul derefter bækkenet fremad, så du får et lille svaj i lænden.",
                "Bevæg dig roligt frem og tilbage i det område, der føles behageligt.",
            ],
            cues=["Mærk, at bevægelsen kommer fra bækkenet og ikke fra skuldrene."],
            avoid=["Gør bevægelsen mindre, hvis det stikker i lænden eller ved skambenet."],
            dosage_text="10 gentagelser, 2 gange om dagen, alle ugens dage.",
            client_note="Godt at lave, når du har siddet længe ved computeren.",
            illustration_svg=SVG_TILT,
        ),
        HandoutExercise(
            code="GLOB-BRIDGE",
            name="Bækkenløft",
            purpose="Styrker balde og ryg, så bækkenet får god støtte i hverdagen.",
            steps=[
                "Lig på ryggen med bøjede knæ og fødderne i gulvet i hoftebredde.",
                "Spænd let op i bækkenbunden og den nederste del af maven.",
                "Løft langsomt bagdelen, til kroppen er en lige linje fra knæ til skuldre.",
                "Hold stillingen et øjeblik, og sænk dig så roligt ned igen.",
            ],
            cues=[
                "Mærk, at det er balderne, der arbejder.",
                "Træk vejret roligt hele vejen igennem.",
            ],
            avoid=[
                "Løft kun halvt op, hvis det gør ondt i bækkenet.",
                "Lig på siden i stedet, hvis du bliver svimmel af at ligge på ryggen.",
            ],
            dosage_text="2 sæt med 10 gentagelser. Hvil 30 sekunder mellem sættene. "
            "1 gang om dagen, 5 dage om ugen.",
            illustration_svg=SVG_BRIDGE,
        ),
        HandoutExercise(
            code="GLOB-CLAM",
            name="Musling",
            purpose="Styrker musklerne på ydersiden af hoften, som holder bækkenet i balance.",
            steps=[
                "Lig på siden med bøjede knæ og en pude under hovedet.",
                "Hold fødderne samlet, og løft det øverste knæ et lille stykke op.",
                "Sænk knæet langsomt ned igen uden at rulle bagover med bækkenet.",
            ],
            cues=["Mærk arbejdet i siden af balden."],
            avoid=["Løft mindre, hvis du mærker smerter ved skambenet."],
            dosage_text="2 sæt med 12 gentagelser til hver side, 1 gang om dagen.",
            illustration_svg=SVG_CLAM,
        ),
    ]


def english_exercises() -> list[HandoutExercise]:
    return [
        HandoutExercise(
            code="MAP-TILT-SIT",
            name="Pelvic tilt on a chair",
            purpose="Helps you sense your pelvis and gently eases your lower back.",
            steps=[
                "Sit towards the front of a chair, feet flat and hip-width apart.",
                "Slowly roll your pelvis back so your lower back rounds.",
                "Then roll your pelvis forward so your lower back arches slightly.",
                "Move gently back and forth within a comfortable range.",
            ],
            cues=["Feel the movement come from your pelvis, not your shoulders."],
            avoid=["Make the movement smaller if your back or pubic bone twinges."],
            dosage_text="10 repetitions, twice a day, every day.",
            illustration_svg=SVG_TILT,
        ),
        HandoutExercise(
            code="GLOB-BRIDGE",
            name="Bridge",
            purpose="Strengthens your bottom and back so your pelvis is well supported.",
            steps=[
                "Lie on your back with your knees bent and feet hip-width apart.",
                "Gently draw in your pelvic floor and lower tummy.",
                "Slowly lift your bottom until you form a line from knees to shoulders.",
                "Hold for a moment, then lower yourself down slowly.",
            ],
            cues=["Feel your buttocks doing the work."],
            avoid=["Lift only halfway if your pelvis hurts."],
            dosage_text="2 sets of 10 repetitions, once a day, 5 days a week.",
            illustration_svg=SVG_BRIDGE,
        ),
        HandoutExercise(
            code="GLOB-CLAM",
            name="Clam",
            purpose="Strengthens the muscles on the outside of your hip.",
            steps=[
                "Lie on your side with your knees bent and a pillow under your head.",
                "Keep your feet together and lift your top knee a little.",
                "Lower the knee slowly without rolling your pelvis backwards.",
            ],
            cues=["Feel the work in the side of your buttock."],
            avoid=["Lift less if you feel pain at your pubic bone."],
            dosage_text="2 sets of 12 repetitions on each side, once a day.",
            illustration_svg=SVG_CLAM,
        ),
    ]


def danish_advice() -> list[AdviceSection]:
    return [
        AdviceSection(
            title="Hverdagen med bækkensmerter",
            intro="Bækkenet er stærkt. Smerten er et signal om at tilpasse, ikke et tegn på skade.",
            points=[
                "Hold knæene samlet, når du vender dig i sengen og sætter dig ind i bilen.",
                "Sid ned, når du tager bukser, strømper og sko på.",
                "Gå på trapper ét trin ad gangen.",
                "Stå med vægten fordelt på begge ben.",
                "Lig på siden med en pude mellem knæene, når du sover.",
            ],
        ),
        AdviceSection(
            title="Smertereglen",
            intro="Det er i orden at mærke lidt under øvelserne.",
            points=[
                "Smerte op til 3 ud af 10 under øvelserne er i orden.",
                "Smerten skal have lagt sig igen til næste morgen.",
                "Gør øvelsen lettere eller kortere, hvis den ikke har det.",
            ],
            highlight=True,
        ),
        AdviceSection(
            title="Stop og kontakt din jordemoder eller læge ved",
            points=[
                "blødning eller udsivning af vand fra skeden",
                "smerter i brystet, svimmelhed eller åndenød før anstrengelse",
                "hovedpine, hævelse eller smerter i læggen",
                "regelmæssige, smertefulde sammentrækninger",
            ],
            highlight=True,
        ),
    ]


def danish_data(**kw: object) -> HandoutData:
    base: dict[str, object] = {
        "clinic": clinic(),
        "client_name": "Sofie Kragh Andersen",
        "date": dt.date(2025, 3, 17),
        "therapist_name": "Mette Holm, fysioterapeut",
        "language": "da",
        "personal_note": "Dejligt at se dig i dag, Sofie. Start roligt med øvelserne, og "
        "husk, at det er helt normalt, at nogle dage er bedre end andre. Vi ses om to uger.",
        "exercises": danish_exercises(),
        "advice": danish_advice(),
    }
    base.update(kw)
    return HandoutData(**base)  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- helpers


def pages_text(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [page.extract_text() or "" for page in reader.pages]


def flat(text: str) -> str:
    return " ".join(text.split())


def page_of(texts: list[str], needle: str) -> int:
    needle = flat(needle)
    hits = [i for i, t in enumerate(texts) if needle in flat(t)]
    assert hits, f"{needle!r} not found"
    return hits[0]


def font_files(pdf: bytes) -> dict[str, bool]:
    """BaseFont name -> whether its descriptor embeds a TrueType program."""
    reader = PdfReader(io.BytesIO(pdf))
    out: dict[str, bool] = {}
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            desc = font.get("/FontDescriptor")
            if desc is None and "/DescendantFonts" in font:
                desc = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            desc = desc.get_object() if desc is not None else {}
            out[str(font["/BaseFont"])] = "/FontFile2" in desc
    return out


# ----------------------------------------------------------------------------- tests


def test_danish_handout_has_text_in_order_and_danish_labels():
    """A Danish handout prints the clinic, client, note, exercises, advice and diary in order."""
    texts = pages_text(render_handout(danish_data()))
    whole = flat(" ".join(texts))
    order = [
        "Fysio Nørrebro",
        "Dit træningsprogram",
        "Sofie Kragh Andersen",
        "17. marts 2025",
        "Mette Holm",
        "Fra din terapeut",
        "Dine øvelser",
        "Bækkenvip på stol",
        "Bækkenløft",
        "Musling",
        "Gode råd i hverdagen",
        "Smertereglen",
        "Dagbog",
    ]
    positions = [whole.find(flat(x)) for x in order]
    assert -1 not in positions, dict(zip(order, positions, strict=True))
    assert positions == sorted(positions)
    assert "Your exercises" not in whole and "Page " not in whole


def test_page_numbers_and_phone_on_every_page():
    """Every page says 'Side n af N' and carries the clinic's phone number in the footer."""
    texts = pages_text(render_handout(danish_data()))
    assert len(texts) >= 2
    for n, text in enumerate(texts, 1):
        assert f"Side {n} af {len(texts)}" in text
        assert "35 35 12 12" in text


@pytest.mark.parametrize(("language", "word"), [("nb", "Side 1 av"), ("en", "Page 1 of")])
def test_page_label_follows_language(language, word):
    """Norwegian and English handouts number pages in their own language."""
    texts = pages_text(render_handout(danish_data(language=language)))
    assert word in texts[0]
    assert flat(label(language, "exercises")) in flat(texts[0] + texts[1])


def test_fonts_are_embedded_truetype():
    """Every font in the handout is an embedded (subset) TrueType face."""
    fonts = font_files(render_handout(danish_data()))
    assert fonts, "no fonts found"
    assert all(fonts.values()), fonts
    assert any("DejaVuSansCondensed-Bold" in name for name in fonts)
    assert all(re.match(r"/[A-Z]{6}\+", name) for name in fonts), "not subset"


def _last_text(ex: HandoutExercise) -> str:
    return ex.client_note or (ex.avoid or ex.cues or ex.steps)[-1]


def _assert_no_split(pdf: bytes, exercises: list[HandoutExercise]) -> None:
    texts = pages_text(pdf)
    for ex in exercises:
        # Page 1 may list the names in the overview: a card is found by its first step.
        first = page_of(texts, ex.steps[0])
        assert flat(ex.name) in flat(texts[first]), ex.name
        assert first == page_of(texts, ex.steps[-1]), ex.name
        assert first == page_of(texts, _last_text(ex)), ex.name


def test_exercises_never_split_across_pages():
    """Each exercise's name, last step and last line land on one page, in every layout."""
    many = [ex for _ in range(3) for ex in danish_exercises()]
    for i, ex in enumerate(many):
        tag = f"(nr. {i + 1:02d})"
        ex.name = f"{ex.name} {tag}"
        assert len(ex.steps) > 1
        ex.steps = [f"{ex.steps[0]} {tag}", *ex.steps[1:-1], f"{ex.steps[-1]} {tag}"]
        ex.avoid = [*ex.avoid[:-1], f"{ex.avoid[-1]} {tag}"]
        if ex.client_note:
            ex.client_note = f"{ex.client_note} {tag}"
    for options in (
        HandoutOptions(),
        HandoutOptions(large_print=True),
        HandoutOptions(compact=True),
        HandoutOptions(paper="Letter"),
    ):
        _assert_no_split(render_handout(danish_data(exercises=many), options), many)


def test_large_print_needs_more_pages_and_compact_fewer():
    """Large print spreads over more pages than normal; compact over no more than normal."""
    data = danish_data()
    normal = len(pages_text(render_handout(data)))
    large = len(pages_text(render_handout(data, HandoutOptions(large_print=True))))
    compact = len(pages_text(render_handout(data, HandoutOptions(compact=True))))
    assert large > normal
    assert compact <= normal


def test_letter_paper_size():
    """Letter handouts are 8.5 x 11 inches; A4 ones 210 x 297 mm."""
    letter = PdfReader(io.BytesIO(render_handout(danish_data(), HandoutOptions(paper="Letter"))))
    a4 = PdfReader(io.BytesIO(render_handout(danish_data())))
    assert [round(float(v)) for v in letter.pages[0].mediabox[2:]] == [612, 792]
    assert [round(float(v)) for v in a4.pages[0].mediabox[2:]] == [595, 842]


def test_side_by_side_contains_both_languages():
    """Side by side prints each exercise in Danish and English, next to each other."""
    data = danish_data(
        second_language=HandoutTranslation(language="en", exercises=english_exercises())
    )
    texts = pages_text(render_handout(data, HandoutOptions(side_by_side=True)))
    whole = flat(" ".join(texts))
    for da_ex, en_ex in zip(danish_exercises(), english_exercises(), strict=True):
        assert flat(da_ex.steps[0]) in whole and flat(en_ex.steps[0]) in whole
        card = page_of(texts, da_ex.steps[0])
        assert flat(da_ex.name) in flat(texts[card])
        assert card == page_of(texts, en_ex.steps[-1])
    assert "Dine øvelser / Your exercises" in whole
    assert "Side 1 af" in texts[0]


def test_side_by_side_without_option_stays_single_language():
    """Second-language data is ignored unless the side-by-side option is on."""
    data = danish_data(
        second_language=HandoutTranslation(language="en", exercises=english_exercises())
    )
    whole = flat(" ".join(pages_text(render_handout(data))))
    assert "Pelvic tilt on a chair" not in whole


def test_assessment_section_shows_trend_and_pain_map():
    """With include_assessment the handout adds 'Din udvikling' with the trend values."""
    data = danish_data(
        pain_map_drawing=painmap_drawing(PainMap((RegionMark("buttock_r", 6),))),
        score_trend=[("3/2", 62.0, 7.0), ("17/2", 48.0, 5.0), ("17/3", 30.0, 3.0)],
    )
    with_it = flat(" ".join(pages_text(render_handout(data, HandoutOptions(
        include_assessment=True)))))
    without = flat(" ".join(pages_text(render_handout(data))))
    assert "Din udvikling" in with_it and "DIN SMERTETEGNING" in with_it
    assert "48" in with_it and "17/2" in with_it
    assert "Din udvikling" not in without


def test_diary_has_weeks_and_days():
    """The diary lists the requested number of weeks with dates and all seven days."""
    pdf = render_handout(danish_data(), HandoutOptions(diary_weeks=6))
    whole = flat(" ".join(pages_text(pdf)))
    assert "Uge 6" in whole and "Uge 7" not in whole
    assert "17.3.–23.3." in whole  # Danish day.month.
    assert "Uge Man Tir Ons Tor Fre Lør Søn" in whole  # 17 March 2025 is a Monday


def test_diary_columns_start_on_the_weekday_of_the_visit():
    """A handout given on a Sunday has Sunday as its first column, so each row's seven
    boxes are the seven dates printed beside it; English dates are day/month."""
    sunday = dt.date(2026, 11, 22)
    whole = flat(" ".join(pages_text(render_handout(danish_data(date=sunday)))))
    assert "Uge Søn Man Tir Ons Tor Fre Lør" in whole
    assert "22.11.–28.11." in whole
    english = flat(" ".join(pages_text(render_handout(danish_data(date=sunday,
                                                                  language="en")))))
    assert "Week Sun Mon Tue Wed Thu Fri Sat" in english
    assert "22/11–28/11" in english


def test_broken_pictures_are_left_out():
    """An unreadable SVG, photo or logo is skipped and the text still prints."""
    exercises = danish_exercises()
    exercises[0].illustration_svg = "<svg><path d='M 0 0 L"
    exercises[1].photo = b"not a png"
    data = danish_data(exercises=exercises, clinic=ClinicHeader(name="X", logo_png=b"\x89PNG"))
    whole = flat(" ".join(pages_text(render_handout(data))))
    assert "Bækkenvip på stol" in whole and "Bækkenløft" in whole


def test_output_is_deterministic():
    """The same input gives the same bytes, so an issued handout can be compared later."""
    assert render_handout(danish_data()) == render_handout(danish_data())


def test_pages_render_with_ink(tmp_path: Path):
    """Every page rasterises with poppler and has a real amount of ink on it."""
    pdf = tmp_path / "h.pdf"
    pdf.write_bytes(render_handout(danish_data()))
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / "p")], check=True)
    pngs = sorted(tmp_path.glob("p-*.png"))
    assert len(pngs) == len(PdfReader(str(pdf)).pages)
    for png in pngs:
        img = Image.open(png).convert("L")
        dark = sum(img.histogram()[:128])
        assert dark > img.width * img.height * 0.005, png.name


# ----------------------------------------------------------------------------- hostile text


def test_missing_glyphs_become_visible_fallback():
    """Characters the font lacks (CJK, rare emoji) turn into a box; Danish letters stay."""
    assert clean("Æble 漢字 🦄😀", REGULAR) == f"Æble {FALLBACK}{FALLBACK} {FALLBACK}{FALLBACK}"
    assert ord(FALLBACK) in coverage(None)


def test_hostile_names_and_notes_render():
    """Markup characters, RTL, CJK, emoji, empty strings and a 300-letter word all print."""
    long_word = "x" * 300
    ex = HandoutExercise(
        code="",
        name="<b>Øvelse</b> & 'co' \"quoted\"",
        purpose="",
        steps=["", f"Ord: {long_word}", "مرحبا بالعالم שלום 漢字 😀🦄"],
        cues=[""],
        avoid=["A & B <b"],
        client_note="Smith <info@x.dk>",
    )
    data = danish_data(
        client_name="",
        therapist_name="مرحبا",
        personal_note=long_word,
        exercises=[ex],
        clinic=ClinicHeader(name="<Klinik & Co>", phone="", email="a<b>@c"),
    )
    text = flat(" ".join(pages_text(render_handout(data))))
    assert "<b>Øvelse</b> & 'co'" in text
    assert "Smith <info@x.dk>" in text
    assert "A & B <b" in text
    assert text.count("x") >= 300
    # Hebrew letters are in DejaVu (printed in logical order: no bidi); CJK becomes boxes.
    assert all(ch in text for ch in "שלום") and FALLBACK in text


def test_long_word_wraps_within_page():
    """A 300-character word is broken over several lines instead of running off the page."""
    pdf = render_handout(danish_data(personal_note="y" * 300))
    lines = [line for line in pages_text(pdf)[0].splitlines() if "yyyy" in line]
    assert len(lines) >= 2
    assert sum(line.count("y") for line in lines) == 300


_hostile = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60
) | st.sampled_from(["", "<", "&", "&amp;", "<br/>", "😀", "مرحبا", "x" * 300, "\u202e", "\x00"])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=_hostile, note=_hostile, step=_hostile, client=_hostile, phone=_hostile)
def test_any_unicode_gives_a_valid_pdf(name, note, step, client, phone):
    """Arbitrary Unicode in names, notes and steps always yields a PDF that pypdf opens."""
    ex = HandoutExercise(code="X", name=name, steps=[step, "sidste trin"], client_note=note,
                         cues=[note], avoid=[name])
    data = danish_data(
        client_name=client,
        personal_note=note,
        exercises=[ex],
        advice=[AdviceSection(title=name, intro=note, points=[step])],
        clinic=ClinicHeader(name=name, phone=phone, address=note),
    )
    pdf = render_handout(data)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 1
    assert "sidste trin" in flat(" ".join(p.extract_text() for p in reader.pages))


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=80))
def test_any_unicode_side_by_side_and_large(text):
    """Arbitrary Unicode, lone surrogates included, survives the side-by-side large layout."""
    ex = HandoutExercise(code="A", name=text, steps=[text], dosage_text=text)
    data = danish_data(
        exercises=[ex],
        second_language=HandoutTranslation(language="nb", exercises=[ex], personal_note=text),
        score_trend=[(text, 10.0, float("nan"))],
    )
    pdf = render_handout(
        data, HandoutOptions(side_by_side=True, large_print=True, include_assessment=True)
    )
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 1


def test_plain_fallback_layout_prints_everything():
    """The table-free fallback layout (used if the designed one cannot be laid out) is whole."""
    from pgp_desk.pdf import handout
    from pgp_desk.pdf.handout_context import HandoutContext
    from pgp_desk.pdf.page import Footer, build_pdf, frame_size
    from pgp_desk.pdf.styles import build_styles, scale_for

    styles = build_styles(scale_for())
    width, height = frame_size("A4", styles.scale.margin)
    data = danish_data()
    ctx = HandoutContext(data, HandoutOptions(), styles, width, height, "da", None)
    pdf = build_pdf(handout._plain_story(ctx), paper="A4", margin=styles.scale.margin,
                    footer=Footer("Fysio", lambda p, t: f"Side {p} af {t}"), title="t",
                    author="a", language="da")
    whole = flat(" ".join(pages_text(pdf)))
    for ex in data.exercises:
        assert flat(ex.name) in whole and flat(ex.steps[-1]) in whole
    assert "Smertereglen" in whole and "Dagbog" in whole


def test_pdf_package_imports_no_qt_or_database():
    """pgp_desk.pdf loads without PySide6 or SQLAlchemy, as the layer rules require."""
    code = (
        "import sys, pgp_desk.pdf; "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy') "
        "or m.startswith('pgp_desk.db')]; print(bad); sys.exit(1 if bad else 0)"
    )
    src = Path(__file__).resolve().parents[2] / "src"
    result = subprocess.run([sys.executable, "-c", code], env={"PYTHONPATH": str(src)},
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
