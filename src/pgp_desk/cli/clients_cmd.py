"""`pgp-desk clients ...`: find and show clients from the command line."""

from __future__ import annotations

import argparse

from pgp_desk.cli.context import open_for_command
from pgp_desk.cli.parsers import Subparsers, command, command_group
from pgp_desk.content.stage_words import stage_label
from pgp_desk.services.clients import clients


def add_parser(subparsers: Subparsers) -> None:
    actions = command_group(subparsers, "clients", help="find and show clients",
                            description="Find and show clients.")
    search = command(actions, "search", search_cmd,
                     help="list clients matching a query (name, birth date, phone, CPR)")
    search.add_argument("query", nargs="?", default="", metavar="QUERY")
    search.add_argument("--limit", type=int, default=50)
    search.add_argument("--archived", action="store_true", help="include archived clients")


def search_cmd(args: argparse.Namespace) -> int:
    """List clients whose name, birth date, phone or national id match QUERY. Case, accents and
    Nordic spellings are ignored: 'soeren' finds 'Søren'."""
    with open_for_command(args) as ctx:
        page = clients.search_clients(ctx.db, ctx.actor, args.query, limit=args.limit,
                                      include_archived=args.archived)
        for row in page.rows:
            born = row.birth_date.isoformat() if row.birth_date else "-"
            stage = stage_label(row.stage, args.language)
            print(f"{row.id:>7}  {row.display_name:<40.40}  {born:<10}  {stage}")
        if page.has_more:
            print(f"... more than {args.limit}; refine the query or raise --limit")
    return 0
