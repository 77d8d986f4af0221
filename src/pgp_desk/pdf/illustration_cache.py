"""Exercise illustrations, made once: their box and their PDF drawing operators.

Parsing an SVG and turning its shapes into PDF operators is most of the work of drawing
an exercise; a handout shows the same few dozen pictures at a few sizes. Both results are
kept in memory and on disk (a ``Store``: ``cache/illustrations`` in the data folder, set
by the services), named by a hash
of the picture and the renderer, so an edited picture or a new ReportLab never meets an
old entry. Operators that refer to page resources (fonts, transparency, images) are never
kept: they would be wrong on another page. Losing the folder only costs time.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from typing import Protocol

import reportlab

_VERSION = f"1-reportlab-{reportlab.Version}"
_PAGE_RESOURCES = re.compile(r"\s(?:Tf|gs|Do|sh|BI)\b")
_log = logging.getLogger(__name__)
_boxes: dict[str, tuple[float, float, float, float]] = {}
_operators: dict[str, str] = {}


def digest(svg_text: str) -> str:
    return hashlib.sha256(f"{_VERSION}\n{svg_text}".encode()).hexdigest()


class Store(Protocol):
    """Where the disk half lives; the services choose it (``services.illustration_store``)."""

    def read(self, name: str) -> str | None: ...

    def write(self, name: str, text: str) -> None: ...


_store: Store | None = None  # memory only until the services give a folder


def keep_on_disk(store: Store | None) -> None:
    global _store
    _store = store


def _read(name: str) -> str | None:
    return _store.read(name) if _store is not None else None


def _write(name: str, text: str) -> None:
    if _store is not None:
        _store.write(name, text)


def box(key: str) -> tuple[float, float, float, float] | None:
    """The drawn part of the picture (x0, y0, x1, y1), if it was measured before."""
    if key not in _boxes:
        text = _read(f"{key}.box")
        try:
            values = json.loads(text) if text else None
        except ValueError:
            values = None
        if not (isinstance(values, list) and len(values) == 4):
            return None
        _boxes[key] = (float(values[0]), float(values[1]), float(values[2]), float(values[3]))
    return _boxes[key]


def remember_box(key: str, value: tuple[float, float, float, float]) -> None:
    _boxes[key] = value
    _write(f"{key}.box", json.dumps(list(value)))


def operators(key: str) -> str | None:
    """The PDF operators that draw the picture at one size, if they were made before."""
    if key not in _operators:
        text = _read(f"{key}.ops")
        if text is None:
            return None
        _operators[key] = text
    return _operators[key]


def remember_operators(key: str, ops: str) -> None:
    if _PAGE_RESOURCES.search(ops):
        return
    _operators[key] = ops
    _write(f"{key}.ops", ops)


def forget() -> None:
    """Empty the memory half (the disk half stays): a new process, as far as speed goes."""
    _boxes.clear()
    _operators.clear()
