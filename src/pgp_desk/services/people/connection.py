"""The connection window's two jobs: build a workstation's URL from the server, port,
database, TLS mode and CA file, and test it by signing in, saying exactly what is wrong.

The URL never holds a user name or password: those come from the sign-in window.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import OperationalError

from pgp_desk import config
from pgp_desk.db.schema_version import SchemaTooNewError
from pgp_desk.services.errors import DatabaseError, FieldError, ValidationError
from pgp_desk.services.people.signin import SignInRefused, connect_as

TLS_MODES = ("verify-full", "require", "disable")  # verify-full: the default off this computer
DEFAULT_PORT = 5432

OK = "ok"
UNREACHABLE = "unreachable"
TLS_REFUSED = "tls_refused"
REFUSED = "refused"  # wrong user name or password, disabled, profile not complete
SCHEMA_NEWER = "schema_newer"
SCHEMA_OLDER = "schema_older"
OTHER = "other"

_TLS_WORDS = ("ssl", "certificate", "tls")


@dataclass(frozen=True)
class ConnectionForm:
    server: str
    port: int
    database: str
    tls_mode: str = "verify-full"
    ca_file: str = ""


@dataclass(frozen=True)
class Outcome:
    """What *Test connection* found: ``kind`` (one of the constants above), the values its
    sentence names, and the error for REFUSED/OTHER (shown as its own sentence)."""

    kind: str
    params: tuple[str, ...] = ()
    error: BaseException | None = None


def workstation_url(form: ConnectionForm) -> str:
    """The clinic server's URL for this workstation, without a user or password."""
    errors = []
    if not form.server.strip():
        errors.append(FieldError("server", "required", "name the clinic server"))
    if not form.database.strip():
        errors.append(FieldError("database", "required", "name the clinic database"))
    if not 0 < form.port < 65536:
        errors.append(FieldError("port", "range", "the port is a number from 1 to 65535"))
    if form.tls_mode not in TLS_MODES:
        errors.append(FieldError("tls_mode", "choice", "choose a TLS mode"))
    if errors:
        raise ValidationError(errors)
    query = {"sslmode": form.tls_mode}  # written even for verify-full: also on loopback
    if form.ca_file.strip() and form.tls_mode != "disable":
        query["sslrootcert"] = form.ca_file.strip()
    url = URL.create("postgresql+psycopg", host=form.server.strip(),
                     port=None if form.port == DEFAULT_PORT else form.port,
                     database=form.database.strip(), query=query)
    return url.render_as_string(hide_password=True)


def saved_form() -> ConnectionForm | None:
    """The connection window's fields as last saved (None: no clinic server saved)."""
    saved = config.saved_database_url()
    if not saved:
        return None
    url = make_url(saved)
    mode = url.query.get("sslmode", "verify-full")
    ca = url.query.get("sslrootcert", "")
    return ConnectionForm(url.host or "", url.port or DEFAULT_PORT, url.database or "",
                          mode if isinstance(mode, str) else "verify-full",
                          ca if isinstance(ca, str) else "")


def save(form: ConnectionForm) -> str:
    """Keep the workstation URL (never a user or password) for PGP Desk's next start."""
    url = workstation_url(form)
    config.save_database_url(url)
    return url


def try_connection(url: str, username: str, password: str) -> Outcome:
    """Sign in to ``url`` as this person and close again; one outcome says what happened."""
    try:
        db, actor = connect_as(url, username, password)
    except SignInRefused as exc:
        return Outcome(REFUSED, error=exc)
    except DatabaseError as exc:
        return _database_outcome(exc, _server_of(url))
    server = db.location
    db.close()
    return Outcome(OK, (actor.username, server))


def _server_of(url: str) -> str:
    parsed = make_url(url)
    return f"{parsed.host or 'localhost'}:{parsed.port or DEFAULT_PORT}/{parsed.database or ''}"


def _driver_line(exc: BaseException) -> str:
    """libpq's first line, from the driver error behind a DatabaseError (if any)."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, OperationalError):
            text = str(seen.orig or seen).strip()
            return text.splitlines()[0] if text else ""
        seen = seen.__cause__ or seen.__context__
    return ""


def _database_outcome(exc: DatabaseError, server: str) -> Outcome:
    if isinstance(exc.__cause__, SchemaTooNewError):
        return Outcome(SCHEMA_NEWER, exc.params)
    if exc.template.startswith("the database has schema version"):
        return Outcome(SCHEMA_OLDER, exc.params)
    driver = _driver_line(exc)
    if any(word in driver.lower() for word in _TLS_WORDS):
        return Outcome(TLS_REFUSED, (server, driver))
    if exc.template.startswith("the database at %1 cannot be reached"):
        return Outcome(UNREACHABLE, (server, driver))
    return Outcome(OTHER, error=exc)
