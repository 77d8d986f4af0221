"""Authorisation IDs, roles and signatures (domain.people) on worked examples."""

from __future__ import annotations

import pytest

from pgp_desk.domain.people import normalise_roles, parse_authorisation_id, signature


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("0C25Q", "dk", "0C25Q"),  # digits and consonants
    ("0c 25q", "dk", "0C25Q"),  # typed lower case with a space
    ("09YM8", "dk", "09YM8"),  # Y is the one vowel allowed
    ("12345", "dk", "12345"),  # five digits is a Danish ID
    ("9144889", "no", "9144889"),  # a seven-digit HPR number
    ("565501872", "no", "565501872"),  # nine digits
])
def test_authorisation_ids_of_both_countries(text: str, kind: str, value: str) -> None:
    """Danish IDs are 5 digits/consonants/Y; Norwegian HPR numbers 6 to 9 digits."""
    parsed = parse_authorisation_id(text)
    assert parsed is not None
    assert (parsed.kind, parsed.value) == (kind, value)


@pytest.mark.parametrize("text", ["0A25Q", "0C25", "0C25QX", "1234567890", "12-45", "", "ÆØÅ12"])
def test_wrong_shapes_are_refused(text: str) -> None:
    """Vowels other than Y, wrong lengths and punctuation are no authorisation ID."""
    assert parse_authorisation_id(text) is None


def test_signature_names_the_register() -> None:
    """A record is signed with the full name and the ID with its register's abbreviation."""
    assert signature("Mette Holm", "0c25q") == "Mette Holm (aut.-ID 0C25Q)"
    assert signature("Ingrid Håland", "9047312") == "Ingrid Håland (HPR-nr. 9047312)"
    assert signature("Sofie Lund", "") == "Sofie Lund"


def test_roles_keep_a_fixed_order_and_refuse_unknown_names() -> None:
    """A clinic owner holds several roles; the set is stored the same way every time."""
    assert normalise_roles("therapist admin therapist") == ("admin", "therapist")
    with pytest.raises(ValueError):
        normalise_roles(["root"])
