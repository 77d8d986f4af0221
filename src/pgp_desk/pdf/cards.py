"""Exercise cards: one framed block per exercise, in normal, large, compact or two languages.

Every card of a handout draws its picture in the same box (the layout's illustration size),
so the same drawing prints the same size on every card; a card that does not fit the rest
of a page moves whole to the next one. Geometry, so the paper goes far (handouts from the
tools clinics know fit three or four exercises on a page):

- normal: a header band with number, name and why, the dosage on its right; the picture
  beside the numbered steps; what to feel and when to stop side by side underneath.
- compact: the same header; picture, steps and feel/stop in three columns.
- large print: one column: picture with the dosage beside it, then steps, feel, stop.
- two languages: a header with both names; the picture and both dosages on the left and
  one column per language (normal, compact). In large print the two languages are paired
  row by row (`paired_card`) under one drawing, each language's dosage in its own column:
  a card continues between two rows, each step still beside its translation, only the
  names repeated at the top of the next page, and it may begin at a page foot once its
  names, drawing and dosage fit.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence

from reportlab.graphics.shapes import Circle, Drawing, String
from reportlab.platypus import Flowable, Spacer

from pgp_desk.pdf.blocks import CHECK, CROSS, bullets, caps_label, table
from pgp_desk.pdf.fonts import BOLD, ITALIC, use_family
from pgp_desk.pdf.handout_context import HandoutContext
from pgp_desk.pdf.images import picture
from pgp_desk.pdf.labels import label
from pgp_desk.pdf.model import HandoutExercise
from pgp_desk.pdf.paragraph import Paragraph
from pgp_desk.pdf.shortest import Rows, exercise_key, shortest
from pgp_desk.pdf.styles import FILL, INK, MUTED, RULE, WHITE, Styles
from pgp_desk.pdf.text import markup, para


def _badge(number: int, st: Styles) -> Drawing:
    """The exercise number in a black disc: easy to refer to on the phone ('øvelse 2')."""
    size = st.scale.h2 * 1.6
    d = use_family(Drawing(size, size))
    d.add(Circle(size / 2, size / 2, size / 2, fillColor=INK, strokeColor=None))
    fs = st.scale.h2 * 0.9
    d.add(String(size / 2, size / 2 - fs * 0.36, str(number), fontName=BOLD, fontSize=fs,
                 fillColor=WHITE, textAnchor="middle"))
    return d


def _steps(ex: HandoutExercise) -> list[str]:
    return [step for step in ex.steps if str(step).strip()]


def steps_block(ex: HandoutExercise, lang: str, st: Styles, labelled: bool = True
                ) -> list[Flowable]:
    """The numbered steps; `labelled` puts 'Sådan gør du' over them (the numbers say it
    well enough where space is short)."""
    steps = _steps(ex)
    if not steps:
        return []
    parts: list[Flowable] = [caps_label(label(lang, "how"), st)] if labelled else []
    parts.extend(
        Paragraph(markup(step), st.step, bulletText=f"{n}.") for n, step in enumerate(steps, 1)
    )
    return parts


def dosage_box(texts: Sequence[tuple[str, str]], st: Styles, width: float,
               on_grey: bool = False) -> list[Flowable]:
    """How much, in words, framed so it is found at a glance; `texts` are (language, text)
    pairs, the second language in grey under the first."""
    texts = [(lang, text) for lang, text in texts if text.strip()]
    if not texts:
        return []
    pad = st.scale.gap * 0.6
    head = " / ".join(dict.fromkeys(label(lang, "dosage") for lang, _ in texts))
    content: list[Flowable] = [caps_label(head, st)]
    for i, (_, text) in enumerate(texts):
        style = st.body_bold if i == 0 else st.dosage_second
        content.append(para(text, style))
    commands: list[tuple[object, ...]] = [
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad * 0.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.8),
    ]
    if on_grey:  # in the grey header band: a white tag with a dark frame
        commands += [("BACKGROUND", (0, 0), (-1, -1), WHITE), ("BOX", (0, 0), (-1, -1), 0.8, INK)]
    else:
        commands += [("BACKGROUND", (0, 0), (-1, -1), FILL)]
    return [table([[content]], [width], commands, split_in_row=False)]


def dosage_strip(texts: Sequence[tuple[str, str]], st: Styles, width: float) -> Flowable | None:
    """The dosage as one grey band across the card, its label leading the first line: a
    long dosage wraps over the card's whole width instead of a narrow column."""
    texts = [(lang, text) for lang, text in texts if text.strip()]
    if not texts:
        return None
    pad = st.scale.gap * 0.6
    lines = []
    for i, (lang, text) in enumerate(texts):
        grey = "" if i == 0 else f' color="#{MUTED.hexval()[2:]}"'
        lines.append(f'<font size="{st.caps.fontSize}" color="#{MUTED.hexval()[2:]}">'
                     f'{markup(label(lang, "dosage").upper())}</font>\u2002'
                     f'<font{grey}>{markup(text)}</font>')
    return table([[Paragraph("<br/>".join(lines), st.body_bold)]], [width],
                 [("BACKGROUND", (0, 0), (-1, -1), FILL),
                  ("LEFTPADDING", (0, 0), (-1, -1), pad),
                  ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                  ("TOPPADDING", (0, 0), (-1, -1), pad * 0.45),
                  ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.6)], split_in_row=False)


