"""`pgp-desk db ...`: create/upgrade the schema, back up, check, show status."""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

from sqlalchemy.engine import URL

from pgp_desk import config
from pgp_desk.cli.context import open_for_command, read_password
from pgp_desk.cli.parsers import Subparsers, command, command_group
from pgp_desk.cli.progress import ProgressLine
from pgp_desk.db import migrate, sqlite_files
from pgp_desk.services import backups, practice_move
from pgp_desk.services.database import Database, check_schema, connect, damaged, sqlite_path_of
from pgp_desk.services.errors import UserError


def add_parser(subparsers: Subparsers) -> None:
    actions = command_group(subparsers, "db", help="create, upgrade or back up the database",
                            description="Create, upgrade or back up the database.")
    command(actions, "upgrade", upgrade,
            help="create or upgrade the schema (SQLite: backup copy first)")
    backup = command(actions, "backup", backup_cmd,
                     help="write a consistent copy of a SQLite database to FILE")
    backup.add_argument("file", type=Path, metavar="FILE")
    backup.add_argument("--force", action="store_true",
                        help="replace FILE if it exists (it stays until the new copy is whole)")
    command(actions, "check", check_cmd, help="run SQLite's integrity check on the database")
    restore = command(actions, "restore", restore_cmd,
                      help="replace the SQLite database with a backup copy (PGP Desk closed)")
    restore.add_argument("file", type=Path, metavar="FILE")
    daily = command(actions, "daily-backups", daily_cmd,
                    help="choose the folder for automatic daily backups (SQLite)")
    daily.add_argument("folder", type=Path, metavar="FOLDER")
    daily.add_argument("--keep", type=int, default=backups.DEFAULT_KEEP, metavar="N",
                       help=f"how many daily copies to keep (default {backups.DEFAULT_KEEP})")
    copy = command(actions, "copy", copy_cmd,
                   help="move this SQLite practice onto an empty clinic PostgreSQL database")
    copy.add_argument("--to", required=True, metavar="URL",
                      help="the clinic database: postgresql+psycopg://OWNER@SERVER/DATABASE")
    command(actions, "status", status_cmd, help="show which database and schema version")


def _choice(args: argparse.Namespace) -> config.DatabaseChoice:
    return config.choose_database(args.database, demo=args.demo)


def _refuse_server(db: Database) -> None:
    """Backups made by PGP Desk are of a SQLite file; a server is backed up on the server."""
    if not db.is_sqlite:
        raise UserError("this is a PostgreSQL database; back it up on the server with "
                        "pg_dump -Fc DATABASE > FILE (see the README)")


def upgrade(args: argparse.Namespace) -> int:
    """Create the schema in an empty database or upgrade it to this version. A SQLite file is
    copied to the backups folder first."""
    with connect(_choice(args).url, create=True) as db:
        try:
            made = migrate.upgrade(db.engine, progress=lambda m: print(f"db upgrade: {m}"))
        except migrate.SchemaTooNewError as exc:
            raise UserError(exc.template, *exc.params) from exc
        if made:
            print(f"db upgrade: backup kept at {made}")
    return 0


def backup_cmd(args: argparse.Namespace) -> int:
    """Write a consistent copy of the SQLite database to FILE, safely while PGP Desk is running
    on other workstations. PostgreSQL: use pg_dump."""
    target: Path = args.file.expanduser()
    if target.is_dir():
        raise UserError("%1 is a folder; give the file name of the copy, e.g. %2", target,
                        target / "pgp-desk-backup.sqlite3")
    if not target.parent.is_dir():
        raise UserError("the folder %1 does not exist; create it first or check the path",
                        target.parent)
    with connect(_choice(args).url) as db:
        _refuse_server(db)
        try:
            migrate.backup_sqlite(db.engine, target, overwrite=args.force)
        except sqlite_files.SameFileError:
            raise UserError("%1 is the database itself; write the copy to another file",
                            target) from None
        except FileExistsError:
            raise UserError("%1 already exists; add --force to replace it", target) from None
        except sqlite_files.UnsoundCopyError:
            raise UserError("the copy failed SQLite's integrity check and was not kept; the "
                            "database itself may be damaged: run 'pgp-desk db check'") from None
        print(f"backup written to {target.absolute()}")
    return 0


def check_cmd(args: argparse.Namespace) -> int:
    """Run SQLite's integrity check on the database file and say whether it is sound; exit 1
    when it is damaged (then restore the newest backup)."""
    with connect(_choice(args).url) as db:
        path = migrate.sqlite_file(db.engine)
        if path is None:
            raise UserError(
                "this is a PostgreSQL database; its integrity is checked on the server "
                "(ask your IT contact, e.g. pg_amcheck)")
        try:
            problems = sqlite_files.integrity_problems(path)
        except sqlite3.DatabaseError:
            problems = ["unreadable"]
        if problems:
            raise damaged(path)
        print(f"{path}: integrity check passed; the database is sound")
    return 0


