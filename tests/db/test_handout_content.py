"""Handouts of worked programmes, read back: language, order, pages, fonts, unsplit exercises.

These go through the handout service on SQLite (the PDF does not depend on the database).
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import update

from pgp_desk.content.advice import builtin_advice
from pgp_desk.content.exercises import builtin_library
from pgp_desk.db.models import Client, Programme, ProgrammeItem
from pgp_desk.services.errors import ValidationError
from pgp_desk.services.handouts import handouts
from pgp_desk.services.handouts.handout_options import PrintOptions

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from handout_world import WORKED_ITEMS, make_client, make_episode, make_programme, worked

# Words only one of the languages uses: a Norwegian handout must not contain Danish ones.
DANISH_ONLY = ["gentagelser", "Dine øvelser", "Sådan gør du", "dagligt", "Bemærkning", "Uge "]
NORWEGIAN_ONLY = ["repetisjoner", "Øvelsene dine", "Slik gjør du", "daglig", "Uke "]

# A fuller second-trimester programme: six exercises and three advice modules.
FULL_ITEMS = [
    *WORKED_ITEMS,
    ("GLOB-BRIDGE", {"sets": 2, "reps": 8, "hold_seconds": 3, "times_per_day": 1}, ""),
    ("STAB-PF-SIT", {"reps": 10, "hold_seconds": 5, "times_per_day": 3}, ""),
    ("ADL-BED-TURN", {}, "Brug puden mellem knæene hver nat."),
]


def pages_text(pdf: bytes) -> list[str]:
    return [re.sub(r"\s+", " ", p.extract_text() or "") for p in PdfReader(io.BytesIO(pdf)).pages]


def _word(word: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word.strip())}(?!\w)", text) is not None


def flat(pdf: bytes) -> str:
    return " ".join(pages_text(pdf))


@pytest.fixture
def db(sqlite_db):  # type: ignore[no-untyped-def]
    return sqlite_db


@pytest.fixture
def actor(sqlite_actor):  # type: ignore[no-untyped-def]
    return sqlite_actor


def _names(lang: str, items=WORKED_ITEMS) -> list[str]:  # type: ignore[no-untyped-def]
    return [builtin_library()[code].name(lang) for code, _d, _n in items]


@pytest.mark.parametrize("lang", ["da", "nb", "en"])
def test_text_is_in_the_chosen_language_and_programme_order(db, actor, lang) -> None:
    """Exercise names follow the programme's order, then advice, pain rule, stop signs, diary."""
    world = worked(db, actor)
    text = flat(handouts.preview_handout(db, actor, world.programme_id,
                                         PrintOptions(language=lang)))
    names = _names(lang)
    advice = builtin_advice()
    pain_rule = advice["pain_rule"].title(lang)
    stop = advice["stop_signs"].title(lang)
    everyday = advice["everyday"].text(lang).points[0]
    diary = {"da": "Dagbog", "nb": "Dagbok", "en": "Diary"}[lang]
    order = [text.index(n) for n in names] + [
        text.index(everyday), text.index(pain_rule), text.index(stop), text.rindex(diary)]
    assert order == sorted(order), order
    assert "Mette Sørensen" in text and "Test Terapeut (aut.-ID 0T3ST)" in text
    assert "Vi ses om to uger." in text  # the therapist's note, as she wrote it
    if lang == "nb":
        assert not [w for w in DANISH_ONLY if _word(w, text)]
    if lang == "da":
        assert not [w for w in NORWEGIAN_ONLY if _word(w, text)]


def test_dosage_is_in_plain_words(db, actor) -> None:
    """Each item's dosage is printed in words, in the handout's language."""
    world = worked(db, actor)
    da = flat(handouts.preview_handout(db, actor, world.programme_id))
    assert "2 × 10 gentagelser, hold 5 sekunder, 2 gange dagligt" in da
    assert "3 × 10 gentagelser på hver side" in da
    en = flat(handouts.preview_handout(db, actor, world.programme_id,
                                       PrintOptions(language="en")))
    assert "2 × 10 repetitions, hold 5 seconds, twice a day" in en