def _dosage(ex: HandoutExercise, lang: str, st: Styles, width: float) -> list[Flowable]:
    box = dosage_box([(lang, ex.dosage_text)], st, width)
    return [Spacer(1, st.scale.gap * 0.3), *box] if box else []


def _unlabelled_steps(ex: HandoutExercise, lang: str, st: Styles) -> list[Flowable]:
    return steps_block(ex, lang, st, labelled=False)


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


def _title(ex: HandoutExercise, st: Styles) -> list[Flowable]:
    """The name, and why in italics after it (on the same line when there is room)."""
    text = markup(ex.name, BOLD)
    if ex.purpose.strip():
        grey = f"#{MUTED.hexval()[2:]}"
        text += (f'\u2003<font name="{ITALIC}" size="{st.purpose.fontSize}" color="{grey}">'
                 f"{markup(ex.purpose, ITALIC)}</font>")
    return [Paragraph(text, st.h2)]


def _header(ctx: HandoutContext, names: Sequence[HandoutExercise | None], number: int,
            width: float, dosage: Sequence[tuple[str, str]] = ()) -> Flowable:
    """Number, name and why (per language); the dosage, if given, as a tag on the right."""
    st = ctx.styles
    badge = _badge(number, st)
    badge_w = badge.width + st.scale.gap
    dosage_w = width * (0.36 if ctx.options.compact else 0.34) if dosage else 0.0
    tag = dosage_box(dosage, st, dosage_w, on_grey=True) if dosage else []
    rest = width - badge_w - dosage_w
    cells: list[object] = [badge]
    widths = [badge_w]
    present = [ex for ex in names if ex is not None]
    for ex in present:
        cells.append(_title(ex, st))
        widths.append(rest / len(present))
    if tag:
        cells.append(tag)
        widths.append(dosage_w)
    return table([cells], widths, [("VALIGN", (0, 0), (0, 0), "MIDDLE"),
                                   ("RIGHTPADDING", (1, 0), (-1, -1), st.scale.gap)])


def _frame(rows: list[list[object]], width: float, st: Styles) -> Flowable:
    """The card: a thin grey frame, header band in light grey, rounded corners."""
    pad = st.scale.gap * 1.0
    return table(
        rows,
        [width],
        [
            ("BOX", (0, 0), (-1, -1), 0.8, RULE),
            ("BACKGROUND", (0, 0), (-1, 0), FILL),
            ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), pad * 0.25),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.25),
            ("TOPPADDING", (0, 0), (-1, 0), pad * 0.45),
            ("BOTTOMPADDING", (0, 0), (-1, 0), pad * 0.4),
            ("TOPPADDING", (0, 1), (-1, 1), pad * 0.5),
            ("BOTTOMPADDING", (0, -1), (-1, -1), pad * 0.55),
        ],
        cornerRadii=[5, 5, 5, 5],
    )


def _inner(ctx: HandoutContext, width: float) -> float:
    return width - 2 * ctx.styles.scale.gap * 1.0


def _centred(item: Flowable, width: float) -> Flowable:
    return table([[item]], [width], [("ALIGN", (0, 0), (-1, -1), "CENTER")])


def _pic(ex: HandoutExercise | None, st: Styles) -> Flowable | None:
    """The exercise's picture in the layout's one picture box."""
    if ex is None:
        return None
    return picture(ex.illustration_svg, ex.photo, st.scale.illustration_w,
                   st.scale.illustration_h)


