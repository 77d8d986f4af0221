"""The clinic's details: settings are the administrator's (first start: services.signin)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from pgp_desk.db.models import Clinic
from pgp_desk.domain import retention
from pgp_desk.domain.clinic_details import ClinicIdentity
from pgp_desk.domain.i18n import LANGUAGES
from pgp_desk.domain.paper import DEFAULT_PAPER, PAPER_SIZES
from pgp_desk.services import records
from pgp_desk.services.audit.audit import record
from pgp_desk.services.database import Database
from pgp_desk.services.errors import (
    Change,
    ConflictError,
    FieldError,
    UserError,
    ValidationError,
)
from pgp_desk.services.people.actor import Actor

IDLE_LOCK_DEFAULT = 10  # minutes
IDLE_LOCK_MIN, IDLE_LOCK_MAX = 1, 120

EMERGENCY_FIELDS = ("maternity_phone", "out_of_hours_phone", "emergency_phone")
# The settings an administrator edits: columns of the clinic record with the same names.
SETTINGS_FIELDS = ("name", "address", "phone", "email", "logo_png", "default_language",
                   "paper_size", *EMERGENCY_FIELDS, "retention_years", "idle_lock_minutes")


@dataclass
class ClinicSettings(ClinicIdentity):
    """What the administrator sets for the whole clinic (SETTINGS_FIELDS), at ``version``."""

    default_language: str = "da"
    paper_size: str = DEFAULT_PAPER
    maternity_phone: str = ""
    out_of_hours_phone: str = ""
    emergency_phone: str = "112"
    idle_lock_minutes: int = IDLE_LOCK_DEFAULT
    version: int = 0
    retention_years: int = retention.DEFAULT_YEARS


def get_settings(db: Database, actor: Actor) -> ClinicSettings:
    with db.sessions() as session:
        clinic = _clinic(session, actor)
        return ClinicSettings(**{name: getattr(clinic, name) for name in SETTINGS_FIELDS},
                              version=clinic.version)


def _clinic(session: Session, actor: Actor) -> Clinic:
    clinic = session.get(Clinic, actor.clinic_id)
    if clinic is None:
        raise UserError("the clinic record is missing from the database")
    return clinic


def validate_settings(settings: ClinicSettings) -> list[FieldError]:
    errors = []
    if not settings.name.strip():
        errors.append(FieldError("name", "required", "the clinic needs a name"))
    if settings.default_language not in LANGUAGES:
        errors.append(FieldError("default_language", "choice", "choose da, nb or en"))
    if settings.paper_size not in PAPER_SIZES:
        errors.append(FieldError("paper_size", "choice", "choose A4 or Letter"))
    if not IDLE_LOCK_MIN <= settings.idle_lock_minutes <= IDLE_LOCK_MAX:
        errors.append(FieldError("idle_lock_minutes", "range",
                                 f"between {IDLE_LOCK_MIN} and {IDLE_LOCK_MAX} minutes"))
    if settings.email and "@" not in settings.email:
        errors.append(FieldError("email", "email", "an email address needs an @"))
    for name in EMERGENCY_FIELDS:
        number = getattr(settings, name).strip()
        if number and (len(number) > 50 or not PHONE_NUMBER.fullmatch(number)):
            errors.append(FieldError(name, "phone", "only digits, spaces, + and - "
                                                    "(at most 50 characters)"))
    if not retention.MIN_YEARS <= settings.retention_years <= retention.MAX_YEARS:
        errors.append(FieldError("retention_years", "range", "between 0 and 100 years"))
    return errors


# The numbers printed under a handout's stop signs (a handout is read in a hurry: digits).
PHONE_NUMBER = re.compile(r"\+?[0-9][0-9 \-]*")


def update_settings(db: Database, actor: Actor, settings: ClinicSettings,
                    base: ClinicSettings | None = None) -> ClinicSettings:
    """Save the clinic's details (administrators only), refusing to overwrite newer ones.

    `base` is what the editor started from: with it, a conflict lists the fields the other
    workstation changed."""
    records.refuse_unless(actor.is_admin, db, actor, "clinic",
                          "only an administrator can change the clinic's details")
    errors = validate_settings(settings)
    if errors:
        raise ValidationError(errors)
    try:
        with db.sessions.begin() as session:
            clinic = _clinic(session, actor)
            if settings.version and clinic.version != settings.version:
                raise _conflict(clinic, settings, base)
            for name in SETTINGS_FIELDS:
                setattr(clinic, name, getattr(settings, name))
            record(session, actor, "update", "clinic", clinic.id)
            session.flush()
            settings.version = clinic.version
    except StaleDataError:  # saved by someone else between our check and our write
        with db.sessions() as session:
            raise _conflict(_clinic(session, actor), settings, base) from None
    return settings


def _conflict(clinic: Clinic, settings: ClinicSettings,
              base: ClinicSettings | None) -> ConflictError:
    changes = [Change(n, getattr(settings, n), getattr(clinic, n)) for n in SETTINGS_FIELDS
               if base is not None and getattr(clinic, n) != getattr(base, n)]
    return ConflictError("clinic", clinic.id, clinic.version, changes)
