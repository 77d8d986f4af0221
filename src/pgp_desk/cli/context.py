"""What every command needs: the chosen database, opened and upgraded, and the actor."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass

from pgp_desk import config
from pgp_desk.services.actor import Actor
from pgp_desk.services.clinic import ensure_actor
from pgp_desk.services.database import Database, open_database


@dataclass
class CommandContext:
    db: Database
    actor: Actor
    choice: config.DatabaseChoice


def open_for_command(args: argparse.Namespace, upgrade: bool = True,
                     create: bool = False) -> CommandContext:
    """Open the chosen database; only ``create`` commands may make a missing SQLite file."""
    choice = config.choose_database(args.database, demo=args.demo)

    def say(msg: str) -> None:
        if msg != "schema is up to date" or args.verbose:
            print(f"database: {msg}", file=sys.stderr)

    db = open_database(choice.url, upgrade=upgrade, progress=say, create=create)
    actor = ensure_actor(db, username=args.user)
    return CommandContext(db, actor, choice)
