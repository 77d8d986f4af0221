"""`pgp-desk export client ID -o FILE`: everything held about a client (GDPR art. 15/20)."""

from __future__ import annotations

import argparse
from pathlib import Path

from pgp_desk.cli.context import open_for_command
from pgp_desk.cli.parsers import Subparsers, command, command_group
from pgp_desk.domain.i18n import LANGUAGES
from pgp_desk.services.errors import UserError
from pgp_desk.services.handouts.export_files import pdf_path_for, write_client_export


def add_parser(subparsers: Subparsers) -> None:
    what = command_group(
        subparsers, "export", help="export a client's data (JSON with a readable PDF beside it)",
        description="Export data held by PGP Desk.", metavar="WHAT")
    client = command(
        what, "client", export_client_cmd, help="everything held about one client")
    client.add_argument("client_id", type=int, metavar="ID",
                        help="the client's number (see 'pgp-desk clients search')")
    client.add_argument("-o", "--output", type=Path, metavar="FILE",
                        help="the JSON file to write (default: client-ID.json here)")
    client.add_argument("--summary-language", choices=LANGUAGES, default=None,
                        help="language of the PDF summary (default: the client's own)")
    client.add_argument("--force", action="store_true",
                        help="overwrite FILE and its PDF if they exist")


def export_client_cmd(args: argparse.Namespace) -> int:
    """Write everything held about a client to FILE as JSON (personal details, pregnancies,
    assessments, programmes, handouts and the audit trail) and a readable PDF summary beside it
    (FILE with the suffix .pdf), in the client's language. The export itself is recorded in the
    audit trail."""
    path: Path = args.output or Path(f"client-{args.client_id}.json")
    if not args.force:
        for existing in (path, pdf_path_for(path)):
            if existing.exists():
                raise UserError(f"{existing} already exists; choose another name or add "
                                "--force to overwrite it")
    with open_for_command(args) as ctx:
        pdf = write_client_export(ctx.db, ctx.actor, args.client_id, path,
                                  language=args.summary_language)
    print(f"wrote {path} and {pdf}")
    return 0
