"""Episodes: one pregnancy and the months after it."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from pgp_desk.db.models import Client, Episode
from pgp_desk.domain.birth import BirthMode
from pgp_desk.domain.pregnancy import FULL_TERM_DAYS, MAX_WEEKS, Stage, stage_on
from pgp_desk.services import records
from pgp_desk.services.audit.audit import record
from pgp_desk.services.database import Database
from pgp_desk.services.errors import (
    Change,
    ConflictError,
    FieldError,
    ValidationError,
)
from pgp_desk.services.people.actor import Actor


@dataclass
class EpisodeInput:
    due_date: date | None = None
    birth_date: date | None = None
    birth_mode: str | None = None  # domain.birth.BirthMode; only with a birth date
    parity: int | None = None
    earlier_pgp: bool | None = None
    onset_week: int | None = None
    referral_source: str = ""
    notes: str = ""
    closed: bool = False


EDITABLE = tuple(f.name for f in fields(EpisodeInput))


@dataclass
class EpisodeRecord(EpisodeInput):
    id: int = 0
    client_id: int = 0
    version: int = 0

    def stage(self, on: date | None = None) -> Stage | None:
        return stage_on(self.due_date, self.birth_date, on or date.today())


def validate(data: EpisodeInput, today: date | None = None) -> list[FieldError]:
    """Due date within a plausible pregnancy; birth after conception and not in the future."""
    today = today or date.today()
    errors: list[FieldError] = []
    if data.due_date is None and data.birth_date is None:
        errors.append(FieldError("due_date", "required", "a due date or a birth date is needed"))
    if data.due_date is not None and data.birth_date is None:
        if data.due_date > today + timedelta(days=FULL_TERM_DAYS):
            errors.append(FieldError("due_date", "due_range", "due date more than 40 weeks away"))
        elif data.due_date < today - timedelta(days=(MAX_WEEKS - 40) * 7 + 6):
            errors.append(FieldError("due_date", "due_range",
                                     "due date passed over two weeks ago; record the birth"))
    if data.birth_date is not None:
        if data.birth_date > today:
            errors.append(FieldError("birth_date", "future", "birth date in the future"))
        if data.due_date is not None and abs((data.due_date - data.birth_date).days) > 20 * 7:
            errors.append(FieldError("birth_date", "birth_before_due_range",
                                     "birth date too far from the due date"))
    if data.birth_mode is not None:
        if data.birth_mode not in {m.value for m in BirthMode}:
            errors.append(FieldError("birth_mode", "choice", "unknown birth mode"))
        elif data.birth_date is None:
            errors.append(FieldError("birth_mode", "needs_birth_date",
                                     "a birth mode needs the birth date"))
    if data.parity is not None and not 0 <= data.parity <= 20:
        errors.append(FieldError("parity", "range", "parity 0-20"))
    if data.onset_week is not None and not 0 <= data.onset_week <= 42:
        errors.append(FieldError("onset_week", "range", "onset week 0-42"))
    return errors


def _to_record(e: Episode) -> EpisodeRecord:
    return EpisodeRecord(**{n: getattr(e, n) for n in EDITABLE}, id=e.id,
                         client_id=e.client_id, version=e.version)


def list_episodes(db: Database, client_id: int) -> list[EpisodeRecord]:
    with db.sessions() as session:
        return episode_records(session, client_id)


def episode_records(session: Session, client_id: int,
                    clinical: bool = True) -> list[EpisodeRecord]:
    """The client's pregnancies, oldest first, inside the caller's transaction. Without
    ``clinical`` only the dates a secretary may see are read (on PostgreSQL her role may
    select no other column: db.pg_roles)."""
    if not clinical:
        dates = session.execute(
            select(Episode.id, Episode.client_id, Episode.due_date, Episode.birth_date)
            .where(Episode.client_id == client_id).order_by(Episode.id))
        return [EpisodeRecord(due_date=e.due_date, birth_date=e.birth_date, id=e.id,
                              client_id=e.client_id) for e in dates]
    rows = session.scalars(
        select(Episode).where(Episode.client_id == client_id).order_by(Episode.id))
    return [_to_record(e) for e in rows]


def get_episode(db: Database, actor: Actor, episode_id: int) -> EpisodeRecord:
    """The pregnancy as stored now (after a conflict, to continue from the newer version)."""
    with db.sessions() as session:
        episode, _client = episode_in_clinic(session, actor, episode_id)
        return _to_record(episode)


def current_episode(db: Database, client_id: int) -> EpisodeRecord | None:
    episodes = list_episodes(db, client_id)
    open_ones = [e for e in episodes if not e.closed]
    return (open_ones or episodes)[-1] if episodes else None


def create_episode(db: Database, actor: Actor, client_id: int,
                   data: EpisodeInput) -> EpisodeRecord:
    errors = validate(data)
    if errors:
        raise ValidationError(errors)
    with db.sessions.begin() as session:
        records.client(session, actor, client_id)
        episode = Episode(client_id=client_id, **{n: getattr(data, n) for n in EDITABLE})
        session.add(episode)
        session.flush()
        record(session, actor, "create", "episode", episode.id, client_id)
        return _to_record(episode)


def update_episode(db: Database, actor: Actor, base: EpisodeRecord,
                   data: EpisodeInput) -> EpisodeRecord:
    """Save edits; a newer save from another workstation raises ConflictError."""
    errors = validate(data)
    if errors:
        raise ValidationError(errors)

    def conflict(current: Episode) -> ConflictError:
        theirs = _to_record(current)
        changes = [Change(n, getattr(data, n), getattr(theirs, n)) for n in EDITABLE
                   if getattr(theirs, n) != getattr(base, n)]
        return ConflictError("episode", current.id, current.version, changes)

    try:
        with db.sessions.begin() as session:
            episode, _client = records.episode(session, actor, base.id)
            if episode.version != base.version:
                raise conflict(episode)
            for name in EDITABLE:
                setattr(episode, name, getattr(data, name))
            record(session, actor, "update", "episode", episode.id, episode.client_id)
            session.flush()
            return _to_record(episode)
    except StaleDataError:
        with db.sessions() as session:
            raise conflict(records.episode(session, actor, base.id)[0]) from None


def episode_in_clinic(session: Session, actor: Actor, episode_id: int) -> tuple[Episode, Client]:
    """The episode and its client, if both exist in the actor's clinic and are not erased."""
    return records.episode(session, actor, episode_id)
