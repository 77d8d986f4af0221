"""A card's arrangement, a paragraph's parsed text and a compressed stream are each made once
per content and remembered; the bytes never change."""

from __future__ import annotations

from collections import OrderedDict

import pytest
from test_pdf_handout import danish_data, danish_exercises, english_exercises

from pgp_desk.pdf import compression, paragraph, render_handout, shortest, text
from pgp_desk.pdf.model import HandoutOptions, HandoutTranslation


class _Forgetful(OrderedDict):  # type: ignore[type-arg]
    """Remembers nothing: every card is measured, every text parsed and every stream
    compressed in full, as before the memories existed."""

    def __setitem__(self, key: object, value: object) -> None:
        return None


LAYOUTS = {
    "normal": (HandoutOptions(), False),
    "large print": (HandoutOptions(large_print=True), False),
    "compact": (HandoutOptions(compact=True), False),
    "two languages": (HandoutOptions(side_by_side=True), True),
    "two languages, large print": (HandoutOptions(side_by_side=True, large_print=True), True),
}


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_remembered_arrangements_give_the_same_bytes(name: str,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    options, two = LAYOUTS[name]

    def data():  # type: ignore[no-untyped-def]
        extra = {"second_language": HandoutTranslation("en", english_exercises())} if two else {}
        return danish_data(exercises=danish_exercises() * 2, **extra)  # each card twice

    with monkeypatch.context() as patch:
        patch.setattr(shortest, "_chosen", _Forgetful())
        patch.setattr(paragraph, "_parsed", _Forgetful())
        patch.setattr(compression.remember_compression(), "_kept", _Forgetful())
        measured = render_handout(data(), options)
    shortest.forget()
    text._text_markup.cache_clear()
    paragraph.forget()
    compression.forget()
    first = render_handout(data(), options)
    again = render_handout(data(), options)
    assert measured == first == again


def test_only_the_winning_arrangement_is_built_again() -> None:
    shortest.forget()
    built: list[str] = []

    def arrangement(name: str, height: float):  # type: ignore[no-untyped-def]
        from reportlab.platypus import Spacer

        def build() -> shortest.Rows:
            built.append(name)
            return [[Spacer(10, height)]]
        return build

    choices = [arrangement("tall", 90), arrangement("short", 40), arrangement("same", 40)]
    rows = shortest.shortest(("card", 1), choices, 200, 700)
    assert built == ["tall", "short", "same"]
    assert rows[0][0].height == 40  # type: ignore[attr-defined]
    built.clear()
    shortest.shortest(("card", 1), choices, 200, 700)
    assert built == ["short"]  # the first of the shortest, measured nothing
    built.clear()
    shortest.shortest(("card", 1), choices, 180, 700)  # another width: measured again
    assert built == ["tall", "short", "same"]
