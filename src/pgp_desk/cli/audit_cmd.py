"""`pgp-desk audit ...`: seal the audit trail's hash chain and check it (for IT)."""

from __future__ import annotations

import argparse
import sys

from pgp_desk import config
from pgp_desk.services import audit_chain
from pgp_desk.services.database import open_database

REASONS = {
    "changed": "the event was changed after it was sealed",
    "missing event": "the event was removed after it was sealed",
    "missing link": "a link of the chain was removed",
}


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    audit = subparsers.add_parser("audit", help="seal and verify the audit trail",
                                  description="Seal and verify the audit trail's hash chain.")
    actions = audit.add_subparsers(dest="audit_command", required=True, metavar="ACTION")
    seal = actions.add_parser(
        "seal", help="chain the new audit events and print the head hash",
        description="Chain every committed audit event not sealed yet (in order of its id) "
        "and print the newest link's hash on standard output. Keep it outside the "
        "database (paper, another machine) to check the trail against later.")
    seal.set_defaults(func=seal_cmd)
    verify = actions.add_parser(
        "verify", help="check the chain and report the first broken link",
        description="Recompute the chain from its first link. Exit status 0 when it is "
        "intact, 1 when a link is broken (the first one is named).")
    verify.add_argument("--head", metavar="HASH",
                        help="a head hash printed by an earlier 'audit seal': it must still "
                        "be in the chain")
    verify.set_defaults(func=verify_cmd)


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    choice = config.choose_database(args.database, demo=args.demo)
    return open_database(choice.url, upgrade=False)


def seal_cmd(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        result = audit_chain.seal(db)
    finally:
        db.close()
    print(f"audit seal: {result.sealed} new events sealed; {result.links} links in the "
          "chain; head:", file=sys.stderr)
    print(result.head)
    return 0


def verify_cmd(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        report = audit_chain.verify(db, args.head)
    finally:
        db.close()
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
