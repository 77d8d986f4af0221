"""Argument parsing and dispatch; every failure a user can cause is one sentence, exit 1."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from pgp_desk import __version__, config
from pgp_desk.cli import (
    clients_cmd,
    db_cmd,
    demo_cmd,
    export_cmd,
    handout_cmd,
    import_cmd,
    instruments_cmd,
    report_cmd,
)
from pgp_desk.domain.i18n import LANGUAGES
from pgp_desk.services.errors import UserError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pgp-desk",
        description="PGP Desk: assessment, home programmes and handouts for pregnancy-related "
        "pelvic girdle pain. Without a command, the desktop application starts.",
        epilog=f"The database is chosen by --database, else ${config.DATABASE_ENV}, else the "
        "SQLite file in your data folder (--demo: the separate demo file).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--database", metavar="URL",
        help="database URL: sqlite:///path/file.sqlite3 or postgresql+psycopg://user@host/db",
    )
    parser.add_argument("--demo", action="store_true",
                        help="use the demo clinic's own database file (filled on first start)")
    parser.add_argument("--language", choices=LANGUAGES, default=None,
                        help="user interface language (default: Danish)")
    parser.add_argument("--user", default=None, help=argparse.SUPPRESS)
    parser.add_argument("-v", "--verbose", action="store_true", help="say more")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = commands.add_parser("gui", help="start the desktop application (the default)",
                              description="Start the desktop application.")
    gui.set_defaults(func=run_gui)
    db_cmd.add_parser(commands)
    demo_cmd.add_parser(commands)
    clients_cmd.add_parser(commands)
    export_cmd.add_parser(commands)
    import_cmd.add_parser(commands)
    report_cmd.add_parser(commands)
    handout_cmd.add_parser(commands)
    instruments_cmd.add_parser(commands)
    return parser


def run_gui(args: argparse.Namespace) -> int:
    from pgp_desk.ui.app import run

    return run(args)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.language is None:
        args.language = config.DEFAULT_LANGUAGE
    func = getattr(args, "func", run_gui)
    try:
        return func(args)
    except UserError as exc:
        print(f"pgp-desk: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("pgp-desk: interrupted", file=sys.stderr)
        return 130
