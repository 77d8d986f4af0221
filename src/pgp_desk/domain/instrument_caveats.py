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

PREGNANCY_PHASES = frozenset({"t1", "t2", "t3"})

# Instruments with a caveat in pregnancy; the sentences are content texts (section
# ``instrument_caveats``, ``content.score_text.pregnancy_caveats``).
CAVEATS = ("RMDQ",)


def pregnancy_caveat_codes(scored_codes: Iterable[str], phase: str | None) -> list[str]:
    """Instruments scored at an assessment in pregnancy that need a caveat; none after birth."""
    if phase not in PREGNANCY_PHASES:
        return []
    codes = set(scored_codes)
    return [code for code in CAVEATS if code in codes]
