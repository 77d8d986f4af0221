"""People who work in the clinic: profiles, roles, and how they are named on records."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from pgp_desk.db import pg_roles
from pgp_desk.db.models import User
from pgp_desk.domain.people import (
    ADMIN,
    AUTHORISED_PROFESSIONS,
    PASSWORD_MIN_LENGTH,
    PROFESSIONS,
    THERAPIST,
    USERNAME,
    normalise_roles,
    parse_authorisation_id,
    signature,
)
from pgp_desk.services import records
from pgp_desk.services.audit.audit import record
from pgp_desk.services.database import Database
from pgp_desk.services.errors import FieldError, NotFoundError, UserError, ValidationError
from pgp_desk.services.people.actor import Actor
from pgp_desk.services.people.passwords import hash_password


@dataclass
class Profile:
    """What an administrator fills in for a person (and she for herself on first start)."""

    username: str
    full_name: str
    profession: str
    authorisation_id: str = ""
    roles: tuple[str, ...] = (THERAPIST,)


@dataclass(frozen=True)
class Person:
    id: int
    username: str
    full_name: str
    profession: str
    authorisation_id: str
    roles: tuple[str, ...]
    active: bool
    can_sign_in: bool

    @property
    def signature(self) -> str:
        return signature(self.full_name, self.authorisation_id)


def validate_profile(profile: Profile) -> list[FieldError]:
    """Field errors for a profile; a person with the therapist role signs records, so she
    needs an authorised profession and an authorisation ID (domain.people)."""
    errors = []
    if not USERNAME.fullmatch(profile.username):
        errors.append(FieldError("username", "username_format",
                                 "a user name has 2 to 40 small letters, digits, dots or dashes"))
    if len(profile.full_name.split()) < 2:
        errors.append(FieldError("full_name", "two_names", "write the first and last name"))
    if profile.profession not in PROFESSIONS:
        errors.append(FieldError("profession", "choice", "choose a profession"))
    try:
        roles = normalise_roles(profile.roles)
    except ValueError:
        roles = ()
    if not roles:
        errors.append(FieldError("roles", "required", "choose at least one role"))
    if profile.authorisation_id and parse_authorisation_id(profile.authorisation_id) is None:
        errors.append(FieldError(
            "authorisation_id", "authorisation_format",
            "an authorisation ID is 5 characters (Danish) or an HPR number of 6 to 9 digits"))
    elif THERAPIST in roles and (profile.profession not in AUTHORISED_PROFESSIONS
                                 or not profile.authorisation_id):
        errors.append(FieldError(
            "authorisation_id", "authorisation_required",
            "a therapist signs records: give her profession and authorisation ID"))
    return errors


def validate_password(password: str) -> list[FieldError]:
    if len(password) < PASSWORD_MIN_LENGTH:
        return [FieldError("password", "password_too_short",
                           f"a password needs at least {PASSWORD_MIN_LENGTH} characters")]
    return []


def check(profile: Profile, password: str | None) -> None:
    """Raise ValidationError for a wrong profile or (when given) too short a password."""
    errors = validate_profile(profile)
    if password is not None:
        errors += validate_password(password)
    if errors:
        raise ValidationError(errors)


def apply_profile(user: User, profile: Profile) -> None:
    parsed = parse_authorisation_id(profile.authorisation_id)
    user.username = profile.username
    user.full_name = profile.full_name.strip()
    user.profession = profile.profession
    user.authorisation_id = parsed.value if parsed else ""
    user.roles = " ".join(normalise_roles(profile.roles))
    user.profile_complete = True


def to_person(user: User, server: bool = False) -> Person:
    """``server``: on PostgreSQL the password lives in the person's login role, not here."""
    return Person(user.id, user.username, user.full_name, user.profession,
                  user.authorisation_id, normalise_roles(user.roles), user.active,
                  bool(user.active and user.profile_complete
                       and (server or user.password_hash)))


def _profile_of(user: User) -> Profile:
    return Profile(user.username, user.full_name, user.profession, user.authorisation_id,
                   normalise_roles(user.roles))


def require_admin(db: Database, actor: Actor) -> None:
    records.refuse_unless(actor.is_admin, db, actor, "person",
                          "only an administrator can manage the clinic's people")


def username_taken(session: Session, username: str, except_id: int | None = None) -> bool:
    query = select(User.id).where(User.username == username)
    if except_id is not None:
        query = query.where(User.id != except_id)
    return session.scalars(query.limit(1)).first() is not None


def list_people(db: Database, actor: Actor) -> list[Person]:
    require_admin(db, actor)
    with db.sessions() as session:
        rows = session.scalars(select(User).where(User.clinic_id == actor.clinic_id)
                               .order_by(User.full_name, User.id))
        return [to_person(u, server=not db.is_sqlite) for u in rows]


def save_on_server(session: Session, person_id: int | None, clinic_id: int,
                   profile: Profile, active: bool = True) -> int:
    """PostgreSQL: the row, the login role and its group memberships, written by the
    owner's SECURITY DEFINER function (no person's role may write people or make roles)."""
    parsed = parse_authorisation_id(profile.authorisation_id)
    return int(session.execute(text(
        "SELECT pgpdesk_save_person(:id, :clinic, :username, :full_name, :profession, "
        ":authorisation_id, :roles, :active)"), {
            "id": person_id, "clinic": clinic_id, "username": profile.username,
            "full_name": profile.full_name.strip(), "profession": profile.profession,
            "authorisation_id": parsed.value if parsed else "",
            "roles": " ".join(normalise_roles(profile.roles)), "active": active,
        }).scalar_one())


