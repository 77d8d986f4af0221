"""Each PDF stream compressed once per content.

Compressing the page streams and the embedded font subsets took a third to two fifths of a
handout's time (zlib at ReportLab's level, ~17 ms of ~60 ms for six exercises). The same
stream recurs: a preview made again with other options keeps most of its pages and fonts,
the advice, stop-signs and diary pages of one clinic are alike from client to client, and
a batch repeats exercises. zlib gives the same output for the same input, so a stream seen
before gets the bytes it got then: the PDF is the same byte for byte.

The compressed streams hold handout text, so they stay in this process's memory only
(bounded by `MAX_BYTES`), never on disk.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from functools import cache

from reportlab.pdfbase import pdfdoc

MAX_BYTES = 32 * 1024 * 1024  # of compressed output kept, least recently used dropped first


class _RememberingFlate(pdfdoc.PDFStreamFilterZCompress):
    """ReportLab's Flate filter, remembering its output by the digest of its input."""

    def __init__(self) -> None:
        self._kept: OrderedDict[bytes, bytes] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()  # handouts are made in background threads too
        self.compressed = 0  # streams actually compressed (tests and benchmarks read it)

    def encode(self, text: str | bytes) -> bytes:
        data = text.encode("utf8") if isinstance(text, str) else text
        key = hashlib.sha256(data).digest()
        with self._lock:
            known = self._kept.get(key)
            if known is not None:
                self._kept.move_to_end(key)
                return known
        out: bytes = super().encode(data)
        with self._lock:
            self.compressed += 1
            if key not in self._kept:
                self._kept[key] = out
                self._size += len(out)
                while self._size > MAX_BYTES and self._kept:
                    _, dropped = self._kept.popitem(last=False)
                    self._size -= len(dropped)
        return out

    def forget(self) -> None:
        with self._lock:
            self._kept.clear()
            self._size = 0


@cache
def remember_compression() -> _RememberingFlate:
    """Make ReportLab's one Flate filter (which every page, font and image stream names)
    this remembering one; once per process, for every PDF it makes."""
    flate = _RememberingFlate()
    pdfdoc.PDFZCompress = flate
    return flate


def forget() -> None:
    """Compress everything again (tests compare fresh output with remembered output)."""
    remember_compression().forget()
