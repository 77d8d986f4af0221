"""Exercise dosage (CERT, Slade et al. 2016): limits, storage and plain words."""

from __future__ import annotations

import pytest

from pgp_desk.content.dosage_text import render_dosage, render_pain_rule
from pgp_desk.content.texts import section
from pgp_desk.domain.dosage import PAIN_RULES, Dosage, DosageError


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("da", "3 × 10 gentagelser, hold 5 sekunder, 2 gange dagligt"),
        ("nb", "3 × 10 repetisjoner, hold 5 sekunder, 2 ganger daglig"),
        ("en", "3 × 10 repetitions, hold 5 seconds, twice a day"),
    ],
)
def test_brief_example_in_three_languages(lang, expected):
    """Sets × reps, hold and times per day read as one plain line."""
    dosage = Dosage(sets=3, reps=10, hold_seconds=5, times_per_day=2)
    assert render_dosage(dosage, lang) == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("da", "1 gentagelse, hold 1 sekund, 1 gang dagligt"),
        ("nb", "1 repetisjon, hold 1 sekund, 1 gang daglig"),
        ("en", "1 repetition, hold 1 second, once a day"),
    ],
)
def test_singulars(lang, expected):
    """One of anything takes the singular form; English says 'once a day'."""
    dosage = Dosage(reps=1, hold_seconds=1, times_per_day=1, days_per_week=7)
    assert render_dosage(dosage, lang) == expected


@pytest.mark.parametrize(
    ("lang", "days", "expected"),
    [
        ("da", 1, "i 20 minutter, 1 gang om ugen"),
        ("nb", 1, "i 20 minutter, 1 gang i uken"),
        ("en", 1, "for 20 minutes, once a week"),
        ("da", 3, "i 20 minutter, 3 gange om ugen"),
        ("en", 3, "for 20 minutes, 3 times a week"),
    ],
)
def test_once_on_some_days_reads_as_times_a_week(lang, days, expected):
    """A weekly pool session is "1 gang om ugen", not "1 gang dagligt, 1 dag om ugen"."""
    dosage = Dosage(duration_minutes=20, times_per_day=1, days_per_week=days)
    assert render_dosage(dosage, lang) == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("da", "2 × 10 gentagelser på hver side, pause 30 sekunder mellem sættene, "
               "5 dage om ugen"),
        ("nb", "2 × 10 repetisjoner på hver side, pause 30 sekunder mellom settene, "
               "5 dager i uken"),
        ("en", "2 × 10 repetitions on each side, rest 30 seconds between sets, "
               "5 days a week"),
    ],
)
def test_side_rest_and_days_per_week(lang, expected):
    """Both sides, rest between sets and days per week in each language."""
    dosage = Dosage(sets=2, reps=10, rest_seconds=30, side="both", days_per_week=5)
    assert render_dosage(dosage, lang) == expected


@pytest.mark.parametrize(
    ("side", "da", "nb", "en"),
    [
        ("left", "8 gentagelser på venstre side", "8 repetisjoner på venstre side",
         "8 repetitions on the left side"),
        ("right", "8 gentagelser på højre side", "8 repetisjoner på høyre side",
         "8 repetitions on the right side"),
        ("alternate", "8 gentagelser skiftevis højre og venstre",
         "8 repetisjoner vekselvis høyre og venstre", "8 repetitions alternating right and left"),
        ("none", "8 gentagelser", "8 repetisjoner", "8 repetitions"),
    ],
)
def test_side_words(side, da, nb, en):
    """Each side value has its own words; 'none' adds nothing."""
    dosage = Dosage(reps=8, side=side)
    assert [render_dosage(dosage, lang) for lang in ("da", "nb", "en")] == [da, nb, en]


def test_side_alone_without_repetitions():
    """A dosage that only says the side reads 'hver side' / 'each side'."""
    assert render_dosage(Dosage(side="both"), "da") == "hver side"
    assert render_dosage(Dosage(side="both"), "en") == "each side"


