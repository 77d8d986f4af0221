"""Filling %1, %2 ... of a (translated) template: the one way the app puts values in texts."""

from __future__ import annotations

from pgp_desk.domain.i18n import fill


def test_values_go_to_their_numbers_in_any_order() -> None:
    """A translation may put the values in another order than the English text."""
    assert fill("%1 of %2 answered", 3, 10) == "3 of 10 answered"
    assert fill("Besvaret: %2 i alt, %1 udfyldt", 3, 10) == "Besvaret: 10 i alt, 3 udfyldt"
    assert fill("%1 – %2 – %1", "a", "b") == "a – b – a"


def test_a_value_holding_a_placeholder_stays_as_typed() -> None:
    """A client called "%2" (or a path with %1 in it) is printed as it is, not filled."""
    assert fill("%1 saved by %2", "%2", "Anna") == "%2 saved by Anna"
    assert fill("%1 saved by %2", "x", "%1") == "x saved by %1"


def test_ten_and_more_values() -> None:
    """%10 is the tenth value, never %1 followed by a zero."""
    values = [str(n) for n in range(1, 12)]
    assert fill("%1 %10 %11", *values) == "1 10 11"


def test_missing_values_leave_the_placeholder() -> None:
    """A template with more placeholders than values keeps the rest visible."""
    assert fill("%1 and %2", "a") == "a and %2"
    assert fill("no placeholders", "a") == "no placeholders"
