"""Which characters a stored text may hold: no control characters, format characters kept.

Control characters (Unicode category Cc: NUL, BEL, ESC, DEL, C1 controls ...) never belong
in a name, a phone number or a note. They arrive by accident (a CSV file from another
system, a paste from a terminal) and then crash a PostgreSQL insert (NUL), ring or recolour
the terminal that prints them (BEL, ESC), or hide text. Multi-line fields keep the
newline and the tab (and a Windows line end, CR LF). Format characters (category Cf) are
kept everywhere: the zero-width joiner builds emoji and Arabic and Indic names need it
and the bidi marks.
"""

from __future__ import annotations

import unicodedata

MULTI_LINE_ALLOWED = frozenset("\n\t")


def control_characters(text: str, multi_line: bool = False) -> list[str]:
    """The control characters in ``text`` that the field may not hold (empty: clean)."""
    if text.isprintable():  # the fast path: no Cc, Cf, Zl, Zp or unusual space at all
        return []
    if multi_line:
        text = text.replace("\r\n", "\n")
    allowed = MULTI_LINE_ALLOWED if multi_line else frozenset()
    return [ch for ch in text if unicodedata.category(ch) == "Cc" and ch not in allowed]


def describe_character(ch: str) -> str:
    """A control character as people can read it: U+001B, never the raw byte."""
    return f"U+{ord(ch):04X}"
