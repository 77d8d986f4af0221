"""Handout service on SQLite and PostgreSQL: issue, exact bytes, reprint, red flags, batches."""

from __future__ import annotations

import hashlib
import io
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select, update

from people_world import sign_in_as
from pgp_desk.db.models import AuditEvent, IssuedHandout, Programme
from pgp_desk.services.errors import ConflictError, NotFoundError, ValidationError
from pgp_desk.services.handouts import handouts
from pgp_desk.services.handouts.handout_options import PrintOptions
from pgp_desk.services.programmes import programmes

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from handout_world import make_programme, raise_red_flag, worked


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def test_issue_stores_exact_bytes_and_checksum(db, actor) -> None:
    """Issuing keeps the very PDF returned, its SHA-256, who, the language and options."""
    world = worked(db, actor)
    issued = handouts.issue_handout(db, actor, world.programme_id,
                                    PrintOptions(large_print=True))
    assert issued.pdf.startswith(b"%PDF")
    assert issued.sha256 == hashlib.sha256(issued.pdf).hexdigest()
    assert issued.issued_by == "Test Terapeut (aut.-ID 0T3ST)"
    assert issued.language == "da"
    assert issued.options.large_print and issued.options.paper == "A4"
    with db.sessions() as s:
        row = s.get(IssuedHandout, issued.id)
        assert bytes(row.pdf) == issued.pdf
        assert row.sha256 == issued.sha256
        assert row.issued_by_id == actor.user_id
        assert row.client_id == world.client_id
        assert row.options["language"] == "da" and row.options["large_print"] is True


def test_issue_marks_programme_issued_and_audits(db, actor) -> None:
    """The programme becomes issued through its own service, and the issue is audited."""
    world = worked(db, actor)
    issued = handouts.issue_handout(db, actor, world.programme_id)
    assert programmes.get_programme(db, actor, world.programme_id).issued
    with db.sessions() as s:
        events = list(s.scalars(select(AuditEvent).where(AuditEvent.entity == "handout",
                                                         AuditEvent.action == "issue")))
    assert [e.entity_id for e in events] == [issued.id]
    assert events[0].client_id == world.client_id
    assert "Mette" not in str(events[0].details)  # ids, never personal data


def test_reprint_returns_identical_bytes(db, actor) -> None:
    """A reprint is the stored PDF byte for byte, even after the programme's texts change."""
    world = worked(db, actor)
    issued = handouts.issue_handout(db, actor, world.programme_id)
    with db.sessions.begin() as s:
        s.execute(update(Programme).where(Programme.id == world.programme_id)
                  .values(personal_note="Changed later"))
    again = handouts.reprint(db, actor, issued.id)
    assert again == issued.pdf
    assert hashlib.sha256(again).hexdigest() == issued.sha256


def test_reprint_refuses_a_copy_that_no_longer_matches(db, actor) -> None:
    """A stored copy whose bytes were altered is refused rather than handed out."""
    world = worked(db, actor)
    issued = handouts.issue_handout(db, actor, world.programme_id)
    with db.sessions.begin() as s:
        s.get(IssuedHandout, issued.id).pdf = issued.pdf + b"\n% tampered"
    with pytest.raises(handouts.HandoutIntegrityError):
        handouts.reprint(db, actor, issued.id)


def test_preview_matches_issue_and_stores_nothing(db, actor) -> None:
    """The preview is the same PDF as the issued one, and no record is made by previewing."""
    world = worked(db, actor)
    options = PrintOptions(language="en", compact=True)
    preview = handouts.preview_handout(db, actor, world.programme_id, options)
    assert handouts.list_issued(db, actor, world.client_id) == []
    issued = handouts.issue_handout(db, actor, world.programme_id, options)
    assert preview == issued.pdf


def test_open_red_flag_requires_confirmation_and_records_it(db, actor) -> None:
    """With an open red flag, issuing without confirmation fails; with it, it is recorded."""
    world = worked(db, actor)
    raise_red_flag(db, actor, world.episode_id)
    with pytest.raises(handouts.RedFlagConfirmationRequired) as caught:
        handouts.issue_handout(db, actor, world.programme_id)
    assert caught.value.codes == ["vaginal_bleeding"]
    assert caught.value.labels("da") == [
        "Blødning fra skeden – bed hende ringe til fødeafdelingen nu (samme dag)"]
    with pytest.raises(handouts.RedFlagConfirmationRequired):
        handouts.issue_handout(db, actor, world.programme_id, red_flag_confirmation="   ")
    assert handouts.list_issued(db, actor, world.client_id) == []
    assert not programmes.get_programme(db, actor, world.programme_id).issued
    text = "Jordemoder har vurderet blødningen i dag; skånsom træning er godkendt."
    issued = handouts.issue_handout(db, actor, world.programme_id,
                                    red_flag_confirmation=text)
    assert issued.red_flag_confirmation == text
    assert issued.red_flags == ("vaginal_bleeding",)
    listed = handouts.list_issued(db, actor, world.client_id)
    assert listed[0].red_flag_confirmation == text


