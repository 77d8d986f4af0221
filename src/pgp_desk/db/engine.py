"""Engines and sessions come from here, made on demand and never at import time."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from pgp_desk.domain.i18n import TemplateMessage


class DatabaseUrlError(TemplateMessage, ValueError):
    """The database URL is not one PGP Desk can use; the message says why in one sentence."""

    def __init__(self, template: str, *params: object):
        super().__init__(self._set_message(template, params))


SUPPORTED = ("sqlite", "postgresql")
LOOPBACK = ("localhost", "127.0.0.1", "::1")
# libpq modes that send records without checking the server's certificate, or in clear
UNVERIFIED = ("disable", "allow", "prefer", "require")


def is_loopback(host: str | None) -> bool:
    """This computer itself: no host (a local socket), a socket folder, or loopback."""
    return not host or host.startswith("/") or host in LOOPBACK


def normalise_url(url: str) -> str:
    """Accept the forms people type and return one SQLAlchemy can use with psycopg 3."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseUrlError(
            "'%1' is not a database URL; use sqlite:///path/to/file.sqlite3 "
            "or postgresql+psycopg://user@host/database", url
        ) from exc
    backend = parsed.get_backend_name()
    if backend not in SUPPORTED:
        raise DatabaseUrlError(
            "'%1' databases are not supported; use SQLite or PostgreSQL", backend
        )
    if backend == "postgresql" and parsed.get_driver_name() != "psycopg":
        parsed = parsed.set(drivername="postgresql+psycopg")
    if (backend == "postgresql" and "sslmode" not in parsed.query
            and not is_loopback(parsed.host)):
        # Health records cross the clinic network only encrypted, to the server whose
        # certificate matches its name; a clinic CA file is named with sslrootcert=FILE.
        # Anything weaker must be written into the URL (sslmode=...) and is shown.
        parsed = parsed.update_query_dict({"sslmode": "verify-full"})
    return parsed.render_as_string(hide_password=False)


def _sqlite_pragmas(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")  # a long import: wait, do not fail
    cursor.execute("PRAGMA secure_delete=ON")  # erased text is overwritten, not just freed
    cursor.execute("PRAGMA cache_size=-32768")  # 32 MiB, not 2: the search index stays in memory
    cursor.close()


def make_engine(url: str, password: str | None = None) -> Engine:
    """An engine for ``url``: SQLite in WAL mode with foreign keys; PostgreSQL pre-pinged.

    ``password`` (a person's, from the sign-in) goes to the driver only: it is never part
    of the URL, so no rendering of the URL, log line or traceback can hold it.
    """
    url = normalise_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(
        url,
        pool_pre_ping=True,
        pool_size=5,
        max_overflow=5,
        connect_args={"connect_timeout": 5, "application_name": "pgp-desk",
                      **({"password": password} if password is not None else {})},
    )


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def sqlite_file(engine: Engine) -> Path | None:
    """The file behind a SQLite engine, or None for memory/other databases."""
    if not is_sqlite(engine) or not engine.url.database or engine.url.database == ":memory:":
        return None
    return Path(engine.url.database)
