"""The clinic's library: own exercises, copies of built-ins, photos, retiring and search."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from PIL import Image

from pgp_desk.content.exercises import builtin_library
from pgp_desk.services.errors import ConflictError, ValidationError
from pgp_desk.services.programmes import exercise_library as lib
from pgp_desk.services.programmes.photos import prepare_photo


def _definition(name: str = "Skråt bækkenløft") -> dict:  # type: ignore[type-arg]
    return {
        "category": "global_strength", "phases": ["t1", "t2"], "position": "supine",
        "equipment": ["mat"], "level": 2, "progression": None, "regression": "GLOB-BRIDGE",
        "targets": ["sij"], "helps_with": ["stairs"], "cautions": ["supine_late_pregnancy"],
        "default_dosage": {"sets": 2, "reps": 8, "side": "both"},
        "author": "Bækkenklinikken",
        "texts": {"da": {"name": name, "purpose": "Styrker ballerne.",
                         "steps": ["Lig på ryggen med bøjede knæ.", "Løft bækkenet roligt."],
                         "cues": [], "avoid": ["Stop, hvis det gør ondt."]}},
    }


def _image(fmt: str, size: tuple[int, int], mode: str = "RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, (200, 120, 80) if mode == "RGB" else (200, 120, 80, 128)).save(
        out, format=fmt)
    return out.getvalue()


def test_clinic_exercise_joins_the_library(db, actor) -> None:  # type: ignore[no-untyped-def]
    """A new clinic exercise gets the next CLINIC code and appears next to the built-ins."""
    made = lib.create_clinic_exercise(db, actor, _definition())
    second = lib.create_clinic_exercise(db, actor, _definition("Andet"))
    assert (made.code, second.code) == ("CLINIC-1", "CLINIC-2")
    library = lib.clinic_library(db, actor)
    assert len(library) == len(builtin_library()) + 2
    exercise = library["CLINIC-1"]
    assert exercise.source == "clinic" and exercise.name("da") == "Skråt bækkenløft"
    assert exercise.name("nb") == "Skråt bækkenløft"  # falls back to the written language


def test_bad_definition_is_rejected_with_the_reason(db, actor) -> None:  # type: ignore[no-untyped-def]
    """A missing step list or a link to a non-existent exercise is reported, nothing stored."""
    broken = _definition()
    broken["texts"]["da"]["steps"] = []
    with pytest.raises(ValidationError) as caught:
        lib.create_clinic_exercise(db, actor, broken)
    assert "steps" in caught.value.errors[0].message
    linked = _definition()
    linked["progression"] = "NO-SUCH"
    with pytest.raises(ValidationError) as caught:
        lib.create_clinic_exercise(db, actor, linked)
    assert caught.value.by_field()["progression"].code == "unknown_exercise"
    assert "CLINIC-1" not in lib.clinic_library(db, actor)


def test_copy_and_adapt_a_builtin(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Copying a built-in makes an editable clinic exercise that remembers its original."""
    copy = lib.copy_builtin(db, actor, "GLOB-BRIDGE")
    assert copy.based_on == "GLOB-BRIDGE" and copy.code.startswith("CLINIC-")
    assert copy.definition["author"] == "PGP Desk contributors; adapted by Test Terapeut"
    definition = dict(copy.definition)
    definition["texts"]["da"]["name"] = "Bækkenløft med pude"
    saved = lib.update_clinic_exercise(db, actor, copy, definition)
    exercise = lib.clinic_library(db, actor)[saved.code]
    assert exercise.name("da") == "Bækkenløft med pude"
    assert exercise.name("nb") == builtin_library()["GLOB-BRIDGE"].name("nb")
    assert exercise.based_on == "GLOB-BRIDGE"
    assert builtin_library()["GLOB-BRIDGE"].name("da") != "Bækkenløft med pude"


def test_editing_over_a_newer_save_is_a_conflict(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Two therapists editing one clinic exercise: the later save is refused."""
    made = lib.create_clinic_exercise(db, actor, _definition())
    lib.update_clinic_exercise(db, actor, made, _definition("Første"))
    with pytest.raises(ConflictError):
        lib.update_clinic_exercise(db, actor, made, _definition("Anden"))
    assert lib.clinic_library(db, actor)[made.code].name("da") == "Første"


def test_photo_is_shrunk_and_stored(db, actor) -> None:  # type: ignore[no-untyped-def]
    """A 3000 px JPEG is stored at 1200 px; a PNG with transparency stays PNG."""
    made = lib.create_clinic_exercise(db, actor, _definition())
    with_photo = lib.set_photo(db, actor, made, _image("JPEG", (3000, 2000)))
    stored = lib.get_photo(db, actor, made.code)
    assert stored is not None and stored.mime == "image/jpeg"
    assert Image.open(io.BytesIO(stored.data)).size == (1200, 800)
    assert with_photo.has_photo and lib.photo_codes(db, actor) == {made.code}
    png = lib.set_photo(db, actor, with_photo, _image("PNG", (400, 300), "RGBA"))
    assert lib.get_photo(db, actor, made.code).mime == "image/png"  # type: ignore[union-attr]
    removed = lib.set_photo(db, actor, png, None)
    assert not removed.has_photo and lib.get_photo(db, actor, made.code) is None


def test_not_a_photo_is_refused(db, actor) -> None:  # type: ignore[no-untyped-def]
    """A GIF or a text file is not accepted as a photo."""
    made = lib.create_clinic_exercise(db, actor, _definition())
    for data in (_image("GIF", (10, 10), "RGB"), b"not a picture"):
        with pytest.raises(ValidationError) as caught:
            lib.set_photo(db, actor, made, data)
        assert caught.value.errors[0].field == "photo"


def test_retire_and_bring_back(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Retired built-in and clinic exercises leave the library but stay resolvable."""
    made = lib.create_clinic_exercise(db, actor, _definition())
    lib.set_retired(db, actor, "POOL-FLOAT", True)
    lib.set_retired(db, actor, "POOL-FLOAT", True)  # twice is harmless
    lib.set_retired(db, actor, made.code, True)
    offered = lib.clinic_library(db, actor)
    assert "POOL-FLOAT" not in offered and made.code not in offered
    everything = lib.clinic_library(db, actor, include_retired=True)
    assert "POOL-FLOAT" in everything and made.code in everything
    retired = {e.code for e in lib.library_entries(db, actor) if e.retired}
    assert retired == {"POOL-FLOAT", made.code}
    lib.set_retired(db, actor, "POOL-FLOAT", False)
    assert "POOL-FLOAT" in lib.clinic_library(db, actor)


def test_search_and_filters() -> None:
    """Text search folds Nordic letters; filters combine."""
    library = builtin_library().values()
    found = {e.code for e in lib.find_exercises(library, "baekkenloft")}
    assert "GLOB-BRIDGE" in found
    in_water = lib.find_exercises(library, position="water")
    assert {e.category for e in in_water} == {"pool"}
    chair_t3 = lib.find_exercises(library, phase="t3", equipment="chair",
                                  category="global_strength")
    assert chair_t3 and all("chair" in e.equipment and "t3" in e.phases for e in chair_t3)
    assert lib.find_exercises(library, "zzzz") == []


def test_prepare_photo_drops_metadata() -> None:
    """Re-encoding strips EXIF data (it may hold where the photo was taken)."""
    image = Image.new("RGB", (50, 40))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif.tobytes())
    photo = prepare_photo(out.getvalue())
    assert not Image.open(io.BytesIO(photo.data)).getexif()
    assert replace(photo, data=b"").width == 50
