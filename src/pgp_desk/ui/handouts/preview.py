"""A PDF preview inside PGP Desk: whole pages one below the other, with a busy bar while a
PDF is made.

Pages are drawn by PDFium (``pdf_pages``) in the thread pool at the screen's real pixel
density, the visible page first, so the window never waits for them; until a page
arrives its white sheet is shown at the right size.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QProgressBar,
    QScrollArea,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from pgp_desk.services.errors import UserError
from pgp_desk.ui.handouts.pdf_pages import PdfPages
from pgp_desk.ui.operations import Operation
from pgp_desk.ui.style import PREVIEW_BG
from pgp_desk.ui.widgets.labels import paragraph
from pgp_desk.ui.widgets.named import named

PAGE_SPACING = 14  # grey between two sheets, as in a print preview
BACKGROUND = QColor(PREVIEW_BG)


class PageStrip(QWidget):
    """The sheets, each fitted whole into the visible area, drawn from rendered images."""

    page_rendered = Signal(int)  # page index

    def __init__(self, area: QScrollArea):
        super().__init__()
        self.setObjectName("pdfPages")
        self.area = area
        self.pages: PdfPages | None = None
        self.rects: list[QRectF] = []
        self.images: dict[int, QImage] = {}
        self._width_px = 0  # pixel width the cached images were drawn at
        self._generation = 0
        self._rendering = False

    # --- layout ------------------------------------------------------------------------
    def set_pages(self, pages: PdfPages | None) -> None:
        self.pages = pages
        self.images.clear()
        self._generation += 1
        self._rendering = False
        self.relayout()

    def relayout(self) -> None:
        """Fit every page into the viewport (whole pages, as they will be printed)."""
        viewport = self.area.viewport().size()
        self.rects = []
        if self.pages is None:
            self.resize(viewport)
            return
        avail_w = max(80, viewport.width() - 2 * PAGE_SPACING)
        avail_h = max(80, viewport.height() - 2 * PAGE_SPACING)
        y = float(PAGE_SPACING)
        widest = 0.0
        for index in range(self.pages.page_count()):
            size = self.pages.page_size(index)
            scale = min(avail_w / size.width(), avail_h / size.height())
            w, h = size.width() * scale, size.height() * scale
            self.rects.append(QRectF(0, y, w, h))
            widest = max(widest, w)
            y += h + PAGE_SPACING
        full_w = max(viewport.width(), round(widest) + 2 * PAGE_SPACING)
        for rect in self.rects:
            rect.moveLeft((full_w - rect.width()) / 2)
        self.resize(full_w, max(viewport.height(), round(y)))
        width_px = self._pixel_width()
        if width_px != self._width_px:
            self._width_px = width_px
            self.images.clear()
            self._generation += 1
            self._rendering = False
        self.update()
        self.render_next()

    def _pixel_width(self) -> int:
        if not self.rects:
            return 0
        return max(1, round(self.rects[0].width() * self.devicePixelRatioF()))

    # --- rendering ---------------------------------------------------------------------
    def visible_pages(self) -> list[int]:
        top = self.area.verticalScrollBar().value()
        bottom = top + self.area.viewport().height()
        return [i for i, r in enumerate(self.rects) if r.bottom() >= top and r.top() <= bottom]

    def render_next(self) -> None:
        """Draw the next missing page in the background: visible ones first, then the rest."""
        if self.pages is None or self._rendering or not self.rects:
            return
        order = self.visible_pages() + list(range(len(self.rects)))
        missing = next((i for i in order if i not in self.images), None)
        if missing is None:
            return
        pages, generation = self.pages, self._generation
        width = max(1, round(self.pages.page_size(missing).width() / self.pages.page_size(0)
                             .width() * self._width_px))
        self._rendering = True

        def done(image: QImage | None) -> None:
            if generation != self._generation:
                return  # another PDF or size since: a newer job is (or will be) running
            self._rendering = False
            if image is None:
                return
            image.setDevicePixelRatio(self.devicePixelRatioF())
            self.images[missing] = image
            self.update(self.rects[missing].toAlignedRect())
            self.page_rendered.emit(missing)
            self.render_next()

        def failed(_exc: Exception) -> None:  # the document was replaced or closed meanwhile
            if generation == self._generation:
                self._rendering = False

        # A page still being drawn when the dialog closes is dropped by the operation.
        Operation(self, lambda: pages.render(missing, width), done).failure(failed).run()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), BACKGROUND)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for index, rect in enumerate(self.rects):
            if not rect.intersects(QRectF(event.rect())):
                continue
            painter.fillRect(rect.translated(2, 2), QColor(0, 0, 0, 60))  # a soft edge
            image = self.images.get(index)
            if image is None:
                painter.fillRect(rect, Qt.GlobalColor.white)
            else:
                painter.drawImage(rect, image)
        painter.end()


class _OpenDocument:
    """The document on show; closed with the widget, under PDFium's lock (not by the GC)."""

    def __init__(self) -> None:
        self.pages: PdfPages | None = None

    def replace(self, pages: PdfPages | None) -> None:
        if self.pages is not None:
            self.pages.close()
        self.pages = pages

    def close(self, *_args: object) -> None:
        self.replace(None)


