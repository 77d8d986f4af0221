"""`pgp-desk desktop install|remove`: the Linux menu entry and icons for PGP Desk."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pgp_desk.cli.parsers import Subparsers, command, command_group
from pgp_desk.services import desktop_entry
from pgp_desk.services.errors import UserError


def add_parser(subparsers: Subparsers) -> None:
    actions = command_group(
        subparsers, "desktop", help="add PGP Desk to the Linux application menu (or remove it)",
        description="Add PGP Desk with its icon to the application menu of a Linux desktop, "
        "for this user (default) or for every user (--system, as root).")
    for name, text in (("install", "add the menu entry and icons"),
                       ("remove", "remove the menu entry and icons")):
        action = command(actions, name, run, help=text,
                         description=text[0].upper() + text[1:] + ".")
        where = action.add_mutually_exclusive_group()
        where.add_argument("--system", action="store_true",
                           help=f"for every user, below {desktop_entry.SYSTEM_DATA}")
        where.add_argument("--data-dir", type=Path, metavar="DIR",
                           help="below DIR instead (a share/ folder)")


def run(args: argparse.Namespace) -> int:
    if not sys.platform.startswith("linux"):
        raise UserError("the menu entry is for Linux; on Windows and macOS the installer "
                        "adds PGP Desk to the Start menu or Applications")
    data = (args.data_dir if args.data_dir else desktop_entry.SYSTEM_DATA if args.system
            else desktop_entry.user_data_home())
    try:
        if args.desktop_command == "install":
            done = desktop_entry.install(data)
            print(f"menu entry written to {done.entry} ({len(done.icons)} icons)")
        else:
            removed = desktop_entry.remove(data)
            print(f"removed {len(removed)} files" if removed else "nothing to remove")
    except PermissionError as exc:
        raise UserError(f"no permission to write to {exc.filename}; run it as root for "
                        "--system") from exc
    return 0