def test_client_note_is_printed_with_its_exercise(db, actor) -> None:
    """The note for this client is printed on the page of its exercise."""
    world = worked(db, actor)
    pages = pages_text(handouts.preview_handout(db, actor, world.programme_id))
    clam = builtin_library()["GLOB-CLAM"]
    first_step = " ".join(clam.text("da").steps[0].split()[:5])
    page = next(p for p in pages if clam.name("da") in p and first_step in p)
    assert "Start uden elastik de første to uger." in page


def _assert_unsplit(pdf: bytes, lang: str, items) -> None:  # type: ignore[no-untyped-def]
    """Each exercise's name, its steps and its dosage are all on one page."""
    pages = pages_text(pdf)
    library = builtin_library()
    for code, _dosage, _note in items:
        text = library[code].text(lang)
        # Page 1 may list every name in the overview: the card is where its first step is.
        first = " ".join(text.steps[0].split()[:3])
        holding = [i for i, p in enumerate(pages) if text.name in p and first in p]
        assert len(holding) >= 1, code
        page = pages[holding[0]]
        for step in text.steps:
            words = step.split()
            assert " ".join(words[:3]) in page and " ".join(words[-2:]) in page, (code, step)


@pytest.mark.parametrize("options", [
    PrintOptions(), PrintOptions(large_print=True), PrintOptions(compact=True),
    PrintOptions(paper="Letter"), PrintOptions(second_language="en"),
], ids=["normal", "large", "compact", "letter", "two-languages"])
def test_no_exercise_splits_across_pages(db, actor, options) -> None:
    """No exercise card is broken across a page, in any layout."""
    world = worked(db, actor, items=FULL_ITEMS, advice=["everyday", "belt", "sleep_rest"])
    pdf = handouts.preview_handout(db, actor, world.programme_id, options)
    _assert_unsplit(pdf, "da", FULL_ITEMS)


def test_page_counts_follow_print_size(db, actor) -> None:
    """Compact needs no more pages than normal, large print more; all within reason."""
    world = worked(db, actor, items=FULL_ITEMS, advice=["everyday", "belt", "sleep_rest"])

    def pages(**kw: object) -> int:
        pdf = handouts.preview_handout(db, actor, world.programme_id, PrintOptions(**kw))
        return len(PdfReader(io.BytesIO(pdf)).pages)

    normal, compact, large = pages(), pages(compact=True), pages(large_print=True)
    assert compact <= normal < large
    assert normal <= 7, normal  # six exercises, three advice modules and the diary
    assert compact <= 4, compact


def test_page_footer_has_number_and_clinic_phone(db, actor) -> None:
    """Every page carries 'Side n af N' and the clinic's phone number."""
    from pgp_desk.services.clinic import get_settings, update_settings

    settings = get_settings(db, actor)
    settings.name, settings.phone = "Bækkenklinikken", "+45 33 12 34 56"
    update_settings(db, actor, settings)
    world = worked(db, actor)
    pages = pages_text(handouts.preview_handout(db, actor, world.programme_id))
    for n, page in enumerate(pages, 1):
        assert f"Side {n} af {len(pages)}" in page
        assert "+45 33 12 34 56" in page


def test_fonts_are_embedded_subsets(db, actor) -> None:
    """Every font in the handout is an embedded, subset TrueType font."""
    world = worked(db, actor)
    pdf = handouts.preview_handout(db, actor, world.programme_id,
                                   PrintOptions(second_language="nb"))
    fonts = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            fonts[str(font["/BaseFont"])] = descriptor.get_object() if descriptor else None
    assert fonts
    for name, descriptor in fonts.items():
        assert descriptor is not None and "/FontFile2" in descriptor, name
        assert re.match(r"^/[A-Z]{6}\+", name), name


