"""`pgp-desk instruments ...`: the questionnaires on offer, and a clinic's own."""

from __future__ import annotations

import argparse
from pathlib import Path

from pgp_desk.cli.context import open_for_command
from pgp_desk.services import clinic_instruments


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "instruments", help="list questionnaires; import a licensed one (e.g. ODI)",
        description="List the questionnaires PGP Desk offers, or add the clinic's own "
        "definition file (e.g. the Oswestry Disability Index under the clinic's licence).")
    actions = parser.add_subparsers(dest="instruments_command", required=True,
                                    metavar="ACTION")
    listing = actions.add_parser("list", help="list shipped and clinic questionnaires",
                                 description="List shipped and clinic questionnaires.")
    listing.set_defaults(func=list_cmd)
    add = actions.add_parser(
        "import", help="add or update a clinic questionnaire from a definition file",
        description="Validate a questionnaire definition (YAML, the format of "
        "resources/instruments) and make it available in the assessment form.")
    add.add_argument("file", type=Path, metavar="FILE")
    add.add_argument("--licence", required=True, metavar="TEXT",
                     help="the licence under which the clinic uses the wording")
    add.set_defaults(func=import_cmd)
    for name, active in (("deactivate", False), ("activate", True)):
        action = actions.add_parser(name, help=f"{name} a clinic questionnaire",
                                    description=f"{name.capitalize()} a clinic questionnaire.")
        action.add_argument("code", metavar="CODE")
        action.set_defaults(func=lambda args, on=active: toggle_cmd(args, on))


def list_cmd(args: argparse.Namespace) -> int:
    ctx = open_for_command(args)
    try:
        for entry in clinic_instruments.list_instruments(ctx.db, ctx.actor, args.language):
            state = "" if entry.active else " (inactive)"
            print(f"{entry.code:<8} {entry.origin:<8} {entry.version:<18} {entry.name}{state}")
    finally:
        ctx.db.close()
    return 0


def import_cmd(args: argparse.Namespace) -> int:
    ctx = open_for_command(args)
    try:
        entry = clinic_instruments.import_instrument(ctx.db, ctx.actor, args.file, args.licence)
        print(f"{entry.code} {entry.version} is now offered in the assessment form")
    finally:
        ctx.db.close()
    return 0


def toggle_cmd(args: argparse.Namespace, active: bool) -> int:
    ctx = open_for_command(args)
    try:
        clinic_instruments.set_active(ctx.db, ctx.actor, args.code, active)
        print(f"{args.code} {'activated' if active else 'deactivated'}")
    finally:
        ctx.db.close()
    return 0
