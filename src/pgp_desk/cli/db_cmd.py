"""`pgp-desk db ...`: create/upgrade the schema, back up, show status."""

from __future__ import annotations

import argparse
from pathlib import Path

from pgp_desk import config
from pgp_desk.db import migrate
from pgp_desk.services.database import connect
from pgp_desk.services.errors import UserError


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    db = subparsers.add_parser("db", help="create, upgrade or back up the database",
                               description="Create, upgrade or back up the database.")
    actions = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    up = actions.add_parser(
        "upgrade", help="create or upgrade the schema (SQLite: backup copy first)",
        description="Create the schema in an empty database or upgrade it to this version. "
        "A SQLite file is copied to the backups folder first.",
    )
    up.set_defaults(func=upgrade)
    backup = actions.add_parser(
        "backup", help="write a consistent copy of a SQLite database to FILE",
        description="Write a consistent copy of the SQLite database to FILE, safely while "
        "PGP Desk is running on other workstations. PostgreSQL: use pg_dump.",
    )
    backup.add_argument("file", type=Path, metavar="FILE")
    backup.set_defaults(func=backup_cmd)
    status = actions.add_parser("status", help="show which database and schema version",
                                description="Show the database in use and its schema version.")
    status.set_defaults(func=status_cmd)


def _choice(args: argparse.Namespace) -> config.DatabaseChoice:
    return config.choose_database(args.database, demo=args.demo)


def upgrade(args: argparse.Namespace) -> int:
    db = connect(_choice(args).url)
    try:
        try:
            made = migrate.upgrade(db.engine, progress=lambda m: print(f"db upgrade: {m}"))
        except migrate.SchemaTooNewError as exc:
            raise UserError(exc.template, *exc.params) from exc
        if made:
            print(f"db upgrade: backup kept at {made}")
    finally:
        db.close()
    return 0


def backup_cmd(args: argparse.Namespace) -> int:
    db = connect(_choice(args).url)
    try:
        if not db.is_sqlite:
            raise UserError(
                "this is a PostgreSQL database; back it up on the server with "
                "pg_dump -Fc DATABASE > FILE (see the README)"
            )
        target = args.file.expanduser().resolve()
        migrate.backup_sqlite(db.engine, target)
        print(f"backup written to {target}")
    finally:
        db.close()
    return 0


def status_cmd(args: argparse.Namespace) -> int:
    choice = _choice(args)
    db = connect(choice.url)
    try:
        current = migrate.current_revision(db.engine)
        head = migrate.head_revision()
        print(f"database: {db.url} (from {choice.source})")
        print(f"schema:   {current or 'empty'}; this PGP Desk: {head}")
        if current != head:
            print("run 'pgp-desk db upgrade' (the app also upgrades when it starts)")
    finally:
        db.close()
    return 0
