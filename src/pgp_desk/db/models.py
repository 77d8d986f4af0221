"""The clinic's records as SQLAlchemy 2 typed models.

Clinical payloads whose shape belongs to ``domain`` (pain map, test findings, questionnaire
answers, dosage) are stored as JSON documents produced by the domain classes' ``to_dict``;
the columns that are searched, joined or sorted on are real columns.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from pgp_desk.db.base import Base, Timestamped, Versioned, utcnow
from pgp_desk.domain.paper import DEFAULT_PAPER


class Clinic(Versioned, Timestamped, Base):
    """The practice: its details head every handout."""

    __tablename__ = "clinic"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    default_language: Mapped[str] = mapped_column(String(8), default="da")
    paper_size: Mapped[str] = mapped_column(String(10), default=DEFAULT_PAPER)
    # Whom a handout's stop signs tell her to call (numbers differ by region and country).
    maternity_phone: Mapped[str] = mapped_column(String(50), default="", server_default="")
    out_of_hours_phone: Mapped[str] = mapped_column(String(50), default="", server_default="")
    emergency_phone: Mapped[str] = mapped_column(String(50), default="112",
                                                 server_default="112")
    # years after a client's last entry before her records may be erased (domain.retention)
    retention_years: Mapped[int] = mapped_column(Integer, default=10, server_default="10")
    # Argon2id hash of the one-time code that lets a solo practice's administrator set a
    # new password when she has forgotten hers (services.signin).
    recovery_code_hash: Mapped[str | None] = mapped_column(String(200))
    # Minutes without keyboard or mouse before a workstation covers its window and asks
    # the same person's password again (ui.signin.idle_lock).
    idle_lock_minutes: Mapped[int] = mapped_column(Integer, default=10)


class User(Versioned, Timestamped, Base):
    """A person who works in PGP Desk (domain.people: roles, professions, authorisation IDs).

    ``roles`` is a space-separated set (a clinic owner is "admin therapist"). A person signs
    in only when active, with a password and a completed profile; people carried over from
    before sign-in existed wait for an administrator to complete theirs."""

    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinic.id"))
    username: Mapped[str] = mapped_column(String(80), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    roles: Mapped[str] = mapped_column(String(60), default="therapist")
    profession: Mapped[str] = mapped_column(String(40), default="")
    authorisation_id: Mapped[str] = mapped_column(String(20), default="")
    profile_complete: Mapped[bool] = mapped_column(Boolean, default=False)
    password_hash: Mapped[str | None] = mapped_column(String(200))
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0)
    last_failed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Client(Versioned, Timestamped, Base):
    """A person treated at the clinic. ``search_*`` columns are maintained by the service."""

    __tablename__ = "client"
    # search walks in name order reading the digits beside it (services/client_search)
    __table_args__ = (Index("ix_client_search_walk", "search_last", "id", "search_digits"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinic.id"), index=True)
    first_name: Mapped[str] = mapped_column(String(300))
    last_name: Mapped[str] = mapped_column(String(300))
    birth_date: Mapped[date | None] = mapped_column(Date, index=True)
    national_id: Mapped[str | None] = mapped_column(String(20))
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(300), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(8), default="da")
    gp: Mapped[str] = mapped_column(String(300), default="")
    midwife: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    consent_on: Mapped[date | None] = mapped_column(Date)
    archived_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    erased_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    search_name: Mapped[str] = mapped_column(String(700), default="")
    search_last: Mapped[str] = mapped_column(String(300), default="")
    search_digits: Mapped[str] = mapped_column(String(100), default="")

    episodes: Mapped[list[Episode]] = relationship(
        back_populates="client", order_by="Episode.id", cascade="all, delete-orphan"
    )


# Byte order on PostgreSQL, as on SQLite, so a typed prefix is one index range
_TOKEN = String(700).with_variant(String(700, collation="C"), "postgresql")


class ClientSearchToken(Base):
    """One word of a client's search columns, in a prefix index (services/client_search).

    Rows are written by ``client_search.write_tokens`` whenever the search columns change
    and deleted with the client's personal data on erasure.
    """

    __tablename__ = "client_search_token"
    __table_args__ = (Index("ix_client_search_token_client", "client_id", "field", "token"),
                      {"sqlite_with_rowid": False})  # the primary key is the table

    # "n" name word, "d" digits, "p" first letters of a name word
    field: Mapped[str] = mapped_column(String(1), primary_key=True)
    token: Mapped[str] = mapped_column(_TOKEN, primary_key=True)
    sort_key: Mapped[str] = mapped_column(String(300), primary_key=True)  # = search_last
    client_id: Mapped[int] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), primary_key=True)


class Episode(Versioned, Timestamped, Base):
    """One pregnancy and the months after it."""

    __tablename__ = "episode"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    due_date: Mapped[date | None] = mapped_column(Date)
    birth_date: Mapped[date | None] = mapped_column(Date)
    birth_mode: Mapped[str | None] = mapped_column(String(30))  # domain.birth.BirthMode
    parity: Mapped[int | None] = mapped_column(Integer)
    earlier_pgp: Mapped[bool | None] = mapped_column(Boolean)
    onset_week: Mapped[int | None] = mapped_column(Integer)
    referral_source: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    closed: Mapped[bool] = mapped_column(Boolean, default=False)

    client: Mapped[Client] = relationship(back_populates="episodes")


class Assessment(Versioned, Timestamped, Base):
    """An examination on one date: draft while written, read-only once signed."""

    __tablename__ = "assessment"

    id: Mapped[int] = mapped_column(primary_key=True)
    episode_id: Mapped[int] = mapped_column(ForeignKey("episode.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="initial")
    assessed_on: Mapped[date] = mapped_column(Date)
    therapist_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    phase: Mapped[str | None] = mapped_column(String(10))
    stage_days: Mapped[int | None] = mapped_column(Integer)
    history: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    screening: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    pain_map: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    tests: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    questionnaires: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    scores: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    classification_suggested: Mapped[str | None] = mapped_column(String(40))
    classification_chosen: Mapped[str | None] = mapped_column(String(40))
    plan: Mapped[str] = mapped_column(Text, default="")
    next_visit: Mapped[date | None] = mapped_column(Date)  # set in the plan
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="draft")
    signed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    signed_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class AssessmentAddendum(Base):
    """A correction to a signed assessment: never edited, only added."""

    __tablename__ = "assessment_addendum"

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessment.id"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    text: Mapped[str] = mapped_column(Text)


class ClinicExercise(Versioned, Timestamped, Base):
    """An exercise a clinic wrote or adapted; built-in ones live in resources/exercises."""

    __tablename__ = "clinic_exercise"

    id: Mapped[int] = mapped_column(primary_key=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinic.id"), index=True)
    code: Mapped[str] = mapped_column(String(60), unique=True)
    based_on: Mapped[str | None] = mapped_column(String(60))
    definition: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    photo: Mapped[bytes | None] = mapped_column(LargeBinary)
    photo_mime: Mapped[str | None] = mapped_column(String(40))
    retired: Mapped[bool] = mapped_column(Boolean, default=False)


class RetiredExercise(Base):
    """A built-in exercise this clinic has chosen not to offer."""

    __tablename__ = "retired_exercise"
    __table_args__ = (UniqueConstraint("clinic_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinic.id"))
    code: Mapped[str] = mapped_column(String(60))


class Programme(Versioned, Timestamped, Base):
    """A client's home programme within an episode: draft, then issued."""

    __tablename__ = "programme"

    id: Mapped[int] = mapped_column(primary_key=True)
    episode_id: Mapped[int] = mapped_column(ForeignKey("episode.id"), index=True)
    therapist_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    based_on_id: Mapped[int | None] = mapped_column(ForeignKey("programme.id"))
    language: Mapped[str] = mapped_column(String(8), default="da")
    title: Mapped[str] = mapped_column(String(300), default="")
    personal_note: Mapped[str] = mapped_column(Text, default="")
    advice: Mapped[list[str]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(10), default="draft")
    issued_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    items: Mapped[list[ProgrammeItem]] = relationship(
        back_populates="programme",
        order_by="ProgrammeItem.position",
        cascade="all, delete-orphan",
    )


