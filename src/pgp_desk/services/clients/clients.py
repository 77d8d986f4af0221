"""Finding, registering and editing clients, with audit and optimistic locking."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import ScalarSelect, Select, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.orm.exc import StaleDataError

from pgp_desk.db.models import Client, Episode
from pgp_desk.domain.client_details import ClientDetails
from pgp_desk.domain.i18n import LANGUAGES
from pgp_desk.domain.national_id import parse_national_id
from pgp_desk.domain.pregnancy import Stage, stage_on
from pgp_desk.services import records, text_guard
from pgp_desk.services.audit.audit import record
from pgp_desk.services.clients import client_search
from pgp_desk.services.database import Database
from pgp_desk.services.errors import (
    Change,
    ConflictError,
    FieldError,
    ValidationError,
)
from pgp_desk.services.people.actor import Actor

MAX_NAME = 300
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


# What a user types about a client: her details, as the domain declares them.
ClientInput = ClientDetails

EDITABLE = tuple(f.name for f in fields(ClientInput))
MULTI_LINE = ("address", "notes")


@dataclass
class ClientRecord(ClientInput):
    """A stored client as the screens see it."""

    id: int = 0
    version: int = 0
    archived: bool = False
    erased: bool = False
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def as_input(self) -> ClientInput:
        return ClientInput(**{name: getattr(self, name) for name in EDITABLE})


@dataclass
class ClientRow:
    """One line of the client list."""

    id: int
    first_name: str
    last_name: str
    birth_date: date | None
    phone: str
    archived: bool
    stage: Stage | None = None
    due_date: date | None = None

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass
class SearchPage:
    rows: list[ClientRow]
    total: int | None = None
    cursor: tuple[str, int] | None = None  # keyset: last (search_last, id) on this page
    has_more: bool = False
    extra: dict[str, object] = field(default_factory=dict)


def validate(data: ClientInput, today: date | None = None) -> list[FieldError]:
    """Field-level checks; codes let the UI show a translated message by the field."""
    today = today or date.today()
    errors: list[FieldError] = []
    if not data.first_name.strip():
        errors.append(FieldError("first_name", "required", "first name is required"))
    if not data.last_name.strip():
        errors.append(FieldError("last_name", "required", "last name is required"))
    for name in ("first_name", "last_name"):
        if len(getattr(data, name)) > MAX_NAME:
            errors.append(FieldError(name, "too_long", f"at most {MAX_NAME} characters"))
    if data.birth_date is not None:
        if data.birth_date > today:
            errors.append(FieldError("birth_date", "future", "birth date is in the future"))
        elif data.birth_date.year < 1900:
            errors.append(FieldError("birth_date", "too_old", "birth date is before 1900"))
    if data.national_id.strip():
        result = parse_national_id(data.national_id)
        if not result.valid:
            errors.append(
                FieldError("national_id", result.message_code or "invalid",
                           "not a valid CPR number or fødselsnummer")
            )
        elif (
            data.birth_date is not None
            and result.birth_date is not None
            and result.birth_date != data.birth_date
        ):
            errors.append(
                FieldError("national_id", "birth_date_mismatch",
                           "the national id does not match the birth date")
            )
    if data.email.strip() and not _EMAIL.match(data.email.strip()):
        errors.append(FieldError("email", "email", "not an email address"))
    if data.language not in LANGUAGES:
        errors.append(FieldError("language", "choice", "choose da, nb or en"))
    if data.consent_on is not None and data.consent_on > today:
        errors.append(FieldError("consent_on", "future", "consent date is in the future"))
    for name in EDITABLE:
        value = getattr(data, name)
        if isinstance(value, str) and (error := text_guard.check(
                name, value, multi_line=name in MULTI_LINE)) is not None:
            errors.append(error)
    return errors


def _clean(data: ClientInput) -> ClientInput:
    values = asdict(data)
    for key, value in values.items():
        if isinstance(value, str):
            values[key] = value.strip()
    return ClientInput(**values)


def column_values(data: ClientInput) -> dict[str, object]:
    """The client table's columns for ``data``: what is typed plus the search keys."""
    values: dict[str, object] = {name: getattr(data, name) for name in EDITABLE}
    values["national_id"] = data.national_id or None
    values["search_name"] = client_search.name_column(data.first_name, data.last_name)
    values["search_last"] = client_search.last_name_column(data.last_name)
    values["search_digits"] = client_search.digits_column(
        data.birth_date, data.phone, data.national_id
    )
    return values


def _apply(client: Client, data: ClientInput, notes: bool = True) -> None:
    for name, value in column_values(data).items():
        if notes or name != "notes":
            setattr(client, name, value)


def _to_record(client: Client, notes: bool = True) -> ClientRecord:
    """``notes=False``: the notes are not read (records.client did not load them)."""
    values: dict[str, Any] = {name: getattr(client, name) if notes or name != "notes"
                              else "" for name in EDITABLE}
    values["national_id"] = values["national_id"] or ""
    return ClientRecord(
        **values,
        id=client.id,
        version=client.version,
        archived=client.archived_at is not None,
        erased=client.erased_at is not None,
        created_at=client.created_at,
        updated_at=client.updated_at,
    )


def _load(session: Session, actor: Actor, client_id: int) -> Client:
    return records.client(session, actor, client_id, records.CONTACT)


def _shown(actor: Actor, client: Client) -> ClientRecord:
    """A secretary sees contact details only: the clinical notes stay hidden."""
    return _to_record(client, notes=actor.is_therapist)


