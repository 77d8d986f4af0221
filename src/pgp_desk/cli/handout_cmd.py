"""`pgp-desk handout ...`: a programme's handout as a PDF file, or reprints of issued ones."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from pgp_desk.cli.context import open_for_command
from pgp_desk.cli.parsers import Subparsers, command
from pgp_desk.cli.progress import ProgressLine
from pgp_desk.domain.dates import DateFormatError, parse_date
from pgp_desk.domain.i18n import LANGUAGES
from pgp_desk.domain.paper import PAPER_SIZES
from pgp_desk.private_files import private_folder, temporary_beside, write_private
from pgp_desk.services.errors import UserError
from pgp_desk.services.handouts import handouts
from pgp_desk.services.handouts.handout_options import PrintOptions


def add_parser(subparsers: Subparsers) -> None:
    parser = command(subparsers, "handout", handout_cmd,
                     help="write a programme's handout as PDF, or reprint issued handouts")
    parser.add_argument("programme_id", nargs="?", type=int, metavar="PROGRAMME_ID")
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf|DIR",
                        help="the PDF file to write (a folder with --all-issued-since)")
    parser.add_argument("--language", dest="handout_language", choices=LANGUAGES,
                        default=None, help="handout language (default: the client's)")
    parser.add_argument("--second-language", choices=LANGUAGES, default=None,
                        help="print a second language side by side")
    parser.add_argument("--large-print", action="store_true", help="large type")
    parser.add_argument("--compact", action="store_true", help="fewest pages")
    parser.add_argument("--paper", choices=PAPER_SIZES, default=None,
                        help="paper size (default: the clinic's setting)")
    parser.add_argument("--include-assessment", action="store_true",
                        help="add the pain map and score trend of the latest assessment")
    parser.add_argument("--issue", action="store_true",
                        help="record the handout as issued to the client (kept in her file)")
    parser.add_argument("--confirm-red-flag", metavar="TEXT", default=None,
                        help="with --issue: why issuing is safe although a red flag is open")
    parser.add_argument("--all-issued-since", metavar="DATE", default=None,
                        help="reprint every handout issued on or after DATE (e.g. 2026-03-01)")
    parser.add_argument("--force", action="store_true", help="overwrite existing files")


def _options(args: argparse.Namespace) -> PrintOptions:
    return PrintOptions(language=args.handout_language, paper=args.paper,
                        large_print=args.large_print, compact=args.compact,
                        include_assessment=args.include_assessment,
                        second_language=args.second_language)


def _since(text: str) -> date:
    try:
        day = parse_date(text)
    except DateFormatError:
        day = None
    if day is None:
        raise UserError(f"{text!r} is not a date; write it as 2026-03-01 or 01.03.2026")
    return day


def _write(path: Path, data: bytes, force: bool) -> None:
    if path.exists() and not force:
        raise UserError(f"{path} already exists; add --force to overwrite it")
    write_private(path, data)


def _check_writable(folder: Path) -> None:
    """Fail before the first handout, not after it: can a file be made in ``folder``?"""
    try:
        temporary_beside(folder / "probe").unlink()
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, str(folder)) from exc


def handout_cmd(args: argparse.Namespace) -> int:
    """Write the handout of programme PROGRAMME_ID to FILE.pdf (a preview: nothing is recorded
    unless --issue is given), or with --all-issued-since DATE write an identical copy of every
    handout issued since DATE into the folder DIR."""
    if args.all_issued_since is not None:
        if args.programme_id is not None:
            raise UserError("give either PROGRAMME_ID or --all-issued-since, not both")
        return _batch(args, _since(args.all_issued_since))
    if args.programme_id is None:
        raise UserError("say which programme: pgp-desk handout PROGRAMME_ID -o FILE.pdf")
    out = Path(args.output)
    if out.is_dir():
        raise UserError(f"{out} is a folder; give the PDF file to write")
    if not out.parent.is_dir():
        raise UserError(f"the folder {out.parent} does not exist")
    if out.exists() and not args.force:
        raise UserError(f"{out} already exists; add --force to overwrite it")
    ctx = open_for_command(args)
    try:
        if args.issue:
            try:  # the file is written before the issue is committed: no file, no record
                issued = handouts.issue_handout(ctx.db, ctx.actor, args.programme_id,
                                                _options(args), args.confirm_red_flag,
                                                deliver=lambda pdf: _write(out, pdf, True))
            except handouts.RedFlagConfirmationRequired as exc:
                flags = "; ".join(exc.labels("en"))
                raise UserError(f"the client has an open red flag ({flags}); add "
                                "--confirm-red-flag TEXT saying why issuing is safe") from None
            pdf = issued.pdf
            note = f"issued as handout {issued.id}, sha256 {issued.sha256}"
        else:
            pdf = handouts.preview_handout(ctx.db, ctx.actor, args.programme_id,
                                           _options(args))
            note = "not recorded as issued (add --issue for that)"
            _write(out, pdf, force=True)
    finally:
        ctx.db.close()
    print(f"wrote {out} ({len(pdf):,} bytes); {note}")
    return 0


def _batch(args: argparse.Namespace, since: date) -> int:
    folder = Path(args.output)
    if folder.exists() and not folder.is_dir():
        raise UserError(f"{folder} is a file; give a folder for --all-issued-since")
    private_folder(folder)
    _check_writable(folder)
    ctx = open_for_command(args)
    try:
        found = handouts.issued_since(ctx.db, ctx.actor, since)
        progress = ProgressLine("reprinting handouts")
        progress(0, len(found))
        written = skipped = 0
        for n, handout in enumerate(found, 1):
            path = folder / handouts.handout_filename(handout)
            if path.exists() and not args.force:
                skipped += 1
            else:
                _write(path, handouts.reprint(ctx.db, ctx.actor, handout.id), force=True)
                written += 1
            progress(n, len(found))
    finally:
        ctx.db.close()
    extra = f", {skipped} already there (--force overwrites)" if skipped else ""
    print(f"{written} handout(s) issued since {since.isoformat()} written to {folder}{extra}",
          file=sys.stdout)
    return 0