def test_confirmation_without_red_flag_is_not_stored(db, actor) -> None:
    """A confirmation typed when no flag is open is not kept: there was nothing to confirm."""
    world = worked(db, actor)
    issued = handouts.issue_handout(db, actor, world.programme_id,
                                    red_flag_confirmation="just in case")
    assert issued.red_flag_confirmation is None


def test_list_issued_newest_first_without_bytes(db, actor) -> None:
    """The client's handouts are listed newest first, with metadata only."""
    world = worked(db, actor)
    first = handouts.issue_handout(db, actor, world.programme_id)
    second = handouts.issue_handout(db, actor, world.programme_id,
                                    PrintOptions(language="en", large_print=True))
    listed = handouts.list_issued(db, actor, world.client_id)
    assert [h.id for h in listed] == [second.id, first.id]
    assert listed[0].language == "en" and listed[0].options.large_print
    assert all(h.pdf == b"" for h in listed)
    assert listed[0].client_name == "Mette Sørensen"


def test_issued_since_covers_the_clinic_oldest_first(db, actor) -> None:
    """The batch lists every handout issued from the given date on, across clients."""
    one = worked(db, actor)
    two = worked(db, actor, first="Ingrid", last="Haugen", language="nb")
    old = handouts.issue_handout(db, actor, one.programme_id)
    with db.sessions.begin() as s:
        s.get(IssuedHandout, old.id).issued_at = datetime.now(UTC) - timedelta(days=40)
    a = handouts.issue_handout(db, actor, one.programme_id, PrintOptions(compact=True))
    b = handouts.issue_handout(db, actor, two.programme_id)
    since = handouts.issued_since(db, actor, date.today() - timedelta(days=7))
    assert [h.id for h in since] == [a.id, b.id]
    assert {h.client_name for h in since} == {"Mette Sørensen", "Ingrid Haugen"}
    everything = handouts.issued_since(db, actor, date.today() - timedelta(days=60))
    assert [h.id for h in everything] == [old.id, a.id, b.id]
    assert handouts.issued_since(db, actor, date.today() + timedelta(days=1)) == []


def test_handout_language_defaults_to_programme_then_option(db, actor) -> None:
    """The handout is in the programme's (client's) language unless another is chosen."""
    world = worked(db, actor, language="nb", first="Ingrid", last="Haugen")
    with db.sessions.begin() as s:
        s.get(Programme, world.programme_id).language = "nb"
    norwegian = _text(handouts.preview_handout(db, actor, world.programme_id))
    assert "Treningsprogrammet ditt" in norwegian and "repetisjoner" in norwegian
    english = _text(handouts.preview_handout(db, actor, world.programme_id,
                                             PrintOptions(language="en")))
    assert "Your exercise programme" in english and "repetitions" in english


def test_empty_programme_cannot_be_issued(db, actor) -> None:
    """A programme without exercises is refused and leaves no handout behind."""
    world = worked(db, actor, items=[])
    with pytest.raises(ValidationError):
        handouts.issue_handout(db, actor, world.programme_id)
    assert handouts.list_issued(db, actor, world.client_id) == []


def test_programme_changed_since_reading_is_a_conflict(db, actor, monkeypatch) -> None:
    """If the programme is saved between reading and issuing, nothing is issued."""
    world = worked(db, actor)
    real = handouts.make

    def render_then_someone_saves(*args, **kwargs):  # type: ignore[no-untyped-def]
        made = real(*args, **kwargs)
        with db.sessions.begin() as s:
            s.get(Programme, world.programme_id).title = "Edited elsewhere"
        return made

    monkeypatch.setattr(handouts, "make", render_then_someone_saves)
    with pytest.raises(ConflictError):
        handouts.issue_handout(db, actor, world.programme_id)
    assert handouts.list_issued(db, actor, world.client_id) == []


def test_other_clinics_handouts_are_not_found(db, actor) -> None:
    """Ids from another clinic's records do not open (same database, different clinic)."""
    world = worked(db, actor)
    issued = handouts.issue_handout(db, actor, world.programme_id)
    stranger = sign_in_as(db, "kollega")
    from dataclasses import replace

    stranger = replace(stranger, clinic_id=actor.clinic_id + 1000)
    with pytest.raises(NotFoundError):
        handouts.reprint(db, stranger, issued.id)
    with pytest.raises(NotFoundError):
        handouts.preview_handout(db, stranger, world.programme_id)


def test_invalid_options_are_refused(db, actor) -> None:
    """An unknown language or paper is a validation error naming the field."""
    world = worked(db, actor)
    with pytest.raises(ValidationError) as caught:
        handouts.preview_handout(db, actor, world.programme_id,
                                 PrintOptions(language="sv", paper="A3"))
    assert set(caught.value.by_field()) == {"language", "paper"}


def test_second_programme_of_same_client(db, actor) -> None:
    """Two programmes of one client each get their own handout record."""
    world = worked(db, actor)
    later = make_programme(db, actor, world.episode_id,
                           items=[("GLOB-BRIDGE", {"sets": 2, "reps": 8}, "")])
    a = handouts.issue_handout(db, actor, world.programme_id)
    b = handouts.issue_handout(db, actor, later)
    assert {h.programme_id for h in handouts.list_issued(db, actor, world.client_id)} == {
        a.programme_id, b.programme_id}
