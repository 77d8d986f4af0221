"""Pictures for PDFs: exercise SVGs as vectors, PNG/JPEG photos and logos as images.

Pictures come from clinics and users, so a broken one is left out rather than failing the
whole document. Large photos are scaled down to print resolution to keep handouts small.
"""

from __future__ import annotations

import io
import logging
from functools import lru_cache

from PIL import Image as PILImage
from reportlab.graphics.shapes import Drawing, Group, mmult
from reportlab.platypus import Flowable, Image
from reportlab.rl_config import _unset_
from svglib.svglib import svg2rlg

from pgp_desk.pdf import illustration_cache
from pgp_desk.pdf.fonts import use_family

_PRINT_DPI = 200
_log = logging.getLogger(__name__)


def svg_drawing(svg_text: str | None, max_w: float, max_h: float) -> Drawing | None:
    """Parse SVG text into a vector Drawing scaled to fit `max_w` x `max_h` points.

    The drawing is an ``_Illustration``: its size comes from the remembered box and its
    PDF operators are made once per picture and size (``illustration_cache``), so a
    picture already drawn, in this run or an earlier one, is neither parsed nor drawn
    again. The handout's bytes are the same either way.
    """
    if not svg_text or not svg_text.strip():
        return None
    digest = illustration_cache.digest(svg_text)
    box = illustration_cache.box(digest)
    if box is None:
        prepared = _prepared_svg(svg_text)
        if prepared is None:
            return None
        box = prepared[1]
        illustration_cache.remember_box(digest, box)
    x0, y0, x1, y1 = box
    factor = min(max_w / (x1 - x0), max_h / (y1 - y0))
    out = _Illustration((x1 - x0) * factor, (y1 - y0) * factor, svg_text, digest, factor)
    out.hAlign = "CENTER"
    return use_family(out)


class _Illustration(Drawing):
    """A library illustration at one size; drawn from its cached PDF operators if any."""

    def __init__(self, width: float, height: float, svg_text: str, digest: str,
                 factor: float):
        super().__init__(width, height)
        self._svg_text = svg_text
        self._key = f"{digest}-{width:.4f}x{height:.4f}"
        self._factor = factor

    def draw(self, showBoundary: object = _unset_) -> None:
        ops = illustration_cache.operators(self._key)
        if ops is not None:
            if ops:
                self.canv._code.append(ops)  # the same text the shapes would write
            return
        prepared = _prepared_svg(self._svg_text)
        if prepared is None:
            return
        drawing, (x0, y0, _x1, _y1) = prepared
        factor = self._factor
        # The prepared shapes are shared between sizes, never changed: only this group's
        # transform (scale, then move the drawn part to the corner) differs.
        group = Group(*drawing.contents)
        group.transform = mmult((factor, 0, 0, factor, -x0 * factor, -y0 * factor),
                                drawing.transform)
        self.contents = [group]
        code = self.canv._code
        start = len(code)
        super().draw(showBoundary)
        self.contents = []
        illustration_cache.remember_operators(self._key, "\n".join(code[start:]))


@lru_cache(maxsize=128)
def _prepared_svg(svg_text: str) -> tuple[Drawing, tuple[float, float, float, float]] | None:
    """svglib's parse without its white background, with the box that is drawn on; kept,
    because a handout lays a card out several times to fit it on a page and parsing and
    measuring are by far the slowest steps."""
    try:
        drawing = svg2rlg(io.BytesIO(svg_text.encode("utf-8")))
    except Exception:
        _log.warning("exercise illustration could not be read as SVG", exc_info=True)
        return None
    if drawing is None or drawing.width <= 0 or drawing.height <= 0:
        return None
    _drop_background(drawing)
    return drawing, _content_box(drawing)


_CROP_PAD = 4.0  # points around the drawn lines, so round caps are not cut off


