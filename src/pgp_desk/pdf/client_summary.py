"""The readable summary that goes beside a client's data export (GDPR art. 15 access request).

The JSON file is complete but meant for machines; this PDF tells the client, in her own
language, what the clinic holds about her: personal details, pregnancies, the clinical
records by date, and who opened or changed her record (audit trail grouped by day).
Plain data in (`ClientSummaryData`), PDF bytes out; every string is treated as untrusted.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from reportlab.platypus import Flowable, Spacer
from reportlab.platypus.doctemplate import LayoutError

from pgp_desk.content.texts import section
from pgp_desk.domain.client_details import ClientDetails
from pgp_desk.domain.i18n import LANGUAGES
from pgp_desk.domain.paper import DEFAULT_PAPER, Paper
from pgp_desk.pdf.blocks import clinic_header, section_heading, table
from pgp_desk.pdf.labels import format_date
from pgp_desk.pdf.model import ClinicHeader
from pgp_desk.pdf.page import Document, Footer, build_pdf, frame_size
from pgp_desk.pdf.paragraph import Paragraph
from pgp_desk.pdf.styles import Styles, build_styles, facts_table, ruled_table, scale_for
from pgp_desk.pdf.text import markup, para


@dataclass
class SummaryEpisode:
    """One pregnancy as recorded."""

    due_date: _dt.date | None = None
    birth_date: _dt.date | None = None
    parity: int | None = None
    earlier_pgp: bool | None = None
    onset_week: int | None = None
    referral_source: str = ""
    closed: bool = False


@dataclass
class SummaryEntry:
    """One clinical record (assessment, programme, handout): `what` and `status` are codes
    or free text; known codes are printed in the summary's language."""

    when: _dt.date | None
    what: str
    status: str = ""
    detail: str = ""


@dataclass
class SummaryAccess:
    """Audit events of one day, user, workstation and action, counted."""

    day: _dt.date
    user: str
    workstation: str
    action: str
    count: int = 1


@dataclass
class ClientSummaryData:
    """Everything the summary prints; services fill it from the export, raw as stored."""

    language: str
    clinic: ClinicHeader
    client_id: int
    person: ClientDetails
    exported_at: _dt.datetime
    exported_by: str = ""
    json_name: str = ""
    archived: bool = False
    episodes: list[SummaryEpisode] = field(default_factory=list)
    assessments: list[SummaryEntry] = field(default_factory=list)
    programmes: list[SummaryEntry] = field(default_factory=list)
    handouts: list[SummaryEntry] = field(default_factory=list)
    access: list[SummaryAccess] = field(default_factory=list)
    paper: Paper = DEFAULT_PAPER


def _words(language: str) -> Mapping[str, str]:
    """The summary's fixed texts (``summary`` in resources/texts), Danish for an unknown one."""
    return section(language if language in LANGUAGES else "da", "summary")


def word(language: str, key: str, **values: object) -> str:
    """A fixed text of the summary in `language` (Danish for an unknown one)."""
    text = _words(language).get(key, key)
    return text.format(**values) if values else text


def _code(language: str, code: str, prefix: str = "") -> str:
    """Print a known code in words; anything else (free text) as it is."""
    return _words(language).get(prefix + code, code)


def render_client_summary(data: ClientSummaryData) -> bytes:
    """Render the summary as PDF bytes (deterministic for the same input)."""
    styles = build_styles(scale_for())
    margin = styles.scale.margin
    width, _ = frame_size(data.paper, margin)
    lang = data.language if data.language in LANGUAGES else "da"
    name = f"{data.person.first_name} {data.person.last_name}".strip()
    footer = Footer(
        left=data.clinic.name,
        centre=word(lang, "confidential"),
        page_text=lambda page, total: word(lang, "page", page=page, total=total),
    )
    document: Document = {
        "paper": data.paper,
        "margin": margin,
        "footer": footer,
        "title": f"{word(lang, 'title')}: {name}",
        "author": data.clinic.name or "PGP Desk",
        "language": lang,
        "subject": word(lang, "title"),
    }
    try:
        return build_pdf(_story(data, lang, styles, width, repeat=True), **document)
    except LayoutError:  # a header row taller than a page: lay out without repeating it
        return build_pdf(_story(data, lang, styles, width, repeat=False), **document)


