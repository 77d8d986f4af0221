"""Words for the exercise library's codes (category, phase, position, equipment, activity,
target, caution, side) in Danish, Norwegian Bokmål and British English.

The codes are those of the exercise file format (``content.exercises``, CLINICAL.md §7);
the words are content texts (sections ``exercise_<kind>`` of
``resources/texts/<lang>.yaml``), shown to therapists in filters and editors and, for
equipment, printed on a handout.
"""

from __future__ import annotations

from pgp_desk.content.texts import word


def term(kind: str, code: str, lang: str) -> str:
    """The word for a code, e.g. term("position", "side_lying", "da") -> "Sideliggende".

    An unknown code is returned as it is, so a newer file never blanks a screen.
    """
    return word(lang, f"exercise_{kind}", code)
