"""Signing in: a person is whoever proves her password, never the computer's login name.

The GUI's sign-in window and the command line's ``--user`` both end here. A wrong user name
or password gives one answer (it does not tell which names exist); an unreachable server
gives another. After ``FREE_ATTEMPTS`` failures in a row a person's account waits, doubling
each time up to ``MAX_WAIT_SECONDS``, before a password is checked again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from pgp_desk.db.models import Clinic, User
from pgp_desk.domain.people import ADMIN, normalise_roles
from pgp_desk.services.actor import Actor, workstation_name
from pgp_desk.services.audit import record
from pgp_desk.services.database import Database, _describe_operational
from pgp_desk.services.errors import UserError, ValidationError
from pgp_desk.services.passwords import hash_password, new_recovery_code, verify_password
from pgp_desk.services.people import (
    Profile,
    apply_profile,
    check,
    username_taken,
    validate_password,
)

FREE_ATTEMPTS = 3
MAX_WAIT_SECONDS = 300

FIRST_START = "first_start"  # an empty database: create the administrator
COMPLETE_PROFILE = "complete_profile"  # upgraded: the administrator completes her profile
SIGN_IN = "sign_in"


class SignInRefused(UserError):
    """The user name or password is wrong, or the person may not sign in."""


@dataclass(frozen=True)
class Started:
    """A first administrator signed in, with the recovery code shown to her once."""

    actor: Actor
    recovery_code: str


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def wait_seconds(failures: int, last_failed_at: datetime | None, now: datetime) -> int:
    """How long this account must still wait before its password is checked again."""
    if failures < FREE_ATTEMPTS or last_failed_at is None:
        return 0
    wait = min(2 ** (failures - FREE_ATTEMPTS + 1), MAX_WAIT_SECONDS)
    left = wait - (now - _aware(last_failed_at)).total_seconds()
    return max(0, int(left + 0.999))


def actor_of(user: User) -> Actor:
    return Actor(user_id=user.id, username=user.username, full_name=user.full_name,
                 clinic_id=user.clinic_id, roles=normalise_roles(user.roles),
                 workstation=workstation_name(), authorisation_id=user.authorisation_id)


def setup_state(db: Database) -> str:
    """What the first window must be: create the administrator, complete her profile, or
    the ordinary sign-in."""
    try:
        with db.sessions() as session:
            users = session.scalars(select(User)).all()
    except OperationalError as exc:
        raise _describe_operational(exc, db.location) from exc
    if not users:
        return FIRST_START
    if not any(u.password_hash and u.profile_complete for u in users):
        return COMPLETE_PROFILE
    return SIGN_IN


def pending_administrator(db: Database) -> Profile | None:
    """The upgraded database's administrator, whose profile she completes on first start."""
    if setup_state(db) != COMPLETE_PROFILE:
        return None
    with db.sessions() as session:
        for user in session.scalars(select(User).where(User.active).order_by(User.id)):
            if ADMIN in normalise_roles(user.roles):
                return Profile(user.username, user.full_name, user.profession,
                               user.authorisation_id, normalise_roles(user.roles))
    return None


def sign_in(db: Database, username: str, password: str) -> Actor:
    """The person with this user name and password, signed in; SignInRefused otherwise."""
    try:
        with db.sessions.begin() as session:
            user = session.scalars(select(User).where(User.username == username.strip()
                                                      .lower())).first()
            if user is None:
                verify_password(None, password)  # same time as a wrong password
                raise SignInRefused("wrong user name or password")
            wait = wait_seconds(user.failed_sign_ins, user.last_failed_at, _now())
            if wait:
                raise SignInRefused(
                    "too many wrong passwords: wait %1 seconds and try again", wait)
            if not verify_password(user.password_hash, password):
                user.failed_sign_ins += 1
                user.last_failed_at = _now()
                record(session, actor_of(user), "sign_in_refused", "person", user.id)
                failed = True
            else:
                failed = False
                if not user.active:
                    raise SignInRefused(
                        "this person is disabled; an administrator can enable her again")
                if not user.profile_complete:
                    raise SignInRefused(
                        "your profile is not complete; ask an administrator to complete it")
                user.failed_sign_ins = 0
                actor = actor_of(user)
                record(session, actor, "sign_in", "person", user.id)
    except OperationalError as exc:
        raise _describe_operational(exc, db.location) from exc
    if failed:  # the failure is counted (committed) before it is reported
        raise SignInRefused("wrong user name or password")
    return actor


def create_first_administrator(db: Database, profile: Profile, password: str) -> Started:
    """The first start of an empty database: the clinic and its administrator, signed in."""
    check(profile, password)
    code = new_recovery_code()
    with db.sessions.begin() as session:
        if session.scalars(select(User.id).limit(1)).first() is not None:
            raise UserError("this database already has people; sign in instead")
        clinic = session.scalars(select(Clinic).order_by(Clinic.id).limit(1)).first()
        if clinic is None:
            clinic = Clinic(name="", default_language="da")
            session.add(clinic)
            session.flush()
        clinic.recovery_code_hash = hash_password(code)
        user = User(clinic_id=clinic.id, username=profile.username, full_name="",
                    password_hash=hash_password(password))
        apply_profile(user, Profile(profile.username, profile.full_name, profile.profession,
                                    profile.authorisation_id,
                                    normalise_roles((*profile.roles, ADMIN))))
        session.add(user)
        session.flush()
        actor = actor_of(user)
        record(session, actor, "create", "person", user.id)
    return Started(actor, code)


def complete_administrator(db: Database, profile: Profile, password: str) -> Started:
    """After the upgrade of a database from before sign-in: the administrator completes her
    own profile and sets her password. Only while nobody can sign in yet."""
    pending = pending_administrator(db)
    if pending is None:
        raise UserError("this database already has people; sign in instead")
    profile = Profile(profile.username, profile.full_name, profile.profession,
                      profile.authorisation_id, normalise_roles((*profile.roles, ADMIN)))
    check(profile, password)
    code = new_recovery_code()
    with db.sessions.begin() as session:
        user = session.scalars(select(User).where(User.username == pending.username)).one()
        if username_taken(session, profile.username, except_id=user.id):
            raise UserError("this user name is already in use")
        apply_profile(user, profile)
        user.password_hash = hash_password(password)
        clinic = session.get(Clinic, user.clinic_id)
        if clinic is not None:
            clinic.recovery_code_hash = hash_password(code)
        session.flush()
        actor = actor_of(user)
        record(session, actor, "update", "person", user.id)
    return Started(actor, code)


def recover(db: Database, username: str, code: str, new_password: str) -> Started:
    """An administrator who forgot her password sets a new one with the recovery code; the
    code is used up and a new one is shown."""
    errors = validate_password(new_password)
    if errors:
        raise ValidationError(errors)
    fresh = new_recovery_code()
    with db.sessions.begin() as session:
        user = session.scalars(select(User).where(User.username == username.strip()
                                                  .lower())).first()
        clinic = session.get(Clinic, user.clinic_id) if user is not None else None
        if (user is None or clinic is None or ADMIN not in normalise_roles(user.roles)
                or not verify_password(clinic.recovery_code_hash,
                                       code.strip().upper())):
            raise SignInRefused("the recovery code or the administrator's user name is wrong")
        user.password_hash = hash_password(new_password)
        user.failed_sign_ins = 0
        clinic.recovery_code_hash = hash_password(fresh)
        actor = actor_of(user)
        record(session, actor, "recover", "person", user.id)
    return Started(actor, fresh)