def set_password_on_server(session: Session, db: Database, username: str,
                           password: str) -> None:
    """PostgreSQL: the workstation turns the password into a SCRAM verifier (libpq's
    PQencryptPasswordConn), so the password itself never reaches the server or its logs."""
    import psycopg  # only a server database gets here; SQLite never loads the driver

    role = pg_roles.login_role(db.database_name, username)
    dbapi = session.connection().connection.dbapi_connection
    if not isinstance(dbapi, psycopg.Connection):
        raise TypeError("a password is set on the server through psycopg only")
    verifier = dbapi.pgconn.encrypt_password(
        password.encode(), role.encode(), b"scram-sha-256").decode("ascii")
    session.execute(text("SELECT pgpdesk_set_password(:username, :verifier)"),
                    {"username": username, "verifier": verifier})


def _saved(session: Session, person_id: int) -> Person:
    user = session.get(User, person_id, populate_existing=True)
    assert user is not None
    return to_person(user, server=True)


def add_person(db: Database, actor: Actor, profile: Profile, password: str) -> Person:
    """An administrator adds a person who can sign in at once with ``password``."""
    require_admin(db, actor)
    check(profile, password)
    with db.sessions.begin() as session:
        if username_taken(session, profile.username):
            raise ValidationError([FieldError("username", "username_taken",
                                              "this user name is already in use")])
        if not db.is_sqlite:
            person_id = save_on_server(session, None, actor.clinic_id, profile)
            set_password_on_server(session, db, profile.username, password)
            record(session, actor, "create", "person", person_id)
            return _saved(session, person_id)
        user = User(clinic_id=actor.clinic_id, username=profile.username, full_name="",
                    password_hash=hash_password(password))
        apply_profile(user, profile)
        session.add(user)
        session.flush()
        record(session, actor, "create", "person", user.id)
        return to_person(user)


def _person(session: Session, actor: Actor, username: str) -> User:
    user = session.scalars(select(User).where(User.username == username.strip().lower(),
                                              User.clinic_id == actor.clinic_id)).first()
    if user is None:
        raise NotFoundError("there is nobody with the user name %1", username)
    return user


def _other_admins(session: Session, actor: Actor, user: User) -> bool:
    return any(ADMIN in normalise_roles(u.roles) and u.active and u.id != user.id
               for u in session.scalars(select(User).where(User.clinic_id == actor.clinic_id)))


def update_profile(db: Database, actor: Actor, username: str, profile: Profile) -> Person:
    """An administrator completes or corrects a person's profile (roles included)."""
    require_admin(db, actor)
    check(profile, None)
    with db.sessions.begin() as session:
        user = _person(session, actor, username)
        if username_taken(session, profile.username, except_id=user.id):
            raise ValidationError([FieldError("username", "username_taken",
                                              "this user name is already in use")])
        if ADMIN not in normalise_roles(profile.roles) and not _other_admins(session, actor,
                                                                                user):
            raise UserError("the clinic needs at least one active administrator")
        if not db.is_sqlite:
            save_on_server(session, user.id, user.clinic_id, profile, user.active)
            record(session, actor, "update", "person", user.id)
            return _saved(session, user.id)
        apply_profile(user, profile)
        record(session, actor, "update", "person", user.id)
        return to_person(user)


def set_roles(db: Database, actor: Actor, username: str, roles: tuple[str, ...]) -> Person:
    with db.sessions() as session:
        user = _person(session, actor, username)
        profile = Profile(user.username, user.full_name, user.profession,
                          user.authorisation_id, roles)
    return update_profile(db, actor, username, profile)


def set_password(db: Database, actor: Actor, username: str, password: str) -> Person:
    """An administrator sets a person's password (a new person's, or a forgotten one)."""
    require_admin(db, actor)
    errors = validate_password(password)
    if errors:
        raise ValidationError(errors)
    with db.sessions.begin() as session:
        user = _person(session, actor, username)
        if not db.is_sqlite:
            set_password_on_server(session, db, user.username, password)
            record(session, actor, "set_password", "person", user.id)
            return _saved(session, user.id)
        user.password_hash = hash_password(password)
        user.failed_sign_ins = 0
        record(session, actor, "set_password", "person", user.id)
        return to_person(user)


def set_active(db: Database, actor: Actor, username: str, active: bool) -> Person:
    """Disable (cannot sign in; her records stay hers) or enable a person."""
    require_admin(db, actor)
    with db.sessions.begin() as session:
        user = _person(session, actor, username)
        if not active and not _other_admins(session, actor, user) and \
                ADMIN in normalise_roles(user.roles):
            raise UserError("the clinic needs at least one active administrator")
        if not db.is_sqlite:
            save_on_server(session, user.id, user.clinic_id, _profile_of(user), active)
            record(session, actor, "enable" if active else "disable", "person", user.id)
            return _saved(session, user.id)
        user.active = active
        record(session, actor, "enable" if active else "disable", "person", user.id)
        return to_person(user)
