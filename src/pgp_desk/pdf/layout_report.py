"""What the layout had to do against its own rules, said by the layout itself.

A handout promises that no exercise card, dosage box or advice box breaks across pages and
that no heading is left alone at the foot of a page. The blocks that carry those promises
are wrapped in `Unit`; the document template (`page.build_pdf`) notes on which page each
drawn flowable landed. Anything broken is written to a `LayoutReport` and logged, so a
test (or a curious developer) can see it without reading the PDF.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from reportlab.platypus import Flowable

_log = logging.getLogger(__name__)


@dataclass
class LayoutReport:
    """Filled while a document is built.

    `problems`: blocks split or left alone against the rules (should always be empty).
    `continued`: blocks designed to continue between two of their rows when taller than a
    page (an exercise in two languages in large print), with both columns side by side.
    `page_fill`: for each page, how much of its height the content uses (0-1).
    """

    problems: list[str] = field(default_factory=list)
    continued: list[str] = field(default_factory=list)
    page_fill: list[float] = field(default_factory=list)
    fallback: bool = False

    def problem(self, text: str) -> None:
        self.problems.append(text)
        _log.warning("handout layout: %s", text)

    @property
    def pages(self) -> int:
        return len(self.page_fill)


def tag(flowable: Flowable, kind: str, name: str) -> Flowable:
    """Mark a flowable as a heading ('heading') or another kind the report watches."""
    flowable._pgp_kind = kind
    flowable._pgp_name = name
    return flowable


class Unit(Flowable):
    """A block that moves whole to the next page rather than split.

    Only when it is taller than a whole page (ReportLab then asks a second time, on a fresh
    page) does it split; that is a problem for the report unless the block was built to
    continue (`may_continue`: rows that stay whole, a header row repeated).
    """

    def __init__(self, inner: Flowable, name: str, report: LayoutReport | None,
                 may_continue: bool = False, kind: str = "card", page_h: float = 0.0) -> None:
        super().__init__()
        self._inner = inner
        self._page_h = page_h
        self._report = report
        self._may_continue = may_continue
        tag(self, kind, name)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = self._inner.wrap(avail_width, avail_height)
        return self.width, self.height

    def _start_height(self) -> float:
        """How much room a continuing block needs to begin: its first rows (those named
        by `_pgp_start_rows`, e.g. a card's names, drawing, dosage and first step), else
        half a page."""
        rows = getattr(self._inner, "_pgp_start_rows", 0)
        heights = getattr(self._inner, "_rowHeights", None)
        if rows and heights:
            return float(sum(heights[:rows]))
        return self._page_h / 2

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        # A block built to continue, taller than any page, starts where it is when its
        # first rows fit (waiting would leave that room empty); anything else moves whole
        # to the next page, and splits only when it does not fit there either.
        # A block naming its first rows begins wherever they fit, even when the whole of
        # it would fit the next page: that page would otherwise start with a gap behind.
        taller = self._page_h and self._inner.wrap(avail_width, self._page_h)[1] > self._page_h
        named = bool(getattr(self._inner, "_pgp_start_rows", 0))
        starts_here = (self._may_continue and (taller or named)
                       and avail_height >= self._start_height())
        if not getattr(self, "_postponed", 0) and not starts_here:
            return []
        parts = self._inner.split(avail_width, avail_height)
        if not parts:
            return []
        name = str(self._pgp_name)
        if self._report is not None:
            if self._may_continue:
                self._report.continued.append(name)
            else:
                self._report.problem(f"{name} split across pages (taller than a page)")
        return [parts[0], *(Unit(p, name, self._report, self._may_continue,
                                 page_h=self._page_h) for p in parts[1:])]

    def getSpaceBefore(self) -> float:
        return float(getattr(self, "spaceBefore", 0.0))

    def draw(self) -> None:
        self._inner.drawOn(self.canv, 0, 0)
