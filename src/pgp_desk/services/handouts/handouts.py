"""Handouts: preview a programme's PDF, issue it as a record, list and reprint issued ones.

An issued handout is the exact PDF the client took home, stored with its SHA-256, who
issued it, when, in which language and how it was printed; a reprint returns those bytes
unchanged (and refuses if they no longer match their checksum). Issuing while a red flag is
open needs the therapist's explicit confirmation, which is kept with the record.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from pgp_desk.content.red_flag_text import describe_code
from pgp_desk.db.models import (
    Client,
    Episode,
    IssuedHandout,
    Programme,
)
from pgp_desk.domain.normalise import search_key
from pgp_desk.pdf import render_handout
from pgp_desk.pdf.glyph_check import Unprintable as Unprintable  # shown by the UI
from pgp_desk.pdf.glyph_check import unprintable_texts
from pgp_desk.services import records
from pgp_desk.services.audit.audit import record
from pgp_desk.services.database import Database
from pgp_desk.services.errors import ConflictError, UserError, ValidationError
from pgp_desk.services.handouts.handout_data import AssembledHandout, assemble
from pgp_desk.services.handouts.handout_options import PrintOptions
from pgp_desk.services.handouts.handout_snapshot import HandoutSnapshot, client_name, read_snapshot
from pgp_desk.services.people.actor import Actor
from pgp_desk.services.people.signatures import signature_names
from pgp_desk.services.programmes import illustration_store

MAX_CONFIRMATION_CHARS = 2000
illustration_store.install()  # handouts drawn here keep their pictures between runs


class RedFlagConfirmationRequired(UserError):
    """The client has an open red flag: issuing needs the therapist's confirmation text."""

    def __init__(self, codes: list[str]):
        self.codes = codes
        super().__init__("the client has an open red flag, so issuing exercises needs your "
                         "explicit confirmation")

    def labels(self, lang: str) -> list[str]:
        """The open flags with what to do and how urgently, for the confirmation dialog."""
        return [describe_code(c, lang) for c in self.codes]


class HandoutIntegrityError(UserError):
    """A stored handout no longer matches its checksum: it must not be handed out again."""


@dataclass(frozen=True)
class IssuedHandoutRecord:
    """An issued handout; ``pdf`` is filled only where the bytes are needed."""

    id: int
    programme_id: int
    client_id: int
    client_name: str
    issued_at: datetime
    issued_by: str
    language: str
    options: PrintOptions
    sha256: str
    red_flag_confirmation: str | None = None
    red_flags: tuple[str, ...] = ()
    pdf: bytes = field(default=b"", repr=False)


# ---------------------------------------------------------------------------- building


def _today(today: date | None) -> date:
    return today or date.today()


def prepare_handout(db: Database, actor: Actor, programme_id: int,
                    today: date | None = None) -> HandoutSnapshot:
    """The programme's handout as it stands: read once (one transaction), audited as a
    preview; every preview and the dialog's defaults and warnings come from it."""
    with db.sessions.begin() as session:
        snapshot = read_snapshot(session, actor, programme_id, _today(today))
        record(session, actor, "preview", "programme", programme_id, snapshot.client_id)
    return snapshot


def _assembled(snapshot: HandoutSnapshot, options: PrintOptions) -> AssembledHandout:
    errors = options.validate()
    if errors:
        raise ValidationError(errors)
    return assemble(snapshot, options)


@dataclass(frozen=True)
class HandoutPreview:
    """The PDF as it would be issued, the texts holding characters it prints as boxes, and
    what it was made from (issuing keeps these bytes while the snapshot still holds)."""

    pdf: bytes
    unprintable: list[Unprintable]
    snapshot: HandoutSnapshot
    options: PrintOptions  # as asked for; ``resolved`` with the defaults filled in
    resolved: PrintOptions
    language: str


def make(snapshot: HandoutSnapshot, options: PrintOptions | None = None) -> HandoutPreview:
    """The handout for these choices, rendered once from the snapshot (no database)."""
    options = options or PrintOptions()
    assembled = _assembled(snapshot, options)
    pdf = render_handout(assembled.data, assembled.layout)
    return HandoutPreview(pdf, unprintable_texts(assembled.data), snapshot, options,
                          assembled.options, assembled.data.language)


def build_handout(db: Database, actor: Actor, programme_id: int, options: PrintOptions,
                  today: date | None = None) -> AssembledHandout:
    """Everything the handout prints, assessment extras included when asked for."""
    return _assembled(prepare_handout(db, actor, programme_id, today), options)


