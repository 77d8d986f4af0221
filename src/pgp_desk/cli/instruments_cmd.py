"""`pgp-desk instruments ...`: the questionnaires on offer, and a clinic's own."""

from __future__ import annotations

import argparse
from pathlib import Path

from pgp_desk.cli.context import open_for_command
from pgp_desk.cli.parsers import Subparsers, command, command_group
from pgp_desk.services.assessments import clinic_instruments


def add_parser(subparsers: Subparsers) -> None:
    actions = command_group(
        subparsers, "instruments", help="list questionnaires; import a licensed one (e.g. ODI)",
        description="List the questionnaires PGP Desk offers, or add the clinic's own "
        "definition file (e.g. the Oswestry Disability Index under the clinic's licence).")
    command(actions, "list", list_cmd, help="list shipped and clinic questionnaires")
    add = command(actions, "import", import_cmd,
                  help="add or update a clinic questionnaire from a definition file")
    add.add_argument("file", type=Path, metavar="FILE")
    add.add_argument("--licence", required=True, metavar="TEXT",
                     help="the licence under which the clinic uses the wording")
    for name, active in (("deactivate", False), ("activate", True)):
        command(actions, name, toggle_cmd, help=f"{name} a clinic questionnaire",
                description=f"{name.capitalize()} a clinic questionnaire.",
                active=active).add_argument("code", metavar="CODE")


def list_cmd(args: argparse.Namespace) -> int:
    """List shipped and clinic questionnaires."""
    with open_for_command(args) as ctx:
        for entry in clinic_instruments.list_instruments(ctx.db, ctx.actor, args.language):
            state = "" if entry.active else " (inactive)"
            print(f"{entry.code:<8} {entry.origin:<8} {entry.version:<18} {entry.name}{state}")
    return 0


def import_cmd(args: argparse.Namespace) -> int:
    """Validate a questionnaire definition (YAML, the format of resources/instruments) and make
    it available in the assessment form."""
    with open_for_command(args) as ctx:
        entry = clinic_instruments.import_instrument(ctx.db, ctx.actor, args.file, args.licence)
        print(f"{entry.code} {entry.version} is now offered in the assessment form")
    return 0


def toggle_cmd(args: argparse.Namespace) -> int:
    with open_for_command(args) as ctx:
        clinic_instruments.set_active(ctx.db, ctx.actor, args.code, args.active)
        print(f"{args.code} {'activated' if args.active else 'deactivated'}")
    return 0
