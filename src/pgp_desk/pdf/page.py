"""Page geometry and the footer every page carries ('Side 2 af 3' and the clinic's phone).

'Page x of y' needs the total, known only after layout: the canvas keeps each finished
page and draws the footers when the document is saved (the usual ReportLab two-step).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NotRequired, TypedDict
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfbase.pdfdoc import XMP
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from pgp_desk.pdf.compression import remember_compression
from pgp_desk.pdf.fonts import BOLD, REGULAR, register_fonts
from pgp_desk.pdf.layout_report import LayoutReport
from pgp_desk.pdf.styles import HAIRLINE, INK, MUTED
from pgp_desk.pdf.text import Run, fit_runs, plain, runs, runs_width

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
    # Printed in the top margin of every page when set (a draft report says so on each).
    banner: str = ""


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
    canvas.setFillColor(MUTED)
    room = width - 2 * margin - used
    centre = runs(footer.centre, REGULAR)
    left_room = room
    if centre:  # the left text (clinic and phone) may take what the centre does not need
        centre_w = runs_width(centre, footer.size)
        left_room = max(room / 2 - 6, room - centre_w - 18)
    left = fit_runs(runs(footer.left, REGULAR), footer.size, left_room)
    _draw_runs(canvas, margin, y, left, footer.size)
    if centre:
        # centred on the page when it fits, else pushed right of the left text: never overlap
        start = margin + runs_width(left, footer.size) + 12
        end = width - margin - used
        centre = fit_runs(centre, footer.size, end - start)
        centre_width = runs_width(centre, footer.size)
        x = min(max(width / 2 - centre_width / 2, start), end - centre_width)
        _draw_runs(canvas, x, y, centre, footer.size)
    canvas.restoreState()
    if footer.banner:
        _draw_banner(canvas, footer.banner, footer.size * 1.35, margin)


def _draw_banner(canvas: Canvas, text: str, size: float, margin: float) -> None:
    """Bold text in a black band across the top margin: no page of a draft passes for
    a signed document, even photocopied or sent on its own."""
    width, height = canvas._pagesize
    band = size * 1.9
    y = height - margin * 0.5 - band / 2
    canvas.saveState()
    canvas.setFillColor(INK)
    canvas.rect(margin, y, width - 2 * margin, band, stroke=0, fill=1)
    canvas.setFillColorRGB(1, 1, 1)
    line = runs(text, BOLD)
    _draw_runs(canvas, width / 2 - runs_width(line, size) / 2,
               y + (band - size) / 2 + size * 0.18, line, size)
    canvas.restoreState()


def _draw_runs(canvas: Canvas, x: float, y: float, line: list[Run], size: float) -> None:
    """Canvas text has no fallback of its own: each run is drawn in its face."""
    for chunk, face in line:
        canvas.setFont(face, size)
        canvas.drawString(x, y, chunk)
        x += canvas.stringWidth(chunk, face, size)


def _xmp(title: str, subject: str, author: str, languages: list[str]) -> str:
    """An XMP packet (Dublin Core) carrying every language of the document, which the
    catalogue's single /Lang cannot."""
    def alt(text: str) -> str:
        return (f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(text)}</rdf:li></rdf:Alt>')
    langs = "".join(f"<rdf:li>{escape(tag)}</rdf:li>" for tag in languages)
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:title>{alt(title)}</dc:title>"
        f"<dc:description>{alt(subject)}</dc:description>"
        f"<dc:creator><rdf:Seq><rdf:li>{escape(author)}</rdf:li></rdf:Seq></dc:creator>"
        f"<dc:language><rdf:Bag>{langs}</rdf:Bag></dc:language>"
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    )


def _canvas_class(footer: Footer, margin: float, xmp: str = "") -> type[Canvas]:
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
            if xmp:
                self._doc.Catalog.Metadata = XMP(creator=lambda _doc: xmp.encode("utf-8"))
            total = len(self._pgp_pages)
            for state in self._pgp_pages:
                self.__dict__.update(state)
                _draw_footer(self, footer, self._pageNumber, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


class Document(TypedDict):
    """What every PDF of PGP Desk states about itself besides its story: ``build_pdf``'s
    keyword arguments, gathered once by a renderer that may lay its story out twice."""

    paper: str
    margin: float
    footer: Footer
    title: str
    author: str
    language: str
    subject: NotRequired[str]
    also_languages: NotRequired[Sequence[str]]


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
    report: LayoutReport | None = None,
    also_languages: Sequence[str] = (),
) -> bytes:
    """Lay out `story` and return the PDF; output is byte-for-byte repeatable (invariant).

    With a `report`, headings left alone at a page foot and how full each page is are
    noted there (blocks that split note themselves, see `layout_report.Unit`).
    The catalogue's /Lang names `language`; the XMP metadata lists it with
    `also_languages` (a handout printed in two languages), title and subject.
    """
    register_fonts()
    remember_compression()
    buffer = io.BytesIO()
    doc = _WatchedDoc(
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
        lang=_LANG_TAGS.get(language, language or "da-DK"),
        invariant=1,
        initialFontName=REGULAR,
    )
    tags = [_LANG_TAGS.get(lang, lang) for lang in (language, *also_languages) if lang]
    xmp = _xmp(plain(title), plain(subject), plain(author), list(dict.fromkeys(tags)))
    doc.build(list(story), canvasmaker=_canvas_class(footer, margin, xmp))
    if report is not None:
        doc.fill_report(report)
    return buffer.getvalue()


_LANG_TAGS = {"da": "da-DK", "nb": "nb-NO", "en": "en-GB"}


class _WatchedDoc(SimpleDocTemplate):
    """Notes the page and the height used after every flowable it draws."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._drawn: list[tuple[int, str, str]] = []
        self._fill: dict[int, float] = {}

    def afterFlowable(self, flowable: Flowable) -> None:
        frame = self.frame
        if frame is not None:  # None right after a page break
            used = (frame._y1 + frame._height - frame._y) / frame._height
            self._fill[self.page] = max(self._fill.get(self.page, 0.0), used)
        kind = getattr(flowable, "_pgp_kind", "")
        if kind or type(flowable).__name__ not in ("Spacer", "HRFlowable", "CondPageBreak",
                                                    "PageBreak"):
            self._drawn.append((self.page, kind, getattr(flowable, "_pgp_name", "")))

    def fill_report(self, report: LayoutReport) -> None:
        pages = max(self._fill, default=0)
        report.page_fill = [round(self._fill.get(p, 0.0), 3) for p in range(1, pages + 1)]
        for i, (page, kind, name) in enumerate(self._drawn):
            if kind != "heading":
                continue
            following = self._drawn[i + 1] if i + 1 < len(self._drawn) else None
            if following is not None and following[0] > page:
                report.problem(f"heading '{name}' alone at the foot of page {page}")


def _bottom_margin(margin: float, footer_size: float) -> float:
    return margin + footer_size * 2.6


def frame_size(paper: str, margin: float, footer_size: float = 8.0) -> tuple[float, float]:
    """Width and height available to the story on one page (the frame pads 6 pt a side)."""
    width, height = page_size(paper)
    return width - 2 * margin - 12, height - margin - _bottom_margin(margin, footer_size) - 12
