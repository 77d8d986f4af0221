"""What a score cannot say in pregnancy: caveats the report prints beside it.

The Roland-Morris Disability Questionnaire attributes every statement to the back ("...
because of my back"; Roland & Morris 1983, Spine 8:141-144). In pregnancy, lying down to
rest, a poorer appetite and poorer sleep are common for reasons of the pregnancy itself,
so those statements can be ticked without the back being the cause and the count can
overstate back-related disability. The PGQ is the condition-specific measure for pelvic
girdle pain (Stuge et al. 2011). The report says so whenever an RMDQ was scored in
pregnancy; the clinic's own imported RMDQ (same code) gets the same caveat.
"""

from __future__ import annotations

from collections.abc import Iterable

from pgp_desk.domain.i18n import pick

PREGNANCY_PHASES = frozenset({"t1", "t2", "t3"})

CAVEATS: dict[str, dict[str, str]] = {
    "RMDQ": {
        "da": "RMDQ i graviditeten: udsagn om at ligge ned og hvile, appetit og søvn "
        "påvirkes også af selve graviditeten, så scoren kan overvurdere det, ryggen "
        "begrænser. Hvert udsagn gælder kun, når det skyldes ryggen (Roland & Morris 1983); "
        "PGQ er det specifikke mål for bækkensmerter.",
        "nb": "RMDQ i svangerskapet: utsagn om å ligge og hvile, matlyst og søvn påvirkes "
        "også av selve svangerskapet, så skåren kan overvurdere det ryggen begrenser. Hvert "
        "utsagn gjelder bare når det skyldes ryggen (Roland & Morris 1983); PGQ er det "
        "spesifikke målet for bekkenleddsmerter.",
        "en": "RMDQ in pregnancy: the statements on lying down to rest, appetite and sleep "
        "are also affected by the pregnancy itself, so the score may overstate what the back "
        "limits. Each statement counts only when the back is the cause (Roland & Morris "
        "1983); the PGQ is the specific measure for pelvic girdle pain.",
    },
}


def pregnancy_caveats(scored_codes: Iterable[str], phase: str | None, lang: str) -> list[str]:
    """Caveats for the instruments scored at an assessment in pregnancy; none after birth."""
    if phase not in PREGNANCY_PHASES:
        return []
    codes = set(scored_codes)
    return [pick(texts, lang) for code, texts in CAVEATS.items() if code in codes]
