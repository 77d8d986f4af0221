"""Small pictures of exercises: the line-art illustration, or the clinic's photo.

SVG text and the library's thumbnail images are made off the GUI thread
(``illustration_texts``, ``paint_images``); the GUI thread only turns an image into a
pixmap (or paints one still missing) when a row first needs it, kept per code and size.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtSvg import QSvgRenderer

from pgp_desk.content.exercises import Exercise

THUMB = QSize(88, 66)
PREVIEW = QSize(320, 240)
# The figures stand in the middle of a 400×300 drawing: thumbnails show this part, larger.
CROP = QRectF(28, 24, 344, 258)


def illustration_texts(exercises: list[Exercise], after_birth: bool = False
                       ) -> dict[str, str]:
    """SVG text per code (built-ins by code, adapted clinic ones by their original); after
    the birth the figures are drawn without the pregnant belly, as on her handout."""
    from pgp_desk.content.figures import illustration_svg

    texts: dict[str, str] = {}
    for exercise in exercises:
        for code in (exercise.code, exercise.based_on):
            if not code:
                continue
            try:
                texts[exercise.code] = illustration_svg(code, after_birth)
                break
            except KeyError:
                continue
    return texts


def paint_images(svgs: dict[str, str], photos: dict[str, bytes], size: QSize = THUMB
                 ) -> dict[str, QImage]:
    """Every picture at ``size``, as images: safe off the GUI thread (no QPixmap)."""
    return {code: paint_image(code, size, svgs, photos) for code in {*svgs, *photos}}


def paint_image(code: str, size: QSize, svgs: dict[str, str], photos: dict[str, bytes]
                ) -> QImage:
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    target = QRectF(0, 0, size.width(), size.height())
    photo = photos.get(code)
    picture = QImage.fromData(photo) if photo else QImage()
    if not picture.isNull():
        scaled = picture.scaled(size, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                                Qt.TransformationMode.SmoothTransformation)
        x = (scaled.width() - size.width()) / 2
        y = (scaled.height() - size.height()) / 2
        painter.drawImage(target, scaled, QRectF(x, y, size.width(), size.height()))
    elif code in svgs:
        renderer = QSvgRenderer(QByteArray(svgs[code].encode("utf-8")))
        if size.width() < PREVIEW.width():
            renderer.setViewBox(CROP)
        renderer.render(painter, target)
    else:
        painter.setPen(QPen(QColor("#c9ced4"), 2))
        painter.drawRoundedRect(target.adjusted(6, 6, -6, -6), 6, 6)
        painter.drawText(target, Qt.AlignmentFlag.AlignCenter, "?")
    painter.setPen(QPen(QColor("#dde1e6"), 1))
    painter.drawRect(target.adjusted(0.5, 0.5, -0.5, -0.5))
    painter.end()
    return image


class Thumbnails:
    """Pixmaps per (code, size) from SVG texts and photo bytes given to ``update``, and
    from the ``THUMB``-sized images painted in the background (smaller sizes of the same
    shape are scaled from them)."""

    def __init__(self) -> None:
        self.svgs: dict[str, str] = {}
        self.photos: dict[str, bytes] = {}
        self.images: dict[str, QImage] = {}
        self._cache: dict[tuple[str, int, int], QPixmap] = {}

    def update(self, svgs: dict[str, str], photos: dict[str, bytes],
               images: dict[str, QImage] | None = None) -> None:
        self.svgs.update(svgs)
        self.photos.update(photos)
        for code in {*svgs, *photos}:
            self.images.pop(code, None)  # the picture may have changed
        self.images.update(images or {})
        self._cache.clear()

    def forget(self, code: str) -> None:
        self.svgs.pop(code, None)
        self.photos.pop(code, None)
        self.images.pop(code, None)
        self._cache = {k: v for k, v in self._cache.items() if k[0] != code}

    def pixmap(self, code: str, size: QSize = THUMB) -> QPixmap:
        key = (code, size.width(), size.height())
        if key not in self._cache:
            self._cache[key] = self._paint(code, size)
        return self._cache[key]

    def _paint(self, code: str, size: QSize) -> QPixmap:
        image = self.images.get(code)
        if image is not None and image.size() == size:
            return QPixmap.fromImage(image)
        if (image is not None and size.width() < image.width()
                and size.width() * image.height() == size.height() * image.width()):
            return QPixmap.fromImage(image.scaled(
                size, Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        return QPixmap.fromImage(paint_image(code, size, self.svgs, self.photos))
