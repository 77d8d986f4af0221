"""ReportLab's Paragraph, its text parsed once per style and its lines broken once per width.

A card is measured (to pick its shortest arrangement), placed, tried against the rest of a
page, moved and drawn, each time at the same width, and every time ReportLab broke the
paragraph's lines again: most of a handout's time. The lines depend on the width only, so
a second wrap at the same width returns the first one's lines; the PDF is the same.

Parsing a paragraph's markup into styled fragments (ReportLab's XML parser, a sixth of a
handout's time) depends only on the text and the style: the advice, the stop signs, the
diary and every exercise a handout shares with the one before are the same texts in the
same styles. The fragments are read, never changed, by the layout and drawing, so a
paragraph of a text parsed before takes the earlier fragments; the PDF is the same.
The parsed texts stay in this process's memory only (`MAX_PARSED`), never on disk.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, cast

from reportlab.platypus import paragraph

MAX_PARSED = 4096
_parsed: OrderedDict[Hashable, tuple[Any, ...]] = OrderedDict()
_lock = threading.Lock()


class _Paragraph(paragraph.Paragraph):
    """A paragraph that parses a known text again for no style and breaks its lines
    again only for another width."""

    def _setup(self, text: Any, style: Any, bulletText: Any, frags: Any,
               cleaner: Callable[[str], str]) -> None:
        if frags is not None or not isinstance(text, str) or not isinstance(
                bulletText, str | None):
            super()._setup(text, style, bulletText, frags, cleaner)
            return
        # The style is kept in the entry, so its id names no other style while it is there.
        key = (text, id(style), bulletText, self.caseSensitive, cleaner)
        with _lock:
            known = _parsed.get(key)
            if known is not None:
                _parsed.move_to_end(key)
        if known is not None:
            _, self.text, self.frags, self.style, self.bulletText = known
            self.debug = 0
            return
        super()._setup(text, style, bulletText, frags, cleaner)
        with _lock:
            _parsed[key] = (style, self.text, self.frags, self.style, self.bulletText)
            if len(_parsed) > MAX_PARSED:
                _parsed.popitem(last=False)

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


def forget() -> None:
    """Parse every text again (tests compare fresh output with remembered output)."""
    with _lock:
        _parsed.clear()


# ReportLab ships no types: its Paragraph is Any to the type checker, and so is this one.
Paragraph: Any = _Paragraph
