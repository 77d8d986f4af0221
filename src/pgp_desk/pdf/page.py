"""Page geometry and the footer every page carries ('Side 2 af 3' and the clinic's phone).

'Page x of y' needs the total, known only after layout: the canvas keeps each finished
page and draws the footers when the document is saved (the usual ReportLab two-step).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from pgp_desk.pdf.fonts import BOLD, REGULAR, register_fonts
from pgp_desk.pdf.styles import HAIRLINE, INK, MUTED
from pgp_desk.pdf.text import fit_width, plain

PAPER: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER}


def page_size(paper: str) -> tuple[float, float]:
    """Width and height in points; unknown names fall back to A4."""
    return PAPER.get(paper, PAPER["A4"])


@dataclass(frozen=True)
class Footer:
    """What the footer says; `page_text` gets (page, total) and returns e.g. 'Side 1 af 3'."""

    left: str
    page_text: Callable[[int, int], str]
    centre: str = ""
    size: float = 8.0


def _draw_footer(canvas: Canvas, footer: Footer, page: int, total: int) -> None:
    width, _ = canvas._pagesize
    margin = canvas._pgp_margin
    y = margin * 0.55
    canvas.saveState()
    canvas.setStrokeColor(HAIRLINE)
    canvas.setLineWidth(0.5)
    canvas.line(margin, y + footer.size * 1.6, width - margin, y + footer.size * 1.6)
    right = plain(footer.page_text(page, total), BOLD)
    canvas.setFont(BOLD, footer.size)
    canvas.setFillColor(INK)
    canvas.drawRightString(width - margin, y, right)
    used = canvas.stringWidth(right, BOLD, footer.size) + 8
    canvas.setFont(REGULAR, footer.size)
    canvas.setFillColor(MUTED)
    room = width - 2 * margin - used
    centre = plain(footer.centre, REGULAR)
    left_room = room
    if centre:  # the left text (clinic and phone) may take what the centre does not need
        centre_w = canvas.stringWidth(centre, REGULAR, footer.size)
        left_room = max(room / 2 - 6, room - centre_w - 18)
    left = fit_width(plain(footer.left, REGULAR), REGULAR, footer.size, left_room)
    canvas.drawString(margin, y, left)
    if centre:
        # centred on the page when it fits, else pushed right of the left text: never overlap
        start = margin + canvas.stringWidth(left, REGULAR, footer.size) + 12
        end = width - margin - used
        centre = fit_width(centre, REGULAR, footer.size, end - start)
        centre_width = canvas.stringWidth(centre, REGULAR, footer.size)
        x = min(max(width / 2 - centre_width / 2, start), end - centre_width)
        canvas.drawString(x, y, centre)
    canvas.restoreState()


def _canvas_class(footer: Footer, margin: float) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Holds pages back until save() so each footer can name the page total."""

        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._pgp_pages: list[dict[str, object]] = []
            self._pgp_margin = margin

        def showPage(self) -> None:
            self._pgp_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pgp_pages)
            for state in self._pgp_pages:
                self.__dict__.update(state)
                _draw_footer(self, footer, self._pageNumber, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def build_pdf(
    story: Sequence[Flowable],
    *,
    paper: str,
    margin: float,
    footer: Footer,
    title: str,
    author: str,
    language: str,
    subject: str = "",
) -> bytes:
    """Lay out `story` and return the PDF; output is byte-for-byte repeatable (invariant)."""
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=page_size(paper),
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=_bottom_margin(margin, footer.size),
        title=plain(title),
        author=plain(author),
        subject=plain(subject),
        creator="PGP Desk",
        lang={"da": "da-DK", "nb": "nb-NO", "en": "en-GB"}.get(language, "da-DK"),
        invariant=1,
        initialFontName=REGULAR,
    )
    doc.build(list(story), canvasmaker=_canvas_class(footer, margin))
    return buffer.getvalue()


def _bottom_margin(margin: float, footer_size: float) -> float:
    return margin + footer_size * 2.6


def frame_size(paper: str, margin: float, footer_size: float = 8.0) -> tuple[float, float]:
    """Width and height available to the story on one page (the frame pads 6 pt a side)."""
    width, height = page_size(paper)
    return width - 2 * margin - 12, height - margin - _bottom_margin(margin, footer_size) - 12
