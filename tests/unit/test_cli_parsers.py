"""Commands are declared one way (cli/parsers.py): what a command does, as --help prints it,
is the docstring of the function that runs it."""

from __future__ import annotations

import argparse

from pgp_desk.cli.parsers import command, command_group


def _copy(args: argparse.Namespace) -> int:
    """Copy FILE to the clinic's folder,
    keeping   its name."""
    return 0


def _parser() -> tuple[argparse.ArgumentParser, argparse._SubParsersAction]:
    top = argparse.ArgumentParser(prog="pgp-desk")
    return top, top.add_subparsers(dest="command")


def test_the_docstring_is_the_description_printed_as_one_paragraph() -> None:
    top, subparsers = _parser()
    parser = command(subparsers, "copy", _copy, help="copy a file", force=False)
    assert parser.description == _copy.__doc__
    assert "Copy FILE to the clinic's folder, keeping its name.\n" in parser.format_help()
    args = top.parse_args(["copy"])
    assert (args.func, args.force) == (_copy, False)


def test_a_given_description_wins_and_actions_are_declared_alike() -> None:
    top, subparsers = _parser()
    actions = command_group(subparsers, "files", help="files", description="Files.")
    parser = command(actions, "copy", _copy, help="copy a file", description="Copy it.")
    assert parser.description == "Copy it."
    assert top.parse_args(["files", "copy"]).files_command == "copy"