def _story(data: ClientSummaryData, lang: str, st: Styles, width: float,
           repeat: bool) -> list[Flowable]:
    s = st.scale
    clinic = data.clinic.name.strip() or word(lang, "the_clinic")
    when = data.exported_at
    story: list[Flowable] = [clinic_header(data.clinic, st, width, lang),
                             Spacer(1, s.gap * 1.4)]
    story.append(Paragraph(markup(word(lang, "title")), st.title))
    story.append(para(word(lang, "subtitle", clinic=clinic), st.subtitle))
    intro = (word(lang, "intro", json=data.json_name) if data.json_name
             else word(lang, "intro_no_file"))
    story.append(para(intro, st.body))
    story.append(para(word(lang, "exported", date=format_date(when.date(), lang),
                           time=when.strftime("%H:%M"), user=data.exported_by), st.muted))
    story += _personal(data, lang, st, width)
    story += _episodes(data, lang, st, width, repeat)
    for key, entries in (("assessments", data.assessments), ("programmes", data.programmes),
                         ("handouts", data.handouts)):
        story += _entries(word(lang, key), entries, lang, st, width, repeat)
    story += _access(data, lang, st, width, repeat)
    return story


def _yes_no(lang: str, value: bool | None) -> str:
    if value is None:
        return ""
    return word(lang, "yes") if value else word(lang, "no")


def _personal(data: ClientSummaryData, lang: str, st: Styles, width: float) -> list[Flowable]:
    person = data.person
    preferred = (word(lang, f"lang_{person.language}")
                 if person.language in LANGUAGES else person.language)
    pairs = [
        ("client_no", str(data.client_id)),
        ("first_name", person.first_name),
        ("last_name", person.last_name),
        ("birth_date", format_date(person.birth_date, lang)),
        ("national_id", person.national_id),
        ("phone", person.phone),
        ("email", person.email),
        ("address", person.address),
        ("preferred_language", preferred),
        ("gp", person.gp),
        ("midwife", person.midwife),
        ("consent_on", format_date(person.consent_on, lang)),
        ("notes", person.notes),
    ]
    if data.archived:
        pairs.append(("archived", word(lang, "yes")))
    rows = [[para(word(lang, key), st.cell_bold), para(value, st.cell)]
            for key, value in pairs if str(value).strip()]
    out = section_heading(word(lang, "personal"), st, small=True)
    out.append(table(rows, [width * 0.3, width * 0.7], facts_table(2)))
    return out


def _grid(header: list[str], rows: list[list[str]], widths: list[float], st: Styles,
          repeat: bool) -> Flowable:
    cells: list[list[object]] = [[para(h, st.cell_bold) for h in header]]
    cells += [[para(value, st.cell) for value in row] for row in rows]
    commands = ruled_table(2, 3, 3)
    if repeat:
        return table(cells, widths, commands, repeatRows=1)
    return table(cells, widths, commands)


def _episodes(data: ClientSummaryData, lang: str, st: Styles, width: float,
              repeat: bool) -> list[Flowable]:
    out = section_heading(word(lang, "pregnancies"), st, small=True)
    if not data.episodes:
        return [*out, para(word(lang, "none"), st.body)]
    header = [word(lang, k) for k in ("due", "born", "parity", "earlier_pgp", "onset_week",
                                      "referral", "status")]
    rows = [[
        format_date(e.due_date, lang),
        format_date(e.birth_date, lang),
        "" if e.parity is None else str(e.parity),
        _yes_no(lang, e.earlier_pgp),
        "" if e.onset_week is None else str(e.onset_week),
        e.referral_source,
        word(lang, "closed" if e.closed else "open"),
    ] for e in data.episodes]
    fractions = [0.15, 0.15, 0.11, 0.14, 0.11, 0.17, 0.17]
    out.append(_grid(header, rows, [width * f for f in fractions], st, repeat))
    return out


def _entries(title: str, entries: list[SummaryEntry], lang: str, st: Styles, width: float,
             repeat: bool) -> list[Flowable]:
    out = section_heading(title, st, small=True)
    if not entries:
        return [*out, para(word(lang, "none"), st.body)]
    header = [word(lang, k) for k in ("date", "what", "status", "detail")]
    rows = [[format_date(e.when, lang), _code(lang, e.what), _code(lang, e.status), e.detail]
            for e in entries]
    fractions = [0.2, 0.35, 0.15, 0.3]
    out.append(_grid(header, rows, [width * f for f in fractions], st, repeat))
    return out


def _access(data: ClientSummaryData, lang: str, st: Styles, width: float,
            repeat: bool) -> list[Flowable]:
    out = section_heading(word(lang, "access"), st, small=True)
    out.append(para(word(lang, "access_intro"), st.body))
    if not data.access:
        return [*out, para(word(lang, "none"), st.body)]
    header = [word(lang, k) for k in ("date", "user", "workstation", "action", "count")]
    rows = [[format_date(a.day, lang), a.user, a.workstation, _code(lang, a.action, "act_"),
             str(a.count)] for a in data.access]
    fractions = [0.2, 0.22, 0.26, 0.2, 0.12]
    out.append(_grid(header, rows, [width * f for f in fractions], st, repeat))
    out.append(Spacer(1, st.scale.gap))
    return out

