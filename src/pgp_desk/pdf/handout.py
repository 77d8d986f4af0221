"""The client's home-programme handout: what she takes home after a visit.

Designed like a good patient leaflet (NHS trust PGP leaflets, Danish Health Authority
material): the clinic and the therapist up front, a personal note, one framed card per
exercise that never breaks across pages, everyday advice, the pain rule and the stop signs,
and a tick-off diary. Greys only, so it prints well on a black-and-white laser printer.
"""

from __future__ import annotations

from dataclasses import replace

from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer
from reportlab.platypus.doctemplate import LayoutError

from pgp_desk.pdf.blocks import (
    advice_parts,
    clinic_header,
    emergency_contacts,
    info_grid,
    note_box,
    paired_advice_box,
    section_heading,
    stop_signs_box,
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
from pgp_desk.pdf.layout_report import LayoutReport, Unit
from pgp_desk.pdf.model import AdviceSection, HandoutData, HandoutExercise, HandoutOptions
from pgp_desk.pdf.overview import programme_overview, stack_height
from pgp_desk.pdf.page import Document, Footer, build_pdf, frame_size
from pgp_desk.pdf.paragraph import Paragraph
from pgp_desk.pdf.progress import progress_section
from pgp_desk.pdf.styles import build_styles, scale_for
from pgp_desk.pdf.text import markup, para, plain


def render_handout(data: HandoutData, options: HandoutOptions | None = None,
                   report: LayoutReport | None = None) -> bytes:
    """Render the handout as PDF bytes (deterministic for the same input); `report`, when
    given, learns what the layout had to break against its rules (see layout_report)."""
    options = options or HandoutOptions()
    styles = build_styles(scale_for(options.large_print, options.compact,
                                    options.side_by_side and data.second_language is not None))
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
    document: Document = {
        "paper": options.paper,
        "margin": margin,
        "footer": footer,
        "title": f"{label(data.language, 'handout_title')}: {plain(data.client_name)}",
        "author": data.clinic.name,
        "language": data.language,
        # What kind of document this is, never what she has.
        "subject": " / ".join(dict.fromkeys(label(lang, "handout_subject")
                                            for lang in (ctx.lang, ctx.lang2) if lang)),
        "also_languages": (ctx.lang2,) if ctx.lang2 else (),
    }
    try:
        return build_pdf(_story(ctx, report), report=report, **document)
    except LayoutError:
        # Pathological input (e.g. a note longer than a page inside a card): fall back to a
        # plain flowing layout rather than fail to give the client anything.
        if report is not None:
            report.fallback = True
            report.problem("the layout failed; printed as plain flowing text instead")
        return build_pdf(_plain_story(ctx), **document)


# ---------------------------------------------------------------------------- story


def _story(ctx: HandoutContext, report: LayoutReport | None = None) -> list[Flowable]:
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
    story.extend(_exercises(ctx, ctx.frame_h - stack_height(story, ctx.width, ctx.frame_h),
                            report))
    story.extend(_advice(ctx, report))
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


def _card(ctx: HandoutContext, ex: HandoutExercise, other: HandoutExercise | None,
          number: int) -> Flowable:
    if ctx.lang2:
        return side_by_side_card(ctx, ex, other, number, ctx.width)
    if ctx.options.compact and not ctx.options.large_print:
        return compact_card(ctx, ex, number, ctx.width)
    return exercise_card(ctx, ex, number, ctx.width)


def _exercises(ctx: HandoutContext, first_page_room: float,
               report: LayoutReport | None) -> list[Flowable]:
    """The cards, each whole on one page; `first_page_room` is what the front matter
    leaves free on page 1 (for the programme at a glance)."""
    pairs = _pairs(ctx)
    if not pairs:
        return []
    gap = ctx.styles.scale.gap
    heading = [Spacer(1, gap * 0.4), *section_heading(ctx.lab("exercises"), ctx.styles)]
    spacing = gap * 0.6
    paired = bool(ctx.lang2 and ctx.options.large_print)
    cards: list[Flowable] = []
    for i, (ex, other) in enumerate(pairs, 1):
        unit = Unit(_card(ctx, ex, other, i), f"exercise {i} ({plain(ex.name)})", report,
                    may_continue=paired, page_h=ctx.frame_h)
        unit.spaceBefore = spacing if i > 1 else 0.0
        cards.append(unit)
    story: list[Flowable] = []
    if ctx.options.large_print:
        # Large print: page 1 lists the whole programme (handy on the fridge) under its own
        # heading; the cards, each about a page and numbered as in the list, follow.
        return [*programme_overview(ctx, pairs), *cards]
    else:
        first = stack_height([*heading, cards[0]], ctx.width, ctx.frame_h)
        if first > first_page_room and len(pairs) > 1 and not ctx.options.compact:
            overview = programme_overview(ctx, pairs)
            if stack_height(overview, ctx.width, ctx.frame_h) <= first_page_room:
                story += [*overview, PageBreak()]
    return [*story, *heading, *cards]


# ---------------------------------------------------------------------------- advice


def _advice(ctx: HandoutContext, report: LayoutReport | None) -> list[Flowable]:
    """The advice modules; framed boxes (pain rule, stop signs) and two-language pairs move
    whole to the next page, plain advice flows with its title kept to its first line."""
    others = ctx.data.second_language.advice if ctx.lang2 and ctx.data.second_language else []
    # Pair with the translation before dropping empty sections, so the pairs stay aligned.
    pairs = [(_untitled(a, ctx.lang), _untitled(others[i], ctx.lang2 or "")
              if i < len(others) else None)
             for i, a in enumerate(ctx.data.advice) if _has_content(a)]
    if not pairs:
        return []
    st = ctx.styles
    gutter = st.scale.gap * 1.5
    col = (ctx.width - gutter) / 2
    heading = list(section_heading(ctx.lab("advice"), st))
    story: list[Flowable] = []
    for sec, other in pairs:
        name = f"advice ({plain(sec.title) or plain(ctx.lab('advice'))})"
        if ctx.lang2 and other is not None and _has_content(other):
            if ctx.options.large_print and sec.highlight and not sec.warning:
                # Large print: point beside point; the box may begin at a page foot and
                # continue between two points with its titles repeated.
                paired = paired_advice_box(sec, other, st, ctx.width)
                story += [Unit(paired, name, report, may_continue=True, kind="box",
                               page_h=ctx.frame_h), Spacer(1, st.scale.gap)]
                continue
            both = table([[_section(ctx, sec, ctx.lang, col), "",
                           _section(ctx, other, ctx.lang2, col)]], [col, gutter, col], [])
            if both.wrap(ctx.width, ctx.frame_h)[1] <= ctx.frame_h:
                story.append(Unit(both, name, report, kind="box"))
                continue
            # Taller than a page side by side (large print): one language after the other.
            story += _one_language(ctx, sec, ctx.lang, name, report)
            story += _one_language(ctx, other, ctx.lang2, name, report)
            continue
        story += _one_language(ctx, sec, ctx.lang, name, report)
    return _lead_in(ctx, heading, story)


def _lead_in(ctx: HandoutContext, heading: list[Flowable], story: list[Flowable]
             ) -> list[Flowable]:
    """The heading before the first block. Kept with the next block as usual; but a block
    that may begin at a page foot (its first rows named) would be moved whole with it, so
    there the heading instead asks for room for itself and those first rows."""
    first = story[0] if story else None
    inner = getattr(first, "_inner", None)
    rows = getattr(inner, "_pgp_start_rows", 0)
    if not isinstance(first, Unit) or inner is None or not rows:
        return [*heading, *story]
    inner.wrap(ctx.width, ctx.frame_h)
    need = stack_height(heading, ctx.width, ctx.frame_h) + sum(inner._rowHeights[:rows])
    for flowable in heading:
        flowable.keepWithNext = 0
    return [CondPageBreak(need), *heading, *story]


def _one_language(ctx: HandoutContext, sec: AdviceSection, lang: str, name: str,
                  report: LayoutReport | None) -> list[Flowable]:
    """A section across the page: boxes whole, plain advice flowing."""
    if sec.warning:
        return [Unit(_section(ctx, sec, lang, ctx.width)[0], name, report, kind="box"),
                Spacer(1, ctx.styles.scale.gap)]
    return [Unit(part, name, report, kind="box") if sec.highlight
            and not isinstance(part, Spacer) else part
            for part in advice_parts(sec, ctx.styles, ctx.width)]


def _section(ctx: HandoutContext, section: AdviceSection, lang: str,
             width: float) -> list[Flowable]:
    """One advice section in one language; the stop signs in their own style."""
    if section.warning:
        contacts = emergency_contacts(ctx.data.clinic, lang)
        return [stop_signs_box(section, ctx.styles, width, contacts, lang)]
    return advice_parts(section, ctx.styles, width)


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