def create_client(db: Database, actor: Actor, data: ClientInput) -> ClientRecord:
    data = _clean(data)
    errors = validate(data)
    if errors:
        raise ValidationError(errors)
    records.require(actor, records.CONTACT, db, "client")
    if not actor.is_therapist:
        data = replace(data, notes="")
    with db.sessions.begin() as session:
        client = Client(clinic_id=actor.clinic_id)
        _apply(client, data)
        session.add(client)
        session.flush()
        client_search.write_tokens(session, [client.id])
        record(session, actor, "create", "client", client.id, client.id)
        return _shown(actor, client)


def get_client(db: Database, actor: Actor, client_id: int) -> ClientRecord:
    """Load a client for display; the read itself is audited."""
    with db.sessions.begin() as session:
        return read_client(session, actor, client_id)


def read_client(session: Session, actor: Actor, client_id: int) -> ClientRecord:
    """``get_client`` inside the caller's transaction (``client_overview``)."""
    client = _load(session, actor, client_id)
    record(session, actor, "read", "client", client.id, client.id)
    return _shown(actor, client)


def _changes(base: ClientRecord, current: Client, mine: ClientInput,
             notes: bool = True) -> list[Change]:
    theirs = _to_record(current, notes)
    return [
        Change(name, getattr(mine, name), getattr(theirs, name))
        for name in EDITABLE
        if getattr(theirs, name) != getattr(base, name)
    ]


def update_client(
    db: Database, actor: Actor, base: ClientRecord, data: ClientInput
) -> ClientRecord:
    """Save edits made to ``base`` (the record as it was opened).

    If another workstation saved the client meanwhile, raises ConflictError listing the
    fields they changed with both values; nothing is written. To keep one's own values
    after seeing the conflict, call again with the newer record as ``base``.
    """
    data = _clean(data)
    errors = validate(data)
    if errors:
        raise ValidationError(errors)
    try:
        with db.sessions.begin() as session:
            client = _load(session, actor, base.id)
            notes = actor.is_therapist  # her form has no notes: they stay as they are
            if not notes:
                data, base = replace(data, notes=""), replace(base, notes="")
            if client.version != base.version:
                raise ConflictError(
                    "client", client.id, client.version, _changes(base, client, data, notes)
                )
            _apply(client, data, notes)
            changed = [n for n in EDITABLE if getattr(base, n) != getattr(data, n)]
            record(session, actor, "update", "client", client.id, client.id, fields=changed)
            session.flush()
            client_search.write_tokens(session, [client.id])
            return _shown(actor, client)
    except StaleDataError:
        with db.sessions() as session:
            client = _load(session, actor, base.id)
            raise ConflictError("client", client.id, client.version,
                                _changes(base, client, data, actor.is_therapist)) from None


def set_archived(db: Database, actor: Actor, client_id: int, archived: bool) -> ClientRecord:
    """Archive (hide from search, keep everything) or bring a client back."""
    with db.sessions.begin() as session:
        client = _load(session, actor, client_id)
        client.archived_at = datetime.now().astimezone() if archived else None
        record(session, actor, "archive" if archived else "unarchive", "client", client.id,
               client.id)
        session.flush()
        return _shown(actor, client)


@cache
def _listed() -> Select[*tuple[Any, ...]]:
    """The listed columns of a page of clients with their newest episode's dates, read by
    the search's own check (``page_rows``): one query, as a page is shown on every
    keystroke. Built once.

    Each date is a look-up of the client's newest episode through the index on its client:
    joined on "the episode whose id is the newest", PostgreSQL read and hashed every
    episode of the clinic for each page."""
    def newest(column: InstrumentedAttribute[date | None]) -> ScalarSelect[date | None]:
        return (select(column).where(Episode.client_id == Client.id)
                .order_by(Episode.id.desc()).limit(1).correlate(Client).scalar_subquery())

    return select(Client.id, Client.first_name, Client.last_name, Client.birth_date,
                  Client.phone, Client.archived_at, Client.search_last,
                  newest(Episode.due_date).label("due_date"),
                  newest(Episode.birth_date).label("born_on"))


def search_clients(
    db: Database,
    actor: Actor,
    query: str = "",
    limit: int = 100,
    after: tuple[str, int] | None = None,
    include_archived: bool = False,
    today: date | None = None,
) -> SearchPage:
    """One page of clients matching ``query``, ordered by last name; ``after`` continues.

    Keyset pagination on (search_last, id) keeps every page as cheap as the first, however
    far the user scrolls (no OFFSET).
    """
    records.require(actor, records.CONTACT, db, "client")
    today = today or date.today()
    with db.sessions() as session:
        clients = client_search.page_rows(session, _listed(), actor.clinic_id, query,
                                          limit + 1, after, include_archived)
        has_more = len(clients) > limit
        clients = clients[:limit]
        rows = [ClientRow(
            id=c.id, first_name=c.first_name, last_name=c.last_name, birth_date=c.birth_date,
            phone=c.phone, archived=c.archived_at is not None,
            stage=(stage_on(c.due_date, c.born_on, today)
                   if c.due_date is not None or c.born_on is not None else None),
            due_date=c.due_date,
        ) for c in clients]
        cursor = (clients[-1].search_last, clients[-1].id) if clients else None
        # exact-letter matches first on the page; the cursor keeps the keyset order
        if any(ch.isalpha() for ch in query):
            rows.sort(key=lambda r: client_search.exact_letter_rank(query, r.first_name,
                                                                     r.last_name))
        return SearchPage(rows=rows, cursor=cursor, has_more=has_more)


def count_clients(db: Database, actor: Actor, include_archived: bool = False) -> int:
    records.require(actor, records.CONTACT, db, "client")
    stmt = select(func.count(Client.id)).where(
        Client.clinic_id == actor.clinic_id, Client.erased_at.is_(None)
    )
    if not include_archived:
        stmt = stmt.where(Client.archived_at.is_(None))
    with db.sessions() as session:
        return session.scalar(stmt) or 0
