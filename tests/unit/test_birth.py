"""Birth mode and the first weeks after a caesarean (domain.birth)."""

from __future__ import annotations

from pgp_desk.content.birth_text import birth_mode_label
from pgp_desk.content.texts import section
from pgp_desk.domain.birth import BirthMode, caesarean_care_applies, is_caesarean


def test_every_mode_has_words_in_three_languages() -> None:
    """Vaginal, assisted, planned and emergency caesarean read in da, nb and en."""
    assert [m.value for m in BirthMode] == [
        "vaginal", "assisted", "planned_caesarean", "emergency_caesarean"]
    for lang in ("da", "nb", "en"):
        assert set(section(lang, "birth_modes")) == {m.value for m in BirthMode}
    assert birth_mode_label("emergency_caesarean", "da") == "Akut kejsersnit"
    assert birth_mode_label(None, "da") == "" and birth_mode_label("stork", "en") == ""


def test_caesarean_care_lasts_six_weeks_from_the_birth() -> None:
    """Day 41 after a caesarean still needs care; day 42 (6+0) no longer; vaginal never."""
    assert is_caesarean("planned_caesarean") and not is_caesarean("assisted")
    assert caesarean_care_applies("emergency_caesarean", 0)
    assert caesarean_care_applies("planned_caesarean", 41)
    assert not caesarean_care_applies("planned_caesarean", 42)
    assert not caesarean_care_applies("vaginal", 3)
    assert not caesarean_care_applies("planned_caesarean", None)
