"""Exercise cards: one framed block per exercise, in normal, large, compact or two languages.

A card is one flowable so the handout can keep it on one page; pictures shrink (`factor`)
when a card would otherwise be taller than a page.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, String
from reportlab.platypus import Flowable, Paragraph, Spacer

from pgp_desk.pdf.blocks import CHECK, CROSS, bullets, caps_label, table
from pgp_desk.pdf.fonts import BOLD, use_family
from pgp_desk.pdf.handout_context import HandoutContext
from pgp_desk.pdf.images import picture
from pgp_desk.pdf.labels import label
from pgp_desk.pdf.model import HandoutExercise
from pgp_desk.pdf.styles import FILL, INK, RULE, WHITE, Styles
from pgp_desk.pdf.text import markup, para


def _badge(number: int, st: Styles) -> Drawing:
    """The exercise number in a black disc: easy to refer to on the phone ('øvelse 2')."""
    size = st.scale.h2 * 1.75
    d = use_family(Drawing(size, size))
    d.add(Circle(size / 2, size / 2, size / 2, fillColor=INK, strokeColor=None))
    fs = st.scale.h2 * 0.9
    d.add(String(size / 2, size / 2 - fs * 0.36, str(number), fontName=BOLD, fontSize=fs,
                 fillColor=WHITE, textAnchor="middle"))
    return d


def steps_block(ex: HandoutExercise, lang: str, st: Styles) -> list[Flowable]:
    steps = [step for step in ex.steps if str(step).strip()]
    if not steps:
        return []
    parts: list[Flowable] = [caps_label(label(lang, "how"), st)]
    parts.extend(
        Paragraph(markup(step), st.step, bulletText=f"{n}.") for n, step in enumerate(steps, 1)
    )
    return parts


def _dosage(ex: HandoutExercise, lang: str, st: Styles, width: float) -> list[Flowable]:
    if not ex.dosage_text.strip():
        return []
    pad = st.scale.gap * 0.7
    box = table(
        [[[caps_label(label(lang, "dosage"), st), para(ex.dosage_text, st.body_bold)]]],
        [width],
        [
            ("BACKGROUND", (0, 0), (-1, -1), FILL),
            ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), pad * 0.6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.8),
        ],
    )
    return [Spacer(1, st.scale.gap * 0.3), box]


def cues_block(ex: HandoutExercise, lang: str, st: Styles) -> list[Flowable]:
    items = bullets(ex.cues, st, CHECK)
    return [caps_label(label(lang, "cues"), st), *items] if items else []


def avoid_block(ex: HandoutExercise, lang: str, st: Styles) -> list[Flowable]:
    items = bullets(ex.avoid, st, CROSS)
    return [caps_label(label(lang, "avoid"), st), *items] if items else []


def _client_note(ex: HandoutExercise, lang: str, st: Styles, width: float) -> list[Flowable]:
    if not ex.client_note.strip():
        return []
    text = f"<b>{markup(label(lang, 'client_note'), BOLD)}:</b> {markup(ex.client_note)}"
    box = table(
        [[Paragraph(text, st.body)]],
        [width],
        [
            ("LINEBEFORE", (0, 0), (0, -1), 2.4, INK),
            ("LEFTPADDING", (0, 0), (-1, -1), st.scale.gap),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
        ],
    )
    return [Spacer(1, st.scale.gap * 0.4), box]


def _header(ctx: HandoutContext, names: Sequence[HandoutExercise | None], number: int,
            width: float) -> Flowable:
    st = ctx.styles
    badge = _badge(number, st)
    badge_w = badge.width + st.scale.gap
    rest = width - badge_w
    cells: list[object] = [badge]
    widths = [badge_w]
    present = [ex for ex in names if ex is not None]
    for ex in present:
        block: list[Flowable] = [para(ex.name, st.h2)]
        if ex.purpose.strip():
            block.append(Spacer(1, 1.5))
            block.append(para(ex.purpose, st.purpose))
        cells.append(block)
        widths.append(rest / len(present))
    return table([cells], widths, [("VALIGN", (0, 0), (0, 0), "MIDDLE"),
                                   ("RIGHTPADDING", (1, 0), (-1, -1), st.scale.gap)])


def _height(parts: list[Flowable], width: float, ctx: HandoutContext) -> float:
    """How tall a column of flowables is at ``width``."""
    total = 0.0
    for part in parts:
        total += part.wrap(width, ctx.frame_h)[1] + part.getSpaceBefore() + part.getSpaceAfter()
    return total


def _frame(rows: list[list[object]], width: float, st: Styles) -> Flowable:
    """The card: a thin grey frame, header band in light grey, rounded corners.

    Rows inside the body sit close together (their parts carry their own labels), so that
    two exercises of usual length share an A4 page.
    """
    pad = st.scale.gap * 1.1
    return table(
        rows,
        [width],
        [
            ("BOX", (0, 0), (-1, -1), 0.8, RULE),
            ("BACKGROUND", (0, 0), (-1, 0), FILL),
            ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), pad * 0.3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.3),
            ("TOPPADDING", (0, 0), (-1, 0), pad * 0.6),
            ("BOTTOMPADDING", (0, 0), (-1, 0), pad * 0.6),
            ("TOPPADDING", (0, 1), (-1, 1), pad * 0.6),
            ("BOTTOMPADDING", (0, -1), (-1, -1), pad * 0.8),
        ],
        cornerRadii=[5, 5, 5, 5],
    )


def _centred(item: Flowable, width: float) -> Flowable:
    return table([[item]], [width], [("ALIGN", (0, 0), (-1, -1), "CENTER")])


def _pic(ex: HandoutExercise | None, w: float, h: float, factor: float) -> Flowable | None:
    if ex is None or factor <= 0:
        return None
    return picture(ex.illustration_svg, ex.photo, w * factor, h * factor)


def exercise_card(ctx: HandoutContext, ex: HandoutExercise, number: int, width: float,
          factor: float = 1.0) -> Flowable:
    """One exercise in one language: picture beside (normal) or above (large) the steps."""
    st, s, lang = ctx.styles, ctx.styles.scale, ctx.lang
    inner = width - 2 * s.gap * 1.1
    large, compact = ctx.options.large_print, ctx.options.compact
    rows: list[list[object]] = [[_header(ctx, [ex], number, inner)]]
    side_by = not large and not compact
    pic_w = min(s.illustration_w, inner * (0.42 if side_by else 1.0))
    pic = _pic(ex, pic_w, s.illustration_h, factor)
    if side_by and pic is not None:
        # The dosage sits under the picture when there is room beside the steps, so the card
        # stays short enough for two exercises to share a page; a long dosage that would make
        # the picture column the taller one goes full width under the steps instead.
        text_w = inner - pic_w - s.gap * 1.2
        steps = steps_block(ex, lang, st)
        dosage = _dosage(ex, lang, st, pic_w)
        spare = _height(steps, text_w, ctx) - _height([pic, *dosage], pic_w, ctx)
        wide = _dosage(ex, lang, st, inner)
        under = bool(dosage) and -spare > _height(wide, inner, ctx) + s.gap * 1.1 * 0.6
        rows.append([table([[[pic] if under else [pic, *dosage], "", steps]],
                           [pic_w, s.gap * 1.2, text_w],
                           [("TOPPADDING", (0, 0), (0, 0), s.gap * 0.4)])])
        if under:
            rows.append([wide])
    else:
        if pic is not None:
            rows.append([_centred(pic, inner)])
        text = steps_block(ex, lang, st) + _dosage(ex, lang, st, inner)
        if text:
            rows.append([text])
    cues, avoid = cues_block(ex, lang, st), avoid_block(ex, lang, st)
    if cues and avoid and side_by:
        half = (inner - s.gap * 1.5) / 2
        rows.append([table([[cues, "", avoid]], [half, s.gap * 1.5, half], [])])
    elif cues or avoid:
        rows.append([cues + ([Spacer(1, s.gap * 0.3)] if cues and avoid else []) + avoid])
    note = _client_note(ex, lang, st, inner)
    if note:
        rows.append([note])
    return _frame(rows, width, st)


def compact_card(ctx: HandoutContext, ex: HandoutExercise, number: int, width: float,
                  factor: float = 1.0) -> Flowable:
    """Fewest pages: small picture, steps and cues side by side in three columns."""
    st, s, lang = ctx.styles, ctx.styles.scale, ctx.lang
    inner = width - 2 * s.gap * 1.1
    gap = s.gap * 1.3
    rows: list[list[object]] = [[_header(ctx, [ex], number, inner)]]
    pic = _pic(ex, s.illustration_w, s.illustration_h, factor)
    pic_w = s.illustration_w if pic is not None else 0.0
    rest = inner - pic_w - (gap if pic is not None else 0.0) - gap
    main_w, side_w = rest * 0.56, rest * 0.44
    main = steps_block(ex, lang, st) + _dosage(ex, lang, st, main_w)
    side = cues_block(ex, lang, st) + avoid_block(ex, lang, st) + _client_note(ex, lang, st, side_w)
    cells: list[object] = [main, "", side]
    widths = [main_w, gap, side_w]
    if pic is not None:
        cells = [pic, "", *cells]
        widths = [pic_w, gap, *widths]
    rows.append([table([cells], widths, [("TOPPADDING", (0, 0), (0, 0), 2)])])
    return _frame(rows, width, st)


def side_by_side_card(ctx: HandoutContext, ex: HandoutExercise,
                      other: HandoutExercise | None, number: int, width: float,
                      factor: float = 1.0) -> Flowable:
    """One exercise in two languages: shared picture, then one column per language."""
    st, s = ctx.styles, ctx.styles.scale
    inner = width - 2 * s.gap * 1.1
    gutter = s.gap * 1.5
    col = (inner - gutter) / 2
    rows: list[list[object]] = [[_header(ctx, [ex, other], number, inner)]]
    pic_w, pic_h = min(s.illustration_w, col), s.illustration_h * 0.8
    pic = _pic(ex, pic_w, pic_h, factor) or _pic(other, pic_w, pic_h, factor)
    if pic is not None:
        rows.append([_centred(pic, inner)])

    def column(item: HandoutExercise | None, lang: str | None) -> list[Flowable]:
        if item is None or lang is None:
            return []
        return (steps_block(item, lang, st) + _dosage(item, lang, st, col)
                + cues_block(item, lang, st) + avoid_block(item, lang, st)
                + _client_note(item, lang, st, col))

    rows.append([table([[column(ex, ctx.lang), "", column(other, ctx.lang2)]],
                       [col, gutter, col],
                       [("LINEAFTER", (0, 0), (0, -1), 0.4, RULE),
                        ("RIGHTPADDING", (0, 0), (0, -1), gutter / 2)])])
    return _frame(rows, width, st)