def _content_box(drawing: Drawing) -> tuple[float, float, float, float]:
    """The part of the canvas that is drawn on: a lying figure fills the width of its box
    instead of floating small in the middle of a 4:3 canvas."""
    try:
        x0, y0, x1, y1 = drawing.getBounds()
    except Exception:
        return 0.0, 0.0, float(drawing.width), float(drawing.height)
    x0, y0 = max(0.0, x0 - _CROP_PAD), max(0.0, y0 - _CROP_PAD)
    x1 = min(float(drawing.width), x1 + _CROP_PAD)
    y1 = min(float(drawing.height), y1 + _CROP_PAD)
    if x1 - x0 < 1 or y1 - y0 < 1:
        return 0.0, 0.0, float(drawing.width), float(drawing.height)
    return x0, y0, x1, y1


def _is_white(colour: object) -> bool:
    return colour is not None and all(
        getattr(colour, part, 0) >= 0.99 for part in ("red", "green", "blue"))


def _drop_background(drawing: Drawing) -> None:
    """Remove an unstroked white shape under everything else: the paper is white already,
    and the shape would hide where the drawing really is."""
    groups = [drawing] + [c for c in drawing.contents if isinstance(c, Group)]
    for group in groups:
        shapes = list(group.contents)
        if len(shapes) < 2:
            continue
        first = shapes[0]
        if isinstance(first, Group) or getattr(first, "strokeColor", 1) is not None \
                or not _is_white(getattr(first, "fillColor", None)):
            continue
        try:
            bx0, by0, bx1, by1 = first.getBounds()
            rest = Group(*shapes[1:]).getBounds()
        except Exception:
            continue
        if bx0 <= rest[0] and by0 <= rest[1] and bx1 >= rest[2] and by1 >= rest[3]:
            group.contents.remove(first)
        return


def raster_image(data: bytes | None, max_w: float, max_h: float) -> Image | None:
    """A PNG/JPEG scaled to fit the box, downsampled to print resolution; None if unreadable."""
    if not data:
        return None
    try:
        with PILImage.open(io.BytesIO(data)) as img:
            img.load()
            width, height = img.size
            if width <= 0 or height <= 0:
                return None
            factor = min(max_w / width, max_h / height)
            out_w, out_h = width * factor, height * factor
            limit = (int(out_w / 72 * _PRINT_DPI) + 1, int(out_h / 72 * _PRINT_DPI) + 1)
            payload = data
            if width > limit[0] * 1.5 or img.format not in ("PNG", "JPEG"):
                payload = _reencode(img, limit)
    except Exception:
        _log.warning("image could not be read", exc_info=True)
        return None
    flowable = Image(io.BytesIO(payload), width=out_w, height=out_h)
    flowable.hAlign = "CENTER"
    return flowable


def _reencode(img: PILImage.Image, limit: tuple[int, int]) -> bytes:
    copy = img.copy()
    copy.thumbnail(limit)
    buffer = io.BytesIO()
    if copy.mode in ("RGBA", "LA", "P", "L", "1"):
        copy.save(buffer, format="PNG", optimize=True)
    else:
        copy.convert("RGB").save(buffer, format="JPEG", quality=85)
    return buffer.getvalue()


def fit_drawing(drawing: Drawing | None, max_w: float, max_h: float) -> Drawing | None:
    """A vector drawing scaled to fit the box (the original is left as it was)."""
    if drawing is None or drawing.width <= 0 or drawing.height <= 0:
        return None
    factor = min(max_w / drawing.width, max_h / drawing.height)
    out = Drawing(drawing.width * factor, drawing.height * factor)
    group = Group(*drawing.contents)
    group.transform = (factor, 0, 0, factor, 0, 0)
    out.add(group)
    out.hAlign = "CENTER"
    return use_family(out)


def picture(
    svg_text: str | None, photo: bytes | None, max_w: float, max_h: float
) -> Flowable | None:
    """The clinic's photo if it has one and it reads, else the library's SVG illustration."""
    return raster_image(photo, max_w, max_h) or svg_drawing(svg_text, max_w, max_h)
