"""Search normalisation: Nordic spellings meet, numbers are recognised across formats."""

from __future__ import annotations

from datetime import date

import pytest

from pgp_desk.domain.normalise import (
    MAX_QUERY_CHARS,
    MAX_TERMS,
    digits_only,
    name_matches,
    parse_query,
    phone_key,
    query_terms,
    search_key,
)

TODAY = date(2025, 6, 1)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("soren", "Søren"),
        ("soeren", "Søren"),
        ("SØREN", "Søren"),
        ("Sören", "Søren"),
        ("aase", "Åse"),
        ("ase", "Åse"),
        ("åse", "Åse"),
        ("AASE", "Åse"),
        ("maehle", "Mæhle"),
        ("mähle", "Mæhle"),
        ("moeller", "Møller"),
        ("muller", "Müller"),
        ("mueller", "Müller"),
        ("jose", "José"),
        ("nunez", "Núñez"),
        ("oneill", "O'Neill"),
        ("o’neill", "O'Neill"),
        ("strasse", "Straße"),
    ],
)
def test_typed_spellings_reach_the_same_key(typed, stored):
    """Each typed spelling folds to the same key as the stored name."""
    assert search_key(typed) == search_key(stored)


def test_canonical_forms():
    """The folding rules: ø/ö/oe -> o, å/aa -> a, æ/ä/ae -> ae, ü/ue -> u."""
    assert search_key("Søren") == "soren"
    assert search_key("Åse Aagaard") == "ase agard"
    assert search_key("Bæk") == "baek"
    assert search_key("Jürgen") == "jurgen"


def test_ae_is_not_folded_to_a():
    """Æ stays distinct from A, so 'Bæk' does not match 'Bak'."""
    assert search_key("Bæk") != search_key("Bak")


def test_accepted_false_positives():
    """Some different names fold together on purpose (documented trade-off)."""
    assert search_key("Joensen") == search_key("Jonsen")
    assert search_key("Kaare") == search_key("Kare")


def test_all_nordic_capitals_and_lower_case():
    """ÆØÅ and æøå fold alike, whatever the case."""
    assert search_key("ÆØÅ") == search_key("æøå") == "aeoa"


def test_punctuation_and_spaces_become_single_spaces():
    """Hyphens, commas and repeated spaces separate words with one space."""
    assert search_key("  Anne-Marie,\tHansen  ") == "anne marie hansen"


def test_emoji_and_symbols_disappear():
    """Emoji (with joiners and variation selectors) and symbols leave no trace."""
    assert search_key("👩‍⚕️Søren🎉") == "soren"
    assert search_key("🇩🇰 Åse ❤️") == "ase"
    assert search_key("😀") == ""


def test_decomposed_input_equals_composed():
    """'o' followed by a combining diaeresis folds like 'ö'."""
    assert search_key("So\u0308ren") == search_key("Sören") == "soren"


def test_other_scripts_are_kept():
    """Greek or Cyrillic letters survive (case-folded), so such names stay findable."""
    assert search_key("Ольга") == "ольга"
    assert search_key("ΑΛΕΞΑΝΔΡΟΣ") == search_key("Αλέξανδρος")


def test_empty_and_none():
    """Empty text and None give the empty key."""
    assert search_key("") == search_key(None) == ""


def test_300_character_name_is_handled():
    """A 300-character name folds fully (stored keys are not cut)."""
    name = "Øster" * 60
    assert len(name) == 300
    assert search_key(name) == "oster" * 60


def test_typing_a_prefix_keeps_matching():
    """Every prefix of a typed name matches the stored name while the user types."""
    for stored, typed in (("Søren Aagaard", "soeren aagaard"), ("Åse Kaae", "aase kaae")):
        for end in range(1, len(typed) + 1):
            assert name_matches(typed[:end], stored), typed[:end]


def test_name_matches_needs_every_term():
    """All name terms must start some word; order does not matter."""
    assert name_matches("hansen anne", "Anne-Marie Hansen")
    assert name_matches("Soeren", "Jens Søren Ølgaard")
    assert not name_matches("anne jensen", "Anne-Marie Hansen")
    assert not name_matches("", "Anne")
    assert not name_matches("12345678", "Anne")