class ProgrammeItem(Base):
    __tablename__ = "programme_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    exercise_code: Mapped[str] = mapped_column(String(60))
    dosage: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    note: Mapped[str] = mapped_column(Text, default="")

    programme: Mapped[Programme] = relationship(back_populates="items")


class ProgrammeTemplate(Versioned, Timestamped, Base):
    """A reusable programme: the clinic's (owner empty) or one therapist's own."""

    __tablename__ = "programme_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinic.id"), index=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    name: Mapped[str] = mapped_column(String(300))
    phases: Mapped[list[str]] = mapped_column(JSON, default=list)
    advice: Mapped[list[str]] = mapped_column(JSON, default=list)
    items: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)


class IssuedHandout(Base):
    """The exact PDF a client took home, kept as a record and reprintable byte for byte."""

    __tablename__ = "issued_handout"

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id"), index=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    issued_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    language: Mapped[str] = mapped_column(String(8))
    options: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    red_flag_confirmation: Mapped[str | None] = mapped_column(Text)


class AuditEvent(Base):
    """Who did what to which record, when. Holds ids, never personal data (GDPR art. 30)."""

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_client_at", "client_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    user_id: Mapped[int | None] = mapped_column(Integer)
    username: Mapped[str] = mapped_column(String(80), default="")
    workstation: Mapped[str] = mapped_column(String(120), default="")
    action: Mapped[str] = mapped_column(String(30))
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    client_id: Mapped[int | None] = mapped_column(Integer)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class AuditSeal(Base):
    """One link of the hash chain over the audit trail (services.audit_chain).

    Kept beside the events, never in them, so sealing only ever inserts: no role needs the
    right to change an audit event. ``seq`` runs 1, 2, 3 … without gaps; ``hash`` is
    SHA-256 over the previous link's hash and the sealed event's content.
    """

    __tablename__ = "audit_seal"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    event_id: Mapped[int] = mapped_column(Integer, unique=True)
    hash: Mapped[str] = mapped_column(String(64))
    sealed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ClinicInstrument(Versioned, Timestamped, Base):
    """A questionnaire definition a clinic imported (e.g. a licensed ODI), kept as its text."""

    __tablename__ = "clinic_instrument"
    __table_args__ = (UniqueConstraint("clinic_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    clinic_id: Mapped[int] = mapped_column(ForeignKey("clinic.id"))
    code: Mapped[str] = mapped_column(String(40))
    definition_text: Mapped[str] = mapped_column(Text)
    licence_note: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
