"""`pgp-desk audit ...`: seal the audit trail's hash chain and check it (for IT)."""

from __future__ import annotations

import argparse
import sys

from pgp_desk.cli.context import open_database_for
from pgp_desk.cli.parsers import Subparsers, command, command_group
from pgp_desk.services.audit import audit_chain

REASONS = {
    "changed": "the event was changed after it was sealed",
    "missing event": "the event was removed after it was sealed",
    "missing link": "a link of the chain was removed",
}


def add_parser(subparsers: Subparsers) -> None:
    actions = command_group(subparsers, "audit", help="seal and verify the audit trail",
                            description="Seal and verify the audit trail's hash chain.")
    command(actions, "seal", seal_cmd,
            help="chain the new audit events and print the head hash")
    verify = command(actions, "verify", verify_cmd,
                     help="check the chain and report the first broken link")
    verify.add_argument("--head", metavar="HASH",
                        help="a head hash printed by an earlier 'audit seal': it must still "
                        "be in the chain")


def seal_cmd(args: argparse.Namespace) -> int:
    """Chain every committed audit event not sealed yet (in order of its id) and print the
    newest link's hash on standard output. Keep it outside the database (paper, another machine)
    to check the trail against later."""
    with open_database_for(args, upgrade=False) as db:
        result = audit_chain.seal(db)
    print(f"audit seal: {result.sealed} new events sealed; {result.links} links in the "
          "chain; head:", file=sys.stderr)
    print(result.head)
    return 0


def verify_cmd(args: argparse.Namespace) -> int:
    """Recompute the chain from its first link. Exit status 0 when it is intact, 1 when a link
    is broken (the first one is named)."""
    with open_database_for(args, upgrade=False) as db:
        report = audit_chain.verify(db, args.head)
    waiting = f"; {report.unsealed} newer events not sealed yet" if report.unsealed else ""
    if report.reason == "head not found":
        print(f"audit verify: BROKEN: the head {args.head} is not in the chain: links were "
              f"removed or rewritten after it was printed ({report.links} links now)")
        return 1
    if not report.intact:
        event = f" (audit event {report.broken_event})" if report.broken_event else ""
        print(f"audit verify: BROKEN at link {report.broken_seq}{event}: "
              f"{REASONS[report.reason]}; the {report.links} links before it are intact")
        return 1
    print(f"audit verify: intact: {report.links} links, head {report.head}{waiting}")
    return 0