def test_paper_follows_clinic_setting_unless_chosen(db, actor) -> None:
    """A Letter clinic gets Letter pages; an explicit A4 choice wins."""
    from pgp_desk.services.clinic import get_settings, update_settings

    settings = get_settings(db, actor)
    settings.name, settings.paper_size = "Clinic", "Letter"
    update_settings(db, actor, settings)
    world = worked(db, actor)

    def size(options: PrintOptions) -> tuple[int, int]:
        pdf = handouts.preview_handout(db, actor, world.programme_id, options)
        box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
        return round(float(box.width)), round(float(box.height))

    assert size(PrintOptions()) == (612, 792)
    assert size(PrintOptions(paper="A4")) == (595, 842)


def test_clinic_exercise_with_photo_is_printed(db, actor) -> None:
    """A clinic's own exercise prints its own texts and its photo instead of a drawing."""
    from pgp_desk.services.programmes import exercise_library

    record = exercise_library.copy_builtin(db, actor, "GLOB-CLAM")
    definition = dict(record.definition)
    texts = dict(definition["texts"])
    texts["da"] = dict(texts["da"], name="Muslingen med elastik (klinikkens)")
    definition["texts"] = texts
    record = exercise_library.update_clinic_exercise(db, actor, record, definition)
    photo = io.BytesIO()
    Image.new("RGB", (400, 300), (90, 90, 90)).save(photo, format="JPEG")
    exercise_library.set_photo(db, actor, record, photo.getvalue())
    world = worked(db, actor, items=[(record.code, {"sets": 2, "reps": 12}, "")])
    pdf = handouts.preview_handout(db, actor, world.programme_id)
    assert "Muslingen med elastik (klinikkens)" in flat(pdf)
    images = [img for page in PdfReader(io.BytesIO(pdf)).pages for img in page.images]
    assert images, "the photo is in the PDF"


def test_a_clinic_exercise_that_no_longer_reads_falls_back_to_its_original(db, actor,
                                                                           caplog) -> None:
    """A stored clinic copy whose definition no longer parses (damaged, or written by a
    later version) is left out of the library, logged, and the handout prints the built-in
    exercise it was copied from."""
    from pgp_desk.db.models import ClinicExercise
    from pgp_desk.services.programmes import exercise_library

    record = exercise_library.copy_builtin(db, actor, "GLOB-CLAM")
    world = worked(db, actor, items=[(record.code, {"sets": 2, "reps": 12}, "")])
    with db.sessions.begin() as session:
        session.execute(update(ClinicExercise).where(ClinicExercise.code == record.code)
                        .values(definition={"texts": "damaged"}))
    assert record.code not in exercise_library.clinic_library(db, actor)
    codes = [e.exercise.code for e in exercise_library.library_entries(db, actor)]
    assert record.code not in codes and "GLOB-CLAM" in codes
    pdf = handouts.preview_handout(db, actor, world.programme_id)
    assert builtin_library()["GLOB-CLAM"].name("da") in flat(pdf)
    assert f"clinic exercise {record.code} cannot be read" in caplog.text


def test_assessment_scores_are_included_on_request(db, actor) -> None:
    """With the assessment option, the pain scores of the episode's visits are printed."""
    from datetime import date, timedelta

    from pgp_desk.db.models import Assessment

    world = worked(db, actor)
    with db.sessions.begin() as s:
        for weeks_ago, pain in ((4, 7), (2, 5), (0, 3)):
            s.add(Assessment(episode_id=world.episode_id, phase="t2",
                             assessed_on=date.today() - timedelta(weeks=weeks_ago),
                             therapist_id=actor.user_id,
                             questionnaires={"NRS": {"version": "1", "answers": {"now": pain}}}))
    assert handouts.prepare_handout(db, actor, world.programme_id).has_assessment
    without = flat(handouts.preview_handout(db, actor, world.programme_id))
    assert "Din udvikling" not in without
    with_scores = flat(handouts.preview_handout(db, actor, world.programme_id,
                                                PrintOptions(include_assessment=True)))
    assert "Din udvikling" in with_scores and "Smerte (0-10)" in with_scores


