"""How fast and how sharp are preview pages drawn? PDFium via pypdfium2 against QtPdf.

QtPdf came with the 439 MB PySide6-Addons wheel; PGP Desk now draws pages with pypdfium2
(the same PDFium engine). Both render the same handout PDFs (a normal and a large-print
handout with the pain map and scores, made in a fresh demo clinic) at the widths the
preview uses (one page fitted to the dialog at 1366×768, and at 1920×1080 at 150 %) and
the print width (A4 at 300 dpi). Prints the first-page latency (open the bytes and draw
page 1, what the therapist waits for), pages per second over all pages, and how far the
two renderings differ (mean absolute difference per channel, 0-255). QtPdf is measured
only where PySide6-Addons is installed (``pip install 'PySide6-Addons<6.12'``).

    QT_QPA_PLATFORM=offscreen PYTHONPATH=src python bench/pdf_preview.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from bench_people import bench_actor
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from pgp_desk.db.models import Programme, ProgrammeItem
from pgp_desk.services.database import open_database
from pgp_desk.services.demo.demo import create_demo_clinic
from pgp_desk.services.handouts import handouts
from pgp_desk.services.handouts.handout_options import PrintOptions
from pgp_desk.ui.handouts.pdf_pages import PdfPages

WIDTHS = {"preview 1366x768": 470, "preview 1920x1080@150%": 700, "print A4 300 dpi": 2480}


def _pdfium(pdf: bytes, width: int) -> tuple[float, float, list[QImage]]:
    start = time.perf_counter()
    pages = PdfPages(pdf)
    images = [pages.render(0, width)]
    first = time.perf_counter() - start
    images += [pages.render(i, width) for i in range(1, pages.page_count())]
    total = time.perf_counter() - start
    pages.close()
    return first, total, images


def _qtpdf(pdf: bytes, width: int) -> tuple[float, float, list[QImage]]:
    from PySide6.QtPdf import QPdfDocument

    start = time.perf_counter()
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    images = []
    first = 0.0
    for i in range(document.pageCount()):
        points = document.pagePointSize(i)
        height = round(width * points.height() / points.width())
        images.append(document.render(i, QSize(width, height)))
        if i == 0:
            first = time.perf_counter() - start
    total = time.perf_counter() - start
    return first, total, images


def _on_white(image: QImage) -> QImage:
    """QtPdf leaves the page transparent; a printed page is white."""
    white = QImage(image.size(), QImage.Format.Format_RGB888)
    white.fill(0xFFFFFFFF)
    painter = QPainter(white)
    painter.drawImage(0, 0, image)
    painter.end()
    return white


def _difference(a: QImage, b: QImage) -> float:
    wa, wb = _on_white(a), _on_white(b)  # keep the images alive while reading their bits
    da, db = bytes(wa.constBits()), bytes(wb.constBits())
    step = max(1, len(da) // 400_000)  # a sample is plenty for a mean
    diffs = [abs(x - y) for x, y in zip(da[::step], db[::step], strict=False)]
    return sum(diffs) / len(diffs)


def _handout_pdfs() -> dict[str, bytes]:
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        actor = bench_actor(db)
        create_demo_clinic(db, actor, clients=30, seed=7)
        with db.sessions() as session:
            programme = session.scalars(
                select(Programme.id).join(ProgrammeItem).group_by(Programme.id)
                .order_by(func.count(ProgrammeItem.id).desc()).limit(1)).one()
        pdfs = {
            "normal": handouts.preview_handout(db, actor, programme, PrintOptions()),
            "large print + scores": handouts.preview_handout(
                db, actor, programme, PrintOptions(large_print=True, include_assessment=True)),
        }
        db.close()
    return pdfs


def _widget(pdf: bytes, repeat: int) -> tuple[float, float]:
    """The preview widget itself: show_pdf until page 1 is on screen, and until all are."""
    from pgp_desk.ui.handouts.preview import PdfPreview

    app = QApplication.instance()
    firsts, rates = [], []
    for _ in range(repeat):
        preview = PdfPreview()
        preview.resize(880, 700)
        preview.show()
        app.processEvents()
        start = time.perf_counter()
        count = preview.show_pdf(pdf)
        while preview.rendered_page(0) is None:
            app.processEvents()
        first = time.perf_counter()
        while any(preview.rendered_page(i) is None for i in range(count)):
            app.processEvents()
        firsts.append((first - start) * 1000)
        rates.append(count / (time.perf_counter() - start))
        preview.close()
        preview.deleteLater()
        app.processEvents()
    return statistics.median(firsts), statistics.median(rates)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    QApplication.instance() or QApplication([])
    try:
        import PySide6.QtPdf  # noqa: F401

        engines = {"pypdfium2": _pdfium, "QtPdf": _qtpdf}
    except ImportError:
        engines = {"pypdfium2": _pdfium}
    pdfs = _handout_pdfs()
    for name, pdf in pdfs.items():
        first, rate = _widget(pdf, args.repeat)
        print(f"PdfPreview widget, {name}: first page on screen {first:.1f} ms, "
              f"all pages {rate:.0f} pages/s")
    print(f"{'handout':<22} {'width':<24} {'engine':<10} {'pages':>5} {'first ms':>9} "
          f"{'pages/s':>8} {'diff':>6}")
    for name, pdf in pdfs.items():
        for label, width in WIDTHS.items():
            shown: dict[str, list[QImage]] = {}
            for engine, render in engines.items():
                firsts, rates = [], []
                for _ in range(args.repeat):
                    first, total, images = render(pdf, width)
                    firsts.append(first * 1000)
                    rates.append(len(images) / total)
                shown[engine] = images
                diff = ""
                if engine != "pypdfium2":
                    pairs = zip(shown["pypdfium2"], images, strict=True)
                    diff = f"{statistics.mean(_difference(a, b) for a, b in pairs):.2f}"
                print(f"{name:<22} {label:<24} {engine:<10} {len(images):>5} "
                      f"{statistics.median(firsts):>9.1f} {statistics.median(rates):>8.1f} "
                      f"{diff:>6}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
