"""`pgp-desk demo`: fill a database with a fictional clinic."""

from __future__ import annotations

import argparse
import sys

from pgp_desk.cli.context import open_for_command
from pgp_desk.cli.parsers import Subparsers, command
from pgp_desk.cli.progress import ProgressLine
from pgp_desk.services.database import Database
from pgp_desk.services.demo.demo import (
    create_demo_clinic,
    create_demo_people,
    demo_state,
    start_demo_file_again,
)
from pgp_desk.services.demo.demo_names import DEMO_PASSWORD
from pgp_desk.services.people.signin import FIRST_START, setup_state


def add_parser(subparsers: Subparsers) -> None:
    demo = command(subparsers, "demo", run, help="fill the database with a fictional demo clinic",
                   demo_default=True)
    demo.add_argument("--clients", type=int, default=200, metavar="N",
                      help="how many clients to create (default 200)")
    demo.add_argument("--seed", type=int, default=2026, help="random seed (same seed, same clinic)")


def _prepared(args: argparse.Namespace, db: Database) -> Database:
    """The demo file started afresh after an interruption; an empty database gets the demo
    clinic's fictional people, so one of them can sign in."""
    if args.database is None and demo_state(db) == "interrupted":
        db = start_demo_file_again(db)  # the demo file holds nothing real
    if setup_state(db) == FIRST_START:
        create_demo_people(db)
        print(f"demo people created: mette (administrator), jonas, ingrid (therapists), "
              f"sofie (secretary); password {DEMO_PASSWORD}", file=sys.stderr)
    return db


def run(args: argparse.Namespace) -> int:
    """Add fictional therapists, clients (Danish and Norwegian names) and episodes from week 8
    of pregnancy to a year after birth. Uses the demo database file unless --database or
    PGP_DESK_DATABASE_URL names another."""
    if args.clients < 0:
        raise SystemExit("pgp-desk demo: error: --clients must be 0 or more")
    if args.database is None:
        args.demo = True  # never write fictional clients into the real records by default
    with open_for_command(args, create=True, prepare=lambda db: _prepared(args, db)) as ctx:
        line = ProgressLine("demo clients")
        result = create_demo_clinic(ctx.db, ctx.actor, clients=args.clients, seed=args.seed,
                                    progress=line)
        print(f"demo clinic ready in {ctx.db.url}: {result.clients:,} clients, "
              f"{result.episodes:,} episodes, {result.assessments:,} assessments, "
              f"{result.programmes:,} programmes, {result.handouts} handouts, "
              f"{result.therapists} therapists")
    return 0