def test_every_day():
    """Seven days a week reads 'hver dag' / 'hver dag' / 'every day'."""
    dosage = Dosage(days_per_week=7)
    assert [render_dosage(dosage, lang) for lang in ("da", "nb", "en")] == [
        "hver dag", "hver dag", "every day"]


def test_every_day_is_not_repeated_after_times_per_day():
    """'2 gange dagligt' already means every day, so 'hver dag' is left out."""
    dosage = Dosage(times_per_day=2, days_per_week=7)
    assert render_dosage(dosage, "da") == "2 gange dagligt"
    assert render_dosage(Dosage(times_per_day=3, days_per_week=7), "en") == "3 times a day"


def test_tempo_in_words():
    """Tempo 3-1-3 is explained in seconds; a zero pause is left out."""
    assert render_dosage(Dosage(tempo="3-1-3"), "da") == (
        "tempo 3-1-3 (3 sekunder i bevægelsen, 1 sekund stille, 3 sekunder tilbage)")
    assert render_dosage(Dosage(tempo="10-0-10"), "nb") == (
        "tempo 10-0-10 (10 sekunder i bevegelsen, 10 sekunder tilbake)")
    assert render_dosage(Dosage(tempo="2-2"), "en") == "tempo 2-2"


def test_whole_minutes_read_as_minutes():
    """A hold of 120 s reads '2 minutter'; 60 s reads '1 minute'; 90 s stays in seconds."""
    assert render_dosage(Dosage(hold_seconds=120), "da") == "hold 2 minutter"
    assert render_dosage(Dosage(hold_seconds=60), "en") == "hold 1 minute"
    assert render_dosage(Dosage(hold_seconds=90), "nb") == "hold 90 sekunder"


def test_rest_without_several_sets():
    """Rest with one set (or none) is a plain pause, not 'between sets'."""
    assert render_dosage(Dosage(reps=10, rest_seconds=20), "en") == (
        "10 repetitions, rest 20 seconds")
    assert render_dosage(Dosage(reps=10, rest_seconds=0), "en") == "10 repetitions"


def test_sets_with_hold_only():
    """Sets without repetitions read as '3 sæt, hold 30 sekunder'."""
    assert render_dosage(Dosage(sets=3, hold_seconds=30), "da") == "3 sæt, hold 30 sekunder"
    assert render_dosage(Dosage(sets=1, hold_seconds=30), "en") == "1 set, hold 30 seconds"


def test_empty_dosage_renders_empty():
    """A dosage with nothing in it is empty and renders as ''."""
    assert Dosage().is_empty
    assert all(render_dosage(Dosage(), lang) == "" for lang in ("da", "nb", "en"))
    assert render_dosage(Dosage(), "da", with_pain_rule=True) == ""


def test_norwegian_never_uses_danish_words():
    """A full Norwegian dosage contains no Danish spellings."""
    dosage = Dosage(sets=2, reps=10, hold_seconds=5, rest_seconds=30, tempo="3-1-3",
                    side="right", times_per_day=2, days_per_week=5,
                    pain_rule="pain_max_3_settles")
    text = render_dosage(dosage, "nb", with_pain_rule=True)
    for danish in ("gentagelse", "uge", "dagligt", "højre", "sæt", "bevægelse", "op til"):
        assert danish not in text


def test_pain_rule_code_and_free_text():
    """A known pain-rule code is written out; free text is shown as written."""
    dosage = Dosage(reps=10, pain_rule="pain_max_3_settles")
    assert render_dosage(dosage, "en", with_pain_rule=True) == (
        "10 repetitions. A little pain, up to 3 out of 10, is fine if it has settled by "
        "the next day.")
    assert render_dosage(dosage, "en") == "10 repetitions"
    assert render_pain_rule("Stop ved jag i lysken.", "da") == "Stop ved jag i lysken."
    assert render_dosage(Dosage(pain_rule="pain_free"), "nb", with_pain_rule=True) == (
        "Gjør øvelsen uten at det gjør vondt.")
    for lang in ("da", "nb", "en"):
        assert set(section(lang, "dosage_pain_rules")) == set(PAIN_RULES)