def _feel_and_stop(ex: HandoutExercise, lang: str, st: Styles, width: float
                   ) -> list[list[object]]:
    """What to feel and when to stop: side by side when both exist, else one column."""
    cues, avoid = cues_block(ex, lang, st), avoid_block(ex, lang, st)
    if cues and avoid:
        gap = st.scale.gap * 1.2
        half = (width - gap) / 2
        return [[table([[cues, "", avoid]], [half, gap, half], [])]]
    return [[cues or avoid]] if cues or avoid else []


def exercise_card(ctx: HandoutContext, ex: HandoutExercise, number: int,
                  width: float) -> Flowable:
    """One exercise in one language: picture beside (normal) or above (large) the steps."""
    st, lang = ctx.styles, ctx.lang
    inner = _inner(ctx, width)
    pic = _pic(ex, st)
    if ctx.options.large_print:
        rows: list[list[object]] = [[_header(ctx, [ex], number, inner)],
                                    *_large_body(ctx, ex, pic, inner)]
    else:
        rows = [[_header(ctx, [ex], number, inner)], *_shortest_body(ctx, ex, pic, inner)]
    note = _client_note(ex, lang, st, inner)
    if note:
        rows.append([note])
    return _frame(rows, width, st)


def _key(ctx: HandoutContext, kind: str, *exercises: HandoutExercise | None) -> Hashable:
    """What a card's arrangement depends on: layout, languages, type scale and the
    exercises' texts and pictures (see `shortest`)."""
    return (kind, ctx.lang, ctx.lang2, ctx.styles.scale,
            *(exercise_key(ex) for ex in exercises))


def _large_body(ctx: HandoutContext, ex: HandoutExercise, pic: Flowable | None,
                inner: float) -> list[list[object]]:
    """Large print: the picture with the dosage beside it, then the steps across the page;
    what to feel and when to stop under them, or side by side, or beside the picture,
    whichever is shortest, so a card fits on one page."""
    st, s, lang = ctx.styles, ctx.styles.scale, ctx.lang
    side_w = inner - s.illustration_w - s.gap

    def top(extra: list[Flowable]) -> list[list[object]]:
        dosage = dosage_box([(lang, ex.dosage_text)], st, side_w if pic else inner)
        right = dosage + ([Spacer(1, s.gap * 0.5)] if dosage and extra else []) + extra
        if pic is None:
            return [[right]] if right else []
        if not right:
            return [[_centred(pic, inner)]]
        return [[table([[_centred(pic, s.illustration_w), "", right]],
                       [s.illustration_w, s.gap, side_w],
                       [("VALIGN", (0, 0), (-1, -1), "MIDDLE")])]]

    def steps() -> list[list[object]]:
        block = steps_block(ex, lang, st)
        return [[block]] if block else []

    def stacked(*parts: str) -> list[list[object]]:
        blocks = {"cues": cues_block, "avoid": avoid_block}
        return [[blocks[p](ex, lang, st)] for p in parts if blocks[p](ex, lang, st)]

    arrangements: list[Callable[[], Rows]] = [
        lambda: [*top([]), *steps(), *stacked("cues", "avoid")],
        lambda: [*top([]), *steps(), *_feel_and_stop(ex, lang, st, inner)],
        lambda: [*top(cues_block(ex, lang, st)), *steps(), *stacked("avoid")],
    ]
    return shortest(_key(ctx, "large", ex), arrangements, inner, ctx.frame_h)


