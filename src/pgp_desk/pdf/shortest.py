"""Choosing the shortest of a few arrangements of a card, remembering the choice.

A card is laid out several ways and the shortest kept (see `cards`); measuring means
wrapping every paragraph of every arrangement, most of a handout's time. The same exercise
with the same dosage, language, type scale and width always gives the same heights, so the
winner is remembered by that content: a later card (in this handout, the next one or a
batch) builds only the arrangement that won. The chosen arrangement is the one a full
measurement picks, so the PDF bytes are the same either way.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence

from reportlab.platypus import Flowable

from pgp_desk.pdf.model import HandoutExercise

Rows = list[list[object]]
MAX_REMEMBERED = 4096
_chosen: dict[Hashable, int] = {}


def rows_height(rows: Rows, width: float, frame_h: float) -> float:
    """How tall the card rows are (each row holds one flowable or a list of them)."""
    total = 0.0
    for row in rows:
        cell = row[0]
        parts = cell if isinstance(cell, list) else [cell]
        for part in parts:
            if isinstance(part, Flowable):
                total += part.wrap(width, frame_h)[1] + part.getSpaceAfter()
    return total


def exercise_key(ex: HandoutExercise | None) -> Hashable:
    """Everything of an exercise that can change the height of its card."""
    if ex is None:
        return None
    return (ex.name, ex.purpose, tuple(ex.steps), tuple(ex.cues), tuple(ex.avoid),
            ex.dosage_text, ex.client_note, ex.illustration_svg, ex.photo)


def shortest(key: Hashable, arrangements: Sequence[Callable[[], Rows]], width: float,
             frame_h: float) -> Rows:
    """The first of the shortest ``arrangements`` (each builds fresh flowables); ``key``
    names everything their heights depend on besides ``width`` and ``frame_h``."""
    known = (key, width, frame_h)
    index = _chosen.get(known)
    if index is not None:
        return arrangements[index]()
    built = [arrange() for arrange in arrangements]
    heights = [rows_height(rows, width, frame_h) for rows in built]
    index = heights.index(min(heights))
    if len(_chosen) >= MAX_REMEMBERED:
        del _chosen[next(iter(_chosen))]
    _chosen[known] = index
    return built[index]


def forget() -> None:
    """Measure everything again (tests compare a measured layout with a remembered one)."""
    _chosen.clear()
