"""Words on the pain map: region and quality names from the domain, the rest through tr().

Region, quality and view names are clinical data kept in da/nb/en in
``pgp_desk.domain.painmap`` and are picked by the UI language. The side captions are UI
strings (``tr``); until the lead's .ts files translate them, the domain's caption in the UI
language is used, so the Danish chart never reads "Client's left".
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLocale

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
    labels = VIEW_LABELS[View(view)]
    source = {View.FRONT: "Front", View.BACK: "Back"}[View(view)]
    return _tr_or_domain(source, labels)


def side_caption(side: Side) -> str:
    """"Client's left" / "Client's right" in the UI language."""
    source = {Side.LEFT: "Client's left", Side.RIGHT: "Client's right"}[side]
    return _tr_or_domain(source, SIDE_CAPTIONS[side])


def _tr_or_domain(source: str, labels: Mapping[str, str]) -> str:
    text = tr(source)
    language = lang()
    if text == source and language != "en":
        return labels.get(language, text)
    return text


def percent(value: float) -> str:
    """A percentage with one decimal in the UI locale ("3,2 %" in Danish)."""
    number = QLocale().toString(float(value), "f", 1)
    return f"{number}\u00a0%" if lang() in ("da", "nb") else f"{number}%"
