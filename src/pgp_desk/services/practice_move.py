"""Moving a solo practice onto the clinic server (``pgp-desk db copy --to URL``).

Every record of the practice's SQLite database is copied into an empty PostgreSQL database
that IT has created and upgraded to the same schema, in one transaction on the server: a
failure anywhere (a refused row, a lost connection, a checksum that differs) leaves the
server's database as empty as it was. Ids are kept, so every record keeps its author and
every audit event its person, time and record; the server's own audit triggers are set
aside for the copy (``ALTER TABLE … DISABLE TRIGGER USER`` inside the transaction, which
the schema owner may do and which a rollback undoes), so the copy writes no audit rows of
its own and the copied hash chain still verifies on the server. Sequences continue after
the copied ids. Counts and SHA-256 checksums of every table's content are compared before
the transaction commits.

Passwords: a SQLite account holds an Argon2id hash of its password, which a PostgreSQL
server cannot use as a login password (a login role needs a SCRAM verifier made from the
password itself). No hash is carried over: the administrator who runs the copy has just
signed in, so her password gives her the server's credential; every other active person
gets a new password from her (``users set-password``) before signing in on the server.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, String, Table, bindparam, func, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from pgp_desk.db.base import Base
from pgp_desk.db.models import User
from pgp_desk.services.audit import audit_chain
from pgp_desk.services.database import Database
from pgp_desk.services.errors import DatabaseError, UserError
from pgp_desk.services.people.actor import Actor
from pgp_desk.services.people.people import Person, set_password_on_server, to_person

BATCH = 500

# Sign-in state that stays with the practice: the Argon2id hash (see the module's
# docstring) and the count of wrong passwords typed at the practice's own computer. The
# server's password step (``people.set_password_on_server``) also moves the row's version
# and time for the administrator who copies, so those are not compared for people either.
NOT_CARRIED = {"app_user": frozenset({"password_hash", "failed_sign_ins", "last_failed_at",
                                      "version", "updated_at"})}

# PostgreSQL error classes a copy can meet, by SQLSTATE (the server's own text may quote a
# value from the row, so it is never shown).
_REFUSALS = {
    "22001": "a value is longer than the clinic database allows",
    "23505": "a value that must be unique is there twice",
    "23503": "a row points at a record that is not there",
    "23502": "a required value is missing",
}


@dataclass(frozen=True)
class TableCheck:
    """One table compared after the copy: rows and content checksum on both sides."""

    table: str
    practice_rows: int
    server_rows: int
    practice_checksum: str
    server_checksum: str

    @property
    def equal(self) -> bool:
        return (self.practice_rows == self.server_rows
                and self.practice_checksum == self.server_checksum)


@dataclass(frozen=True)
class MoveResult:
    tables: list[TableCheck]
    people: list[Person]  # can_sign_in: has a password on the server already
    audit_links: int
    audit_head: str


def tables() -> list[Table]:
    """Every table of the schema, parents before the rows that point at them."""
    return list(Base.metadata.sorted_tables)


def _canonical(value: Any) -> Any:
    """A value written the same way whichever database it was read from."""
    if isinstance(value, datetime):
        aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
        return aware.astimezone(UTC).isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return hashlib.sha256(bytes(value)).hexdigest()
    return value


def _compared_columns(table: Table) -> list[str]:
    skipped = NOT_CARRIED.get(table.name, frozenset())
    return [c.name for c in table.columns if c.name not in skipped]


def _key_order(connection: Connection, table: Table) -> list[Any]:
    """Primary-key order, the same on both sides: SQLite compares text by its bytes, and a
    server set up with a Danish locale would not (aa sorts as å there), so on PostgreSQL
    text keys are compared in the "C" collation, which is byte order too."""
    server = connection.dialect.name == "postgresql"
    return [c.collate("C") if server and isinstance(c.type, String) else c
            for c in table.primary_key.columns]


def _rows(connection: Connection, table: Table) -> Iterator[dict[str, Any]]:
    ordered = select(table).order_by(*_key_order(connection, table))
    result = connection.execute(ordered.execution_options(yield_per=BATCH))
    for row in result.mappings():
        yield dict(row)


def table_check(connection: Connection, table: Table) -> tuple[int, str]:
    """Rows and a SHA-256 over every compared column of every row, in primary-key order."""
    digest = hashlib.sha256()
    columns = _compared_columns(table)
    count = 0
    for row in _rows(connection, table):
        line = json.dumps([_canonical(row[c]) for c in columns], sort_keys=True,
                          separators=(",", ":"), ensure_ascii=False, default=str)
        digest.update(line.encode())
        digest.update(b"\n")
        count += 1
    return count, digest.hexdigest()


def _for_server(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    """SQLite keeps times without their zone, always UTC (``db.base.utcnow``): the server
    must read them as UTC, not in its own time zone."""
    for name, value in row.items():
        if isinstance(value, datetime) and value.tzinfo is None:
            row[name] = value.replace(tzinfo=UTC)
    if table.name == "app_user":
        row["password_hash"] = None
        row["failed_sign_ins"] = 0
        row["last_failed_at"] = None
    return row


def _self_references(table: Table) -> list[str]:
    """Columns pointing at the same table (a programme based on another): filled after
    every row is in, so the order of the rows never matters."""
    return [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]


def _unchanged(table: Table) -> dict[str, Any]:
    """Columns an UPDATE would stamp by itself (``updated_at``), kept as they are."""
    return {c.name: c for c in table.columns if c.onupdate is not None}


def _copy_table(source: Connection, target: Connection, table: Table) -> None:
    later = _self_references(table)
    pending: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    key = table.primary_key.columns.values()[0].name if later else ""
    for row in _rows(source, table):
        row = _for_server(table, row)
        for name in later:
            if row[name] is not None:
                links.append({"_key": row[key], "_value": row[name], "_column": name})
                row[name] = None
        pending.append(row)
        if len(pending) >= BATCH:
            target.execute(table.insert(), pending)
            pending = []
    if pending:
        target.execute(table.insert(), pending)
    for name in later:
        values = [{"_key": link["_key"], "_value": link["_value"]}
                  for link in links if link["_column"] == name]
        if values:
            target.execute(update(table).where(table.c[key] == bindparam("_key"))
                           .values({name: bindparam("_value"), **_unchanged(table)}), values)


def _continue_sequences(target: Connection, table: Table) -> None:
    """The next id the server hands out follows the highest copied one."""
    keys = table.primary_key.columns.values()
    if len(keys) != 1 or keys[0].autoincrement is False:
        return
    column = keys[0]
    highest = target.scalar(select(func.max(column)))
    if highest is None:
        return
    target.execute(text("SELECT setval(pg_get_serial_sequence(:table, :column), :value)"),
                   {"table": table.name, "column": column.name, "value": highest})


def _triggers(target: Connection, enabled: bool) -> None:
    """The server's audit triggers (and any other of the schema's own) off for the copy,
    inside its transaction: a rollback turns them back on by itself."""
    quote = target.dialect.identifier_preparer.quote
    word = "ENABLE" if enabled else "DISABLE"
    for table in tables():
        target.execute(text(f"ALTER TABLE {quote(table.name)} {word} TRIGGER USER"))


def _first_filled(target: Connection) -> tuple[str, int] | None:
    for table in tables():
        count = target.scalar(select(func.count()).select_from(table)) or 0
        if count:
            return table.name, count
    return None


def _give_logins(session: Session, server: Database, actor: Actor, password: str) -> None:
    """The copied people are the server's people: their rows, copied with their ids. Only the
    administrator who copies gets her login now, made by the owner's function from her
    password (module docstring); the others get theirs with ``users set-password``."""
    set_password_on_server(session, server, actor.username, password)


def _moved_people(session: Session, admin: Actor) -> list[Person]:
    """The clinic's people on the server: passwords stay at the practice, so only the
    administrator who copied can sign in there yet."""
    users = session.scalars(select(User).order_by(User.full_name, User.id)).all()
    return [replace(to_person(u), can_sign_in=u.id == admin.user_id) for u in users]


def _refusal(exc: DBAPIError, table: str) -> UserError:
    state = getattr(exc.orig, "sqlstate", None) or ""
    if state == "42501":
        return UserError(
            "only the role that owns the clinic database may copy into it; run 'pgp-desk db "
            "copy' with the owner's role in the URL (the one that ran 'pgp-desk db "
            "upgrade'); nothing was copied")
    reason = _REFUSALS.get(state)
    if reason:
        return UserError("the clinic server refused a row of the table %1: %2; nothing was "
                         "copied and the clinic database is still empty", table, reason)
    return UserError("the clinic server refused the copy at the table %1 (PostgreSQL error "
                     "%2); nothing was copied and the clinic database is still empty",
                     table, state or "unknown")


def move_practice(practice: Database, actor: Actor, password: str, server: Database,
                  progress: Callable[[int, int], None] | None = None) -> MoveResult:
    """Copy every record of ``practice`` (SQLite; ``actor`` is its administrator, signed in
    with ``password``) into the empty ``server`` database (PostgreSQL, connected as the
    schema owner, upgraded to this version's schema), check it table by table and commit,
    or leave the server untouched. ``progress`` hears (steps done, steps): each table
    copied, then each checked."""
    say = progress or (lambda _done, _total: None)
    if not actor.is_admin:
        raise UserError("only an administrator can move the practice onto the clinic server")
    if not practice.is_sqlite:
        raise UserError("this database is on a PostgreSQL server already; 'pgp-desk db copy' "
                        "moves a solo practice's SQLite database onto the clinic server")
    if server.is_sqlite:
        raise UserError("copy onto the clinic's PostgreSQL server: --to "
                        "postgresql+psycopg://OWNER@SERVER/DATABASE")
    # every event in the chain before the copy: the server's head is then the practice's
    audit_chain.seal(practice)
    with server.engine.connect() as probe:
        filled = _first_filled(probe)
    if filled is not None:
        raise UserError("the clinic database at %1 already holds records (%2 in the table "
                        "%3); 'pgp-desk db copy' only fills an empty database: ask IT for a "
                        "new one, made with 'pgp-desk db upgrade'", server.location,
                        filled[1], filled[0])
    with practice.engine.connect() as source:
        source.exec_driver_sql("BEGIN")  # one snapshot of the practice for copy and checks
        try:
            checks, moved, chain = _copy(source, server, actor, password, say)
        except DatabaseError as exc:
            # the server engine's only sentence is the lost connection's (the practice's
            # are about its file, and pass unchanged)
            cause = exc.__cause__
            driver = cause.orig if isinstance(cause, DBAPIError) else cause
            if not type(driver).__module__.startswith("psycopg"):
                raise
            raise UserError(
                "the connection to the clinic server at %1 was lost during the copy; the "
                "server undoes an unfinished copy: check the network and run 'pgp-desk db "
                "copy' again (it says so if the copy was kept after all)", server.location,
            ) from exc
        source.exec_driver_sql("ROLLBACK")
    return MoveResult(checks, moved, chain.links, chain.head)


def _copy(source: Connection, server: Database, actor: Actor, password: str,
          say: Callable[[int, int], None]
          ) -> tuple[list[TableCheck], list[Person], audit_chain.Verification]:
    """The copy and its checks, in one transaction on the server."""
    steps = 2 * len(tables())
    with Session(server.engine) as session, session.begin():
        target = session.connection()
        current = ""
        try:
            _triggers(target, enabled=False)
            say(0, steps)
            for done, table in enumerate(tables(), start=1):
                current = table.name
                _copy_table(source, target, table)
                _continue_sequences(target, table)
                say(done, steps)
            checks = []
            for done, table in enumerate(tables(), start=len(tables()) + 1):
                current = table.name
                practice_rows, practice_sum = table_check(source, table)
                server_rows, server_sum = table_check(target, table)
                checks.append(TableCheck(table.name, practice_rows, server_rows,
                                         practice_sum, server_sum))
                say(done, steps)
            different = [c.table for c in checks if not c.equal]
            if different:
                raise UserError("the copy of the table %1 differs from the practice's; "
                                "nothing was copied and the clinic database is still "
                                "empty", different[0])
            chain = audit_chain.verify(Database(server.engine,
                                                sessionmaker(bind=target)))
            if not chain.intact:
                raise UserError("the audit trail's chain does not verify on the clinic "
                                "server (link %1); nothing was copied", chain.broken_seq)
            current = "app_user"
            _give_logins(session, server, actor, password)
            moved = _moved_people(session, actor)
            _triggers(target, enabled=True)
        except DBAPIError as exc:
            raise _refusal(exc, current) from exc
    return checks, moved, chain