def status_cmd(args: argparse.Namespace) -> int:
    """Show the database in use and its schema version."""
    choice = _choice(args)
    with connect(choice.url) as db:
        current = migrate.current_revision(db.engine)
        head = migrate.head_revision()
        print(f"database: {db.url} (from {choice.source})")
        print(f"schema:   {current or 'empty'}; this PGP Desk: {head}")
        if current != head:
            print("run 'pgp-desk db upgrade' (the app also upgrades when it starts)")
    return 0


def restore_cmd(args: argparse.Namespace) -> int:
    """Check the backup FILE with SQLite's integrity check, keep a copy of the current database
    in the backups folder, and put FILE in its place. Close PGP Desk on every computer that uses
    the database first."""
    database = sqlite_path_of(_choice(args).url)
    if database is None:
        raise UserError("this is a PostgreSQL database; restore it on the server with "
                        "pg_restore (see the README)")
    kept = backups.restore(database, args.file.expanduser())
    print(f"restored {args.file} to {database}; the database as it was is kept at {kept}")
    return 0


def daily_cmd(args: argparse.Namespace) -> int:
    """Back the SQLite database up once a day into FOLDER (an external disk, a network share),
    keeping the newest N copies; PGP Desk makes the copy when it starts and while it runs. Makes
    the first copy now."""
    with connect(_choice(args).url) as db:
        _refuse_server(db)
        plan = backups.save_plan(backups.BackupPlan(args.folder.expanduser().absolute(),
                                                    args.keep))
        made = backups.backup_if_due(db, plan, force=True)
        print(f"daily backups go to {plan.folder} (newest {plan.keep} kept); "
              f"first copy written to {made}")
    return 0


def copy_cmd(args: argparse.Namespace) -> int:
    """Copy every record of the SQLite database into the empty clinic database at URL (created
    and upgraded by IT with 'pgp-desk db upgrade'), keeping ids, authors and the audit trail, in
    one transaction: on any failure the clinic database stays empty. Sign in as the practice's
    administrator (--user NAME); the URL names the clinic database's owner role, whose password
    comes from libpq's .pgpass file. Prints every table's rows and checksums and what IT does
    next."""
    password: list[str] = []

    def keep(parsed: argparse.Namespace) -> str:
        password.append(read_password(parsed))
        return password[0]

    # IT's run on the server: the URL's role (or libpq's default one) owns the schema
    with open_for_command(args, read=keep) as ctx, connect(args.to) as server:
        check_schema(server, server.engine)
        result = practice_move.move_practice(
            ctx.db, ctx.actor, password[0], server,
            progress=ProgressLine("db copy: tables copied and checked"))
        address = server.engine.url
        url = URL.create(address.drivername, username=address.username, host=address.host,
                         port=address.port, database=address.database, query=address.query
                         ).render_as_string(hide_password=False)  # no password in it
        shown = server.location
    _print_checks(result)
    _print_next_steps(result, ctx.actor.username, shown, url)
    return 0


def _print_checks(result: practice_move.MoveResult) -> None:
    width = max(len(c.table) for c in result.tables)
    print(f"{'table':<{width}}  {'practice':>8}  {'server':>8}  {'checksum (practice)':<19}"
          f"  {'checksum (server)':<19}")
    for check in result.tables:
        print(f"{check.table:<{width}}  {check.practice_rows:>8}  {check.server_rows:>8}  "
              f"{check.practice_checksum[:16]:<19}  {check.server_checksum[:16]:<19}  "
              f"{'equal' if check.equal else 'DIFFERENT'}")
    print(f"db copy: every table copied and equal; audit trail intact on the server: "
          f"{result.audit_links} links, head {result.audit_head}")


def _print_next_steps(result: practice_move.MoveResult, admin: str, server: str,
                      url: str) -> None:
    waiting = [p for p in result.people if p.active and not p.can_sign_in]
    print(f"db copy: the practice is now on {server}. What IT does next:")
    print("  1. Keep the audit head above outside the database (paper, another machine).")
    print(f"  2. {admin} signs in on the server with her own password. Passwords cannot be "
          "moved, so")
    if waiting:
        print("     she gives each of these people a new password before they sign in there:")
        for person in waiting:
            print(f"       pgp-desk --database {url} --user {admin} users set-password "
                  f"{person.username}    ({person.full_name})")
    else:
        print("     nobody else needs a new password (nobody else is active).")
    print("  3. Point every workstation at the clinic server (README: 'A clinic server') and "
          "stop using the SQLite file; keep it as the copy the practice was moved from.")
