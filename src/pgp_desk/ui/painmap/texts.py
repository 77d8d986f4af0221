"""Words on the pain map: region and quality names from the domain, the rest through tr().

Region, quality and view names are clinical data kept in da/nb/en in
``pgp_desk.domain.painmap`` and are picked by the UI language. The side captions are UI
strings (``tr``); until the lead's .ts files translate them, the domain's caption in the UI
language is used, so the Danish chart never reads "Client's left".
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from pgp_desk.domain.numbers import format_percent
from pgp_desk.domain.painmap import (
    QUALITY_LABELS,
    SIDE_CAPTIONS,
    VIEW_LABELS,
    Quality,
    Side,
    View,
    region,
)
from pgp_desk.ui.i18n import current_language

CONTEXT = "PainMap"


def tr(source: str) -> str:
    """Translate a pain-map UI string (context ``PainMap``)."""
    return QCoreApplication.translate(CONTEXT, source)


def lang() -> str:
    return current_language()


def region_name(region_id: str) -> str:
    return region(region_id).label(lang())


def quality_name(quality: Quality | str | None) -> str:
    if quality is None:
        return ""
    return QUALITY_LABELS[Quality(quality)].get(lang(), QUALITY_LABELS[Quality(quality)]["en"])


def view_name(view: View | str) -> str:
    """"Front" / "Back" (a UI string; the domain's view label until it is translated)."""
    if View(view) is View.FRONT:
        return _or_domain(tr("Front"), "Front", VIEW_LABELS[View.FRONT])
    return _or_domain(tr("Back"), "Back", VIEW_LABELS[View.BACK])


def side_caption(side: Side) -> str:
    """"Client's left" / "Client's right" in the UI language."""
    if side is Side.LEFT:
        return _or_domain(tr("Client's left"), "Client's left", SIDE_CAPTIONS[Side.LEFT])
    return _or_domain(tr("Client's right"), "Client's right", SIDE_CAPTIONS[Side.RIGHT])


def _or_domain(translated: str, source: str, labels: Mapping[str, str]) -> str:
    """The translation, or the domain's label when no translation is installed yet."""
    language = lang()
    if translated == source and language != "en":
        return labels.get(language, translated)
    return translated


def percent(value: float) -> str:
    """A percentage with one decimal in the UI locale ("3,2 %" in Danish)."""
    return format_percent(float(value), lang())
