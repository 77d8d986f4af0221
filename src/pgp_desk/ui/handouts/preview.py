"""A PDF preview inside PGP Desk: QtPdf's viewer, with a busy bar while a PDF is made."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QProgressBar, QStackedLayout, QVBoxLayout, QWidget


class PdfPreview(QWidget):
    """Shows PDF bytes page after page, fitted to the width; ``loaded`` says it is ready."""

    loaded = Signal(int)  # page count

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.pdf: bytes = b""
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        # Whole pages, as they will be printed: page breaks and white space show at a glance.
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setPageSpacing(14)
        self.view.setDocument(self.document)

        self.busy = QProgressBar()
        self.busy.setObjectName("previewBusy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(260)
        self.message = QLabel()
        self.message.setObjectName("previewMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        waiting = QWidget()
        waiting_layout = QVBoxLayout(waiting)
        waiting_layout.addStretch(1)
        waiting_layout.addWidget(self.message)
        waiting_layout.addWidget(self.busy, 0, Qt.AlignmentFlag.AlignHCenter)
        waiting_layout.addStretch(2)

        self.stack = QStackedLayout(self)
        self.stack.addWidget(waiting)
        self.stack.addWidget(self.view)
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
        """Load ``pdf`` (fast: pages are drawn by the viewer as they scroll into sight)."""
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        if self.document.status() != QPdfDocument.Status.Ready:
            self.pdf = b""
            self.show_message(self.tr("The PDF could not be shown."))
            return 0
        self.pdf = pdf
        self.busy.hide()
        self.stack.setCurrentIndex(1)
        pages = self.document.pageCount()
        self.loaded.emit(pages)
        return pages

    def page_count(self) -> int:
        return self.document.pageCount() if self.pdf else 0