def preview(db: Database, actor: Actor, programme_id: int,
            options: PrintOptions | None = None, today: date | None = None) -> HandoutPreview:
    """The PDF as it would be issued now, with what cannot be drawn; nothing is stored but
    the audit event."""
    return make(prepare_handout(db, actor, programme_id, today), options)


def preview_handout(db: Database, actor: Actor, programme_id: int,
                    options: PrintOptions | None = None, today: date | None = None) -> bytes:
    """The PDF as it would be issued now; nothing is stored but the audit event."""
    return preview(db, actor, programme_id, options, today).pdf


def issue_handout(db: Database, actor: Actor, programme_id: int,
                  options: PrintOptions | None = None,
                  red_flag_confirmation: str | None = None,
                  today: date | None = None,
                  deliver: Callable[[bytes], None] | None = None,
                  previewed: HandoutPreview | None = None) -> IssuedHandoutRecord:
    """Read the programme once, render at most once, then in one transaction mark it issued
    and keep the bytes.

    ``previewed`` is what the therapist is looking at: when the programme, clinic and
    flags read now are what it was made from, its very bytes are issued (nothing is
    rendered again); a programme saved since that preview is a conflict. ``deliver(pdf)``
    (e.g. writing the file the client gets) runs inside the transaction, before the
    commit: if it fails, nothing is recorded, so the record never claims a handout nobody
    received. Raises RedFlagConfirmationRequired when the client has an open red flag and
    no confirmation text was given.
    """
    if options is None:
        options = previewed.options if previewed is not None else PrintOptions()
    elif previewed is not None and previewed.options != options:
        previewed = None  # made for other choices: not what is being issued
    with db.sessions() as session:
        with session.begin():
            snapshot = read_snapshot(session, actor, programme_id, _today(today))
        confirmation = (red_flag_confirmation or "").strip()[:MAX_CONFIRMATION_CHARS] or None
        if snapshot.red_flags and confirmation is None:
            raise RedFlagConfirmationRequired(list(snapshot.red_flags))
        if previewed is None or previewed.snapshot != snapshot:
            made = make(snapshot, options)
            expected = (previewed or made).snapshot.facts.version
        else:
            made, expected = previewed, previewed.snapshot.facts.version
        try:
            with session.begin():
                return _store(session, actor, made, snapshot, expected, confirmation, deliver)
        except StaleDataError:
            raise ConflictError("programme", programme_id, expected + 1) from None


def _store(session: Session, actor: Actor, made: HandoutPreview, now: HandoutSnapshot,
           expected: int, confirmation: str | None,
           deliver: Callable[[bytes], None] | None) -> IssuedHandoutRecord:
    """Mark the programme issued (if still at version ``expected``) and keep the bytes,
    inside the caller's write transaction; ``now`` is the snapshot read for issuing."""
    from pgp_desk.services.programmes import programmes

    session.expire_all()  # the programme is read again, to check its version
    programme_id, flags = now.programme_id, now.red_flags
    programmes.mark_issued(session, actor, programme_id, expected_version=expected)
    stored = made.resolved.to_dict()
    if flags:
        stored["red_flags"] = list(flags)
    row = IssuedHandout(
        programme_id=programme_id,
        client_id=now.client_id,
        issued_by_id=actor.user_id,
        language=made.language,
        options=stored,
        pdf=made.pdf,
        sha256=hashlib.sha256(made.pdf).hexdigest(),
        red_flag_confirmation=confirmation if flags else None,
    )
    session.add(row)
    session.flush()
    record(session, actor, "issue", "handout", row.id, now.client_id,
           programme_id=programme_id)
    issued = _to_record(session, row, with_pdf=True)
    if deliver is not None:
        deliver(made.pdf)
    return issued


# ---------------------------------------------------------------------------- reading


def _as_utc(value: datetime) -> datetime:
    """SQLite hands back naive datetimes: they were stored as UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _to_record(session: Session, row: IssuedHandout, with_pdf: bool = False,
               names: dict[int, str] | None = None,
               clients: dict[int, str] | None = None) -> IssuedHandoutRecord:
    if names is not None and row.issued_by_id in names:
        by = names[row.issued_by_id]
    else:
        by = signature_names(session, [row.issued_by_id]).get(row.issued_by_id or 0, "")
    if clients is not None and row.client_id in clients:
        name = clients[row.client_id]
    else:
        client = session.get(Client, row.client_id)
        name = client_name(client.first_name, client.last_name) if client else ""
    stored: dict[str, Any] = dict(row.options or {})
    return IssuedHandoutRecord(
        id=row.id,
        programme_id=row.programme_id,
        client_id=row.client_id,
        client_name=name,
        issued_at=_as_utc(row.issued_at),
        issued_by=by,
        language=row.language,
        options=PrintOptions.from_dict(stored),
        sha256=row.sha256,
        red_flag_confirmation=row.red_flag_confirmation,
        red_flags=tuple(stored.get("red_flags") or ()),
        pdf=row.pdf if with_pdf else b"",
    )


def _metadata_query(actor: Actor) -> Select[IssuedHandout]:
    """Issued handouts of the actor's clinic, newest first, PDF bytes not loaded."""
    from sqlalchemy.orm import defer

    return (select(IssuedHandout)
            .join(Client, Client.id == IssuedHandout.client_id)
            .where(Client.clinic_id == actor.clinic_id, Client.erased_at.is_(None))
            .options(defer(IssuedHandout.pdf))
            .order_by(IssuedHandout.issued_at.desc(), IssuedHandout.id.desc()))


