"""ReportLab's Paragraph, its lines broken once per width.

A card is measured (to pick its shortest arrangement), placed, tried against the rest of a
page, moved and drawn, each time at the same width, and every time ReportLab broke the
paragraph's lines again: most of a handout's time. The lines depend on the width only, so
a second wrap at the same width returns the first one's lines; the PDF is the same.
"""

from __future__ import annotations

from typing import Any, cast

from reportlab.platypus import paragraph


class _Paragraph(paragraph.Paragraph):
    """A paragraph that breaks its lines again only for another width."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        known = self.__dict__.get("_wrapped")
        if known is not None and known[0] == availWidth and known[1] is self.__dict__.get(
                "blPara"):
            _, _, size, self.width, self.height, self._wrapWidths = known
            return cast(tuple[float, float], size)
        size = super().wrap(availWidth, availHeight)
        if "blPara" in self.__dict__:
            self._wrapped = (availWidth, self.blPara, size, self.width, self.height,
                             self._wrapWidths)
        return cast(tuple[float, float], size)


# ReportLab ships no types: its Paragraph is Any to the type checker, and so is this one.
Paragraph: Any = _Paragraph
