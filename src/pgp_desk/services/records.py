"""The one way a service reaches a client's records: role, clinic and erased state checked
together, so no service can forget one of them.

``need`` says what the call does with the record:

- ``CONTACT``: the client list and contact details (secretaries, therapists, administrators);
- ``CLINICAL``: notes, pregnancies, assessments, programmes, handouts, exports (therapists);
- ``ERASE``: erasing a client's personal data (administrators).

A record of another clinic, or of an erased client, is "does not exist": the answer never
tells that a record is there but not yours.

Every refusal is an audit event (``refused``, with the entity and id asked for), written in
a transaction of its own: after the refused one has been rolled back, or at once when no
transaction is open (``require(..., db=...)``, ``refuse_unless``).
"""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, SessionTransaction, defer

from pgp_desk.db.models import Assessment, Client, Episode, IssuedHandout, Programme
from pgp_desk.services.audit.audit import record
from pgp_desk.services.database import Database
from pgp_desk.services.errors import ConflictError, NotFoundError, UserError
from pgp_desk.services.people.actor import Actor

CONTACT = "contact"
CLINICAL = "clinical"
ERASE = "erase"


REFUSED = "refused"
_PENDING = "pgp_desk_refusals"


class AccessRefused(UserError):
    """The signed-in person's roles do not allow this."""


def write_refusal(engine: Engine, actor: Actor, entity: str, entity_id: int | None) -> None:
    """The audit event of a refused attempt, in a transaction of its own."""
    with Session(engine) as session, session.begin():
        record(session, actor, REFUSED, entity, entity_id,
               entity_id if entity == "client" else None)


@event.listens_for(Session, "after_transaction_end")
def _write_pending(session: Session, transaction: SessionTransaction) -> None:
    """A refusal inside a transaction is written once that transaction has ended (rolled
    back, so it is kept; and a SQLite writer never waits for itself)."""
    if transaction.parent is not None or _PENDING not in session.info:
        return
    pending = session.info.pop(_PENDING)
    bind = session.bind
    if isinstance(bind, Engine):
        for actor, entity, entity_id in pending:
            write_refusal(bind, actor, entity, entity_id)


def _refusal(actor: Actor, need: str) -> str | None:
    if need == CLINICAL and not actor.is_therapist:
        return "only a therapist can open clinical records"
    if need == ERASE and not actor.is_admin:
        return "only an administrator can erase a client's data"
    if need == CONTACT and not (actor.is_therapist or actor.is_secretary or actor.is_admin):
        return "only the clinic's staff can open the client list"
    return None


def refuse_unless(allowed: bool, db: Database, actor: Actor, entity: str, template: str,
                  entity_id: int | None = None) -> None:
    """Raise AccessRefused with ``template`` (an "only …" sentence) unless ``allowed``;
    the refused attempt is recorded. Call it before opening a transaction."""
    if not allowed:
        write_refusal(db.engine, actor, entity, entity_id)
        raise AccessRefused(template)


def require(actor: Actor, need: str, db: Database | None = None, entity: str = "client",
            entity_id: int | None = None) -> None:
    """Refuse unless the actor's roles allow ``need``; with ``db`` (no transaction open)
    the refused attempt is recorded at once."""
    template = _refusal(actor, need)
    if template is None:
        return
    if db is not None:
        write_refusal(db.engine, actor, entity, entity_id)
    raise AccessRefused(template)


def _require_in(session: Session, actor: Actor, need: str, entity: str,
                entity_id: int) -> None:
    """As ``require``, inside ``session``'s transaction: recorded after its rollback."""
    template = _refusal(actor, need)
    if template is None:
        return
    bind = session.bind
    if session.in_transaction() or not isinstance(bind, Engine):
        session.info.setdefault(_PENDING, []).append((actor, entity, entity_id))
    else:
        write_refusal(bind, actor, entity, entity_id)
    raise AccessRefused(template)


def client(session: Session, actor: Actor, client_id: int, need: str = CLINICAL) -> Client:
    _require_in(session, actor, need, "client", client_id)
    # Without the therapist role the notes are not read at all: on PostgreSQL her groups
    # may not select that column (db.pg_roles).
    hidden = () if actor.is_therapist else (defer(Client.notes, raiseload=True),)
    row = session.get(Client, client_id, options=hidden)
    if row is None or row.clinic_id != actor.clinic_id or row.erased_at is not None:
        raise NotFoundError("client %1 does not exist", client_id)
    return row


def episode(session: Session, actor: Actor, episode_id: int,
            need: str = CLINICAL) -> tuple[Episode, Client]:
    _require_in(session, actor, need, "episode", episode_id)
    row = session.get(Episode, episode_id)
    try:
        owner = client(session, actor, row.client_id, need) if row is not None else None
    except NotFoundError:
        owner = None
    if row is None or owner is None:
        raise NotFoundError("pregnancy %1 does not exist", episode_id)
    return row, owner


_InEpisode = TypeVar("_InEpisode", Assessment, Programme)


def _in_episode(session: Session, actor: Actor, model: type[_InEpisode], what: str,
                row_id: int) -> tuple[_InEpisode, Episode, Client]:
    """An assessment or programme with its pregnancy and client, or "does not exist"."""
    _require_in(session, actor, CLINICAL, what, row_id)
    row = session.get(model, row_id)
    if row is not None:
        try:
            pregnancy, owner = episode(session, actor, row.episode_id)
        except NotFoundError:
            pass
        else:
            return row, pregnancy, owner
    raise NotFoundError(f"{what} %1 does not exist", row_id)


def assessment(session: Session, actor: Actor,
               assessment_id: int) -> tuple[Assessment, Episode, Client]:
    return _in_episode(session, actor, Assessment, "assessment", assessment_id)


def programme(session: Session, actor: Actor,
              programme_id: int) -> tuple[Programme, Episode, Client]:
    return _in_episode(session, actor, Programme, "programme", programme_id)


def deletable_draft(session: Session, actor: Actor, model: type[_InEpisode], what: str,
                    row_id: int, version: int, final: str, refusal: str
                    ) -> tuple[_InEpisode, Client]:
    """An assessment or programme its author may delete: a draft (never one whose status is
    ``final``: ``refusal`` says why) unchanged since she read ``version``."""
    row, _pregnancy, owner = _in_episode(session, actor, model, what, row_id)
    if row.status == final:
        raise UserError(refusal)
    if row.version != version:
        raise ConflictError(what, row.id, row.version)
    return row, owner


def handout(session: Session, actor: Actor, handout_id: int) -> tuple[IssuedHandout, Client]:
    _require_in(session, actor, CLINICAL, "issued_handout", handout_id)
    row = session.get(IssuedHandout, handout_id)
    try:
        owner = client(session, actor, row.client_id) if row is not None else None
    except NotFoundError:
        owner = None
    if row is None or owner is None:
        raise NotFoundError("handout %1 does not exist", handout_id)
    return row, owner
