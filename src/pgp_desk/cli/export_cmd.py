"""`pgp-desk export client ID -o FILE`: everything held about a client (GDPR art. 15/20)."""

from __future__ import annotations

import argparse
from pathlib import Path

from pgp_desk.cli.context import open_for_command
from pgp_desk.domain.i18n import LANGUAGES
from pgp_desk.services.errors import UserError
from pgp_desk.services.export_files import pdf_path_for, write_client_export


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export", help="export a client's data (JSON with a readable PDF beside it)",
        description="Export data held by PGP Desk.")
    what = parser.add_subparsers(dest="export_command", required=True, metavar="WHAT")
    client = what.add_parser(
        "client", help="everything held about one client",
        description="Write everything held about a client to FILE as JSON (personal "
        "details, pregnancies, assessments, programmes, handouts and the audit trail) and "
        "a readable PDF summary beside it (FILE with the suffix .pdf), in the client's "
        "language. The export itself is recorded in the audit trail.")
    client.add_argument("client_id", type=int, metavar="ID",
                        help="the client's number (see 'pgp-desk clients search')")
    client.add_argument("-o", "--output", type=Path, metavar="FILE",
                        help="the JSON file to write (default: client-ID.json here)")
    client.add_argument("--summary-language", choices=LANGUAGES, default=None,
                        help="language of the PDF summary (default: the client's own)")
    client.add_argument("--force", action="store_true",
                        help="overwrite FILE and its PDF if they exist")
    client.set_defaults(func=export_client_cmd)


def export_client_cmd(args: argparse.Namespace) -> int:
    path: Path = args.output or Path(f"client-{args.client_id}.json")
    if not args.force:
        for existing in (path, pdf_path_for(path)):
            if existing.exists():
                raise UserError(f"{existing} already exists; choose another name or add "
                                "--force to overwrite it")
    ctx = open_for_command(args)
    try:
        pdf = write_client_export(ctx.db, ctx.actor, args.client_id, path,
                                  language=args.summary_language)
    finally:
        ctx.db.close()
    print(f"wrote {path} and {pdf}")
    return 0