def _shortest_body(ctx: HandoutContext, ex: HandoutExercise, pic: Flowable | None,
                   inner: float) -> list[list[object]]:
    """The normal card's body, arranged the shortest of a few ways: the steps beside the
    picture, and the dosage, what to feel and when to stop under the picture, under the
    steps or across the card, wherever they leave the least empty space."""
    st, s, lang = ctx.styles, ctx.styles.scale, ctx.lang
    if pic is None:
        steps = steps_block(ex, lang, st, labelled=False)
        band = dosage_strip([(lang, ex.dosage_text)], st, inner)
        return ([[steps]] if steps else []) + ([[band]] if band else []) + _feel_and_stop(
            ex, lang, st, inner)
    pic_w = s.illustration_w
    text_w = inner - pic_w - s.gap

    def beside(left: list[Flowable], right: list[Flowable]) -> list[object]:
        return [table([[[_centred(pic, pic_w), *left], "", right]], [pic_w, s.gap, text_w],
                      [("TOPPADDING", (0, 0), (0, 0), s.gap * 0.3)])]

    def box() -> list[Flowable]:
        return [Spacer(1, s.gap * 0.5), *dosage_box([(lang, ex.dosage_text)], st, pic_w)]

    def strip() -> list[list[object]]:
        band = dosage_strip([(lang, ex.dosage_text)], st, inner)
        return [[band]] if band else []

    def right(*parts: str) -> list[Flowable]:
        """Fresh flowables each time: one Paragraph must not sit in two tables."""
        blocks = {"steps": _unlabelled_steps, "cues": cues_block, "avoid": avoid_block}
        out: list[Flowable] = []
        for part in parts:
            block = blocks[part](ex, lang, st)
            if block and out:
                out.append(Spacer(1, s.gap * 0.4))
            out += block
        return out

    def feel() -> list[list[object]]:
        return _feel_and_stop(ex, lang, st, inner)

    arrangements: list[Callable[[], Rows]] = [
        lambda: [beside([], right("steps")), *strip(), *feel()],
        lambda: [beside(box(), right("steps")), *feel()],
        lambda: [beside(box(), right("steps", "cues", "avoid"))],
        lambda: [beside([*box(), Spacer(1, s.gap * 0.4), *right("cues")],
                        right("steps", "avoid"))],
        lambda: [beside([], right("steps", "cues", "avoid")), *strip()],
    ]
    return shortest(_key(ctx, "normal", ex), arrangements, inner, ctx.frame_h)


def compact_card(ctx: HandoutContext, ex: HandoutExercise, number: int,
                 width: float) -> Flowable:
    """Fewest pages: small picture, steps and feel/stop side by side in three columns; the
    dosage under the picture or as a band across, whichever is shorter."""
    st, s, lang = ctx.styles, ctx.styles.scale, ctx.lang
    inner = _inner(ctx, width)
    gap = s.gap * 1.2
    pic = _pic(ex, st)
    pic_w = s.illustration_w if pic is not None else 0.0
    rest = inner - pic_w - (gap if pic is not None else 0.0) - gap
    main_w, side_w = rest * 0.55, rest * 0.45

    def body(dosage_under_picture: bool) -> list[list[object]]:
        main = steps_block(ex, lang, st, labelled=False)
        side = (cues_block(ex, lang, st) + avoid_block(ex, lang, st)
                + _client_note(ex, lang, st, side_w))
        cells: list[object] = [main, "", side]
        widths = [main_w, gap, side_w]
        if pic is not None:
            left: list[Flowable] = [_centred(pic, pic_w)]
            if dosage_under_picture:
                left += [Spacer(1, s.gap * 0.5),
                         *dosage_box([(lang, ex.dosage_text)], st, pic_w)]
            cells = [left, "", *cells]
            widths = [pic_w, gap, *widths]
        rows: list[list[object]] = [[table([cells], widths, [("TOPPADDING", (0, 0), (0, 0), 2)])]]
        band = None if dosage_under_picture else dosage_strip([(lang, ex.dosage_text)], st,
                                                               inner)
        return rows + ([[band]] if band else [])

    arrangements: list[Callable[[], Rows]] = [lambda: body(False)]
    if pic is not None and ex.dosage_text.strip():
        arrangements.append(lambda: body(True))
    rows = shortest(_key(ctx, "compact", ex), arrangements, inner, ctx.frame_h)
    return _frame([[_header(ctx, [ex], number, inner)], *rows], width, st)


def _column(item: HandoutExercise | None, lang: str | None, st: Styles,
            width: float) -> list[Flowable]:
    if item is None or lang is None:
        return []
    return (steps_block(item, lang, st, labelled=False) + cues_block(item, lang, st)
            + avoid_block(item, lang, st) + _client_note(item, lang, st, width))