@pytest.mark.parametrize("lang", ["da", "nb", "en"])
def test_pages_render_with_ink(db, actor, tmp_path, lang) -> None:
    """Every page renders (pdftoppm) and none is blank."""
    world = worked(db, actor)
    pdf_path = tmp_path / "h.pdf"
    pdf_path.write_bytes(handouts.preview_handout(db, actor, world.programme_id,
                                                  PrintOptions(language=lang,
                                                               large_print=lang == "en")))
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(pdf_path), str(tmp_path / "p")],
                   check=True, timeout=120)
    pngs = sorted(tmp_path.glob("p-*.png"))
    assert len(pngs) == len(PdfReader(pdf_path).pages)
    for png in pngs:
        with Image.open(png) as img:
            dark = sum(1 for v in img.convert("L").get_flattened_data() if v < 128)
        assert dark > 200, png.name


# ----------------------------------------------------------------------------- hostile text

# Control characters (Cc) are refused when text is stored (tests/db/test_faults.py).
_text_chars = st.characters(blacklist_categories=("Cs", "Cc"))


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(first=st.text(_text_chars, min_size=1, max_size=60),
       last=st.text(_text_chars, max_size=300),
       note=st.text(_text_chars, max_size=400),
       item_note=st.text(_text_chars, max_size=200))
def test_any_unicode_name_and_note_gives_a_valid_handout(db, actor, first, last, note,
                                                         item_note) -> None:
    """Arbitrary Unicode names and notes give a readable PDF through the service (text
    with control characters is refused when stored, so it never reaches a handout)."""
    try:
        client_id = make_client(db, actor, first, last)
        episode_id = make_episode(db, actor, client_id)
        programme_id = make_programme(db, actor, episode_id, note=note,
                                      items=[("GLOB-CLAM", {"reps": 10}, item_note)])
    except ValidationError:
        assume(False)
        return
    pdf = handouts.preview_handout(db, actor, programme_id)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 1
    text = flat(pdf)
    assert builtin_library()["GLOB-CLAM"].name("da") in text
    assert "Dit træningsprogram" in text


@pytest.mark.parametrize("name", [
    "<b>Anna</b> & \"Bo\" 'Ø'", "A" * 300, "مريم الأحمد", "Zoë 👩‍🍼 Łukasiewicz", "\u202eevil",
])
def test_hostile_names_and_notes_through_the_service(db, actor, name) -> None:
    """Markup, long words, right-to-left text and emoji print as text, never as markup."""
    world = worked(db, actor, note="Note: <br/> &amp; <b>not bold</b>")
    with db.sessions.begin() as s:
        s.execute(update(Client).where(Client.id == world.client_id)
                  .values(first_name=name, last_name=""))
        s.execute(update(ProgrammeItem).where(ProgrammeItem.programme_id == world.programme_id)
                  .values(note=name))
        s.execute(update(Programme).where(Programme.id == world.programme_id)
                  .values(title=name))
    issued = handouts.issue_handout(db, actor, world.programme_id)
    text = flat(issued.pdf)
    assert "Note: <br/> &amp; <b>not bold</b>" in text  # printed as typed, not interpreted
    if name.startswith("<b>"):
        assert "<b>Anna</b>" in text


