"""Argument parsing and dispatch; every failure a user can cause is one sentence, exit 1."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Iterator, Sequence
from typing import Any

from pgp_desk import __version__, config
from pgp_desk.cli.parsers import command
from pgp_desk.cli.safe_output import escaping_streams
from pgp_desk.domain.i18n import LANGUAGES
from pgp_desk.services import logbook

# Loaded only when a command is given (or --help): each brings its services, SQLAlchemy
# and often ReportLab, which the desktop application's first window does not need.
COMMAND_MODULES = ("db_cmd", "demo_cmd", "clients_cmd", "export_cmd", "import_cmd",
                   "report_cmd", "handout_cmd", "instruments_cmd", "desktop_cmd",
                   "audit_cmd", "users_cmd")

# Options that work before or after the command: flag, top-level default, other arguments.
GLOBAL_OPTIONS: tuple[tuple[str, object, dict[str, Any]], ...] = (
    ("--database", None, {
        "metavar": "URL",
        "help": "database URL: sqlite:///path/file.sqlite3 or postgresql+psycopg://user@host/db",
    }),
    ("--demo", False, {"action": "store_true",
                       "help": "use the demo clinic's own database file (filled on first "
                               "start)"}),
    ("--language", None, {"choices": LANGUAGES,
                          "help": "user interface language (default: Danish)"}),
    ("--user", None, {"metavar": "NAME",
                      "help": "sign in as NAME (the password is asked for)"}),
    ("--password-stdin", False, {"action": "store_true",
                                 "help": "read the password from the first line of standard "
                                         "input"}),
)


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The whole parser; without ``commands`` only the options that start the GUI."""
    parser = argparse.ArgumentParser(
        prog="pgp-desk",
        description="PGP Desk: assessment, home programmes and handouts for pregnancy-related "
        "pelvic girdle pain. Without a command, the desktop application starts.",
        epilog=f"The database is chosen by --database, else ${config.DATABASE_ENV}, else the "
        "SQLite file in your data folder (--demo: the separate demo file).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    for flag, default, options in GLOBAL_OPTIONS:
        parser.add_argument(flag, default=default, **options)
    parser.add_argument("-v", "--verbose", action="store_true", help="say more")
    if not commands:
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    command(subparsers, "gui", run_gui, help="start the desktop application (the default)")
    for name in COMMAND_MODULES:
        importlib.import_module(f"pgp_desk.cli.{name}").add_parser(subparsers)
    for command_parser in _command_parsers(parser):
        for flag, _default, options in GLOBAL_OPTIONS:
            if flag not in command_parser._option_string_actions:
                # SUPPRESS: given after the command it overrides; absent, the top level's
                # value (or default) stays. (`handout --language` keeps its own meaning.)
                command_parser.add_argument(flag, default=argparse.SUPPRESS, **options)
    return parser


def _command_parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    """Every sub-command's parser, at any depth (`db upgrade`, `clients search` ...)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                yield child
                yield from _command_parsers(child)


def run_gui(args: argparse.Namespace) -> int:
    """Start the desktop application."""
    from pgp_desk.ui.app import run

    return run(args)


def _gui_arguments(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The arguments of a plain start of the desktop application (no command, no help),
    read without loading any command module; None when the full parser is needed."""
    words = list(sys.argv[1:] if argv is None else argv)
    if any(word in ("-h", "--help", "--version") for word in words):
        return None
    parser = build_parser(commands=False)
    parser.exit_on_error = False  # a mistake is reported by the full parser
    try:
        args, rest = parser.parse_known_args(words)
    except argparse.ArgumentError:
        return None
    return None if rest else args
def gui_main(argv: Sequence[str] | None = None) -> int:
    """`pgp-desk-gui [--demo] [--database URL] [--language L]`: the desktop application.

    Installed as a GUI script, so Windows starts it without a console window; there
    ``sys.stdout``/``sys.stderr`` are None and anything printed would fail, so they go to
    the null device.
    """
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    args = list(sys.argv[1:] if argv is None else argv)
    return main(args if "gui" in args else [*args, "gui"])


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; whatever fails is one line on stderr and exit 1, never a traceback."""
    with escaping_streams():
        args = _gui_arguments(argv)
        if args is None:
            args = build_parser().parse_args(argv)
        if args.language is None:
            args.language = config.DEFAULT_LANGUAGE
        func = getattr(args, "func", run_gui)
        logbook.start()
        try:
            return func(args)
        except KeyboardInterrupt:
            print("\npgp-desk: interrupted", file=sys.stderr)
            return 130
        except Exception as exc:  # every failure, foreseen or not, is one sentence
            from pgp_desk.services.failures import explain

            print(f"pgp-desk: error: {explain(exc)}", file=sys.stderr)
            return 1