def side_by_side_card(ctx: HandoutContext, ex: HandoutExercise,
                      other: HandoutExercise | None, number: int, width: float) -> Flowable:
    """One exercise in two languages: the picture and both dosages on the left, then one
    column per language."""
    if ctx.options.large_print:
        return paired_card(ctx, ex, other, number, width)
    st, s = ctx.styles, ctx.styles.scale
    inner = _inner(ctx, width)
    gutter = s.gap * 1.2
    left_w = s.illustration_w
    dosages = [(ctx.lang, ex.dosage_text)]
    if other is not None and ctx.lang2:
        dosages.append((ctx.lang2, other.dosage_text))

    def body(dosage_under_picture: bool) -> list[list[object]]:
        pic = _pic(ex, st) or _pic(other, st)
        left: list[Flowable] = [_centred(pic, left_w)] if pic is not None else []
        if dosage_under_picture:
            left += [Spacer(1, s.gap * 0.4), *dosage_box(dosages, st, left_w)]
        if left:
            col = (inner - left_w - 2 * gutter) / 2
            cells: list[object] = [left, "", _column(ex, ctx.lang, st, col), "",
                                   _column(other, ctx.lang2, st, col)]
            widths = [left_w, gutter, col, gutter, col]
        else:
            col = (inner - gutter) / 2
            cells = [_column(ex, ctx.lang, st, col), "", _column(other, ctx.lang2, st, col)]
            widths = [col, gutter, col]
        divider = len(cells) - 3
        rows: list[list[object]] = [[table([cells], widths, [
            ("LINEAFTER", (divider, 0), (divider, -1), 0.4, RULE),
            ("RIGHTPADDING", (divider, 0), (divider, -1), gutter / 2)])]]
        band = None if dosage_under_picture else dosage_strip(dosages, st, inner)
        return rows + ([[band]] if band else [])

    rows = shortest(_key(ctx, "two", ex, other), [lambda: body(False), lambda: body(True)],
                    inner, ctx.frame_h)
    return _frame([[_header(ctx, [ex, other], number, inner)], *rows], width, st)


def _name_only(ex: HandoutExercise, st: Styles) -> Paragraph:
    return Paragraph(markup(ex.name, BOLD), st.h2)


def _purpose(ex: HandoutExercise | None, st: Styles) -> object:
    if ex is None or not ex.purpose.strip():
        return ""
    return Paragraph(markup(ex.purpose, ITALIC), st.purpose)


def paired_card(ctx: HandoutContext, ex: HandoutExercise, other: HandoutExercise | None,
                number: int, width: float) -> Flowable:
    """Two languages in large print: one drawing for both, each language's dosage in its
    own column under it (or both beside it, whichever is shorter), then one row per step
    (or feel/stop point) with its translation beside it. Rows never split; between rows
    the card may continue on the next page, where only its first row (number and names,
    one or two lines) is repeated."""
    st, s = ctx.styles, ctx.styles.scale
    gutter = s.gap * 1.2
    col = (width - gutter) / 2  # the card spans the frame; its paddings keep text off the box
    # What each column leaves for its content inside the card's paddings.
    widths = (col - s.gap - gutter / 2, col - s.gap)
    rows = _paired_band(ex, other, number, widths[0], st)
    band = len(rows)  # rows in the grey header band
    spans: list[int] = []
    rows += _paired_picture(ctx, ex, other, widths, width - 2 * s.gap, spans, band)
    start_rows = len(rows)
    rows += _paired_texts(ctx, ex, other)
    note = _client_note(ex, ctx.lang, st, widths[0])
    if note:
        rows.append([note, "", ""])
    card = table(rows, [col, gutter, col], _paired_style(band, spans, s.gap, gutter),
                 split_in_row=False, repeatRows=1)
    # The rows that start together: names, why, drawing and dosage; a card begun at a page
    # foot shows at least those, and its steps follow under the repeated names.
    card._pgp_start_rows = start_rows
    return card


def _paired_band(ex: HandoutExercise, other: HandoutExercise | None, number: int,
                 width: float, st: Styles) -> list[list[object]]:
    """The grey band: number and both names, then both purposes (when there are any)."""
    badge = _badge(number, st)
    names: list[object] = [
        table([[badge, _name_only(ex, st)]],
              [badge.width + st.scale.gap, width - badge.width - st.scale.gap],
              [("VALIGN", (0, 0), (0, 0), "MIDDLE")]),
        _name_only(other, st) if other is not None else "",
    ]
    rows: list[list[object]] = [[names[0], "", names[1]]]
    purposes = [_purpose(ex, st), _purpose(other, st)]
    if any(purposes):
        rows.append([purposes[0], "", purposes[1]])
    return rows


