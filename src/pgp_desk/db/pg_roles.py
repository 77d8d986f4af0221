"""PostgreSQL roles: every person is a login role, and group roles carry the grants.

Role names are unique in a whole PostgreSQL cluster, and one cluster may hold several
clinic databases, so every name starts with the clinic database's own name:

- groups ``<database>_admin``, ``<database>_therapist``, ``<database>_secretary`` (for the
  usual database name ``pgpdesk``: ``pgpdesk_admin`` and so on);
- a person with the user name ``mette`` logs in as ``<database>.mette``.

A workstation knows the database name from its URL and the user name from the sign-in,
so it needs nothing else. The schema owner (IT's role, the one that runs
``pgp-desk db upgrade``) owns every table and the SECURITY DEFINER functions that create
people and erase clients (migration 0011); ``apply`` (run by every ``db upgrade``) creates
the groups and grants each one exactly the tables and columns its people need. A table
that is not named in ``GRANTS`` is reachable by nobody but the owner.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, text

# A database name that can lead role names: the longest user name (40) + "." fits the
# 63 bytes of a PostgreSQL name.
DATABASE_NAME = re.compile(r"[a-z][a-z0-9_]{0,21}")
GROUPS = ("admin", "therapist", "secretary")

# The secretary's client columns: the client list and contact details, never the notes.
_CLIENT_CONTACT = ("id", "clinic_id", "first_name", "last_name", "birth_date", "national_id",
                   "phone", "email", "address", "language", "gp", "midwife", "consent_on",
                   "archived_at", "erased_at", "search_name", "search_last", "search_digits",
                   "version", "created_at", "updated_at")
_CLIENT_WRITABLE = tuple(c for c in _CLIENT_CONTACT if c not in ("id", "clinic_id",
                                                                 "erased_at", "created_at"))
# What an administrator's erasure check reads of clinical rows: ids and dates only
# (services.privacy: the retention period runs from the newest entry).
_DATES_ONLY = {
    "episode": ("id", "client_id", "due_date", "birth_date", "created_at", "updated_at"),
    "assessment": ("id", "episode_id", "updated_at"),
    "programme": ("id", "episode_id", "updated_at"),
    "issued_handout": ("id", "client_id", "issued_at"),
}
_CLINICAL = ("episode", "assessment", "assessment_addendum", "programme", "programme_item",
             "issued_handout")

# table -> group -> privileges; "SELECT (a, b)" is a column grant.
READ = "SELECT"
WRITE = "SELECT, INSERT, UPDATE, DELETE"
GRANTS: dict[str, dict[str, tuple[str, ...]]] = {
    "alembic_version": {g: (READ,) for g in GROUPS},
    "clinic": {"admin": ("SELECT", "UPDATE"), "therapist": (READ,), "secretary": (READ,)},
    # people are written only by the SECURITY DEFINER functions (migration 0011)
    "app_user": {g: (READ,) for g in GROUPS},
    # administrators reach the client list and contact details too (services.records)
    "client": {
        "therapist": ("SELECT", "INSERT", "UPDATE"),
        **{group: (f"SELECT ({', '.join(_CLIENT_CONTACT)})", "INSERT",
                   f"UPDATE ({', '.join(_CLIENT_WRITABLE)})") for group in ("secretary", "admin")},
    },
    "client_search_token": {g: (WRITE,) for g in GROUPS},
    **{table: {"therapist": (WRITE,)} for table in _CLINICAL},
    "clinic_exercise": {"admin": (WRITE,), "therapist": (READ,)},
    "retired_exercise": {"admin": (WRITE,), "therapist": (READ,)},
    "programme_template": {"admin": (WRITE,), "therapist": (WRITE,)},
    "clinic_instrument": {"admin": (WRITE,), "therapist": (READ,), "secretary": (READ,)},
    # append-only: no group may UPDATE, DELETE or TRUNCATE audit rows (migration 0009)
    "audit_event": {g: ("SELECT", "INSERT") for g in GROUPS},
    "audit_seal": {g: ("SELECT", "INSERT") for g in GROUPS},
}
for _table, _columns in _DATES_ONLY.items():
    GRANTS[_table]["admin"] = (f"SELECT ({', '.join(_columns)})",)
# the client list shows the due date and the baby's birth date (secretaries see both)
GRANTS["episode"]["secretary"] = ("SELECT (id, client_id, due_date, birth_date)",)

# SECURITY DEFINER functions only administrators may call (migration 0011)
ADMIN_FUNCTIONS = ("pgpdesk_save_person", "pgpdesk_set_password", "pgpdesk_erase_client")


class RoleNameError(ValueError):
    """The clinic database's name cannot lead PostgreSQL role names."""


