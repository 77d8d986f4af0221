"""The pain-map region catalogue: ids, views, the client's side and labels in da/nb/en.

Regions follow CLINICAL.md §5 (pelvic girdle pain is felt between the posterior iliac crest
and the gluteal fold near the sacroiliac joints, may spread to the posterior thigh, with or
without symphysis pain; Vleeming et al. 2008, Eur Spine J 17:794-819). Region ids always
name the CLIENT's side. In the back view her left is on the viewer's left, in the front view
on the viewer's right; the UI captions each view "Client's left / right", because mixing
these up is the commonest reading error of pain drawings.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from pgp_desk.domain.i18n import pick


class PainMapError(ValueError):
    """A pain map, mark, stroke or chart geometry that breaks the rules."""


class View(StrEnum):
    FRONT = "front"
    BACK = "back"


class Side(StrEnum):
    """The client's side (never the viewer's)."""

    LEFT = "l"
    RIGHT = "r"
    MID = "mid"


class Quality(StrEnum):
    ACHING = "aching"
    SHARP = "sharp"
    BURNING = "burning"
    PINS_NEEDLES = "pins_needles"
    NUMBNESS = "numbness"


QUALITY_LABELS: Mapping[Quality, Mapping[str, str]] = {
    Quality.ACHING: {"da": "Murrende", "nb": "Verkende", "en": "Aching"},
    Quality.SHARP: {"da": "Skarp", "nb": "Skarp", "en": "Sharp"},
    Quality.BURNING: {"da": "Brændende", "nb": "Brennende", "en": "Burning"},
    Quality.PINS_NEEDLES: {"da": "Prikkende", "nb": "Prikkende", "en": "Pins and needles"},
    Quality.NUMBNESS: {"da": "Følelsesløs", "nb": "Nummen", "en": "Numbness"},
}

VIEW_LABELS: Mapping[View, Mapping[str, str]] = {
    View.FRONT: {"da": "Forfra", "nb": "Forfra", "en": "Front"},
    View.BACK: {"da": "Bagfra", "nb": "Bakfra", "en": "Back"},
}

# Captions under each view (CONTENT.md, "The body chart").
SIDE_CAPTIONS: Mapping[Side, Mapping[str, str]] = {
    Side.LEFT: {"da": "Patientens venstre", "nb": "Pasientens venstre", "en": "Client's left"},
    Side.RIGHT: {"da": "Patientens højre", "nb": "Pasientens høyre", "en": "Client's right"},
}


def client_left_on_viewer_left(view: View | str) -> bool:
    """True for the back view (we look at her back), False for the front (we face her)."""
    return View(view) is View.BACK


@dataclass(frozen=True)
class Region:
    """One named region of the chart; ``id`` is a stable storage key."""

    id: str
    view: View
    side: Side
    labels: Mapping[str, str]

    def label(self, lang: str = "da") -> str:
        return pick(self.labels, lang)


def _r(rid: str, view: View, side: Side, da: str, nb: str, en: str) -> Region:
    return Region(rid, view, side, {"da": da, "nb": nb, "en": en})


_B, _F = View.BACK, View.FRONT
_L, _R, _M = Side.LEFT, Side.RIGHT, Side.MID

# Order: CLINICAL.md §5, back view first; lists, forms and reports use this order.
REGIONS: tuple[Region, ...] = (
    _r("lumbar_l", _B, _L, "Venstre side af lænden", "Venstre side av korsryggen",
       "Left side of the lower back"),
    _r("lumbar_r", _B, _R, "Højre side af lænden", "Høyre side av korsryggen",
       "Right side of the lower back"),
    _r("sij_l", _B, _L, "Venstre SI-led", "Venstre SI-ledd", "Left sacroiliac joint"),
    _r("sij_r", _B, _R, "Højre SI-led", "Høyre SI-ledd", "Right sacroiliac joint"),
    _r("sacrum", _B, _M, "Korsbenet", "Korsbeinet", "Sacrum"),
    _r("coccyx", _B, _M, "Halebenet", "Halebeinet", "Tailbone (coccyx)"),
    _r("buttock_l", _B, _L, "Venstre balde", "Venstre side av setet", "Left buttock"),
    _r("buttock_r", _B, _R, "Højre balde", "Høyre side av setet", "Right buttock"),
    _r("trochanter_l", _B, _L, "Ydersiden af venstre hofte", "Yttersiden av venstre hofte",
       "Outer side of the left hip"),
    _r("trochanter_r", _B, _R, "Ydersiden af højre hofte", "Yttersiden av høyre hofte",
       "Outer side of the right hip"),
    _r("post_thigh_l", _B, _L, "Bagsiden af venstre lår", "Baksiden av venstre lår",
       "Back of the left thigh"),
    _r("post_thigh_r", _B, _R, "Bagsiden af højre lår", "Baksiden av høyre lår",
       "Back of the right thigh"),
    _r("lower_leg_back_l", _B, _L, "Venstre læg", "Venstre legg", "Left calf"),
    _r("lower_leg_back_r", _B, _R, "Højre læg", "Høyre legg", "Right calf"),
    _r("symphysis", _F, _M, "Symfysen (skambenet)", "Symfysen (skambeinet)",
       "Pubic symphysis"),
    _r("groin_l", _F, _L, "Venstre lyske", "Venstre lyske", "Left groin"),
    _r("groin_r", _F, _R, "Højre lyske", "Høyre lyske", "Right groin"),
    _r("lower_abdomen", _F, _M, "Nederst på maven", "Nederst på magen", "Lower abdomen"),
    _r("ant_thigh_l", _F, _L, "Forsiden af venstre lår", "Forsiden av venstre lår",
       "Front of the left thigh"),
    _r("ant_thigh_r", _F, _R, "Forsiden af højre lår", "Forsiden av høyre lår",
       "Front of the right thigh"),
    _r("inner_thigh_l", _F, _L, "Indersiden af venstre lår", "Innsiden av venstre lår",
       "Inner side of the left thigh"),
    _r("inner_thigh_r", _F, _R, "Indersiden af højre lår", "Innsiden av høyre lår",
       "Inner side of the right thigh"),
    _r("perineum", _F, _M, "Mellemkødet", "Mellomkjøttet", "Perineum"),
)
REGION_BY_ID: Mapping[str, Region] = {r.id: r for r in REGIONS}
REGION_IDS: tuple[str, ...] = tuple(r.id for r in REGIONS)
_ORDER = {rid: i for i, rid in enumerate(REGION_IDS)}


def region(region_id: str) -> Region:
    """The catalogue entry for ``region_id``; PainMapError when unknown."""
    try:
        return REGION_BY_ID[region_id]
    except KeyError:
        raise PainMapError(f"unknown pain-map region {region_id!r}") from None


def regions_in_view(view: View | str) -> tuple[Region, ...]:
    v = View(view)
    return tuple(r for r in REGIONS if r.view is v)


def in_catalogue_order(ids: Iterable[str]) -> tuple[str, ...]:
    """The ids, each once, sorted as in ``REGIONS``."""
    return tuple(sorted(set(ids), key=_ORDER.__getitem__))
