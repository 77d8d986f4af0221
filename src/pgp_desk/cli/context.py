"""What every command needs: the chosen database, opened and upgraded, and the person
signed in with ``--user`` and her password (from a prompt, or ``--password-stdin``)."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from dataclasses import dataclass

from pgp_desk import config
from pgp_desk.services.database import Database, open_database
from pgp_desk.services.errors import UserError
from pgp_desk.services.people.actor import Actor
from pgp_desk.services.people.signin import FIRST_START, setup_state, sign_in


@dataclass
class CommandContext:
    """``with open_for_command(args) as ctx:`` closes the database when the command ends."""

    db: Database
    actor: Actor
    choice: config.DatabaseChoice

    def __enter__(self) -> CommandContext:
        return self

    def __exit__(self, *exc: object) -> None:
        self.db.close()


def read_password(args: argparse.Namespace) -> str:
    """The password from standard input's first line, or typed at a hidden prompt; never
    from an argument or the environment (both can be read by other programs)."""
    if getattr(args, "password_stdin", False):
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise UserError("no terminal to ask for the password; pipe it in with --password-stdin")
    return getpass.getpass(f"password for {args.user}: ")


def open_database_for(args: argparse.Namespace, upgrade: bool = True,
                      create: bool = False) -> Database:
    """Open the chosen database; only ``create`` commands may make a missing SQLite file."""
    choice = config.choose_database(args.database, demo=args.demo)

    def say(msg: str) -> None:
        if msg != "schema is up to date" or args.verbose:
            print(f"database: {msg}", file=sys.stderr)

    return open_database(choice.url, upgrade=upgrade, progress=say, create=create)


PasswordReader = Callable[[argparse.Namespace], str]


def sign_in_for_command(args: argparse.Namespace, db: Database,
                        read: PasswordReader = read_password) -> Actor:
    if not args.user:
        raise UserError("sign in with --user NAME; the password is asked for")
    if setup_state(db) == FIRST_START:
        raise UserError(
            "this database has nobody in it yet; start PGP Desk to create the administrator")
    return sign_in(db, args.user, read(args))


def open_for_command(args: argparse.Namespace, upgrade: bool = True, create: bool = False,
                     prepare: Callable[[Database], Database] | None = None,
                     read: PasswordReader = read_password) -> CommandContext:
    """Open the database and sign in; ``prepare`` runs in between and may hand back another
    database (the demo file started afresh, with its people). ``read`` reads the password
    (a command that needs it again, such as ``db copy``, keeps what it read)."""
    choice = config.choose_database(args.database, demo=args.demo)
    db = open_database_for(args, upgrade, create)
    try:
        if prepare is not None:
            db = prepare(db)
        actor = sign_in_for_command(args, db, read)
    except BaseException:
        db.close()
        raise
    return CommandContext(db, actor, choice)
