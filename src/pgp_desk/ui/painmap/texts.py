"""Words on the pain map: region and quality names from the domain, the rest Qt-translated.

Region and quality names are content texts (``resources/texts/<lang>.yaml``), the same words
the printed pain map uses, here in the UI language. Every other word is a UI string in
context "PainMap", written as ``translate("PainMap", "…")`` with literal arguments so
lupdate finds it.
"""

from __future__ import annotations

from pgp_desk.content.texts import word
from pgp_desk.domain.numbers import format_percent
from pgp_desk.domain.painmap import Quality, Side, View, region
from pgp_desk.ui.i18n import current_language, translate


def lang() -> str:
    return current_language()


def region_name(region_id: str) -> str:
    return word(lang(), "pain_map_regions", region(region_id).id)


def quality_name(quality: Quality | str | None) -> str:
    if quality is None:
        return ""
    return word(lang(), "pain_map_qualities", Quality(quality).value)


def view_name(view: View | str) -> str:
    """"Front" / "Back" in the UI language."""
    if View(view) is View.FRONT:
        return translate("PainMap", "Front")
    return translate("PainMap", "Back")


def side_caption(side: Side) -> str:
    """"Client's left" / "Client's right" in the UI language."""
    if side is Side.LEFT:
        return translate("PainMap", "Client's left")
    return translate("PainMap", "Client's right")


def percent(value: float) -> str:
    """A percentage with one decimal in the UI locale ("3,2 %" in Danish)."""
    return format_percent(float(value), lang())
