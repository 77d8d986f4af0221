"""The client's home-programme handout: what she takes home after a visit.

Designed like a good patient leaflet (NHS trust PGP leaflets, Danish Health Authority
material): the clinic and the therapist up front, a personal note, one framed card per
exercise that never breaks across pages, everyday advice, the pain rule and the stop signs,
and a tick-off diary. Greys only, so it prints well on a black-and-white laser printer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer
from reportlab.platypus.doctemplate import LayoutError

from pgp_desk.pdf.blocks import (
    advice_parts,
    clinic_header,
    info_grid,
    note_box,
    section_heading,
    table,
)
from pgp_desk.pdf.cards import (
    avoid_block,
    compact_card,
    cues_block,
    exercise_card,
    side_by_side_card,
    steps_block,
)
from pgp_desk.pdf.diary import diary_section
from pgp_desk.pdf.fonts import BOLD
from pgp_desk.pdf.handout_context import HandoutContext
from pgp_desk.pdf.labels import format_date, label
from pgp_desk.pdf.model import AdviceSection, HandoutData, HandoutExercise, HandoutOptions
from pgp_desk.pdf.overview import programme_overview, stack_height
from pgp_desk.pdf.page import Footer, build_pdf, frame_size
from pgp_desk.pdf.progress import progress_section
from pgp_desk.pdf.styles import build_styles, scale_for
from pgp_desk.pdf.text import markup, para, plain


def render_handout(data: HandoutData, options: HandoutOptions | None = None) -> bytes:
    """Render the handout as PDF bytes (deterministic for the same input)."""
    options = options or HandoutOptions()
    styles = build_styles(scale_for(options.large_print, options.compact))
    margin = styles.scale.margin
    phone = data.clinic.phone.strip()
    footer_left = data.clinic.name
    if phone:
        footer_left = f"{footer_left}  \u00b7  {label(data.language, 'phone')} {phone}"
    footer = Footer(
        left=footer_left,
        page_text=lambda page, total: label(data.language, "page", page=page, total=total),
        size=max(8.0, styles.scale.small * 0.95),
    )
    width, frame_h = frame_size(options.paper, margin, footer.size)
    second = data.second_language if options.side_by_side else None
    ctx = HandoutContext(data, options, styles, width, frame_h, data.language,
               second.language if second else None)
    kwargs = {
        "paper": options.paper,
        "margin": margin,
        "footer": footer,
        "title": f"{label(data.language, 'handout_title')}: {plain(data.client_name)}",
        "author": data.clinic.name,
        "language": data.language,
    }
    try:
        return build_pdf(_story(ctx), **kwargs)  # type: ignore[arg-type]
    except LayoutError:
        # Pathological input (e.g. a note longer than a page inside a card): fall back to a
        # plain flowing layout rather than fail to give the client anything.
        return build_pdf(_plain_story(ctx), **kwargs)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------- story


def _story(ctx: HandoutContext) -> list[Flowable]:
    st, s = ctx.styles, ctx.styles.scale
    story: list[Flowable] = [clinic_header(ctx.data.clinic, st, ctx.width, ctx.lang)]
    story.append(Spacer(1, s.gap * 1.6))
    story.append(Paragraph(markup(ctx.lab("handout_title")), st.title))
    story.append(Spacer(1, s.gap * 0.4))
    story.append(
        info_grid(
            [
                (ctx.lab("for_client"), ctx.data.client_name),
                (ctx.lab("date"), format_date(ctx.data.date, ctx.lang)),
                (ctx.lab("therapist"), ctx.data.therapist_name),
            ],
            st,
            ctx.width,
        )
    )
    notes = [ctx.data.personal_note]
    if ctx.lang2 and ctx.data.second_language:
        notes.append(ctx.data.second_language.personal_note)
    for note in notes:
        if note.strip():
            story.append(Spacer(1, s.gap * 1.2))
            story.append(note_box(ctx.lab("personal_note"), note, st, ctx.width))
    story.extend(_exercises(ctx, ctx.frame_h - stack_height(story, ctx.width, ctx.frame_h)))
    story.extend(_advice(ctx))
    story.extend(progress_section(ctx))
    story.extend(diary_section(ctx))
    return story


def _pairs(ctx: HandoutContext) -> list[tuple[HandoutExercise, HandoutExercise | None]]:
    """Primary exercises with their translation (by code, then by position)."""
    primary = ctx.data.exercises
    if ctx.lang2 is None or ctx.data.second_language is None:
        return [(ex, None) for ex in primary]
    others = ctx.data.second_language.exercises
    by_code = {o.code: o for o in others if o.code}
    out: list[tuple[HandoutExercise, HandoutExercise | None]] = []
    for i, ex in enumerate(primary):
        match = by_code.get(ex.code) if ex.code else None
        if match is None and i < len(others):
            match = others[i]
        out.append((ex, match))
    return out


# ---------------------------------------------------------------------------- exercises


def _exercises(ctx: HandoutContext, first_page_room: float) -> list[Flowable]:
    """The cards; `first_page_room` is what the front matter leaves free on page 1."""
    pairs = _pairs(ctx)
    if not pairs:
        return []
    gap = ctx.styles.scale.gap
    heading = [Spacer(1, gap * 0.6), *section_heading(ctx.lab("exercises"), ctx.styles)]
    reserve = stack_height(heading, ctx.width, ctx.frame_h)
    spacing = gap * (0.8 if ctx.options.compact else 1.1)
    story: list[Flowable] = []
    for i, (ex, other) in enumerate(pairs, 1):
        room = ctx.frame_h - (reserve if i == 1 else 0.0) - spacing
        if ctx.lang2:
            card, make, factor = _fitted(
                ctx, room, partial(side_by_side_card, ctx, ex, other, i, ctx.width))
        elif ctx.options.compact:
            card, make, factor = _fitted(ctx, room, partial(compact_card, ctx, ex, i, ctx.width))
        else:
            card, make, factor = _fitted(ctx, room, partial(exercise_card, ctx, ex, i, ctx.width))
        smaller = [make(f) for f in _SQUEEZE if f < factor]
        if card.wrap(ctx.width, ctx.frame_h)[1] > room + spacing:
            # Taller than a page even without its picture (a very long note, two languages
            # in large print): the one case where a card must flow on to the next page.
            # It starts on a fresh page, so as much of it as possible is seen together
            # (not in a KeepTogether, which would add an empty page before it).
            if i == 1:
                story.extend(_overview_if_alone(ctx, pairs, [], first_page_room))
            story += [CondPageBreak(ctx.frame_h - 1), *(_loose(heading) if i == 1 else []),
                      card, Spacer(1, spacing)]
        elif i > 1:
            story.append(_FitToSpace([card, *smaller], spacing))
        else:
            versions = [_Stack([*heading, version]) for version in (card, *smaller)]
            story.extend(_overview_if_alone(ctx, pairs, versions, first_page_room))
            story.append(_FitToSpace(versions, spacing))
    return story


def _loose(flowables: list[Flowable]) -> list[Flowable]:
    """The same flowables without keep-with-next, which would group them with what follows
    into one block that cannot fit."""
    for f in flowables:
        f.keepWithNext = 0
    return flowables


def _overview_if_alone(ctx: HandoutContext, pairs: list[tuple[HandoutExercise,
                       HandoutExercise | None]], first: list[Flowable], room: float
                       ) -> list[Flowable]:
    """The programme at a glance, when none of the versions of the first card (`first`;
    empty when it is taller than a page) fits what is left of page 1."""
    margin = 6.0  # points, for rounding in the estimate of the front matter
    if ctx.options.compact or len(pairs) < 2:
        return []
    if any(v.wrap(ctx.width, ctx.frame_h)[1] <= room - margin for v in first):
        return []
    overview = programme_overview(ctx, pairs)
    if stack_height(overview, ctx.width, ctx.frame_h) > room - margin:
        return []
    return overview


# A card may shrink its picture this far to share a page with the card before it.
_SQUEEZE = (0.85, 0.7, 0.6)


def _fitted(ctx: HandoutContext, room: float, make: Callable[[float], Flowable]
            ) -> tuple[Flowable, Callable[[float], Flowable], float]:
    """The card at the largest picture size that still fits `room`, so it never splits."""
    card, chosen = make(1.0), 1.0
    for factor in (0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.0):
        if card.wrap(ctx.width, ctx.frame_h)[1] <= room:
            break
        card, chosen = make(factor), factor
    return card, make, chosen


class _Stack(Flowable):
    """Flowables drawn one under the other as one unbreakable block (a heading with the
    first card, so the heading never ends a page alone)."""

    def __init__(self, parts: list[Flowable]) -> None:
        super().__init__()
        self._parts = parts

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._sizes = [p.wrap(avail_width, avail_height) for p in self._parts]
        self.width = max((w for w, _ in self._sizes), default=0.0)
        self.height = sum(h + p.getSpaceBefore() + p.getSpaceAfter()
                          for p, (_, h) in zip(self._parts, self._sizes, strict=True))
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        y = self.height
        for part, (_, h) in zip(self._parts, self._sizes, strict=True):
            y -= part.getSpaceBefore() + h
            part.drawOn(self.canv, 0, y)
            y -= part.getSpaceAfter()


class _FitToSpace(Flowable):
    """An exercise card that never splits: it takes the first of its versions (the same
    card with a somewhat smaller picture) that fits the space left on the page, and
    otherwise moves whole to the next page in its first version."""

    def __init__(self, versions: list[Flowable], space_after: float) -> None:
        super().__init__()
        self._versions = versions
        self._chosen = versions[0]
        self.spaceAfter = space_after

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        for version in self._versions:
            width, height = version.wrap(avail_width, avail_height)
            if height <= avail_height:
                self._chosen = version
                self.width, self.height = width, height
                return width, height
        self._chosen = self._versions[0]
        self.width, self.height = self._chosen.wrap(avail_width, avail_height)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        self._chosen.drawOn(self.canv, 0, 0)


# ---------------------------------------------------------------------------- advice


def _advice(ctx: HandoutContext) -> list[Flowable]:
    heading_text = ctx.lab("advice")
    others = ctx.data.second_language.advice if ctx.lang2 and ctx.data.second_language else []
    # Pair with the translation before dropping empty sections, so the pairs stay aligned.
    pairs = [(_untitled(a, ctx.lang), _untitled(others[i], ctx.lang2 or "")
              if i < len(others) else None)
             for i, a in enumerate(ctx.data.advice) if _has_content(a)]
    if not pairs:
        return []
    st = ctx.styles
    blocks: list[list[Flowable]] = []
    if ctx.lang2 and ctx.data.second_language:
        gutter = st.scale.gap * 1.5
        col = (ctx.width - gutter) / 2
        for sec, other in pairs:
            if other is None or not _has_content(other):
                blocks.append(advice_parts(sec, st, ctx.width))
                continue
            left, right = advice_parts(sec, st, col), advice_parts(other, st, col)
            blocks.append([table([[left, "", right]], [col, gutter, col], []),
                           Spacer(1, st.scale.gap * 0.6)])
    else:
        blocks = [advice_parts(sec, st, ctx.width) for sec, _ in pairs]
    heading = section_heading(heading_text, st)
    return [KeepTogether([*(heading if i == 0 else []), *block]) for i, block in enumerate(blocks)]


def _untitled(section: AdviceSection, lang: str) -> AdviceSection:
    """A module titled like the section heading ("Gode råd i hverdagen") would print its
    title twice: the heading says it already."""
    return replace(section, title="") if _same(section.title, label(lang, "advice")) else section


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _has_content(section: AdviceSection) -> bool:
    return bool(section.title.strip() or section.intro.strip() or any(
        str(p).strip() for p in section.points))


# ---------------------------------------------------------------------------- progress


# ---------------------------------------------------------------------------- fallback


def _plain_story(ctx: HandoutContext) -> list[Flowable]:
    """No tables at all: every text flows and may split, so layout cannot fail."""
    st, data = ctx.styles, ctx.data
    story: list[Flowable] = [
        para(data.clinic.name, st.clinic_name),
        para(" \u00b7 ".join(x for x in (data.clinic.address, data.clinic.phone,
                                         data.clinic.email) if x.strip()), st.muted),
        Paragraph(markup(ctx.lab("handout_title")), st.title),
        para(f"{data.client_name} \u00b7 {format_date(data.date, ctx.lang)} \u00b7 "
             f"{label(ctx.lang, 'therapist')}: {data.therapist_name}", st.body),
    ]
    if data.personal_note.strip():
        story += [Paragraph(markup(label(ctx.lang, "personal_note")), st.h3),
                  para(data.personal_note, st.body)]
    if data.exercises:
        story.append(Paragraph(markup(label(ctx.lang, "exercises")), st.h1))
    for n, ex in enumerate(data.exercises, 1):
        story.append(Paragraph(f"{n}. {markup(ex.name, BOLD)}", st.h2))
        if ex.purpose.strip():
            story.append(para(ex.purpose, st.purpose))
        story += steps_block(ex, ctx.lang, st)
        if ex.dosage_text.strip():
            story.append(para(ex.dosage_text, st.body_bold))
        story += cues_block(ex, ctx.lang, st) + avoid_block(ex, ctx.lang, st)
        if ex.client_note.strip():
            story.append(para(ex.client_note, st.body))
    for sec in data.advice:
        story += advice_parts(sec, st, ctx.width)
    story += [Paragraph(markup(label(ctx.lang, "diary")), st.h1),
              Paragraph(markup(label(ctx.lang, "diary_intro")), st.body)]
    return story
