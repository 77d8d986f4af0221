"""A client's data export on disk: complete JSON and a readable PDF beside it."""

from __future__ import annotations

import io
import json
from dataclasses import fields
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from pgp_desk.domain.client_details import ClientDetails
from pgp_desk.pdf.client_summary import ClientSummaryData, SummaryAccess, render_client_summary
from pgp_desk.pdf.model import ClinicHeader
from pgp_desk.services.audit.audit import client_trail
from pgp_desk.services.clients import clients, episodes, privacy
from pgp_desk.services.errors import NotFoundError, UserError
from pgp_desk.services.handouts.export_files import summary_from_export, write_client_export

HOSTILE_FIRST = "<b>Anna & 'Bo'</b> 😀 <info@x.dk>"
LONG_LAST = "Østergård-" + "Å" * 290


def pdf_text(path_or_bytes: Path | bytes) -> str:
    data = path_or_bytes if isinstance(path_or_bytes, bytes) else path_or_bytes.read_bytes()
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def squeeze(text: str) -> str:
    return "".join(text.split())


def make_client(db, actor, **kw):  # type: ignore[no-untyped-def]
    values = {"first_name": "Søren", "last_name": "Østergård",
              "birth_date": date(1990, 3, 24), "phone": "+45 12 34 56 78", "language": "da"}
    return clients.create_client(db, actor, clients.ClientInput(**(values | kw)))


def test_json_and_pdf_are_written_side_by_side(db, actor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The JSON holds the record and episodes; the PDF beside it reads in Danish."""
    made = make_client(db, actor, email="soren@example.dk")
    episodes.create_episode(db, actor, made.id, episodes.EpisodeInput(
        due_date=date.today(), parity=1, referral_source="Jordemoder"))
    target = tmp_path / "export.json"
    pdf = write_client_export(db, actor, made.id, target)
    assert pdf == tmp_path / "export.pdf"
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == "pgp-desk-client-export"
    assert data["client"]["first_name"] == "Søren"
    assert data["episodes"][0]["referral_source"] == "Jordemoder"
    assert "export" in [e["action"] for e in data["audit_trail"]]
    text = pdf_text(pdf)
    assert "Dine oplysninger" in text and "Søren" in text and "Østergård" in text
    assert "export.json" in text
    assert "Graviditeter" in text and "Jordemoder" in text
    assert "24. marts 1990" in text
    with db.sessions() as session:
        assert "export" in [e.action for e in client_trail(session, made.id)]


def test_summary_is_in_the_clients_language(db, actor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A Norwegian client's summary is in Bokmål; a language can also be asked for."""
    made = make_client(db, actor, first_name="Kari", last_name="Berg", language="nb")
    text = pdf_text(write_client_export(db, actor, made.id, tmp_path / "k.json"))
    assert "Dine opplysninger" in text and "Personopplysninger" in text
    english = pdf_text(write_client_export(db, actor, made.id, tmp_path / "e.json",
                                           language="en"))
    assert "Your data" in english and "Personal details" in english


def test_hostile_names_survive_json_and_pdf(db, actor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Markup, ampersands, emoji and 300-character names neither break nor vanish."""
    made = make_client(db, actor, first_name=HOSTILE_FIRST, last_name=LONG_LAST,
                       notes="A & B <script>\nline two")
    target = tmp_path / "hostile.json"
    pdf = write_client_export(db, actor, made.id, target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["client"]["first_name"] == HOSTILE_FIRST
    assert data["client"]["last_name"] == LONG_LAST
    flat = squeeze(pdf_text(pdf))
    assert squeeze("<b>Anna & 'Bo'</b>") in flat
    assert "<info@x.dk>" in flat
    assert "Å" * 200 in flat  # the long name is wrapped, not cut
    assert "A&B<script>" in flat


def test_archived_clients_can_be_exported_erased_cannot(db, actor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Archiving keeps the data exportable; after erasure there is nothing to export."""
    made = make_client(db, actor)
    clients.set_archived(db, actor, made.id, True)
    write_client_export(db, actor, made.id, tmp_path / "a.json")
    assert json.loads((tmp_path / "a.json").read_text())["client"]["archived"] is True
    privacy.erase_client(db, actor, made.id, "Søren Østergård", legal_basis="GDPR 17(1)(d)")
    with pytest.raises(NotFoundError):
        write_client_export(db, actor, made.id, tmp_path / "b.json")
    assert not (tmp_path / "b.json").exists() and not (tmp_path / "b.pdf").exists()


def test_bad_targets_are_refused(db, actor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A .pdf name (the summary would overwrite it) and a missing folder are refused."""
    made = make_client(db, actor)
    with pytest.raises(UserError, match=r"\.json"):
        write_client_export(db, actor, made.id, tmp_path / "x.pdf")
    with pytest.raises(UserError, match="does not exist"):
        write_client_export(db, actor, made.id, tmp_path / "nowhere" / "x.json")


def test_summary_renderer_takes_plain_data() -> None:
    """The PDF renderer works from a dataclass alone and groups nothing itself."""
    data = ClientSummaryData(
        language="en", clinic=ClinicHeader(name="Clinic & Co <x>"), client_id=7,
        person=ClientDetails(first_name="Ingrid", last_name="Håland",
                             birth_date=date(1992, 8, 1), language=""),
        exported_at=datetime(2026, 5, 1, 9, 30), exported_by="anna",
        json_name="client-7.json",
        access=[SummaryAccess(date(2026, 4, 30), "anna", "desk-1", "read", 3),
                SummaryAccess(date(2026, 4, 30), "bo", "desk-2", "weird_action")],
    )
    pdf = render_client_summary(data)
    assert pdf == render_client_summary(data)  # deterministic
    text = pdf_text(pdf)
    assert "Clinic & Co <x>" in text and "1 August 1992" in text
    assert "opened" in text and "weird_action" in text and "desk-2" in text


def test_the_summary_prints_every_detail_held_about_her() -> None:
    """Her access request shows each of her details as the export holds them: a field added
    to ClientDetails (what the editor stores and the export writes) and left out of the
    summary fails here."""
    person: dict[str, object] = {"id": 7}
    shown = []
    for day, detail in enumerate(fields(ClientDetails), start=1):
        if "date" in str(detail.type):
            person[detail.name] = f"2000-01-{day:02d}"
            shown.append(f"{day} January 2000")
        else:
            person[detail.name] = shown_as = f"{detail.name}-held"
            shown.append(shown_as)
    data = summary_from_export({"client": person, "exported_at": "2026-05-01T09:30:00"},
                               ClinicHeader(name="Klinik"), language="en")
    text = pdf_text(render_client_summary(data))
    assert [value for value in shown if value not in text] == []