def test_query_terms_split_names():
    """A typed query splits on spaces, commas and semicolons into folded name keys."""
    assert query_terms("Søren, Aagaard; ", TODAY) == ["soren", "agard"]
    assert query_terms("", TODAY) == []


def test_query_terms_drop_duplicates_and_cap_the_count():
    """Repeated terms are dropped and at most MAX_TERMS terms are kept."""
    assert query_terms("anne Anne ANNE", TODAY) == ["anne"]
    many = " ".join(f"name{i}" for i in range(20))
    assert len(query_terms(many, TODAY)) == MAX_TERMS


def test_long_query_is_cut():
    """A query longer than MAX_QUERY_CHARS is cut before splitting."""
    terms = parse_query("a" * 300 + " søren", TODAY)
    assert [t.key for t in terms] == ["a"]
    assert len(terms[0].text) == MAX_QUERY_CHARS


@pytest.mark.parametrize("typed", ["24.03.1990", "240390", "1990-03-24", "24031990",
                                   "24-03-1990", "24/3/1990", "24.3.90"])
def test_birth_date_spellings_share_one_key(typed):
    """Common ways of typing 24 March 1990 all become the date key 1990-03-24."""
    (term,) = parse_query(typed, TODAY)
    assert term.kind == "date"
    assert term.key == "1990-03-24"
    assert term.birth_date == date(1990, 3, 24)


def test_two_digit_years_pick_the_latest_past_century():
    """'010120' is 2020 and '010130' is 1930 when today is 2025."""
    assert parse_query("010120", TODAY)[0].key == "2020-01-01"
    assert parse_query("010130", TODAY)[0].key == "1930-01-01"


def test_ambiguous_numbers_list_other_readings():
    """Eight digits that form a date may also be a phone number; six may be a number."""
    (term,) = parse_query("24031990", TODAY)
    assert term.also == ("phone",)
    (six,) = parse_query("240390", TODAY)
    assert six.also == ("number",)
    assert six.digits == "240390"


def test_phone_numbers():
    """Eight digits that are no date, or a +45/+47 number, are phone numbers."""
    assert [(t.kind, t.key) for t in parse_query("12 34 56 78", TODAY)] == [
        ("phone", "12345678")]
    assert [(t.kind, t.key) for t in parse_query("+45 12 34 56 78", TODAY)] == [
        ("phone", "12345678")]
    assert parse_query("0047 98765432", TODAY)[0].key == "98765432"


def test_national_ids_are_recognised_with_birth_date():
    """A CPR number (with or without hyphen or space) and a fødselsnummer are national ids."""
    for typed in ("070761-4285", "070761 4285", "0707614285"):
        (term,) = parse_query(typed, TODAY)
        assert (term.kind, term.key) == ("national_id", "0707614285")
        assert term.birth_date == date(1961, 7, 7)
    (fnr,) = parse_query("151086 95088", TODAY)
    assert (fnr.kind, fnr.birth_date) == ("national_id", date(1986, 10, 15))


def test_other_digit_strings_are_plain_numbers():
    """Partial numbers and impossible dates are 'number' terms keyed by their digits."""
    assert [(t.kind, t.key) for t in parse_query("4285", TODAY)] == [("number", "4285")]
    (bad,) = parse_query("30.02.1990", TODAY)
    assert (bad.kind, bad.key) == ("number", "30021990")
    (future,) = parse_query("01.01.2030", TODAY)
    assert future.kind == "number"


def test_mixed_query_keeps_kinds_in_order():
    """'Søren 24.03.1990' is a name term then a date term."""
    assert [(t.kind, t.key) for t in parse_query("Søren 24.03.1990", TODAY)] == [
        ("name", "soren"), ("date", "1990-03-24")]


def test_digit_helpers():
    """digits_only keeps ASCII digits; phone_key strips a Nordic country prefix."""
    assert digits_only("+45 12-34 56.78") == "4512345678"
    assert digits_only(None) == ""
    assert phone_key("+45 12 34 56 78") == "12345678"
    assert phone_key("004712345678") == "12345678"
    assert phone_key("12 34 56 78") == "12345678"
    assert phone_key("+46 8 123 456 78") == "46812345678"
