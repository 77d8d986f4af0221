"""The PDF preview draws real pages with PDFium, off the GUI thread, sharp at any size."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pgp_desk.services.errors import UserError
from pgp_desk.ui.handouts.pdf_pages import PdfClosed, PdfPages
from pgp_desk.ui.handouts.preview import PdfPreview
from pgp_desk.ui.i18n import install_language

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from pdf_images import dark_share, text_pdf

WAIT = 10000


@pytest.fixture
def da(qapp):  # type: ignore[no-untyped-def]
    install_language("da")
    yield
    install_language("en")


def _shown(qtbot, width: int = 700, height: int = 800) -> PdfPreview:  # type: ignore[no-untyped-def]
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.resize(width, height)
    preview.show()
    qtbot.waitExposed(preview)
    return preview


def test_pages_are_drawn_in_the_background_each_a_whole_sheet(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Every page arrives, fitted whole into the view, with its ink where the PDF has it."""
    preview = _shown(qtbot)
    with qtbot.waitSignal(preview.loaded, timeout=WAIT) as loaded:
        preview.show_pdf(text_pdf(3))
    assert loaded.args == [3] and preview.page_count() == 3
    qtbot.waitUntil(lambda: all(preview.rendered_page(i) for i in range(3)), timeout=WAIT)
    page = preview.rendered_page(0)
    viewport = preview.area.viewport().height()
    assert page.height() / page.devicePixelRatio() <= viewport  # the whole sheet is visible
    assert page.height() / page.devicePixelRatio() > viewport * 0.8
    assert 0.08 < dark_share(page) < 0.25  # the heading and the black bar, on white
    assert preview.strip.height() > 3 * viewport * 0.8  # sheets one below the other


def test_a_wider_view_draws_the_pages_again_at_the_new_size(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Resizing never stretches a small bitmap: pages are drawn again for the new size."""
    preview = _shown(qtbot, 500, 500)
    preview.show_pdf(text_pdf(1))
    qtbot.waitUntil(lambda: preview.rendered_page(0) is not None, timeout=WAIT)
    small = preview.rendered_page(0).width()
    preview.resize(1000, 1200)
    qtbot.waitUntil(lambda: preview.rendered_page(0) is not None
                    and preview.rendered_page(0).width() > small * 1.8, timeout=WAIT)


def test_a_new_pdf_replaces_the_old_one_while_its_pages_are_drawn(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Options changed quickly: the old document is closed safely and only new pages show."""
    preview = _shown(qtbot)
    for pages in (5, 4, 3, 2):
        preview.show_pdf(text_pdf(pages))
    qtbot.waitUntil(lambda: all(preview.rendered_page(i) for i in range(2)), timeout=WAIT)
    assert preview.page_count() == 2 and sorted(preview.strip.images) == [0, 1]


def test_an_unreadable_pdf_says_so_in_one_sentence(qtbot, da) -> None:  # type: ignore[no-untyped-def]
    """Bytes that are no PDF: a translated message instead of pages, nothing to print."""
    preview = _shown(qtbot)
    assert preview.show_pdf(b"%PDF-1.4 broken") == 0
    assert preview.page_count() == 0
    assert preview.message.text() == "PDF-filen kunne ikke vises."
    with pytest.raises(UserError):
        PdfPages(b"not a pdf")


def test_a_closed_document_draws_nothing() -> None:
    """A page asked for after its document was closed is refused, never drawn from freed
    memory."""
    pages = PdfPages(text_pdf(1))
    assert dark_share(pages.render(0, 300)) > 0.05
    pages.close()
    with pytest.raises(PdfClosed):
        pages.render(0, 300)
