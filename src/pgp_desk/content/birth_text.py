"""How the baby was born, in words: "Akut kejsersnit".

``domain.birth`` holds the birth-mode codes and the caesarean rule; the words are content
texts (section ``birth_modes`` of ``resources/texts/<lang>.yaml``).
"""

from __future__ import annotations

from pgp_desk.content.texts import word
from pgp_desk.domain.birth import BirthMode


def birth_mode_label(mode: str | None, lang: str) -> str:
    """The mode in words; "" when none is recorded or the code is unknown."""
    if not mode or mode not in {m.value for m in BirthMode}:
        return ""
    return word(lang, "birth_modes", mode)