def _paired_texts(ctx: HandoutContext, ex: HandoutExercise,
                  other: HandoutExercise | None) -> list[list[object]]:
    """One row per step, feel or stop point, each language in its column; a section's label
    shares its first item's row, so it never stands alone at a page foot."""
    st = ctx.styles
    lang2 = ctx.lang2 or ctx.lang
    # (label key, first-language items, second-language items, bullet)
    sections = [("how", _steps(ex), _steps(other) if other else [], "n"),
                ("cues", ex.cues, other.cues if other else [], CHECK),
                ("avoid", ex.avoid, other.avoid if other else [], CROSS)]
    rows: list[list[object]] = []
    for key, first, second, mark in sections:
        first = [t for t in first if str(t).strip()]
        second = [t for t in second if str(t).strip()]
        for i in range(max(len(first), len(second))):
            bullet = f"{i + 1}." if mark == "n" else mark
            style = st.step if mark == "n" else st.bullet
            cells: list[list[Flowable]] = [
                [Paragraph(markup(items[i]), style, bulletText=bullet)] if i < len(items)
                else [] for items in (first, second)]
            if i == 0:
                cells = [[caps_label(label(lang, key), st), *cell] if cell else []
                         for lang, cell in zip((ctx.lang, lang2), cells, strict=True)]
            rows.append([cells[0], "", cells[1]])
    return rows


def _paired_style(band: int, spans: list[int], pad: float,
                  gutter: float) -> list[tuple[object, ...]]:
    """The card's box, grey band and column divider; ``spans`` are the rows of a drawing
    across both columns (no divider through it)."""
    commands: list[tuple[object, ...]] = [
        ("BOX", (0, 0), (-1, -1), 0.8, RULE),
        ("BACKGROUND", (0, 0), (-1, band - 1), FILL),
        ("LINEAFTER", (0, band), (0, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (0, -1), pad),
        ("RIGHTPADDING", (-1, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad * 0.15),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.15),
        ("TOPPADDING", (0, 0), (-1, 0), pad * 0.5),
        ("BOTTOMPADDING", (0, band - 1), (-1, band - 1), pad * 0.5),
        ("TOPPADDING", (0, band), (-1, band), pad * 0.5),
        ("BOTTOMPADDING", (0, -1), (-1, -1), pad * 0.7),
        ("RIGHTPADDING", (0, 0), (0, -1), gutter / 2),
    ]
    for row in spans:
        commands += [("SPAN", (0, row), (-1, row)), ("ALIGN", (0, row), (-1, row), "CENTER"),
                     ("LINEAFTER", (0, row), (0, row), 0, WHITE),
                     ("RIGHTPADDING", (0, row), (0, row), pad)]
    return commands


def _paired_picture(ctx: HandoutContext, ex: HandoutExercise, other: HandoutExercise | None,
                    widths: tuple[float, float], inner: float, spans: list[int],
                    first_row: int) -> list[list[object]]:
    """The drawing and the dosage of a two-language large-print card, the shorter of: the
    drawing across the card with each language's dosage under its own column, or the
    drawing in the first column with both dosages beside it. `spans` learns which rows
    span both columns."""
    st = ctx.styles
    lang2 = ctx.lang2 or ctx.lang
    texts = [(ctx.lang, ex.dosage_text)] + ([(lang2, other.dosage_text)] if other else [])
    pic = _pic(ex, st) or _pic(other, st)

    def under() -> list[list[object]]:
        rows: list[list[object]] = [[pic, "", ""]] if pic is not None else []
        boxes = [dosage_box([t], st, w) for t, w in zip(texts, widths, strict=False)]
        if any(boxes):
            rows.append([boxes[0][0] if boxes[0] else "", "",
                         boxes[1][0] if len(boxes) > 1 and boxes[1] else ""])
        return rows

    def beside() -> list[list[object]]:
        dosage = dosage_box(texts, st, widths[1])
        if pic is None and not dosage:
            return []
        return [[_centred(pic, widths[0]) if pic is not None else "", "",
                 dosage[0] if dosage else ""]]

    def height(rows: list[list[object]], spanning: bool) -> float:
        total = 0.0
        for i, row in enumerate(rows):
            spread = [inner] if spanning and i == 0 and pic is not None else list(widths)
            cells = [row[0]] if len(spread) == 1 else [row[0], row[2]]
            total += max((c.wrap(w, ctx.frame_h)[1] if isinstance(c, Flowable) else 0.0)
                         for c, w in zip(cells, spread, strict=True))
        return total

    if pic is None:
        return under()
    across, side = under(), beside()
    if height(across, True) <= height(side, False):
        spans.append(first_row)
        return under()
    return beside()
