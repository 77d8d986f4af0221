"""Photos of clinic exercises: checked, turned upright, shrunk and re-encoded with Pillow.

A phone photo is 3-12 MB and carries EXIF data (often the GPS position of the clinic or a
home). Re-encoding to at most ``MAX_SIDE`` pixels keeps the database small and handouts
quick to print, and drops every piece of metadata on the way.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from pgp_desk.services.errors import FieldError, ValidationError

MAX_SIDE = 1200
MAX_INPUT_BYTES = 25 * 1024 * 1024
MAX_PIXELS = 60_000_000  # a 60-megapixel photo; more is a decompression bomb, not a photo
JPEG_QUALITY = 85
ACCEPTED = {"PNG": "image/png", "JPEG": "image/jpeg", "MPO": "image/jpeg"}


@dataclass(frozen=True)
class Photo:
    data: bytes
    mime: str
    width: int
    height: int


def _invalid(code: str, message: str) -> ValidationError:
    return ValidationError([FieldError("photo", code, message)])


def prepare_photo(data: bytes) -> Photo:
    """A PNG or JPEG made ready for storage: upright, at most MAX_SIDE px, no metadata.

    Photos without transparency become JPEG; images with transparency stay PNG.
    Raises ValidationError for anything that is not a readable PNG or JPEG.
    """
    if not data:
        raise _invalid("empty", "the file is empty")
    if len(data) > MAX_INPUT_BYTES:
        raise _invalid("too_large", "the file is larger than 25 MB")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image: Image.Image = Image.open(io.BytesIO(data))
            if image.format not in ACCEPTED:
                raise _invalid("format", "only PNG and JPEG photos can be used")
            if image.width * image.height > MAX_PIXELS:
                raise _invalid("too_large", "the picture has too many pixels")
            image.load()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError,
            Image.DecompressionBombWarning, SyntaxError, ValueError) as exc:
        raise _invalid("unreadable", "the file is not a readable PNG or JPEG photo") from exc
    image = ImageOps.exif_transpose(image) or image
    image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    has_alpha = image.mode in ("RGBA", "LA") or (
        image.mode == "P" and "transparency" in image.info)
    out = io.BytesIO()
    if has_alpha:
        image = image.convert("RGBA")
        image.save(out, format="PNG", optimize=True)
        mime = "image/png"
    else:
        image = image.convert("RGB")
        image.save(out, format="JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
        mime = "image/jpeg"
    return Photo(out.getvalue(), mime, image.width, image.height)
