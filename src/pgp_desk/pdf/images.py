"""Pictures for PDFs: exercise SVGs as vectors, PNG/JPEG photos and logos as images.

Pictures come from clinics and users, so a broken one is left out rather than failing the
whole document. Large photos are scaled down to print resolution to keep handouts small.
"""

from __future__ import annotations

import io
import logging

from PIL import Image as PILImage
from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Flowable, Image
from svglib.svglib import svg2rlg

from pgp_desk.pdf.fonts import use_family

_PRINT_DPI = 200
_log = logging.getLogger(__name__)


def svg_drawing(svg_text: str | None, max_w: float, max_h: float) -> Drawing | None:
    """Parse SVG text into a vector Drawing scaled to fit `max_w` x `max_h` points."""
    if not svg_text or not svg_text.strip():
        return None
    try:
        drawing = svg2rlg(io.BytesIO(svg_text.encode("utf-8")))
    except Exception:
        _log.warning("exercise illustration could not be read as SVG", exc_info=True)
        return None
    if drawing is None or drawing.width <= 0 or drawing.height <= 0:
        return None
    factor = min(max_w / drawing.width, max_h / drawing.height)
    drawing.scale(factor, factor)
    drawing.width *= factor
    drawing.height *= factor
    drawing.hAlign = "CENTER"
    return use_family(drawing)


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


def picture(
    svg_text: str | None, photo: bytes | None, max_w: float, max_h: float
) -> Flowable | None:
    """The clinic's photo if it has one and it reads, else the library's SVG illustration."""
    return raster_image(photo, max_w, max_h) or svg_drawing(svg_text, max_w, max_h)
