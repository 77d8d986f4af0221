"""Colours of the pain map: one 0-10 intensity ramp, readable in colour and in greyscale.

The ramp runs from pale yellow through orange and red to a dark wine red, with the grey
value falling at every step (luma 239 at NRS 1 down to 33 at NRS 10), so a black-and-white
printout or a colour-blind reader still sees the order. NRS 0 ("asked, no pain here") is a
neutral light grey. ``pgp_desk.pdf.painmap_drawing`` keeps the same list (the pdf layer may
not import Qt); a test pins the two together.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

INTENSITY_RAMP: tuple[str, ...] = (
    "#f4f4f4",  # 0: asked, no pain
    "#fff2b2",
    "#fee391",
    "#fec44f",
    "#fe9f3a",
    "#f7782a",
    "#e8521f",
    "#cc3019",
    "#a81d1c",
    "#7d1220",
    "#4f0b1e",  # 10
)

OUTLINE = "#2f3a45"          # body outline, as in the SVG
REGION_IDLE = "#5f88b0"      # dashed outline of an unmarked region, as in the SVG
REGION_HOVER = "#1c6dd0"     # outline of the region under the pointer
FOCUS = "#0b57d0"            # keyboard focus ring
SHADING = "#3d4fc4"          # freehand shading (cool blue, apart from the warm ramp)
SHADING_OPACITY = 0.42
TEXT = "#1f2933"


def luma(hex_colour: str) -> float:
    """Rec. 601 grey value 0-255 (what a greyscale printer or screenshot keeps)."""
    c = QColor(hex_colour)
    return 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue()


def intensity_colour(intensity: int) -> QColor:
    """Fill colour for an NRS value 0-10."""
    return QColor(INTENSITY_RAMP[max(0, min(10, int(intensity)))])


def number_colour(intensity: int) -> QColor:
    """Dark or white text, whichever reads better on ``intensity_colour``."""
    light = luma(INTENSITY_RAMP[max(0, min(10, int(intensity)))]) > 140
    return QColor("#1b1b1b") if light else QColor("#ffffff")


def halo_colour(intensity: int) -> QColor:
    """The opposite of ``number_colour``: an outline that keeps a number legible anywhere."""
    return QColor("#ffffff") if number_colour(intensity).red() < 128 else QColor("#1b1b1b")
