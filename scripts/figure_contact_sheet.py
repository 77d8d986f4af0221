"""A contact sheet of every exercise drawing, in pregnancy and after the birth, for review.

Each row is one exercise: its code and name, the drawing as a pregnant client sees it and
as a client after the birth sees it (the same pose without the belly), drawn by the same
code the handouts use, at handout size. Look at it before changing poses or the figure.

    .venv/bin/python scripts/figure_contact_sheet.py figures.pdf
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from pgp_desk.content.exercises import builtin_library
from pgp_desk.content.figures import available_illustrations, illustration_svg
from pgp_desk.pdf.fonts import BOLD, REGULAR, register_fonts
from pgp_desk.pdf.images import svg_drawing
from pgp_desk.pdf.styles import NORMAL

ROW_H = NORMAL.illustration_h + 8 * mm
MARGIN = 12 * mm


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    register_fonts()
    library = builtin_library()
    codes = available_illustrations()
    canvas = Canvas(argv[0], pagesize=A4, invariant=1)
    canvas.setTitle("PGP Desk exercise drawings: pregnancy and after birth")
    width, height = A4
    columns = (MARGIN, MARGIN + 58 * mm, MARGIN + 58 * mm + NORMAL.illustration_w + 12 * mm)
    y = height - MARGIN

    def heading() -> float:
        canvas.setFont(BOLD, 9)
        for x, text in zip(columns, ("Exercise", "In pregnancy", "After the birth"),
                           strict=True):
            canvas.drawString(x, height - MARGIN, text)
        return height - MARGIN - 4 * mm

    y = heading()
    for code in codes:
        if y - ROW_H < MARGIN:
            canvas.showPage()
            y = heading()
        top = y - ROW_H
        canvas.setStrokeGray(0.8)
        canvas.line(MARGIN, top, width - MARGIN, top)
        exercise = library.get(code)
        canvas.setFont(BOLD, 8.5)
        canvas.drawString(columns[0], y - 5 * mm, code)
        canvas.setFont(REGULAR, 8)
        canvas.drawString(columns[0], y - 9 * mm, exercise.name("da") if exercise else "")
        for x, after in ((columns[1], False), (columns[2], True)):
            drawing = svg_drawing(illustration_svg(code, after), NORMAL.illustration_w,
                                  NORMAL.illustration_h)
            if drawing is not None:
                drawing.drawOn(canvas, x, top + 3 * mm)
        y = top
    canvas.save()
    print(f"wrote {len(codes)} exercises to {argv[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
