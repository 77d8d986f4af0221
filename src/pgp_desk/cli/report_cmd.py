"""`pgp-desk report ASSESSMENT_ID -o FILE.pdf`: the assessment report for the GP or midwife."""

from __future__ import annotations

import argparse
from pathlib import Path

from pgp_desk.cli.context import open_for_command
from pgp_desk.cli.parsers import Subparsers, command
from pgp_desk.domain.i18n import LANGUAGES
from pgp_desk.private_files import write_private
from pgp_desk.services.assessments.assessment_report import report_and_summary
from pgp_desk.services.errors import UserError


def add_parser(subparsers: Subparsers) -> None:
    parser = command(subparsers, "report", run,
                     help="write an assessment report PDF for the GP or midwife")
    parser.add_argument("assessment_id", type=int, metavar="ASSESSMENT_ID")
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf",
                        help="where to write the PDF")
    parser.add_argument("--report-language", choices=LANGUAGES, default=None,
                        help="language of the report (default: the clinic's language)")
    parser.add_argument("--recipient", default=None,
                        help="who the report is for (default: the client's GP or midwife)")
    parser.add_argument("--request", default=None,
                        help="what you ask of the recipient, printed in the summary (default: "
                        "with open red flags, to see her soon)")
    parser.add_argument("--summary", action="store_true",
                        help="also print the three-line summary, e.g. for a journal system")


def run(args: argparse.Namespace) -> int:
    """Write the report of one assessment (findings, pain map, tests, scores against the
    previous assessment, classification and plan) as a PDF."""
    output = Path(args.output)
    if output.is_dir():
        raise UserError(f"{output} is a folder; give a file name such as report.pdf")
    if not output.parent.exists():
        raise UserError(f"the folder {output.parent} does not exist")
    with open_for_command(args) as ctx:
        pdf, summary = report_and_summary(ctx.db, ctx.actor, args.assessment_id,
                                          language=args.report_language,
                                          recipient=args.recipient, request=args.request)
    write_private(output, pdf)
    print(f"wrote {output} ({len(pdf):,} bytes)")
    if args.summary:
        print(summary)
    return 0