def test_unknown_language_falls_back_to_english():
    """An unsupported language renders in English rather than failing."""
    assert render_dosage(Dosage(reps=2), "sv") == "2 repetitions"


@pytest.mark.parametrize(
    ("dosage", "problem"),
    [
        (Dosage(sets=0, reps=10), "sets_out_of_range"),
        (Dosage(reps=101), "reps_out_of_range"),
        (Dosage(hold_seconds=0), "hold_seconds_out_of_range"),
        (Dosage(rest_seconds=-1), "rest_seconds_out_of_range"),
        (Dosage(times_per_day=11), "times_per_day_out_of_range"),
        (Dosage(days_per_week=8), "days_per_week_out_of_range"),
        (Dosage(reps=True), "reps_not_a_number"),
        (Dosage(reps=2.5), "reps_not_a_number"),
        (Dosage(tempo="slow"), "bad_tempo"),
        (Dosage(tempo="3-1-3-1-3"), "bad_tempo"),
        (Dosage(side="top"), "bad_side"),
        (Dosage(pain_rule="x" * 301), "bad_pain_rule"),
    ],
)
def test_validation_problems(dosage, problem):
    """Out-of-range or malformed fields are reported by code."""
    assert problem in dosage.validate()


def test_exercise_needs_reps_or_hold():
    """For an exercise, reps or a hold time is required; both together are fine."""
    assert Dosage(sets=3).validate(require_load=True) == ["reps_or_hold_required"]
    assert Dosage(reps=10, hold_seconds=5).validate(require_load=True) == []
    assert Dosage(hold_seconds=30).validate(require_load=True) == []
    assert Dosage().validate() == []


def test_round_trip_and_exercise_file_shape():
    """An exercise file's default_dosage loads, and to_dict/from_dict round-trip."""
    data = {"sets": 2, "reps": 10, "hold_seconds": None, "rest_seconds": 30,
            "tempo": "3-1-3", "side": "both", "times_per_day": 1, "days_per_week": 5}
    dosage = Dosage.from_dict(data)
    assert dosage.to_dict() == {**data, "pain_rule": None, "duration_minutes": None}
    assert Dosage.from_dict(dosage.to_dict()) == dosage


def test_from_dict_defaults_and_errors():
    """Missing keys mean None (side 'none'); unknown keys and bad values raise DosageError."""
    assert Dosage.from_dict({}) == Dosage()
    assert Dosage.from_dict(None) == Dosage()
    assert Dosage.from_dict({"side": None, "tempo": " ", "pain_rule": ""}) == Dosage()
    with pytest.raises(DosageError) as err:
        Dosage.from_dict({"reps": 10, "repetitions": 10})
    assert err.value.code == "unknown_field"
    with pytest.raises(DosageError) as err:
        Dosage.from_dict({"reps": 500})
    assert err.value.code == "reps_out_of_range"


def test_minutes_each_time_for_walking_and_resting() -> None:
    """A walk or a rest is dosed in minutes: 'i 10 minutter' / 'for 10 minutes'."""
    walk = Dosage(duration_minutes=10, times_per_day=2, days_per_week=5)
    assert render_dosage(walk, "da") == "i 10 minutter, 2 gange dagligt, 5 dage om ugen"
    assert render_dosage(walk, "nb") == "i 10 minutter, 2 ganger daglig, 5 dager i uken"
    assert render_dosage(Dosage(duration_minutes=1), "en") == "for 1 minute"
    assert not walk.validate(require_load=True)
    assert Dosage(duration_minutes=181).validate() == ["duration_minutes_out_of_range"]
    assert Dosage.from_dict(walk.to_dict()) == walk
