"""Building blocks shared by the handout and the report: clinic header, headings, boxes."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)

from pgp_desk.pdf.fonts import BOLD, REGULAR
from pgp_desk.pdf.images import raster_image
from pgp_desk.pdf.labels import label
from pgp_desk.pdf.layout_report import tag
from pgp_desk.pdf.model import AdviceSection, ClinicHeader
from pgp_desk.pdf.paragraph import Paragraph
from pgp_desk.pdf.styles import FILL, INK, RULE, WHITE, Styles
from pgp_desk.pdf.text import markup, para, plain

CHECK = "\u2713"
CROSS = "\u2715"
BULLET = "\u2022"


def table(
    data: Sequence[Sequence[object]],
    widths: Sequence[float],
    commands: list[tuple[object, ...]],
    split_in_row: bool = True,
    **kw: object,
) -> Table:
    """A Table that may split inside a row, so a very long text never makes layout fail."""
    base: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # empty cells would otherwise use Helvetica
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
    t = Table(data, colWidths=list(widths), splitInRow=1 if split_in_row else 0, **kw)
    t.setStyle(TableStyle(base + commands))
    return t


def clinic_header(clinic: ClinicHeader, styles: Styles, width: float, language: str) -> Flowable:
    """Logo and name on the left, address and contact on the right, a firm rule beneath."""
    s = styles.scale
    logo = raster_image(clinic.logo_png, 34 * mm, s.h2 * 2.6)
    name = para(clinic.name, styles.clinic_name)
    contact_lines = [markup(line) for line in (clinic.address or "").splitlines() if line.strip()]
    if clinic.phone.strip():
        contact_lines.append(f"{label(language, 'phone')} {markup(clinic.phone)}")
    if clinic.email.strip():
        contact_lines.append(markup(clinic.email))
    contact = Paragraph("<br/>".join(contact_lines), styles.muted_right)
    # As wide as the longest contact line (an address or e-mail should not wrap), within
    # reason: the clinic's name needs room too.
    longest = max((stringWidth(plain(line), REGULAR, styles.muted_right.fontSize)
                   for line in [*(clinic.address or "").splitlines(), clinic.email,
                                f"{label(language, 'phone')} {clinic.phone}"]), default=0.0)
    right_w = min(max(longest + 4, width * 0.3), width * 0.55)
    left_w = width - right_w
    if logo is not None:
        gap = 4 * mm
        left: object = table(
            [[logo, name]],
            [logo.drawWidth + gap, left_w - logo.drawWidth - gap],
            [("VALIGN", (0, 0), (-1, -1), "MIDDLE")],
        )
    else:
        left = name
    return table(
        [[left, contact]],
        [left_w, right_w],
        [
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LINEBELOW", (0, 0), (-1, 0), 1.2, INK),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2 * mm),
        ],
    )


def info_grid(pairs: Sequence[tuple[str, str]], styles: Styles, width: float) -> Flowable:
    """Small-caps labels above values, side by side (client, date, therapist...)."""
    pairs = [p for p in pairs if p[1].strip()] or list(pairs[:1])
    cells = [
        [Paragraph(markup(k.upper()), styles.caps), para(v, styles.body_bold)] for k, v in pairs
    ]
    n = max(len(cells), 1)
    return table(
        [cells],
        [width / n] * n,
        [("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm)],
    )


def section_heading(text: str, styles: Styles, small: bool = False) -> list[Flowable]:
    """A heading with a thin rule, kept with what follows; `small` for dense clinical pages."""
    heading = tag(Paragraph(markup(text), styles.section if small else styles.h1),
                  "heading", plain(text))
    rule = HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=1,
                      spaceAfter=styles.scale.gap * (0.5 if small else 0.8))
    rule.keepWithNext = 1
    return [heading, rule]


def caps_label(text: str, styles: Styles) -> Paragraph:
    """A small grey capitalised label over a group of lines ('SÅDAN GØR DU')."""
    return Paragraph(markup(text.upper()), styles.caps)


def bullets(items: Sequence[str], styles: Styles, char: str = BULLET) -> list[Flowable]:
    """One Paragraph per non-empty item with a hanging bullet."""
    return [
        Paragraph(markup(item), styles.bullet, bulletText=char)
        for item in items
        if str(item).strip()
    ]


def note_box(title: str, text: str, styles: Styles, width: float) -> Flowable:
    """A grey box with a dark bar on the left: the therapist speaking to the client."""
    s = styles.scale
    content: list[Flowable] = [Paragraph(markup(title), styles.h3), para(text, styles.body)]
    return table(
        [[content]],
        [width],
        [
            ("BACKGROUND", (0, 0), (-1, -1), FILL),
            ("LINEBEFORE", (0, 0), (0, -1), 3, INK),
            ("LEFTPADDING", (0, 0), (-1, -1), s.gap * 1.2),
            ("RIGHTPADDING", (0, 0), (-1, -1), s.gap * 1.2),
            ("TOPPADDING", (0, 0), (-1, -1), s.gap * 0.3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), s.gap * 0.6),
        ],
    )


def advice_parts(section: AdviceSection | None, styles: Styles, width: float) -> list[Flowable]:
    """An advice section as flowables; highlighted ones (pain rule, stop signs) are framed."""
    if section is None:
        return []
    s = styles.scale
    title = markup(section.title, BOLD)
    body: list[Flowable] = []
    if section.intro.strip():
        body.append(para(section.intro, styles.body))
    body.extend(bullets(section.points, styles))
    if not section.highlight:
        head = [tag(Paragraph(title, styles.h3), "heading", plain(section.title))
                ] if title.strip() else []
        return [*head, *body, Spacer(1, s.gap * 0.5)]
    rows: list[list[object]] = []
    if title.strip():
        rows.append([Paragraph(title, styles.h3)])
    if body:
        rows.append([body])
    if not rows:
        return []
    box = table(
        rows,
        [width],
        [
            ("BOX", (0, 0), (-1, -1), 1.4, INK),
            ("BACKGROUND", (0, 0), (-1, 0), FILL if title.strip() else WHITE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, INK),
            ("LEFTPADDING", (0, 0), (-1, -1), s.gap * 1.1),
            ("RIGHTPADDING", (0, 0), (-1, -1), s.gap * 1.1),
            ("TOPPADDING", (0, 0), (-1, -1), s.gap * 0.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), s.gap * 0.5),
        ],
    )
    return [box, Spacer(1, s.gap)]


def paired_advice_box(first: AdviceSection, second: AdviceSection, styles: Styles,
                      width: float) -> Table:
    """A framed advice section (the pain rule) in two languages as one box, each point
    beside its translation: in large print it is taller than a page, so it may continue
    between two points, its titles repeated (a `Unit` that may continue)."""
    s = styles.scale
    gutter = s.gap * 1.5
    pad = s.gap * 1.1
    col = (width - gutter) / 2
    rows: list[list[object]] = [[Paragraph(markup(first.title, BOLD), styles.h3), "",
                                 Paragraph(markup(second.title, BOLD), styles.h3)]]
    if first.intro.strip() or second.intro.strip():
        rows.append([para(first.intro, styles.body) if first.intro.strip() else "", "",
                     para(second.intro, styles.body) if second.intro.strip() else ""])
    start = len(rows) + 1  # titles, intro and the first point begin together
    one = [p for p in first.points if str(p).strip()]
    two = [p for p in second.points if str(p).strip()]
    for i in range(max(len(one), len(two))):
        cells = [bullets([items[i]], styles)[0] if i < len(items) else ""
                 for items in (one, two)]
        rows.append([cells[0], "", cells[1]])
    box = table(
        rows,
        [col, gutter, col],
        [
            ("BOX", (0, 0), (-1, -1), 1.4, INK),
            ("BACKGROUND", (0, 0), (-1, 0), FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, INK),
            ("LINEAFTER", (0, 1), (0, -1), 0.4, RULE),
            ("LEFTPADDING", (0, 0), (0, -1), pad),
            ("RIGHTPADDING", (-1, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (0, -1), gutter / 2),
            ("TOPPADDING", (0, 0), (-1, -1), s.gap * 0.2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), s.gap * 0.2),
            ("TOPPADDING", (0, 0), (-1, 1), s.gap * 0.5),
            ("BOTTOMPADDING", (0, 0), (-1, 0), s.gap * 0.5),
            ("BOTTOMPADDING", (0, -1), (-1, -1), s.gap * 0.6),
        ],
        split_in_row=False,
        repeatRows=1,
    )
    box._pgp_start_rows = min(start, len(rows))
    return box


WARNING_SIGN = "\u26a0"


def emergency_contacts(clinic: ClinicHeader, lang: str) -> list[tuple[str, str]]:
    """(whom, number) for the numbers the clinic has set, most urgent last."""
    pairs = [("maternity_ward", clinic.maternity_phone),
             ("out_of_hours", clinic.out_of_hours_phone),
             ("emergency", clinic.emergency_phone)]
    return [(label(lang, key), number.strip()) for key, number in pairs if number.strip()]


def stop_signs_box(section: AdviceSection, styles: Styles, width: float,
                   contacts: Sequence[tuple[str, str]], lang: str) -> Flowable:
    """The stop signs in a style nothing else on the page has: a heavy black frame, the
    title reversed out of a black band behind a warning sign, short signs in two columns,
    and whom to call in large bold type at the foot."""
    s = styles.scale
    pad = s.gap * 1.1
    title = Paragraph(f"{WARNING_SIGN}\u2002{markup(section.title, BOLD)}", styles.warning_title)
    rows: list[list[object]] = [[title]]
    body: list[Flowable] = []
    if section.intro.strip():
        body.append(para(section.intro, styles.body))
    points = [str(p) for p in section.points if str(p).strip()]
    inner = width - 2 * pad
    short = points and len(points) >= 4 and inner > 300 and max(len(p) for p in points) <= 55
    if short:
        half = (len(points) + 1) // 2
        gap = s.gap * 1.5
        col = (inner - gap) / 2
        body.append(table([[bullets(points[:half], styles), "", bullets(points[half:], styles)]],
                          [col, gap, col], []))
    else:
        body.extend(bullets(points, styles))
    if body:
        rows.append([body])
    if contacts:
        numbers = "\u2002\u00b7\u2002 ".join(f"{markup(whom)}\u00a0<b>{markup(number, BOLD)}</b>"
                                  for whom, number in contacts)
        rows.append([Paragraph(f"<b>{markup(label(lang, 'call').upper(), BOLD)}</b>\u2003"
                               f"{numbers}", styles.warning_call)])
    last = len(rows) - 1
    commands: list[tuple[object, ...]] = [
        ("BOX", (0, 0), (-1, -1), 2.2, INK),
        ("BACKGROUND", (0, 0), (-1, 0), INK),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), s.gap * 0.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), s.gap * 0.5),
    ]
    if contacts:
        commands += [("LINEABOVE", (0, last), (-1, last), 1.2, INK),
                     ("BACKGROUND", (0, last), (-1, last), FILL)]
    return table(rows, [width], commands, split_in_row=False)


def advice_block(section: AdviceSection, styles: Styles, width: float) -> Flowable:
    """An advice section kept on one page."""
    return KeepTogether(advice_parts(section, styles, width))
