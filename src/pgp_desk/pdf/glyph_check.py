"""Which texts of a handout hold characters no embedded face can draw.

`text.markup` prints such a character as a visible box; the handout dialog names them
before the handout is issued, so the therapist can rewrite or accept them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pgp_desk.pdf.model import HandoutData, HandoutExercise
from pgp_desk.pdf.text import unprintable


@dataclass(frozen=True)
class Unprintable:
    """`characters` in the text `where` ("client", "clinic", "therapist", "note",
    "exercise", "advice"); `number` is the exercise's number (0 otherwise)."""

    where: str
    number: int
    characters: str


def _exercise_texts(ex: HandoutExercise) -> Iterable[str]:
    yield from (ex.name, ex.purpose, *ex.steps, *ex.cues, *ex.avoid, ex.dosage_text,
                ex.client_note)


def unprintable_texts(data: HandoutData) -> list[Unprintable]:
    """Every place in the handout with characters that will print as a box."""
    places: list[tuple[str, int, Iterable[str]]] = [
        ("client", 0, [data.client_name]),
        ("clinic", 0, [data.clinic.name, data.clinic.address, data.clinic.phone]),
        ("therapist", 0, [data.therapist_name]),
        ("note", 0, [data.personal_note]),
    ]
    exercises = [list(_exercise_texts(ex)) for ex in data.exercises]
    advice = [t for sec in data.advice for t in (sec.title, sec.intro, *sec.points)]
    if data.second_language is not None:
        places[3] = ("note", 0, [data.personal_note, data.second_language.personal_note])
        for i, ex in enumerate(data.second_language.exercises):
            if i < len(exercises):
                exercises[i] += list(_exercise_texts(ex))
        advice += [t for sec in data.second_language.advice
                   for t in (sec.title, sec.intro, *sec.points)]
    places += [("exercise", n, texts) for n, texts in enumerate(exercises, 1)]
    places.append(("advice", 0, advice))
    found = []
    for where, number, texts in places:
        chars = "".join(dict.fromkeys("".join(unprintable(t) for t in texts if t)))
        if chars:
            found.append(Unprintable(where, number, chars))
    return found