def test_stop_signs_close_pregnancy_handouts_and_are_optional_after_birth(db, actor) -> None:
    """Pregnancy stop signs print in pregnancy, the after-birth ones after it; ticks add."""
    from datetime import date, timedelta

    from pgp_desk.services.clients import episodes

    stop = builtin_advice()["stop_signs"].title("da")
    pain_rule = builtin_advice()["pain_rule"].title("da")
    pregnant = worked(db, actor, advice=["everyday"])
    assert stop in flat(handouts.preview_handout(db, actor, pregnant.programme_id))
    client_id = make_client(db, actor, "Sara", "Holm")
    born = date.today() - timedelta(days=60)
    episode_id = episodes.create_episode(db, actor, client_id, episodes.EpisodeInput(
        due_date=born + timedelta(days=3), birth_date=born)).id
    mother = make_programme(db, actor, episode_id, advice=["after_birth"])
    text = flat(handouts.preview_handout(db, actor, mother))
    assert stop not in text and pain_rule in text
    assert builtin_advice()["stop_signs_after_birth"].title("da") in text
    assert builtin_advice()["stop_signs_after_birth"].title("da") not in flat(
        handouts.preview_handout(db, actor, pregnant.programme_id))
    assert builtin_advice()["after_birth"].title("da") in text
    ticked = make_programme(db, actor, episode_id, advice=["after_birth", "stop_signs"])
    assert stop in flat(handouts.preview_handout(db, actor, ticked))


def test_pain_map_is_drawn_when_the_assessment_is_included(db, actor) -> None:
    """The latest pain map prints as a vector drawing in the progress section."""
    from datetime import date

    from pgp_desk.db.models import Assessment
    from pgp_desk.domain.painmap import PainMap, RegionMark

    world = worked(db, actor)
    region = _a_region_id()
    pain_map = PainMap(marks=(RegionMark(region, 6),))
    with db.sessions.begin() as s:
        s.add(Assessment(episode_id=world.episode_id, assessed_on=date.today(), phase="t2",
                         therapist_id=actor.user_id, pain_map=pain_map.to_dict()))
    assert handouts.prepare_handout(db, actor, world.programme_id).pain_map == pain_map
    built = handouts.build_handout(db, actor, world.programme_id,
                                   PrintOptions(include_assessment=True))
    assert built.data.pain_map_drawing is not None
    text = flat(handouts.preview_handout(db, actor, world.programme_id,
                                         PrintOptions(include_assessment=True)))
    assert "DIN SMERTETEGNING" in text


def _a_region_id() -> str:
    from pgp_desk.domain.painmap import REGION_IDS

    return REGION_IDS[0]


def test_after_the_birth_no_figure_is_pregnant(db, actor) -> None:
    """A client nine months after the birth gets the same drawings without the pregnant
    belly (Muslingen, Roning med elastik, Gåture); in pregnancy they keep it."""
    from datetime import date, timedelta

    from pgp_desk.content.figure_pose import load_spec
    from pgp_desk.content.figures import illustration_svg, poses_dir
    from pgp_desk.services.clients import episodes

    items = [("GLOB-CLAM", {"sets": 2, "reps": 10}, ""), ("GLOB-ROW-BAND", {"reps": 12}, ""),
             ("ADL-WALK", {}, "")]
    client_id = make_client(db, actor, "Sara", "Holm")
    born = date.today() - timedelta(days=270)
    episode_id = episodes.create_episode(db, actor, client_id, episodes.EpisodeInput(
        due_date=born, birth_date=born)).id
    mother = make_programme(db, actor, episode_id, items=items)
    after = handouts.build_handout(db, actor, mother, PrintOptions())
    pregnant = handouts.build_handout(db, actor, worked(db, actor, items=items).programme_id,
                                      PrintOptions())
    for code, a, p in zip([c for c, _, _ in items], after.data.exercises,
                          pregnant.data.exercises, strict=True):
        assert load_spec(poses_dir() / f"{code}.yaml").pregnant, code
        assert a.illustration_svg == illustration_svg(code, after_birth=True), code
        assert p.illustration_svg == illustration_svg(code), code
        assert a.illustration_svg != p.illustration_svg, code
