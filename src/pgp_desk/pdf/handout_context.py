"""The shared state of one handout being laid out: data, options, styles, frame, languages."""

from __future__ import annotations

from dataclasses import dataclass

from pgp_desk.pdf.labels import label
from pgp_desk.pdf.model import HandoutData, HandoutOptions
from pgp_desk.pdf.styles import Styles


@dataclass(frozen=True)
class HandoutContext:
    """Everything the parts of a handout need to know about the document being built."""

    data: HandoutData
    options: HandoutOptions
    styles: Styles
    width: float
    frame_h: float
    lang: str
    lang2: str | None  # set only when the side-by-side layout is in use

    def lab(self, key: str) -> str:
        """A static label, with the second language after a slash when side by side."""
        first = label(self.lang, key)
        if self.lang2 is None:
            return first
        second = label(self.lang2, key)
        return first if second == first else f"{first} / {second}"
