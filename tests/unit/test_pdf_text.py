"""Untrusted text on the page: right-to-left scripts in reading order, nothing crashes."""

from __future__ import annotations

from pgp_desk.pdf.text import clean, markup, visual_order


def test_hebrew_is_drawn_right_to_left() -> None:
    """A Hebrew word is reversed into drawing order; Latin text around it keeps its order."""
    assert visual_order("שלום") == "םולש"
    assert visual_order("Anna שלום") == "Anna םולש"
    assert visual_order("Søren Østergaard") == "Søren Østergaard"


def test_arabic_letters_are_joined() -> None:
    """Arabic is shaped into presentation forms before being put in visual order."""
    shaped = visual_order("مرحبا")
    assert all(0xFE70 <= ord(ch) <= 0xFEFF for ch in shaped)


def test_mixed_lines_and_bad_code_points_survive() -> None:
    """Each line is ordered on its own; a lone surrogate never crashes the ordering."""
    assert visual_order("שלום\nhej").split("\n")[1] == "hej"
    assert clean("שלום \ud800 x")  # no exception, something printable remains
    assert "&lt;" in markup("<שלום>")
