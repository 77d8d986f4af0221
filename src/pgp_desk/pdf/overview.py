"""'Your programme at a glance': every exercise and its dosage in one short list.

Printed on the first page when the first exercise card cannot share that page (large print,
a long personal note): instead of leaving most of the page empty, the client gets the list
she can pin up and tick through without turning pages.
"""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Spacer

from pgp_desk.pdf.blocks import section_heading, table
from pgp_desk.pdf.fonts import BOLD, REGULAR
from pgp_desk.pdf.handout_context import HandoutContext
from pgp_desk.pdf.model import HandoutExercise
from pgp_desk.pdf.paragraph import Paragraph
from pgp_desk.pdf.styles import FILL, MUTED, RULE
from pgp_desk.pdf.text import markup, para


def programme_overview(
    ctx: HandoutContext, pairs: list[tuple[HandoutExercise, HandoutExercise | None]]
) -> list[Flowable]:
    """A numbered table: the number used on the cards, the name (and its translation when
    side by side) and the dosage in words."""
    st, s = ctx.styles, ctx.styles.scale
    number_w = s.h2 * 2.2
    number = ParagraphStyle("overview_number", parent=st.h2, alignment=TA_CENTER)
    rows: list[list[object]] = []
    for n, (ex, other) in enumerate(pairs, 1):
        name = markup(ex.name, BOLD)
        if other is not None and other.name.strip() and other.name != ex.name:
            grey = f"#{MUTED.hexval()[2:]}"
            name += f'<font name="{REGULAR}" color="{grey}"> / {markup(other.name)}</font>'
        cell: list[Flowable] = [Paragraph(name, st.body_bold)]
        if ex.dosage_text.strip():
            cell.append(para(ex.dosage_text, st.body))
        rows.append([Paragraph(f"{n}.", number), cell])
    pad = s.gap * 0.6
    # One table per exercise, so a long list (large print, many exercises) continues on the
    # next page between two exercises instead of moving whole and leaving page 1 empty.
    grids = [table(
        [row],
        [number_w, ctx.width - number_w],
        [
            *([("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE)] if i < len(rows) - 1 else []),
            ("BACKGROUND", (0, 0), (0, -1), FILL),
            ("LEFTPADDING", (1, 0), (1, -1), pad * 1.5),
            ("TOPPADDING", (0, 0), (-1, -1), pad),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.6),
        ],
        split_in_row=False,
    ) for i, row in enumerate(rows)]
    return [Spacer(1, s.gap * 0.6), *section_heading(ctx.lab("at_a_glance"), st), *grids]


def stack_height(flowables: list[Flowable], width: float, height: float) -> float:
    """The height a list of flowables takes in a frame, spacing included."""
    total = 0.0
    for f in flowables:
        total += f.wrap(width, height)[1] + f.getSpaceBefore() + f.getSpaceAfter()
    return total
