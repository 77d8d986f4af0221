"""A realistic fictional clinic for trying PGP Desk, training and benchmarks.

Deterministic for a given seed; inserts in batches so 100,000 clients take seconds,
not minutes. Stages are spread from week 8 of pregnancy to a year after birth.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import cast

from sqlalchemy import Column, Connection, Integer, MetaData, Table, func, insert, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from pgp_desk import config
from pgp_desk.db import bulk
from pgp_desk.db.engine import sqlite_file
from pgp_desk.db.models import AuditEvent, Client, Clinic, Episode, User
from pgp_desk.db.sqlite_files import companions
from pgp_desk.domain.normalise import search_key
from pgp_desk.domain.paper import DEFAULT_PAPER
from pgp_desk.domain.people import THERAPIST
from pgp_desk.services.audit.audit import record
from pgp_desk.services.clients import client_search
from pgp_desk.services.database import Database, open_database
from pgp_desk.services.demo import demo_names
from pgp_desk.services.demo.demo_assessments import create_demo_assessments
from pgp_desk.services.demo.demo_handouts import create_demo_handouts
from pgp_desk.services.demo.demo_programmes import create_demo_programmes
from pgp_desk.services.errors import UserError
from pgp_desk.services.people.actor import Actor
from pgp_desk.services.people.passwords import hash_password
from pgp_desk.services.people.people import (
    Profile,
    apply_profile,
    save_on_server,
    set_password_on_server,
)

BATCH = 2000
FIRST_STAGE_DAY = 8 * 7  # week 8+0
LAST_STAGE_DAY = 280 + 365  # a year after a birth at term

ProgressCallback = Callable[[int, int], None]


@dataclass
class DemoResult:
    clients: int
    episodes: int
    therapists: int
    assessments: int = 0
    programmes: int = 0
    handouts: int = 0


DEMO_CLINIC = {
    "name": "Bækkenklinikken Østerbro (demo)",
    "address": "Fiktivvej 12, 2100 København Ø",
    "phone": "+45 33 12 34 56",
    "email": "kontakt@baekkenklinikken.example",
    "default_language": "da",
    "paper_size": DEFAULT_PAPER,
    "maternity_phone": "38 68 35 00",
    "out_of_hours_phone": "1813",
    "emergency_phone": "112",
}


def _ensure_clinic_and_therapists(db: Database,
                                  with_password: bool = False) -> tuple[int, list[int]]:
    """The demo clinic and its people. They get the demo password only in a database
    that had nobody in it: fictional people added to a real clinic cannot sign in."""
    with db.sessions.begin() as session:
        clinic = session.scalars(select(Clinic).order_by(Clinic.id)).first()
        if clinic is None:
            clinic = Clinic(**DEMO_CLINIC)
            session.add(clinic)
        elif not clinic.name:
            for key, value in DEMO_CLINIC.items():
                setattr(clinic, key, value)
        session.flush()
        ids = []
        for username, full_name, profession, authorisation, roles in demo_names.PEOPLE:
            user = session.scalars(select(User).where(User.username == username)).first()
            if user is None:
                profile = Profile(username, full_name, profession, authorisation, roles)
                user = _new_person(db, session, clinic.id, profile, with_password)
            if THERAPIST in roles:
                ids.append(user.id)
        return clinic.id, ids


def _new_person(db: Database, session: Session, clinic_id: int, profile: Profile,
                with_password: bool) -> User:
    """One demo person. On PostgreSQL, as for the first administrator, the owner's function
    writes the row with her own login role, and the demo password becomes that login's
    password: each person signs in with her own connection."""
    if db.is_sqlite:
        user = User(clinic_id=clinic_id, username=profile.username, full_name="",
                    password_hash=hash_password(demo_names.DEMO_PASSWORD)
                    if with_password else None)
        apply_profile(user, profile)
        session.add(user)
        session.flush()
        return user
    person_id = save_on_server(session, None, clinic_id, profile)
    if with_password:
        set_password_on_server(session, db, profile.username, demo_names.DEMO_PASSWORD)
    found = session.get(User, person_id)
    assert found is not None
    return found


def create_demo_people(db: Database) -> None:
    """The demo clinic and its fictional people (README: the demo password), so a newcomer
    can sign in at once as each role. Only into a database that has nobody in it yet."""
    with db.sessions() as session:
        if session.scalars(select(User.id).limit(1)).first() is not None:
            raise UserError("this database already has people; sign in instead")
    _ensure_clinic_and_therapists(db, with_password=True)


def _phone(rng: random.Random, norwegian: bool) -> str:
    if norwegian:
        return f"+47 {rng.randint(400, 999)} {rng.randint(10, 99)} {rng.randint(100, 999)}"
    return f"+45 {rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} " \
           f"{rng.randint(10, 99)}"


# The demo draws names from short lists: each name's folded search columns are made once.
_name_column = lru_cache(maxsize=65536)(client_search.name_column)
_last_name_column = lru_cache(maxsize=4096)(client_search.last_name_column)
_slug = lru_cache(maxsize=4096)(lambda first: search_key(first.split()[0]).replace(" ", ""))


def _client_row(rng: random.Random, clinic_id: int, today: date) -> dict[str, object]:
    norwegian = rng.random() < 0.3
    first = rng.choice(demo_names.NORWEGIAN_FIRST if norwegian else demo_names.DANISH_FIRST)
    if rng.random() < 0.15:
        first += " " + rng.choice(demo_names.NORWEGIAN_FIRST if norwegian
                                  else demo_names.DANISH_FIRST)
    last = rng.choice(demo_names.NORWEGIAN_LAST if norwegian else demo_names.DANISH_LAST)
    if rng.random() < 0.1:
        last = rng.choice(demo_names.DANISH_LAST) + "-" + last
    birth = today - timedelta(days=rng.randint(19 * 365, 44 * 365))
    phone = _phone(rng, norwegian)
    postcode, town = rng.choice(demo_names.NORWEGIAN_TOWNS if norwegian
                                else demo_names.DANISH_TOWNS)
    street = rng.choice(demo_names.STREETS_NB if norwegian else demo_names.STREETS_DA)
    slug = _slug(first)
    return {
        "clinic_id": clinic_id,
        "first_name": first,
        "last_name": last,
        "birth_date": birth,
        "national_id": None,
        "phone": phone,
        "email": f"{slug}.{rng.randint(1, 9999)}@example.com",
        "address": f"{street} {rng.randint(1, 140)}, {postcode} {town}",
        "language": "nb" if norwegian else rng.choice(("da", "da", "da", "da", "en")),
        "gp": rng.choice(demo_names.GPS),
        "midwife": "",
        "notes": "",
        "consent_on": today - timedelta(days=rng.randint(0, 400)),
        "search_name": _name_column(first, last),
        "search_last": _last_name_column(last),
        "search_digits": client_search.digits_column(birth, phone, None),
    }


def _registered(conception: date, onset_week: int, today: date) -> datetime:
    """When the clinic registered the pregnancy: about two weeks after the pain began."""
    day = min(conception + timedelta(days=onset_week * 7 + 14), today)
    return datetime.combine(day, time(9, 0), tzinfo=UTC)


def _referral(rng: random.Random, norwegian: bool) -> str:
    """Who referred her, in her own country's words (fastlege, jordmor / egen læge …)."""
    return rng.choice(demo_names.REFERRALS_NB if norwegian else demo_names.REFERRALS_DA)


