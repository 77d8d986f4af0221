"""GDPR duties: give a client everything held about her, and erase it on request.

Export covers art. 15/20 (access, portability). Erasure (art. 17) removes or anonymises
all personal data and clinical content; the audit trail stays, since it holds only ids
and action names (art. 5(2) accountability). Note for Danish clinics: the patient record
duty (journalføringspligt, 10 years) may forbid erasure; the confirmation says so.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, delete, func, select, text
from sqlalchemy.orm import Session

from pgp_desk import __version__, config
from pgp_desk.db.engine import sqlite_file
from pgp_desk.db.models import (
    Assessment,
    AssessmentAddendum,
    Client,
    Clinic,
    Episode,
    IssuedHandout,
    Programme,
    ProgrammeItem,
)
from pgp_desk.db.sqlite_files import companions, holds_row
from pgp_desk.domain import retention
from pgp_desk.services import backups, drafts, records
from pgp_desk.services.audit.audit import AuditEntry, client_trail, record
from pgp_desk.services.clients import client_search
from pgp_desk.services.clients.clients import EDITABLE
from pgp_desk.services.database import Database
from pgp_desk.services.errors import UserError
from pgp_desk.services.people.actor import Actor

ERASED_NAME = "—"


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def _row(obj: Any, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    return {c.key: _plain(getattr(obj, c.key)) for c in obj.__table__.columns
            if c.key not in skip}


def export_client(db: Database, actor: Actor, client_id: int) -> dict[str, Any]:
    """Everything held about a client, as JSON-ready data (handout PDFs as SHA-256 + base64)."""
    with db.sessions.begin() as session:
        client = records.client(session, actor, client_id, records.CLINICAL)
        episodes = list(session.scalars(select(Episode).where(Episode.client_id == client_id)))
        episode_ids = [e.id for e in episodes]
        assessments = list(session.scalars(
            select(Assessment).where(Assessment.episode_id.in_(episode_ids))))
        addenda = list(session.scalars(select(AssessmentAddendum).where(
            AssessmentAddendum.assessment_id.in_([a.id for a in assessments]))))
        programmes = list(session.scalars(
            select(Programme).where(Programme.episode_id.in_(episode_ids))))
        handouts = list(session.scalars(
            select(IssuedHandout).where(IssuedHandout.client_id == client_id)))
        record(session, actor, "export", "client", client_id, client_id)
        data = {
            "format": "pgp-desk-client-export",
            "format_version": 1,
            "exported_at": datetime.now().astimezone().isoformat(),
            "exported_by": actor.signature,
            "app_version": __version__,
            "client": {k: _plain(getattr(client, k)) for k in EDITABLE}
            | {"id": client.id, "archived": client.archived_at is not None},
            "episodes": [_row(e) for e in episodes],
            "assessments": [_row(a) for a in assessments],
            "addenda": [_row(a) for a in addenda],
            "programmes": [
                _row(p) | {"items": [_row(i) for i in p.items]} for p in programmes
            ],
            "handouts": [_row(h) for h in handouts],
        }
    data["audit_trail"] = [
        {"at": _plain(e.at), "user": e.person, "workstation": e.workstation,
         "action": e.action, "entity": e.entity, "entity_id": e.entity_id}
        for e in client_trail_for(db, client_id)
    ]
    return data


def client_trail_for(db: Database, client_id: int) -> list[AuditEntry]:
    with db.sessions() as session:
        return client_trail(session, client_id)


@dataclass(frozen=True)
class BackupCopy:
    """A backup file that still holds an erased client, and when it was taken."""

    path: Path
    taken: datetime


class RetentionPeriodRunning(UserError):
    """The records are inside the clinic's retention period; an administrator may still
    erase them by recording the legal basis."""

    def __init__(self, keep_until: date, years: int):
        self.keep_until = keep_until
        super().__init__("the records must be kept until %1 (%2 years after the last "
                         "entry); an administrator can erase earlier by recording the "
                         "legal basis", keep_until.isoformat(), years)


MAX_LEGAL_BASIS_CHARS = 2000


def _forget_printed_texts() -> None:
    """Handouts keep parsed paragraphs and compressed pages in this process's memory for
    speed (``pdf.paragraph``, ``pdf.compression``); they may hold her words, so they go."""
    from pgp_desk.pdf import compression, paragraph  # ReportLab loads only when erasing

    paragraph.forget()
    compression.forget()


def erase_client(db: Database, actor: Actor, client_id: int, typed_name: str,
                 legal_basis: str | None = None,
                 today: date | None = None) -> list[BackupCopy]:
    """Remove a client's personal data and clinical content; keep an anonymous tombstone.

    ``typed_name`` must be the client's full name as shown, so that nobody erases the wrong
    person by a slip of the mouse. Within the clinic's retention period (``retention``)
    only an administrator may erase, and only with ``legal_basis``, which the audit keeps.
    Her drafts on this computer and the handout texts kept in memory go too, and on SQLite the
    deleted text is overwritten (``secure_delete``) and the WAL emptied, so no file keeps
    her words. Returns the backups that still hold her, for the user to delete or keep.
    """
    basis = (legal_basis or "").strip()[:MAX_LEGAL_BASIS_CHARS]
    episode_ids = _erase_records(db, actor, client_id, typed_name, basis,
                                 today or date.today())
    drafts.discard_client_drafts(db.server_url, client_id, episode_ids)
    _forget_printed_texts()
    path = sqlite_file(db.engine)
    if path is not None:
        with db.engine.connect() as connection:  # old page images leave the WAL file
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return backups_holding(db, client_id)


def backups_holding(db: Database, client_id: int) -> list[BackupCopy]:
    """SQLite copies (the backups folder, the daily backup folder) in which the client is
    not yet erased."""
    found = []
    for path in [*sorted(config.backup_dir().glob("*.sqlite3")), *backups.daily_copies(db)]:
        if holds_row(path, "client", client_id, "erased_at IS NULL"):
            taken = datetime.fromtimestamp(path.stat().st_mtime).astimezone()
            found.append(BackupCopy(path, taken))
    return found


def delete_backups(paths: list[Path]) -> None:
    """Delete backup copies (those ``backups_holding`` listed), with their WAL files."""
    plan = backups.load_plan()
    folders = {config.backup_dir().resolve(), *([plan.folder.resolve()] if plan else [])}
    for path in paths:
        if path.resolve().parent not in folders:
            raise UserError("%1 is not in PGP Desk's backups folder; delete it yourself", path)
        for part in companions(path):
            part.unlink(missing_ok=True)


def _last_entry(session: Session, client: Client, episode_ids: list[int]) -> date | None:
    """The day of the newest entry in her records (details, pregnancies, assessments,
    programmes, handouts): the retention period runs from it."""
    moments: list[datetime | None] = [client.updated_at, client.created_at]
    for changed, episode in ((Episode.updated_at, Episode.id),
                             (Assessment.updated_at, Assessment.episode_id),
                             (Programme.updated_at, Programme.episode_id)):
        moments.append(session.scalar(select(func.max(changed))
                                      .where(episode.in_(episode_ids))))
    moments.append(session.scalar(select(func.max(IssuedHandout.issued_at))
                                  .where(IssuedHandout.client_id == client.id)))
    days = [m.date() for m in moments if m is not None]
    return max(days) if days else None


def _check_retention(session: Session, actor: Actor, client: Client, episode_ids: list[int],
                     basis: str, today: date) -> dict[str, str]:
    """Refuse erasure inside the retention period unless an administrator gives the legal
    basis; returns what the audit keeps about it."""
    clinic = session.get(Clinic, client.clinic_id)
    years = clinic.retention_years if clinic is not None else retention.DEFAULT_YEARS
    last = _last_entry(session, client, episode_ids)
    if not retention.must_keep(last, years, today):
        return {}
    assert last is not None
    until = retention.keep_until(last, years)
    if not basis:
        raise RetentionPeriodRunning(until, years)
    if not actor.is_admin:
        raise UserError("only an administrator can erase records before the end of the "
                        "retention period")
    return {"legal_basis": basis, "kept_until": until.isoformat()}


def _erase_records(db: Database, actor: Actor, client_id: int, typed_name: str,
                   basis: str, today: date) -> list[int]:
    """The erasure in the database, in one transaction; returns her episodes' ids."""
    with db.sessions.begin() as session:
        client = records.client(session, actor, client_id, records.ERASE)
        full = f"{client.first_name} {client.last_name}".strip()
        if typed_name.strip() != full:
            raise UserError("the name typed does not match the client's name; nothing erased")
        episode_ids = list(session.scalars(select(Episode.id)
                                           .where(Episode.client_id == client_id)))
        early = _check_retention(session, actor, client, episode_ids, basis, today)
        if not db.is_sqlite:
            # the administrators' function, owned by the schema owner: no person's role
            # may delete clinical rows wholesale
            session.execute(text("SELECT pgpdesk_erase_client(:id)"), {"id": client_id})
            session.expunge(client)
            record(session, actor, "erase", "client", client_id, client_id, erasure=early)
            return episode_ids
        assessment_ids = list(session.scalars(
            select(Assessment.id).where(Assessment.episode_id.in_(episode_ids))))
        programme_ids = list(session.scalars(
            select(Programme.id).where(Programme.episode_id.in_(episode_ids))))
        session.execute(delete(IssuedHandout).where(IssuedHandout.client_id == client_id))
        session.execute(delete(AssessmentAddendum)
                        .where(AssessmentAddendum.assessment_id.in_(assessment_ids)))
        session.execute(delete(Assessment).where(Assessment.id.in_(assessment_ids)))
        session.execute(delete(ProgrammeItem).where(ProgrammeItem.programme_id.in_(programme_ids)))
        session.execute(cast(Table, Programme.__table__).update()
                        .where(Programme.id.in_(programme_ids)).values(based_on_id=None))
        session.execute(delete(Programme).where(Programme.id.in_(programme_ids)))
        for episode in list(client.episodes):
            session.delete(episode)
        client.first_name = ERASED_NAME
        client.last_name = ERASED_NAME
        client.birth_date = None
        client.national_id = None
        for name in ("phone", "email", "address", "gp", "midwife", "notes"):
            setattr(client, name, "")
        client.consent_on = None
        client.search_name = client.search_last = client.search_digits = ""
        client.erased_at = datetime.now().astimezone()
        session.flush()
        client_search.write_tokens(session, [client_id])  # her words leave the index
        record(session, actor, "erase", "client", client_id, client_id, erasure=early)
    return episode_ids
