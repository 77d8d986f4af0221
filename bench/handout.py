"""How long does a handout take, from "Print handout …" to the PDF? (a benchmark, not a test)

The client is in the room: the preview should appear in well under a second. Creates a
small demo clinic (services.demo.create_demo_clinic, which also writes programmes and
assessments) in a fresh SQLite file and times, for several programmes and each layout,
the two halves of ``services.handouts.preview_handout`` as the GUI calls it: collecting
the data from the database (build_handout) and drawing the PDF (pdf.render_handout).
Prints median and 95th percentile in milliseconds, with pages and size of the last PDF.

    PYTHONPATH=src python bench/handout.py [--programmes 8] [--repeat 5]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from pypdf import PdfReader
from sqlalchemy import func, select

from pgp_desk.db.models import Programme, ProgrammeItem
from pgp_desk.pdf import render_handout
from pgp_desk.services import handouts
from pgp_desk.services.clinic import ensure_actor
from pgp_desk.services.database import open_database
from pgp_desk.services.demo import create_demo_clinic
from pgp_desk.services.handout_options import PrintOptions

LAYOUTS = {
    "normal": PrintOptions(),
    "large print": PrintOptions(large_print=True),
    "compact": PrintOptions(compact=True),
    "two languages": PrintOptions(second_language="en"),
    "with pain map and scores": PrintOptions(include_assessment=True),
}


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def _p95(times: list[float]) -> float:
    if len(times) < 2:
        return times[0]
    return statistics.quantiles(times, n=20, method="inclusive")[18]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--programmes", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        actor = ensure_actor(db)
        start = time.perf_counter()
        create_demo_clinic(db, actor, clients=120, seed=7)
        print(f"demo clinic made in {_ms(start) / 1000:.1f} s", flush=True)
        with db.sessions() as session:
            ids = session.scalars(
                select(Programme.id).join(ProgrammeItem)
                .group_by(Programme.id).having(func.count(ProgrammeItem.id) >= 4)
                .order_by(Programme.id).limit(args.programmes)).all()
        print(f"{len(ids)} programmes of 4 or more exercises, {args.repeat} rounds each\n")
        print(f"{'layout':<26} {'data med':>9} {'pdf med':>9} {'pdf p95':>9} "
              f"{'total med':>10} {'pages':>6} {'KB':>6}")
        for name, options in LAYOUTS.items():
            data_ms, pdf_ms, total_ms = [], [], []
            pdf = b""
            for _ in range(args.repeat):
                for programme_id in ids:
                    start = time.perf_counter()
                    assembled = handouts.build_handout(db, actor, programme_id, options)
                    middle = time.perf_counter()
                    pdf = render_handout(assembled.data, assembled.layout)
                    data_ms.append((middle - start) * 1000)
                    pdf_ms.append(_ms(middle))
                    total_ms.append(_ms(start))
            pages = len(PdfReader(io.BytesIO(pdf)).pages)
            print(f"{name:<26} {statistics.median(data_ms):>9.1f} "
                  f"{statistics.median(pdf_ms):>9.1f} {_p95(pdf_ms):>9.1f} "
                  f"{statistics.median(total_ms):>10.1f} {pages:>6} {len(pdf) // 1024:>6}",
                  flush=True)
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