def _episode_rows(rng: random.Random, client_id: int, today: date,
                  norwegian: bool = False) -> list[dict[str, object]]:
    stage_day = rng.randint(FIRST_STAGE_DAY, LAST_STAGE_DAY)
    rows = []
    parity = rng.choice((0, 0, 1, 1, 2, 3))
    earlier = parity > 0 and rng.random() < 0.45
    if earlier:  # an earlier, closed pregnancy with PGP
        old_birth = today - timedelta(days=stage_day + rng.randint(500, 1500))
        old_onset = rng.randint(14, 30)
        rows.append({
            "created_at": _registered(old_birth - timedelta(days=280), old_onset, today),
            "client_id": client_id, "due_date": old_birth + timedelta(days=rng.randint(-10, 14)),
            "birth_date": old_birth, "parity": parity - 1, "earlier_pgp": False,
            "onset_week": old_onset, "referral_source": _referral(rng, norwegian),
            "notes": "", "closed": True,
        })
    if stage_day < 280:
        due, birth = today + timedelta(days=280 - stage_day), None
    else:
        birth = today - timedelta(days=stage_day - 280)
        due = birth + timedelta(days=rng.randint(-14, 12))
    onset = rng.randint(8, min(36, max(8, stage_day // 7)))
    rows.append({
        "created_at": _registered(today - timedelta(days=stage_day), onset, today),
        "client_id": client_id, "due_date": due, "birth_date": birth, "parity": parity,
        "earlier_pgp": earlier, "onset_week": onset,
        "referral_source": _referral(rng, norwegian), "notes": "", "closed": False,
    })
    return rows


STARTED, READY = "demo_started", "demo_ready"  # audit actions marking a fill's progress


def demo_state(db: Database) -> str:
    """"none", "interrupted" (a fill began and never finished) or "ready".

    A clinic filled by an older PGP Desk has no markers; its demo name says it is ready.
    """
    with db.sessions() as session:
        marks = set(session.scalars(select(AuditEvent.action).where(
            AuditEvent.action.in_((STARTED, READY)), AuditEvent.entity == "demo")))
        if READY in marks:
            return "ready"
        if STARTED in marks:
            return "interrupted"
        name = session.scalar(select(Clinic.name).order_by(Clinic.id).limit(1))
        has_clients = session.scalar(select(Client.id).limit(1)) is not None
    return "ready" if name == DEMO_CLINIC["name"] and has_clients else "none"


def _mark(db: Database, action: str, **details: object) -> None:
    with db.sessions.begin() as session:
        session.add(AuditEvent(username="demo", action=action, entity="demo",
                               details=details))


def start_demo_file_again(db: Database) -> Database:
    """The demo clinic's own file, after an interrupted fill: deleted and opened empty.

    Only the demo file in the data folder is ever deleted; it holds fictional data only.
    """
    path = sqlite_file(db.engine)
    if path is None or path.resolve() != config.demo_database_path().resolve():
        return db
    url = db.engine.url.render_as_string(hide_password=False)
    db.close()
    for part in companions(path):
        part.unlink(missing_ok=True)
    return open_database(url, create=True)


def _insert_clients(session: Session, rows: list[dict[str, object]]) -> list[int]:
    """Insert client rows and index them for search; their ids in the rows' order."""
    ids = bulk.insert_rows(session, cast(Table, Client.__table__), rows, with_ids=True)
    client_search.add_tokens(session, (
        (cid, str(row["search_name"]), str(row["search_digits"]), str(row["search_last"]))
        for cid, row in zip(ids, rows, strict=True)))
    return ids


def create_name_only_clients(db: Database, clients: int, seed: int = 2026,
                             today: date | None = None,
                             progress: ProgressCallback | None = None) -> int:
    """Clients with names, birth dates and phones only, made fast: for measuring search and
    start-up with a million clients, where a full demo clinic would take hours."""
    today = today or date.today()
    rng = random.Random(seed)
    clinic_id, _therapists = _ensure_clinic_and_therapists(db)
    report = progress or (lambda _done, _total: None)
    made = 0
    while made < clients:
        rows = [_client_row(rng, clinic_id, today) for _ in range(min(BATCH, clients - made))]
        with db.sessions.begin() as session:
            _insert_clients(session, rows)
        made += len(rows)
        report(made, clients)
    return made

_CLIENT_COLUMNS = ("clinic_id", "first_name", "last_name", "birth_date", "national_id", "phone",
                   "email", "address", "language", "gp", "midwife", "notes", "consent_on",
                   "search_name", "search_last", "search_digits")
_EPISODE_COLUMNS = ("created_at", "due_date", "birth_date", "parity", "earlier_pgp",
                    "onset_week", "referral_source", "notes", "closed")


def _staging_tables() -> tuple[Table, Table, Table]:
    """Temporary tables of this connection: staged clients (by sequence number), their
    episodes (pointing at that number), and the ids the clients get when published."""
    staged_clients = Table(
        "pgp_demo_clients", MetaData(), Column("seq", Integer, primary_key=True),
        *(Column(name, Client.__table__.c[name].type) for name in _CLIENT_COLUMNS),
        prefixes=["TEMPORARY"])
    staged_episodes = Table(
        "pgp_demo_episodes", MetaData(), Column("seq", Integer, primary_key=True),
        Column("client_seq", Integer, nullable=False),
        *(Column(name, Episode.__table__.c[name].type) for name in _EPISODE_COLUMNS),
        prefixes=["TEMPORARY"])
    ids = Table("pgp_demo_ids", MetaData(), Column("seq", Integer, primary_key=True),
                Column("id", Integer, nullable=False), prefixes=["TEMPORARY"])
    return staged_clients, staged_episodes, ids


def _stage_batch(connection: Connection, staged: tuple[Table, Table], rng: random.Random,
                 clinic_id: int, today: date, first_seq: tuple[int, int], size: int) -> int:
    """One batch of clients and their episodes into the temporary tables (by COPY on
    PostgreSQL), committed: no lock on the clinic's tables is held between batches.
    The same random draws in the same order as inserting directly; the episode count."""
    clients_seq, episodes_seq = first_seq
    rows = [_client_row(rng, clinic_id, today) for _ in range(size)]
    episodes: list[dict[str, object]] = []
    for i, row in enumerate(rows):
        for episode in _episode_rows(rng, 0, today, row["language"] == "nb"):
            del episode["client_id"]  # the client's number in the stage instead
            episodes.append(dict(episode, seq=episodes_seq + len(episodes),
                                 client_seq=clients_seq + i))
    with Session(bind=connection) as session, session.begin():
        bulk.insert_rows(session, staged[0],
                         [dict(row, seq=clients_seq + i) for i, row in enumerate(rows)])
        bulk.insert_rows(session, staged[1], episodes)
    return len(episodes)


def _stage_and_publish(db: Database, actor: Actor | None, rng: random.Random, clinic_id: int,
                       clients: int, today: date, report: ProgressCallback
                       ) -> tuple[int, int, int | None]:
    """Stage ``clients`` demo clients and their episodes BATCH at a time, then publish them
    all in one transaction; (clients, episodes, the first client id)."""
    staged_clients, staged_episodes, ids = _staging_tables()
    made_clients = made_episodes = 0
    with bulk.staging(db.engine, staged_clients, staged_episodes, ids) as connection:
        report(0, clients)
        while made_clients < clients:
            size = min(BATCH, clients - made_clients)
            made_episodes += _stage_batch(connection, (staged_clients, staged_episodes),
                                          rng, clinic_id, today,
                                          (made_clients, made_episodes), size)
            made_clients += size
            report(made_clients, clients)
        with Session(bind=connection) as session, session.begin():
            first = _publish(session, actor, clients, staged_clients, staged_episodes, ids)
    return made_clients, made_episodes, first


def _publish(session: Session, actor: Actor | None, clients: int, staged_clients: Table,
             staged_episodes: Table, ids: Table) -> int | None:
    """The one short transaction: ids for the staged clients, then clients and episodes
    each in one INSERT … SELECT (the audit trigger records each row), then their search
    words BATCH clients at a time."""
    if actor is not None:  # the first write: on SQLite it takes the file's write lock, so
        record(session, actor, "demo", "client", None, None, count=clients)  # ids below hold
    else:
        session.add(AuditEvent(username="demo", action="demo", entity="client",
                               details={"count": clients}))
        session.flush()
    connection = session.connection()
    next_id: ColumnElement[int]
    if connection.dialect.name == "postgresql":
        next_id = func.nextval(func.pg_get_serial_sequence("client", "id"))
    else:
        next_id = staged_clients.c.seq + 1 + select(
            func.coalesce(func.max(Client.id), 0)).scalar_subquery()
    connection.execute(insert(ids).from_select(
        ["seq", "id"], select(staged_clients.c.seq, next_id).order_by(staged_clients.c.seq)))
    connection.execute(insert(Client).from_select(
        ["id", *_CLIENT_COLUMNS],
        select(ids.c.id, *(staged_clients.c[name] for name in _CLIENT_COLUMNS))
        .join(ids, ids.c.seq == staged_clients.c.seq).order_by(staged_clients.c.seq)))
    connection.execute(insert(Episode).from_select(
        ["client_id", *_EPISODE_COLUMNS],
        select(ids.c.id, *(staged_episodes.c[name] for name in _EPISODE_COLUMNS))
        .join(ids, ids.c.seq == staged_episodes.c.client_seq).order_by(staged_episodes.c.seq)))
    published = session.execute(  # one read of what was stored, not one per 500 ids
        select(Client.id, Client.search_name, Client.search_digits, Client.search_last)
        .join(ids, ids.c.id == Client.id).order_by(Client.id)).all()
    for start in range(0, len(published), BATCH):
        client_search.add_tokens(session, published[start:start + BATCH])
    return published[0].id if published else None


def create_demo_clinic(
    db: Database,
    actor: Actor | None,
    clients: int = 200,
    seed: int = 2026,
    today: date | None = None,
    progress: ProgressCallback | None = None,
) -> DemoResult:
    """Add a fictional clinic's therapists, clients and episodes to ``db``.

    Clients and episodes are staged batch by batch in temporary tables and published in
    one short transaction (`_stage_and_publish`), so other workstations keep writing
    meanwhile and nobody ever sees half the demo clients. The assessments, programmes and
    handouts for the first few hundred follow, each step its own transaction; the demo
    markers tell an interrupted fill from a finished one. Refuses a database that already
    holds the demo clinic, or one whose earlier fill was interrupted.
    """
    state = demo_state(db)
    if state == "ready":
        raise UserError("the database %1 already holds the demo clinic; to start afresh, "
                        "delete its file and run 'pgp-desk demo' again", db.location)
    if state == "interrupted":
        raise UserError("an earlier demo fill of %1 was interrupted, so the demo clinic "
                        "is incomplete; delete its file and run 'pgp-desk demo' again",
                        db.location)
    today = today or date.today()
    rng = random.Random(seed)
    clinic_id, therapist_ids = _ensure_clinic_and_therapists(db)
    _mark(db, STARTED, clients=clients, seed=seed)
    report = progress or (lambda _done, _total: None)
    made_clients, made_episodes, first_client_id = _stage_and_publish(
        db, actor, rng, clinic_id, clients, today, report)
    assessments = 0
    if first_client_id is not None:
        assessments = create_demo_assessments(db, actor, therapist_ids, seed, today,
                                              first_client_id=first_client_id)
    programmes = 0
    if first_client_id is not None:
        programmes = create_demo_programmes(db, actor, therapist_ids, seed, today,
                                            first_client_id=first_client_id)
    handouts = 0
    if first_client_id is not None and actor is not None:
        handouts = create_demo_handouts(db, actor, first_client_id, today)
    _mark(db, READY, clients=made_clients)
    return DemoResult(made_clients, made_episodes, len(therapist_ids), assessments,
                      programmes, handouts)