def _records(session: Session, rows: list[IssuedHandout]) -> list[IssuedHandoutRecord]:
    user_ids = {r.issued_by_id for r in rows if r.issued_by_id}
    client_ids = {r.client_id for r in rows}
    names = signature_names(session, user_ids)
    clients = {c.id: client_name(c.first_name, c.last_name) for c in session.scalars(
        select(Client).where(Client.id.in_(client_ids)))} if client_ids else {}
    return [_to_record(session, r, names=names, clients=clients) for r in rows]


def list_issued(db: Database, actor: Actor, client_id: int) -> list[IssuedHandoutRecord]:
    """The client's issued handouts, newest first (without the PDF bytes)."""
    with db.sessions.begin() as session:
        records.client(session, actor, client_id)
        rows = list(session.scalars(_metadata_query(actor)
                                    .where(IssuedHandout.client_id == client_id)))
        record(session, actor, "list", "handout", None, client_id)
        return _records(session, rows)


def issued_since(db: Database, actor: Actor, since: date) -> list[IssuedHandoutRecord]:
    """Every handout the clinic issued from local midnight of ``since`` on, oldest first."""
    records.require(actor, records.CLINICAL, db, "issued_handout")
    start = datetime.combine(since, time.min).astimezone().astimezone(UTC)
    with db.sessions.begin() as session:
        rows = list(session.scalars(_metadata_query(actor)
                                    .where(IssuedHandout.issued_at >= start)))
        rows.reverse()
        record(session, actor, "list", "handout", None, None, count=len(rows))
        return _records(session, rows)


def _load_issued(session: Session, actor: Actor, handout_id: int) -> IssuedHandout:
    return records.handout(session, actor, handout_id)[0]


def get_issued(db: Database, actor: Actor, handout_id: int) -> IssuedHandoutRecord:
    """One issued handout's details, without its bytes."""
    with db.sessions.begin() as session:
        row = _load_issued(session, actor, handout_id)
        record(session, actor, "read", "handout", row.id, row.client_id)
        return _to_record(session, row)


def reprint(db: Database, actor: Actor, handout_id: int) -> bytes:
    """The stored PDF, byte for byte, after checking it against its SHA-256."""
    with db.sessions.begin() as session:
        row = _load_issued(session, actor, handout_id)
        pdf = bytes(row.pdf)
        if hashlib.sha256(pdf).hexdigest() != row.sha256:
            raise HandoutIntegrityError(
                "the stored copy of handout %1 does not match its checksum, "
                "so it cannot be reprinted", handout_id)
        record(session, actor, "reprint", "handout", row.id, row.client_id)
        return pdf


# ---------------------------------------------------------------------------- files


_UNSAFE = re.compile(r"[^a-z0-9]+")


def handout_filename(handout: IssuedHandoutRecord) -> str:
    """A file name safe on every system for any client name: date, id, folded name."""
    day = handout.issued_at.astimezone().date().isoformat()
    slug = _UNSAFE.sub("-", search_key(handout.client_name).encode("ascii", "ignore")
                       .decode("ascii")).strip("-")[:40].strip("-")
    return f"{day}_handout-{handout.id}" + (f"_{slug}" if slug else "") + ".pdf"


def latest_programme_id(db: Database, actor: Actor, client_id: int) -> int | None:
    """The programme a "Print handout" button means: the newest of the current pregnancy."""
    with db.sessions() as session:
        records.client(session, actor, client_id)
        rows = session.execute(
            select(Programme.id, Episode.closed)
            .join(Episode, Episode.id == Programme.episode_id)
            .where(Episode.client_id == client_id)
            .order_by(Episode.closed, Episode.id.desc(), Programme.created_at.desc(),
                      Programme.id.desc())).first()
        return rows[0] if rows else None
