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
from sqlalchemy.orm import Session

from pgp_desk.db import pg_roles
from pgp_desk.db.models import Clinic, User
from pgp_desk.domain.people import ADMIN, USERNAME, normalise_roles
from pgp_desk.services.audit.audit import record
from pgp_desk.services.database import (
    Database,
    _describe_operational,
    check_schema,
    open_database,
    person_engine,
)
from pgp_desk.services.errors import DatabaseError, UserError, ValidationError
from pgp_desk.services.people.actor import Actor, workstation_name
from pgp_desk.services.people.passwords import hash_password, new_recovery_code, verify_password
from pgp_desk.services.people.people import (
    Profile,
    apply_profile,
    check,
    save_on_server,
    set_password_on_server,
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
    if db.awaiting_sign_in:
        return SIGN_IN  # a clinic server: IT created its first administrator
    try:
        with db.sessions() as session:
            users = session.scalars(select(User)).all()
    except OperationalError as exc:
        raise _describe_operational(exc, db.location) from exc
    if not users:
        return FIRST_START
    # on PostgreSQL a password lives in the person's login role, not in her row
    if not any((u.password_hash or not db.is_sqlite) and u.profile_complete for u in users):
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
    """The person with this user name and password, signed in; SignInRefused otherwise.

    SQLite checks the Argon2id hash; on PostgreSQL the server checks the password, as the
    person logs in with her own role (``sign_in_on_server``).
    """
    if not db.is_sqlite:
        return sign_in_on_server(db, username, password)
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


def connect_as(url: str, username: str, password: str) -> tuple[Database, Actor]:
    """Connect to a database as this person: the one way a workstation (sign-in window,
    connection window, command line) gets a connection of its own. On PostgreSQL the URL
    names the server and database; the user name and password become the connection's
    credentials."""
    db = open_database(url, upgrade=False)
    try:
        return db, sign_in(db, username, password)
    except BaseException:
        db.close()
        raise


def _server_refusal(exc: OperationalError) -> SignInRefused | None:
    message = str(exc.orig or exc)
    if "password authentication failed" in message or "no password supplied" in message:
        # also for a user name that does not exist: the server gives one answer
        return SignInRefused("wrong user name or password")
    if "not permitted to log in" in message:  # the password was right: NOLOGIN
        return SignInRefused("this person is disabled; an administrator can enable her again")
    return None


# PostgreSQL: failures cannot be written before anyone is signed in, so this running app
# counts them per server and user name; the server's auth_delay (README) slows every
# program that tries passwords.
_server_failures: dict[tuple[str, str], tuple[int, datetime]] = {}


def _server_wait(key: tuple[str, str]) -> None:
    failures, last = _server_failures.get(key, (0, None))
    wait = wait_seconds(failures, last, _now())
    if wait:
        raise SignInRefused("too many wrong passwords: wait %1 seconds and try again", wait)


def sign_in_on_server(db: Database, username: str, password: str) -> Actor:
    """PostgreSQL: log in as the person's own role; the server checks the password.

    A workstation's database (URL without a role) then works over her connection, so the
    grants of her groups and the audit triggers apply to everything she does. A URL that
    names a role itself (IT's owner runs, the test suite) keeps its connection: the person
    is checked, and her sign-in recorded, over a connection of her own.
    """
    name = username.strip().lower()
    try:
        role = pg_roles.login_role(db.database_name, name)
    except pg_roles.RoleNameError as exc:
        raise DatabaseError("the clinic database's name %1 is not one PGP Desk set up; ask "
                            "IT", db.database_name) from exc
    key = (db.server_url, name)
    _server_wait(key)
    if not USERNAME.fullmatch(name):
        raise SignInRefused("wrong user name or password")
    engine = person_engine(db, role, password)
    try:
        check_schema(db, engine)
        with Session(engine) as session, session.begin():
            user = session.scalars(select(User).where(User.username == name)).first()
            if user is not None and not user.active:
                raise SignInRefused(
                    "this person is disabled; an administrator can enable her again")
            if user is None or not user.profile_complete:
                raise SignInRefused(
                    "your profile is not complete; ask an administrator to complete it")
            actor = actor_of(user)
            record(session, actor, "sign_in", "person", user.id)
    except OperationalError as exc:
        engine.dispose()
        refusal = _server_refusal(exc)
        if refusal is not None:
            failures = _server_failures.get(key, (0, _now()))[0] + 1
            _server_failures[key] = (failures, _now())
            raise refusal from None
        raise _describe_operational(exc, db.location) from None
    except BaseException:
        engine.dispose()
        raise
    _server_failures.pop(key, None)
    if db.names_a_role or db.person_role == role:
        engine.dispose()  # checked; the connection stays as it was
    else:
        db.use_engine(engine, role)
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
        profile = Profile(profile.username, profile.full_name, profile.profession,
                          profile.authorisation_id, normalise_roles((*profile.roles, ADMIN)))
        if db.is_sqlite:
            user = User(clinic_id=clinic.id, username=profile.username, full_name="",
                        password_hash=hash_password(password))
            apply_profile(user, profile)
            session.add(user)
            session.flush()
        else:  # IT, as the schema owner: the administrator's login role too
            session.flush()
            user_id = save_on_server(session, None, clinic.id, profile)
            set_password_on_server(session, db, profile.username, password)
            found = session.get(User, user_id)
            assert found is not None
            user = found
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
        if db.is_sqlite:
            apply_profile(user, profile)
            user.password_hash = hash_password(password)
        else:  # IT, as the schema owner, after upgrading a clinic database
            save_on_server(session, user.id, user.clinic_id, profile, user.active)
            set_password_on_server(session, db, profile.username, password)
            session.refresh(user)
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
        if db.is_sqlite:
            user.password_hash = hash_password(new_password)
            user.failed_sign_ins = 0
        else:  # IT's owner connection: the password lives in her login role
            set_password_on_server(session, db, user.username, new_password)
        clinic.recovery_code_hash = hash_password(fresh)
        actor = actor_of(user)
        record(session, actor, "recover", "person", user.id)
    return Started(actor, fresh)
