"""How a command with actions is declared: `pgp-desk COMMAND ACTION [arguments]`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

Command = Callable[[argparse.Namespace], int]


def command_group(subparsers: argparse._SubParsersAction, name: str, help: str,
                  description: str, metavar: str = "ACTION") -> argparse._SubParsersAction:
    """The command NAME, whose first argument names one of its actions (or, for export and
    import, WHAT is exported or imported)."""
    parser = subparsers.add_parser(name, help=help, description=description)
    return parser.add_subparsers(dest=f"{name}_command", required=True, metavar=metavar)


def action(actions: argparse._SubParsersAction, name: str, func: Command, help: str,
           description: str | None = None, **defaults: Any) -> argparse.ArgumentParser:
    """One action of a command group, run by ``func``; ``defaults`` are further values
    ``func`` finds in its arguments."""
    parser = actions.add_parser(name, help=help, description=description)
    parser.set_defaults(func=func, **defaults)
    return parser
