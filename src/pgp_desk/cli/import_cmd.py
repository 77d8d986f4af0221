"""`pgp-desk import clients FILE.csv`: bring clients over from another system, all or none."""

from __future__ import annotations

import argparse
from pathlib import Path

from pgp_desk.cli.context import open_for_command
from pgp_desk.cli.parsers import Subparsers, command, command_group
from pgp_desk.cli.progress import ProgressLine
from pgp_desk.services.clients import client_import
from pgp_desk.services.errors import UserError

FIELD_NAMES = {
    "first_name": "first name", "last_name": "last name", "full_name": "full name",
    "birth_date": "birth date", "national_id": "national id", "phone": "phone",
    "email": "email", "address": "address", "postcode": "postcode (into address)",
    "town": "town (into address)", "language": "language", "gp": "GP",
    "midwife": "midwife", "notes": "notes", "consent_on": "consent date",
}


def add_parser(subparsers: Subparsers) -> None:
    what = command_group(subparsers, "import", help="import clients from a CSV file",
                         description="Import data from other systems.", metavar="WHAT")
    clients = command(what, "clients", import_clients_cmd,
                      help="import clients from a CSV file (a check is always made first)")
    clients.add_argument("file", type=Path, metavar="FILE.csv")
    clients.add_argument("--dry-run", action="store_true",
                         help="only check the file and print the report; import nothing")
    clients.add_argument("--encoding", choices=client_import.ENCODINGS, default="auto",
                         help="the file's character set (default: auto-detect UTF-8 or "
                         "Windows-1252)")
    clients.add_argument("--skip-duplicates", action="store_true",
                         help="leave out clients already in PGP Desk instead of refusing "
                         "the file (duplicates within the file are still problems)")


class _LargeFiles(ProgressLine):
    """A progress line that stays quiet for files read in a blink."""

    def __call__(self, done: int, total: int) -> None:
        if total >= 2000:
            super().__call__(done, total)


def print_report(report: client_import.ImportReport) -> None:
    separator = {";": "';'", ",": "','", "\t": "tabs"}.get(report.delimiter, report.delimiter)
    print(f"Checked {report.file_name}: {report.row_count:,} client rows, "
          f"{report.encoding_name}, separated by {separator}")
    used = [f"{name} → {FIELD_NAMES.get(target, target)}" for name, target in report.columns
            if target]
    ignored = [f'"{name}"' for name, target in report.columns if not target and name]
    print("Columns: " + "; ".join(used))
    if ignored:
        print("Ignored columns: " + ", ".join(ignored))
    for problem in report.problems:
        print(("  skipped " if not problem.blocking else "  ") + problem.describe())
    unlisted = report.problem_count - len(report.problems)
    if unlisted > 0:
        print(f"  … and {unlisted:,} more problems (the first {len(report.problems):,} "
              "are listed)")
    skipped = report.skipped_count
    problem_rows = report.error_line_count
    ready = report.ready
    summary = f"{ready:,} client{'' if ready == 1 else 's'} ready to import"
    if skipped:
        summary += f", {skipped:,} already in PGP Desk and skipped"
    if problem_rows:
        summary += f"; {problem_rows:,} row{'s' if problem_rows != 1 else ''} with problems"
    print(summary + ".")


def import_clients_cmd(args: argparse.Namespace) -> int:
    """Import clients from a CSV file: UTF-8 or Windows-1252, separated by ';' or ','; column
    names in Danish, Norwegian or English (Fornavn, Efternavn/Etternavn, Fødselsdato,
    CPR/Fødselsnummer, Telefon, Email, Adresse, Sprog/Språk ...). The whole file is checked
    first and the report printed; problems are listed with their line numbers, and duplicates
    (same national id, or same name and birth date, in the file or already in PGP Desk) count as
    problems. Clients are imported only when no row has a problem, all in one go: a bad file
    imports nothing."""
    with open_for_command(args) as ctx:
        report = client_import.check_file(ctx.db, ctx.actor, args.file,
                                          encoding=args.encoding,
                                          skip_duplicates=args.skip_duplicates,
                                          progress=_LargeFiles("checking lines"))
        print_report(report)
        if not report.error_line_count and not report.ready and report.skipped_count:
            print("Every client in the file is already registered; nothing to import.")
            return 0
        if not report.ok:
            raise UserError(report.refusal())
        if args.dry_run:
            print(f"Dry run: nothing imported. Run again without --dry-run to import "
                  f"{report.ready:,} clients.")
            return 0
        result = client_import.import_clients(ctx.db, ctx.actor, report,
                                              progress=ProgressLine("importing clients"))
        print(f"Imported {result.created:,} clients.")
    return 0
