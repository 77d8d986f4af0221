"""The one way a service reaches a client's records: role, clinic and erased state checked
together, so no service can forget one of them.

``need`` says what the call does with the record:

- ``CONTACT``: the client list and contact details (secretaries, therapists, administrators);
- ``CLINICAL``: notes, pregnancies, assessments, programmes, handouts, exports (therapists);
- ``ERASE``: erasing a client's personal data (administrators).

A record of another clinic, or of an erased client, is "does not exist": the answer never
tells that a record is there but not yours.
"""

from __future__ import annotations

from sqlalchemy.orm import Session, defer

from pgp_desk.db.models import Assessment, Client, Episode, IssuedHandout, Programme
from pgp_desk.services.actor import Actor
from pgp_desk.services.errors import NotFoundError, UserError

CONTACT = "contact"
CLINICAL = "clinical"
ERASE = "erase"


class AccessRefused(UserError):
    """The signed-in person's roles do not allow this."""


def require(actor: Actor, need: str) -> None:
    """Refuse unless the actor's roles allow ``need``."""
    if need == CLINICAL and not actor.is_therapist:
        raise AccessRefused("only a therapist can open clinical records")
    if need == ERASE and not actor.is_admin:
        raise AccessRefused("only an administrator can erase a client's data")
    if need == CONTACT and not (actor.is_therapist or actor.is_secretary or actor.is_admin):
        raise AccessRefused("only the clinic's staff can open the client list")


def client(session: Session, actor: Actor, client_id: int, need: str = CLINICAL) -> Client:
    require(actor, need)
    # Without the therapist role the notes are not read at all: on PostgreSQL her groups
    # may not select that column (db.pg_roles).
    hidden = () if actor.is_therapist else (defer(Client.notes, raiseload=True),)
    row = session.get(Client, client_id, options=hidden)
    if row is None or row.clinic_id != actor.clinic_id or row.erased_at is not None:
        raise NotFoundError("client %1 does not exist", client_id)
    return row


def episode(session: Session, actor: Actor, episode_id: int,
            need: str = CLINICAL) -> tuple[Episode, Client]:
    require(actor, need)
    row = session.get(Episode, episode_id)
    try:
        owner = client(session, actor, row.client_id, need) if row is not None else None
    except NotFoundError:
        owner = None
    if row is None or owner is None:
        raise NotFoundError("pregnancy %1 does not exist", episode_id)
    return row, owner


def _in_episode(session: Session, actor: Actor, row: Assessment | Programme | None,
                what: str, row_id: int) -> tuple[Episode, Client]:
    """The pregnancy and client of an assessment or programme, or "does not exist"."""
    try:
        if row is not None:
            return episode(session, actor, row.episode_id)
    except NotFoundError:
        pass
    raise NotFoundError(f"{what} %1 does not exist", row_id)


def assessment(session: Session, actor: Actor,
               assessment_id: int) -> tuple[Assessment, Episode, Client]:
    require(actor, CLINICAL)
    row = session.get(Assessment, assessment_id)
    found = _in_episode(session, actor, row, "assessment", assessment_id)
    assert row is not None
    return row, *found


def programme(session: Session, actor: Actor,
              programme_id: int) -> tuple[Programme, Episode, Client]:
    require(actor, CLINICAL)
    row = session.get(Programme, programme_id)
    found = _in_episode(session, actor, row, "programme", programme_id)
    assert row is not None
    return row, *found


def handout(session: Session, actor: Actor, handout_id: int) -> tuple[IssuedHandout, Client]:
    require(actor, CLINICAL)
    row = session.get(IssuedHandout, handout_id)
    try:
        owner = client(session, actor, row.client_id) if row is not None else None
    except NotFoundError:
        owner = None
    if row is None or owner is None:
        raise NotFoundError("handout %1 does not exist", handout_id)
    return row, owner
