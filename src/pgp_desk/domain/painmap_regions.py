"""The pain-map region catalogue: ids, views and the client's side of each region.

Regions follow CLINICAL.md §5 (pelvic girdle pain is felt between the posterior iliac crest
and the gluteal fold near the sacroiliac joints, may spread to the posterior thigh, with or
without symphysis pain; Vleeming et al. 2008, Eur Spine J 17:794-819). Region ids always
name the CLIENT's side. In the back view her left is on the viewer's left, in the front view
on the viewer's right; the UI captions each view "Client's left / right", because mixing
these up is the commonest reading error of pain drawings.

The names of regions, qualities, views and sides are content texts (sections pain_map_regions,
pain_map_qualities, pain_map_views and pain_map_sides of resources/texts/<lang>.yaml), shown
in the UI language on screen and in the reader's language in print.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum


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


def client_left_on_viewer_left(view: View | str) -> bool:
    """True for the back view (we look at her back), False for the front (we face her)."""
    return View(view) is View.BACK


@dataclass(frozen=True)
class Region:
    """One named region of the chart; ``id`` is a stable storage key."""

    id: str
    view: View
    side: Side


_B, _F = View.BACK, View.FRONT
_L, _R, _M = Side.LEFT, Side.RIGHT, Side.MID

# Order: CLINICAL.md §5, back view first; lists, forms and reports use this order.
REGIONS: tuple[Region, ...] = (
    Region("lumbar_l", _B, _L),
    Region("lumbar_r", _B, _R),
    Region("sij_l", _B, _L),
    Region("sij_r", _B, _R),
    Region("sacrum", _B, _M),
    Region("coccyx", _B, _M),
    Region("buttock_l", _B, _L),
    Region("buttock_r", _B, _R),
    Region("trochanter_l", _B, _L),
    Region("trochanter_r", _B, _R),
    Region("post_thigh_l", _B, _L),
    Region("post_thigh_r", _B, _R),
    Region("lower_leg_back_l", _B, _L),
    Region("lower_leg_back_r", _B, _R),
    Region("symphysis", _F, _M),
    Region("groin_l", _F, _L),
    Region("groin_r", _F, _R),
    Region("lower_abdomen", _F, _M),
    Region("ant_thigh_l", _F, _L),
    Region("ant_thigh_r", _F, _R),
    Region("inner_thigh_l", _F, _L),
    Region("inner_thigh_r", _F, _R),
    Region("perineum", _F, _M),
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
