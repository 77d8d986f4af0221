"""PDF pages as QImages, drawn by PDFium (pypdfium2): the preview and printing share it.

PDFium is the engine QtPdf wraps, so pages look the same as before, without the 439 MB
``PySide6-Addons`` wheel. PDFium is not thread-safe, even across documents, so every call
into it holds one process-wide lock; callers may render from worker threads.
"""

from __future__ import annotations

import ctypes
import threading

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PySide6.QtCore import QCoreApplication, QSizeF
from PySide6.QtGui import QImage

from pgp_desk.services.errors import UserError

_PDFIUM = threading.Lock()


class PdfClosed(Exception):
    """A page was asked for after its document was closed (never shown to anyone)."""


class PdfPages:
    """An open PDF whose pages can be drawn at any pixel size, from any thread."""

    def __init__(self, pdf: bytes):
        with _PDFIUM:
            try:
                self._document = pdfium.PdfDocument(pdf)
            except pdfium.PdfiumError:
                self.sizes: tuple[QSizeF, ...] = ()
            else:
                self.sizes = tuple(QSizeF(*self._document.get_page_size(i))
                                   for i in range(len(self._document)))
                if not self.sizes:
                    self._document.close()
        if not self.sizes:
            raise UserError(QCoreApplication.translate("Printing", "the PDF could not be read"))
        self._pdf = pdf  # PDFium reads from these bytes as long as the document is open
        self._closed = False

    def page_count(self) -> int:
        return len(self.sizes)

    def page_size(self, index: int) -> QSizeF:
        """The page's size in points (1/72 inch)."""
        return self.sizes[index]

    def render(self, index: int, width: int) -> QImage:
        """Page ``index`` drawn ``width`` pixels wide on white, its height to scale.

        PDFium draws straight into the QImage's pixels (BGRx is Qt's RGB32 in memory), so a
        300-dpi print page is not copied twice.
        """
        points = self.sizes[index]
        height = max(1, round(width * points.height() / points.width()))
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(0xFFFFFFFF)
        pixels = (ctypes.c_ubyte * image.sizeInBytes()).from_buffer(image.bits())
        with _PDFIUM:
            if self._closed:  # replaced by a newer PDF while this page waited for its turn
                raise PdfClosed(index)
            page = self._document[index]
            bitmap = pdfium_c.FPDFBitmap_CreateEx(width, height, pdfium_c.FPDFBitmap_BGRx,
                                                 pixels, image.bytesPerLine())
            try:
                pdfium_c.FPDF_RenderPageBitmap(bitmap, page.raw, 0, 0, width, height, 0,
                                               pdfium_c.FPDF_ANNOT)
            finally:
                pdfium_c.FPDFBitmap_Destroy(bitmap)
                page.close()
        return image

    def close(self) -> None:
        """Close under the lock: PDFium must not free one document while drawing another."""
        with _PDFIUM:
            if not self._closed:
                self._closed = True
                self._document.close()
