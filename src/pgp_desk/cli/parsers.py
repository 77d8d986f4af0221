"""How commands are declared: `pgp-desk COMMAND [arguments]` and, for a command with
actions, `pgp-desk COMMAND ACTION [arguments]`.

What a command or action does, as ``--help`` prints it, is the docstring of the function
that runs it (argparse folds its line breaks), so it is written once, beside the code it
describes. A group's own description, having no function, is given."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any, TypeAlias

Command = Callable[[argparse.Namespace], int]
# What add_subparsers returns: each command module adds its parser to it.
Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def command_group(subparsers: Subparsers, name: str, help: str,
                  description: str, metavar: str = "ACTION") -> Subparsers:
    """The command NAME, whose first argument names one of its actions (or, for export and
    import, WHAT is exported or imported)."""
    parser = subparsers.add_parser(name, help=help, description=description)
    return parser.add_subparsers(dest=f"{name}_command", required=True, metavar=metavar)


def command(subparsers: Subparsers, name: str, func: Command, help: str,
            description: str | None = None, **defaults: Any) -> argparse.ArgumentParser:
    """The command NAME (or, given a group's actions, the action NAME), run by ``func``
    and described by its docstring unless ``description`` is given; ``defaults`` are
    further values ``func`` finds in its arguments."""
    parser = subparsers.add_parser(name, help=help, description=description or func.__doc__)
    parser.set_defaults(func=func, **defaults)
    return parser

