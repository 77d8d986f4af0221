"""Writing a client's data export to disk: the complete JSON and a readable PDF beside it.

`privacy.export_client` gathers the data (and audits the export); this module only turns it
into files, so the GUI and `pgp-desk export client` produce exactly the same pair. Files are
written to a temporary name first and then renamed, so a full disk or a crash never leaves
a half-written export that looks complete.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import fields
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from pgp_desk.content.exercises import builtin_library
from pgp_desk.domain.client_details import ClientDetails
from pgp_desk.domain.paper import DEFAULT_PAPER, paper_or_default
from pgp_desk.pdf.client_summary import (
    ClientSummaryData,
    SummaryAccess,
    SummaryEntry,
    SummaryEpisode,
    render_client_summary,
)
from pgp_desk.pdf.model import ClinicHeader
from pgp_desk.private_files import write_private
from pgp_desk.services import clinic
from pgp_desk.services.assessments.assessment_model import subgroup_text
from pgp_desk.services.clients import privacy
from pgp_desk.services.clinic_header import clinic_header
from pgp_desk.services.database import Database
from pgp_desk.services.errors import UserError
from pgp_desk.services.people.actor import Actor


def pdf_path_for(path: Path) -> Path:
    """Where the PDF summary goes: beside the JSON, same name, suffix .pdf."""
    return path.with_suffix(".pdf")


def write_client_export(
    db: Database, actor: Actor, client_id: int, path: Path, language: str | None = None
) -> Path:
    """Write everything held about a client to ``path`` (JSON) and a PDF summary beside it.

    The summary is in the client's own handout language unless ``language`` is given.
    Returns the PDF's path.
    """
    path = Path(path)
    if path.suffix.lower() == ".pdf":
        raise UserError("choose a .json file name; the PDF summary is written beside it")
    if not path.parent.is_dir():
        raise UserError("the folder %1 does not exist", path.parent)
    pdf_path = pdf_path_for(path)
    data = privacy.export_client(db, actor, client_id)
    settings = clinic.get_settings(db, actor)
    summary = summary_from_export(data, clinic_header(settings), json_name=path.name,
                                  language=language, paper=settings.paper_size)
    pdf = render_client_summary(summary)
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n"
    _write_atomically(path, text.encode("utf-8"))
    _write_atomically(pdf_path, pdf)
    return pdf_path


def _write_atomically(path: Path, content: bytes) -> None:
    try:
        write_private(path, content)
    except OSError as exc:
        raise UserError("cannot write %1: %2", path, exc.strerror or exc) from exc


_DAYS = ("birth_date", "consent_on")  # ClientDetails' dates


def _date(value: Any) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    text = str(value)
    return datetime.fromisoformat(text).date() if "T" in text else date.fromisoformat(text)


def _details(person: dict[str, Any]) -> ClientDetails:
    """Her details as the export holds them (every field of ClientDetails, dates as text);
    a detail missing or empty in the file stays empty."""
    values: dict[str, Any] = {
        detail.name: _date(person.get(detail.name)) if detail.name in _DAYS
        else person.get(detail.name) or ""
        for detail in fields(ClientDetails)
    }
    return ClientDetails(**values)


def _local(value: Any) -> datetime:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    if moment.tzinfo is None:  # SQLite hands timestamps back without a zone: they are UTC
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone()


def _subgroup(code: str | None, language: str) -> str:
    """The classification in words (Albert et al. 2000 subgroups) with its side, as stored
    ("one_sided_sij:left" -> "Ensidigt SI-syndrom (venstre)"); free text as it is."""
    if not code:
        return ""
    try:
        return subgroup_text(code, language) or code
    except (KeyError, ValueError):
        return code


def _exercise_names(codes: Iterable[str], language: str) -> str:
    """The exercises by the names she read on her handout, never their codes."""
    library = builtin_library()
    names = [library[c].name(language) if c in library else c for c in codes if c]
    return ", ".join(names)


def _access(trail: Iterable[dict[str, Any]]) -> list[SummaryAccess]:
    """Group audit events by day, user, workstation and action, in order of first event."""
    groups: dict[tuple[date, str, str, str], SummaryAccess] = {}
    for event in trail:
        day = _local(event["at"]).date()
        key = (day, event.get("user", ""), event.get("workstation", ""), event["action"])
        if key in groups:
            groups[key].count += 1
        else:
            groups[key] = SummaryAccess(day, key[1], key[2], key[3])
    return list(groups.values())


def _episodes(episodes: Iterable[dict[str, Any]]) -> list[SummaryEpisode]:
    return [
        SummaryEpisode(
            due_date=_date(e.get("due_date")), birth_date=_date(e.get("birth_date")),
            parity=e.get("parity"), earlier_pgp=e.get("earlier_pgp"),
            onset_week=e.get("onset_week"), referral_source=e.get("referral_source", ""),
            closed=bool(e.get("closed")),
        )
        for e in episodes
    ]


def _assessments(assessments: Iterable[dict[str, Any]], lang: str) -> list[SummaryEntry]:
    return [
        SummaryEntry(_date(a.get("assessed_on")), a.get("kind", ""), a.get("status", ""),
                     _subgroup(a.get("classification_chosen")
                               or a.get("classification_suggested"), lang))
        for a in sorted(assessments, key=lambda a: (a.get("assessed_on") or "", a["id"]))
    ]


def _programmes(programmes: Iterable[dict[str, Any]], lang: str) -> list[SummaryEntry]:
    return [
        SummaryEntry(_date(p.get("issued_at") or p.get("created_at")),
                     p.get("title", ""), p.get("status", ""),
                     _exercise_names((i.get("exercise_code", "") for i in p.get("items", [])),
                                     lang))
        for p in sorted(programmes, key=lambda p: p["id"])
    ]


def _handouts(handouts: Iterable[dict[str, Any]]) -> list[SummaryEntry]:
    return [
        SummaryEntry(_date(h.get("issued_at")), f"lang_{h.get('language', '')}", "issued",
                     f"SHA-256 {str(h.get('sha256', ''))[:16]}…")
        for h in sorted(handouts, key=lambda h: h["id"])
    ]


def summary_from_export(
    data: dict[str, Any],
    clinic_header: ClinicHeader,
    json_name: str = "",
    language: str | None = None,
    paper: str = DEFAULT_PAPER,
) -> ClientSummaryData:
    """The PDF's plain data, taken from `privacy.export_client`'s dictionary."""
    person = data["client"]
    episodes = sorted(data.get("episodes", []), key=lambda e: e["id"])
    lang = language or person.get("language") or "da"
    return ClientSummaryData(
        language=lang,
        clinic=clinic_header,
        client_id=person["id"],
        person=_details(person),
        exported_at=_local(data["exported_at"]),
        exported_by=data.get("exported_by", ""),
        json_name=json_name,
        archived=bool(person.get("archived")),
        episodes=_episodes(episodes),
        assessments=_assessments(data.get("assessments", []), lang),
        programmes=_programmes(data.get("programmes", []), lang),
        handouts=_handouts(data.get("handouts", [])),
        access=_access(data.get("audit_trail", [])),
        paper=paper_or_default(paper),
    )
