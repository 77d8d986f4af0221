"""Printing a PDF through the system's printer without ever blocking the window.

Qt prints what a QPainter draws, so each page is rendered by PDFium (``pdf_pages``) and
drawn onto the QPrinter. Both happen in a worker thread (Qt allows painting on a
QPrinter outside the GUI thread); only the print dialog runs on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QProgressDialog, QWidget

from pgp_desk.domain.paper import DEFAULT_PAPER
from pgp_desk.services.errors import UserError
from pgp_desk.ui.handouts.pdf_pages import PdfPages
from pgp_desk.ui.operations import Operation, show_failure

PRINT_DPI = 300  # sharp text on a laser printer, pages of ~35 MB in memory at most
_PAPER = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}


def _wanted_pages(printer: QPrinter, count: int) -> list[int]:
    """Zero-based pages to print: the dialog's page range, else every page."""
    ranges = printer.pageRanges()
    if ranges.isEmpty():
        return list(range(count))
    return [n - 1 for n in range(1, count + 1) if ranges.contains(n)]


def print_pdf(pdf: bytes, printer: QPrinter,
              report: Callable[[int, int], None] | None = None) -> int:
    """Render every page onto ``printer``; returns the number of pages sent (worker-safe)."""
    document = PdfPages(pdf)
    try:
        return _print_pages(document, printer, report)
    finally:
        document.close()


def _print_pages(document: PdfPages, printer: QPrinter,
                 report: Callable[[int, int], None] | None) -> int:
    pages = _wanted_pages(printer, document.page_count())
    printer.setFullPage(True)  # the PDF carries its own margins
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(QCoreApplication.translate(
            "Printing", "the printer could not be started; check that it is on and ready"))
    try:
        dpi = min(printer.resolution(), PRINT_DPI)
        for n, page in enumerate(pages):
            if n:
                printer.newPage()
            points = document.page_size(page)
            image = document.render(page, round(points.width() / 72 * dpi))
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            scale = min(paper.width() / points.width(), paper.height() / points.height())
            w, h = points.width() * scale, points.height() * scale
            painter.drawImage(QRectF((paper.width() - w) / 2, (paper.height() - h) / 2, w, h),
                              image)
            if report is not None:
                report(n + 1, len(pages))
    finally:
        painter.end()
    return len(pages)


def new_printer(paper: str = DEFAULT_PAPER) -> QPrinter:
    """A printer preset to the handout's paper, portrait."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(_PAPER.get(paper, QPageSize.PageSizeId.A4)))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    return printer


def start_printing(parent: QWidget, pdf: bytes, paper: str, title: str,
                   on_done: Callable[[int], None] | None = None) -> bool:
    """Ask for a printer, then print in the background with a progress dialog.

    Returns False when the user cancelled the print dialog.
    """
    printer = new_printer(paper)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print handout"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    print_in_background(parent, pdf, printer, on_done)
    return True


def print_in_background(parent: QWidget, pdf: bytes, printer: QPrinter,
                        on_done: Callable[[int], None] | None = None) -> QProgressDialog:
    """Send ``pdf`` to an already chosen printer from a worker thread, showing progress."""
    progress = QProgressDialog(QCoreApplication.translate("Printing", "Sending pages to the "
                                                          "printer …"), "", 0, 0, parent)
    progress.setObjectName("printProgress")
    progress.setWindowTitle(QCoreApplication.translate("Printing", "Printing"))
    progress.setCancelButton(None)
    progress.setMinimumDuration(300)

    def step(done: int, total: int) -> None:
        progress.setMaximum(total)
        progress.setValue(done)

    def finished(pages: int) -> None:
        progress.close()
        if on_done is not None:
            on_done(pages)

    def failed(exc: Exception) -> None:
        progress.close()
        show_failure(parent, exc, QCoreApplication.translate("Printing", "Not printed"))

    # The operation keeps the printer and the dialog alive until the last page is sent.
    Operation(parent, lambda report: print_pdf(pdf, printer, report), finished) \
        .failure(failed).with_progress(step).run()
    return progress