def prefix(database: str) -> str:
    if not DATABASE_NAME.fullmatch(database):
        raise RoleNameError(database)
    return database


def group(database: str, name: str) -> str:
    return f"{prefix(database)}_{name}"


def login_role(database: str, username: str) -> str:
    """The PostgreSQL role a person of this clinic database logs in as."""
    return f"{prefix(database)}.{username}"


def username_of(database: str, role: str) -> str | None:
    """The user name behind a login role of this database (None for other roles)."""
    lead = f"{database}."
    return role[len(lead):] if role.startswith(lead) else None


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def statements(database: str, tables: list[str], sequences: list[str],
               functions: list[str]) -> list[str]:
    """The SQL that makes the groups' rights exactly ``GRANTS``: everything is revoked
    first, so a right taken out of the table is also taken from an existing database."""
    groups = [group(database, g) for g in GROUPS]
    quoted = ", ".join(_quote(g) for g in groups)
    out = [f"REVOKE CONNECT, TEMPORARY ON DATABASE {_quote(database)} FROM PUBLIC",
           # the client import stages its rows in a temporary table
           f"GRANT CONNECT, TEMPORARY ON DATABASE {_quote(database)} TO {quoted}",
           "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
           f"GRANT USAGE ON SCHEMA public TO {quoted}"]
    for table in tables:
        out.append(f"REVOKE ALL ON TABLE {_quote(table)} FROM {quoted}")
        for name, privileges in GRANTS.get(table, {}).items():
            for privilege in privileges:
                out.append(f"GRANT {privilege} ON TABLE {_quote(table)} TO "
                           f"{_quote(group(database, name))}")
    for sequence in sequences:
        out.append(f"GRANT USAGE, SELECT ON SEQUENCE {_quote(sequence)} TO {quoted}")
    for function in functions:
        out.append(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")
        if function.split("(")[0] in ADMIN_FUNCTIONS:
            out.append(f"GRANT EXECUTE ON FUNCTION {function} TO "
                       f"{_quote(group(database, 'admin'))}")
    return out


def apply(connection: Connection) -> None:
    """Create this database's groups if missing and grant them exactly ``GRANTS``.

    Run by the schema owner (it needs CREATEROLE) after every upgrade; also after a
    database is restored onto another server, where the roles do not exist yet.
    """
    database = prefix(connection.scalar(text("SELECT current_database()")) or "")
    for name in GROUPS:
        role = group(database, name)
        exists = connection.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                                   {"r": role})
        if not exists:
            connection.execute(text(f"CREATE ROLE {_quote(role)} NOLOGIN"))
    tables = list(connection.scalars(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")))
    sequences = list(connection.scalars(text(
        "SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'")))
    functions = list(connection.scalars(text(
        "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n "
        "ON n.oid = p.pronamespace WHERE n.nspname = 'public' AND p.proname LIKE 'pgpdesk%'")))
    for statement in statements(database, tables, sequences, functions):
        connection.execute(text(statement))


def drop_roles(connection: Connection, database: str) -> None:
    """Remove a dropped clinic database's people and groups from the cluster."""
    lead = prefix(database)
    names = list(connection.scalars(text(
        "SELECT rolname FROM pg_roles WHERE rolname LIKE :people OR rolname = ANY(:groups)"
        " ORDER BY rolname DESC"),
        {"people": lead.replace("_", r"\_") + ".%",
         "groups": [group(lead, g) for g in GROUPS]}))
    for name in names:
        connection.execute(text(f"DROP ROLE IF EXISTS {_quote(name)}"))
