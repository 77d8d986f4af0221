"""Looking at rendered pages in tests: how much of a page is ink, and PDFs to look at."""

from __future__ import annotations

import io

from PySide6.QtGui import QImage
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


def dark_share(image: QImage) -> float:
    """The share of pixels darker than mid-grey (0.0 for a blank sheet)."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    step = max(1, grey.height() // 200)
    dark = total = 0
    for y in range(0, grey.height(), step):
        line = bytes(grey.constScanLine(y))[: grey.width()]
        dark += sum(1 for value in line if value < 128)
        total += len(line)
    return dark / total


def text_pdf(pages: int) -> bytes:
    """An A4 PDF whose every page carries a heading and a black bar to look for."""
    out = io.BytesIO()
    sheet = canvas.Canvas(out, pagesize=A4)
    for number in range(1, pages + 1):
        sheet.setFont("Helvetica-Bold", 28)
        sheet.drawString(72, 760, f"Page {number}")
        sheet.rect(72, 400, 450, 120, stroke=0, fill=1)
        sheet.showPage()
    sheet.save()
    return out.getvalue()
