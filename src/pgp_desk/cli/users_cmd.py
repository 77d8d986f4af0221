"""`pgp-desk users ...`: the clinic's people, for administrators; `users recover` for an
administrator who forgot her password (with the recovery code)."""

from __future__ import annotations

import argparse
import getpass
import sys

from pgp_desk.cli.context import open_database_for, open_for_command
from pgp_desk.cli.parsers import Subparsers, command, command_group
from pgp_desk.domain.people import PROFESSIONS, ROLES
from pgp_desk.services.errors import UserError
from pgp_desk.services.people import people, signin


def add_parser(subparsers: Subparsers) -> None:
    actions = command_group(
        subparsers, "users", help="the clinic's people and their roles (administrators)",
        description="List, add and change the people who sign in to PGP Desk. Sign in with "
        "--user as an administrator; new passwords are asked for (or read, after your own, "
        "from the next line of standard input with --password-stdin).")
    command(actions, "list", list_cmd, help="everyone with roles and state")
    _profile_arguments(command(actions, "add", add_cmd,
                               help="add a person who can sign in at once"))
    _profile_arguments(command(actions, "set-profile", profile_cmd,
                               help="complete or correct a person's profile"))
    for name, helptext, active in (("disable", "a person can no longer sign in", False),
                                   ("enable", "a disabled person can sign in again", True)):
        command(actions, name, active_cmd, help=helptext, active=active).add_argument(
            "username", metavar="USERNAME")
    command(actions, "set-password", password_cmd, help="set a person's password").add_argument(
        "username", metavar="USERNAME")
    role = command(actions, "set-role", role_cmd, help="set a person's roles")
    role.add_argument("username", metavar="USERNAME")
    role.add_argument("roles", nargs="+", choices=ROLES, metavar="ROLE",
                      help="admin, therapist and/or secretary")
    command(actions, "recover", recover_cmd,
            help="an administrator who forgot her password sets a new one")


def _profile_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("username", metavar="USERNAME")
    parser.add_argument("--full-name", required=True)
    parser.add_argument("--profession", required=True, choices=PROFESSIONS)
    parser.add_argument("--authorisation-id", default="",
                        help="Danish autorisations-ID (5 characters) or HPR number")
    parser.add_argument("--role", dest="roles", action="append", choices=ROLES,
                        required=True, help="repeat for several roles")


def _profile(args: argparse.Namespace) -> people.Profile:
    return people.Profile(args.username.strip().lower(), args.full_name, args.profession,
                          args.authorisation_id, tuple(args.roles))


def _secret(args: argparse.Namespace, prompt: str) -> str:
    """One more secret: the next line of standard input, or typed twice at a prompt."""
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise UserError("no terminal to ask for the password; pipe it in with --password-stdin")
    first = getpass.getpass(f"{prompt}: ")
    if getpass.getpass(f"{prompt} (again): ") != first:
        raise UserError("the two passwords are not the same")
    return first


def _show(person: people.Person) -> str:
    state = "active" if person.active else "disabled"
    if person.active and not person.can_sign_in:
        state = "profile or password missing"
    return f"{person.username:<16} {person.signature:<44} {','.join(person.roles):<24} {state}"


def list_cmd(args: argparse.Namespace) -> int:
    with open_for_command(args) as ctx:
        for person in people.list_people(ctx.db, ctx.actor):
            print(_show(person))
    return 0


def add_cmd(args: argparse.Namespace) -> int:
    with open_for_command(args) as ctx:
        people.require_admin(ctx.db, ctx.actor)
        password = _secret(args, f"new password for {args.username}")
        print(_show(people.add_person(ctx.db, ctx.actor, _profile(args), password)))
    return 0


def profile_cmd(args: argparse.Namespace) -> int:
    with open_for_command(args) as ctx:
        print(_show(people.update_profile(ctx.db, ctx.actor, args.username, _profile(args))))
    return 0


def active_cmd(args: argparse.Namespace) -> int:
    with open_for_command(args) as ctx:
        print(_show(people.set_active(ctx.db, ctx.actor, args.username, args.active)))
    return 0


def password_cmd(args: argparse.Namespace) -> int:
    with open_for_command(args) as ctx:
        people.require_admin(ctx.db, ctx.actor)
        password = _secret(args, f"new password for {args.username}")
        print(_show(people.set_password(ctx.db, ctx.actor, args.username, password)))
    return 0


def role_cmd(args: argparse.Namespace) -> int:
    with open_for_command(args) as ctx:
        print(_show(people.set_roles(ctx.db, ctx.actor, args.username, tuple(args.roles))))
    return 0


def recover_cmd(args: argparse.Namespace) -> int:
    """Set a new password for the administrator named by --user with the clinic's recovery code
    (shown when the administrator was created). The code is used up; a new one is printed. Code
    and password are asked for, or read from two lines of standard input with --password-stdin."""
    if not args.user:
        raise UserError("name the administrator with --user NAME")
    with open_database_for(args) as db:
        if args.password_stdin:
            code = sys.stdin.readline().strip()
        else:
            code = getpass.getpass("recovery code: ")
        password = _secret(args, f"new password for {args.user}")
        started = signin.recover(db, args.user, code, password)
        print(f"new password set for {started.actor.signature}")
        print(f"new recovery code (the old one is used up): {started.recovery_code}")
    return 0
