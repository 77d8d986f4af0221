"""Opening a clinic database: URL checks, reachability, upgrade at start, clear errors."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, event, text
from sqlalchemy.engine import URL, ExceptionContext, make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.exc import DatabaseError as SqlDatabaseError
from sqlalchemy.orm import Session, sessionmaker

from pgp_desk import config
from pgp_desk.db import schema_version
from pgp_desk.db.engine import (
    UNVERIFIED,
    DatabaseUrlError,
    is_loopback,
    is_sqlite,
    make_engine,
    make_session_factory,
    sqlite_file,
)
from pgp_desk.private_files import make_private
from pgp_desk.services import text_guard
from pgp_desk.services.errors import DatabaseError

# SQLite's own error names (sqlite3.Error.sqlite_errorname), grouped by what a user can do.
_SQLITE_DAMAGED = ("SQLITE_CORRUPT", "SQLITE_NOTADB")
_SQLITE_FULL = ("SQLITE_FULL",)
_SQLITE_UNWRITABLE = ("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_IOERR", "SQLITE_PERM",
                      "SQLITE_AUTH")
_SQLITE_BUSY = ("SQLITE_BUSY", "SQLITE_LOCKED")


@dataclass
class Database:
    """An open database: the engine and the session factory every service uses."""

    engine: Engine
    sessions: sessionmaker[Session]
    # PostgreSQL: a workstation's URL names the server and database only; nothing can be
    # read until a person signs in, and then the connection is hers (services.signin).
    awaiting_sign_in: bool = False
    person_role: str | None = None  # the login role the connection uses since sign-in

    @property
    def server_url(self) -> str:
        """The URL without any role or password: what a workstation is configured with."""
        url = self.engine.url
        if not self.is_sqlite:
            url = URL.create(url.drivername, host=url.host, port=url.port,
                             database=url.database, query=url.query)
        return url.render_as_string(hide_password=False)

    @property
    def database_name(self) -> str:
        return self.engine.url.database or ""

    @property
    def names_a_role(self) -> bool:
        """The URL itself names a PostgreSQL role (IT's owner runs, the test suite): the
        sign-in checks the person but the connection stays that role's."""
        return not self.is_sqlite and self.person_role is None and not self.awaiting_sign_in

    def use_engine(self, engine: Engine, person_role: str) -> None:
        """From now on every session is the signed-in person's own connection."""
        old = self.engine
        self.engine = engine
        self.sessions = make_session_factory(engine)
        text_guard.install(self.sessions)
        self.awaiting_sign_in = False
        self.person_role = person_role
        old.dispose()

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def is_sqlite(self) -> bool:
        return is_sqlite(self.engine)

    @property
    def location(self) -> str:
        """Where the records are, for people: the file's path, or "server/database"."""
        url = self.engine.url
        if self.is_sqlite:
            return url.database or ""
        server = url.host or "localhost"
        if url.port:
            server += f":{url.port}"
        return f"{server}/{url.database or ''}"

    @property
    def unverified_connection(self) -> bool:
        """A clinic server reached without a verified, encrypted connection (an explicit
        sslmode in its URL): the status bar says so."""
        mode = self.engine.url.query.get("sslmode")
        return not self.is_sqlite and not is_loopback(self.engine.url.host) and \
            mode in UNVERIFIED

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        """``with connect(url) as db:`` closes the database however the block ends."""
        self.close()


def _describe_operational(exc: OperationalError, url: str) -> DatabaseError:
    message = str(exc.orig or exc).strip().splitlines()[0] if (exc.orig or exc) else ""
    if "password authentication failed" in message:
        return DatabaseError("the database server at %1 refused the user name or password", url)
    if "does not exist" in message:
        return DatabaseError(
            "the database at %1 does not exist; ask your IT contact to create it", url)
    if "unable to open database file" in message:
        return DatabaseError(
            "the database file %1 cannot be opened; check the folder and its permissions", url)
    return DatabaseError("the database at %1 cannot be reached (%2)", url, message)


def damaged(path: Path | str) -> DatabaseError:
    return DatabaseError(
        "the database file %1 is damaged and cannot be used; close PGP Desk and restore the "
        "newest backup (PGP Desk keeps copies in %2) as the README describes under "
        "'When something goes wrong'", path, config.data_dir() / "backups",
    )


def _sqlite_sentence(code: str, path: str) -> DatabaseError | None:
    if code in _SQLITE_DAMAGED:
        return damaged(path)
    if code in _SQLITE_FULL:
        return DatabaseError("the disk holding %1 is full; free some space and try again", path)
    if code in _SQLITE_UNWRITABLE:
        return DatabaseError(
            "the database file %1 cannot be read or written; check the disk and the "
            "file's permissions", path)
    if code in _SQLITE_BUSY:
        return DatabaseError(
            "the database is busy with a long task (for example an import); nothing was "
            "saved; wait a moment and try again")
    return None


def _as_sentence(engine: Engine) -> Callable[[ExceptionContext], None]:
    """An engine listener that replaces a database error a user can act on by its sentence.

    SQLAlchemy's own text holds the SQL and its parameters (names, notes, CPR numbers); the
    sentence holds the file or server and what to do. Other errors (a unique key, a foreign
    key) pass unchanged to the services that handle them.
    """
    shown_file = str(sqlite_file(engine) or "")
    server = f"{engine.url.host or 'localhost'}/{engine.url.database or ''}"

    def listener(context: ExceptionContext) -> None:
        if context.is_pre_ping:
            return
        original = context.original_exception
        code = getattr(original, "sqlite_errorname", "") or ""
        sentence = _sqlite_sentence(code, shown_file) if shown_file else None
        if sentence is None and context.is_disconnect and context.connection is not None:
            sentence = DatabaseError(
                "the connection to the database at %1 was lost; nothing was saved and your "
                "typing is kept; check the network and save again", server)
        if sentence is not None:
            raise sentence from context.sqlalchemy_exception or original

    return listener


def sqlite_path_of(url: str) -> Path | None:
    """The file a SQLite URL names (None for PostgreSQL, memory or an unreadable URL)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database).expanduser()


def _check_may_create(path: Path, create: bool) -> None:
    """A missing SQLite file is made only when asked, and only in a folder that exists."""
    if path.exists():
        if path.is_dir():
            raise DatabaseError("%1 is a folder, not a database file", path)
        return
    if not create:
        raise DatabaseError(
            "there is no database at %1; check the path, or create one with "
            "'pgp-desk db upgrade'", path)
    if not path.parent.is_dir():
        raise DatabaseError(
            "the folder %1 does not exist; create it first or check the path", path.parent)
    # an empty file is an empty SQLite database; made here so that it is owner-only
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def connect(url: str, create: bool = False, sign_in_later: bool = False) -> Database:
    """Connect and check the server answers, without touching the schema.

    A SQLite file that does not exist is created only with ``create`` (first start,
    ``db upgrade``, ``demo``), so a mistyped path never leaves an empty database behind.
    ``sign_in_later``: a PostgreSQL URL without a role is a workstation's; nothing is
    read until a person signs in (``services.signin``).
    """
    path = sqlite_path_of(url)
    if path is not None:
        _check_may_create(path, create)
    try:
        engine = make_engine(url)
    except DatabaseUrlError as exc:
        raise DatabaseError(exc.template, *exc.params) from exc
    event.listen(engine, "handle_error", _as_sentence(engine))
    if sign_in_later and path is None and not engine.url.username:
        # a workstation's clinic URL: the sign-in brings the person and her password
        # (IT's `db` commands connect as libpq's default role: the OS user, ~/.pgpass)
        return _database(engine, awaiting_sign_in=True)
    shown = engine.url.render_as_string(hide_password=True)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
            if path is not None:  # reads the header and the schema: a damaged file says so
                connection.execute(text("SELECT count(*) FROM sqlite_master"))
    except DatabaseError:
        engine.dispose()
        raise
    except OperationalError as exc:
        engine.dispose()
        raise _describe_operational(exc, shown) from exc
    except SqlDatabaseError as exc:
        engine.dispose()
        raise damaged(path or shown) from exc
    if path is not None:
        for part in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            make_private(part)
    return _database(engine)


def _database(engine: Engine, awaiting_sign_in: bool = False) -> Database:
    sessions = make_session_factory(engine)
    text_guard.install(sessions)
    return Database(engine, sessions, awaiting_sign_in=awaiting_sign_in)


def person_engine(db: Database, role: str, password: str) -> Engine:
    """An engine that logs in to ``db``'s server and database as ``role``."""
    url = make_url(db.server_url).set(username=role)
    engine = make_engine(url.render_as_string(hide_password=False), password=password)
    event.listen(engine, "handle_error", _as_sentence(engine))
    return engine


def check_schema(db: Database, engine: Engine) -> None:
    """A workstation never upgrades a clinic database: an older or newer schema is one
    sentence naming both versions."""
    try:
        if not schema_version.needs_upgrade(engine):
            return
        current = schema_version.current_revision(engine)
    except schema_version.SchemaTooNewError as exc:
        raise DatabaseError(exc.template, *exc.params) from exc
    if current is None:
        raise DatabaseError("the database at %1 is empty; IT creates its tables with "
                            "'pgp-desk db upgrade'", db.location)
    raise DatabaseError("the database has schema version %1 and this PGP Desk needs %2; ask "
                        "IT to run 'pgp-desk db upgrade' on it", current,
                        schema_version.head_revision())


def open_database(
    url: str, upgrade: bool = True, progress: Callable[[str], None] | None = None,
    create: bool = False,
) -> Database:
    """Connect, refuse a schema newer than this app, and upgrade if asked: a SQLite file
    only (a copy is made first). A workstation never upgrades a clinic server's database:
    IT does, with ``pgp-desk db upgrade``; until then the message names both versions.
    An up-to-date schema costs one query; Alembic is imported only to upgrade.
    """
    db = connect(url, create=create, sign_in_later=True)
    if db.awaiting_sign_in:
        return db  # the schema is checked when the person's connection is made
    try:
        if not schema_version.needs_upgrade(db.engine):
            if progress is not None:
                progress("schema is up to date")
        elif upgrade and db.is_sqlite:
            from pgp_desk.db import migrate

            migrate.upgrade(db.engine, progress=progress)
        else:
            check_schema(db, db.engine)
    except DatabaseError:
        db.close()
        raise
    except schema_version.SchemaTooNewError as exc:
        db.close()
        raise DatabaseError(exc.template, *exc.params) from exc
    except OperationalError as exc:
        db.close()
        raise _describe_operational(exc, db.url) from exc
    return db
