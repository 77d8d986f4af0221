"""The stage of pregnancy in words: "uge 24+3", "8 uger efter fødsel".

``domain.stage_text`` picks the phrase and its number; the words are content texts
(section ``stage`` of ``resources/texts/<lang>.yaml``), read in the screen's language or
the reader's.
"""

from __future__ import annotations

from pgp_desk.content.texts import text
from pgp_desk.domain.i18n import lang_or_fallback
from pgp_desk.domain.pregnancy import Stage
from pgp_desk.domain.stage_text import stage_phrase


def stage_label(stage: Stage | None, lang: str = "da") -> str:
    """Short label: "uge 24+3" in pregnancy, "8 uger efter fødsel" after; "" when unknown."""
    if stage is None:
        return ""
    lang = lang_or_fallback(lang)
    phrase, n = stage_phrase(stage)
    return text(lang, f"stage.{phrase}", n=n, gestation=stage.gestation)


def stage_long_label(stage: Stage | None, lang: str = "da") -> str:
    """Label with the trimester in pregnancy: "uge 24+3 · 2. trimester"."""
    label = stage_label(stage, lang)
    if stage is not None and stage.trimester is not None:
        lang = lang_or_fallback(lang)
        return text(lang, "stage.long", label=label,
                    trimester=text(lang, "stage.trimester", n=stage.trimester))
    return label