class PdfPreview(QWidget):
    """Shows PDF bytes page after page, whole pages fitted; ``loaded`` says it is ready."""

    loaded = Signal(int)  # page count

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.pdf: bytes = b""
        self._open = _OpenDocument()
        self.destroyed.connect(self._open.close)
        self.area = named(QScrollArea(), "pdfView")
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setWidgetResizable(False)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.strip = PageStrip(self.area)
        self.area.setWidget(self.strip)
        self.area.verticalScrollBar().valueChanged.connect(lambda _v: self.strip.render_next())
        self._relayout = QTimer(self)  # one layout after a drag of the splitter, not fifty
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(60)
        self._relayout.timeout.connect(self.strip.relayout)

        self.busy = named(QProgressBar(), "previewBusy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(260)
        self.message = paragraph(name="previewMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        waiting = QWidget()
        waiting_layout = QVBoxLayout(waiting)
        waiting_layout.addStretch(1)
        waiting_layout.addWidget(self.message)
        waiting_layout.addWidget(self.busy, 0, Qt.AlignmentFlag.AlignHCenter)
        waiting_layout.addStretch(2)

        self.stack = QStackedLayout(self)
        self.stack.addWidget(waiting)
        self.stack.addWidget(self.area)
        self.show_busy(self.tr("Preparing the preview …"))

    def show_busy(self, text: str) -> None:
        """Hide the old pages only when there are none; otherwise keep them while waiting."""
        self.message.setText(text)
        self.busy.show()
        if not self.pdf:
            self.stack.setCurrentIndex(0)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.busy.hide()
        self.stack.setCurrentIndex(0)

    def show_pdf(self, pdf: bytes) -> int:
        """Open ``pdf`` (fast: pages are drawn in the background, the visible one first)."""
        try:
            pages = PdfPages(pdf)
        except UserError:
            pages = None
        self.strip.set_pages(None)
        self._open.replace(pages)
        if pages is None:
            self.pdf = b""
            self.show_message(self.tr("The PDF could not be shown."))
            return 0
        self.pdf = pdf
        self.busy.hide()
        self.stack.setCurrentIndex(1)
        self.area.verticalScrollBar().setValue(0)
        self.strip.set_pages(pages)
        self.loaded.emit(pages.page_count())
        return pages.page_count()

    def page_count(self) -> int:
        return self.strip.pages.page_count() if self.strip.pages is not None and self.pdf else 0

    def rendered_page(self, index: int) -> QImage | None:
        """The page as drawn on screen, once it has arrived from the background."""
        return self.strip.images.get(index)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout.start()

    def sizeHint(self) -> QSize:
        return QSize(600, 700)
