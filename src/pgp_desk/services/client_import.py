"""Importing clients from a CSV file exported by another system (Danish, Norwegian, English).

Two steps, always in this order. `check_file` reads and checks everything and returns a
report (the dry run): row-level problems with the file's line numbers, and duplicates by
national id or by name + birth date, both within the file and against the database.
`import_clients` then writes the checked rows in ONE transaction, or nothing: it refuses a
report with problems, and any failure (or a cancel from the progress callback) rolls
everything back, so a bad file never leaves half its clients behind.

Files: UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode text"), and the
Windows-1252 files older Danish systems export; separated by ';', ',' or tab (the header
line decides, Excel's "sep=;" first line is honoured). Column names are matched after
folding case, accents and punctuation, so "Fødselsdato", "FODSELSDATO" and "fødsels-dato"
are the same column.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import Column, Integer, MetaData, Table, insert, select
from sqlalchemy.orm import Session

from pgp_desk.db.models import AuditEvent, Client, Clinic
from pgp_desk.domain.dates import DateFormatError, parse_date
from pgp_desk.domain.i18n import LANGUAGES
from pgp_desk.domain.national_id import parse_national_id
from pgp_desk.domain.normalise import search_key
from pgp_desk.services import client_search, clients
from pgp_desk.services import records as access
from pgp_desk.services.actor import Actor
from pgp_desk.services.audit import audit_row, record
from pgp_desk.services.database import Database
from pgp_desk.services.errors import UserError, fill

ENCODINGS = ("auto", "utf-8", "cp1252")
ENCODING_NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 (with BOM)", "utf-16": "UTF-16",
                  "cp1252": "Windows-1252"}
DELIMITERS = (";", ",", "\t")
MAX_BYTES = 200 * 1024 * 1024
BATCH = 500
Progress = Callable[[int, int], None]

# Column names as people write them; matched after `_header_key` folding.
ALIASES: dict[str, tuple[str, ...]] = {
    "first_name": ("fornavn", "fornavne", "first name", "firstname", "given name",
                   "given names", "forename"),
    "last_name": ("efternavn", "etternavn", "last name", "lastname", "surname",
                  "family name", "familienavn", "slektsnavn"),
    "full_name": ("navn", "fulde navn", "fullt navn", "fuldt navn", "name", "full name"),
    "birth_date": ("fødselsdato", "fødselsdag", "født", "fødd", "fødedato", "birth date",
                   "birthdate", "date of birth", "dob", "born"),
    "national_id": ("cpr", "cpr nr", "cprnr", "cpr nummer", "personnummer", "personnr",
                    "fødselsnummer", "fnr", "national id", "national id number",
                    "personal id", "personal number"),
    "phone": ("telefon", "telefonnummer", "telefon nr", "tlf", "tlf nr", "mobil",
              "mobilnummer", "mobiltelefon", "mobilnr", "phone", "phone number",
              "telephone", "mobile", "mobile phone"),
    "email": ("email", "e mail", "e post", "epost", "mail", "email address",
              "e mail adresse", "e postadresse"),
    "address": ("adresse", "address", "gade", "vej", "gateadresse", "street",
                "street address"),
    "postcode": ("postnummer", "postnr", "post nr", "postcode", "post code", "postal code",
                 "zip", "zip code"),
    "town": ("by", "bynavn", "poststed", "postdistrikt", "city", "town"),
    "language": ("sprog", "språk", "language", "foretrukket sprog", "foretrukket språk",
                 "preferred language"),
    "gp": ("læge", "lege", "egen læge", "fastlege", "praktiserende læge", "gp",
           "general practitioner", "doctor"),
    "midwife": ("jordemoder", "jordmor", "midwife"),
    "notes": ("noter", "note", "notat", "notater", "bemærkning", "bemærkninger", "merknad",
              "merknader", "kommentar", "kommentarer", "notes", "comment", "comments"),
    "consent_on": ("samtykke", "samtykkedato", "samtykke dato", "samtykke givet",
                   "samtykke gitt", "consent", "consent date", "consent given"),
}

LANGUAGE_VALUES = {
    "da": "da", "dk": "da", "dan": "da", "dansk": "da", "danish": "da",
    "nb": "nb", "no": "nb", "nob": "nb", "nor": "nb", "norsk": "nb", "bokmal": "nb",
    "norsk bokmal": "nb", "norwegian": "nb", "norwegian bokmal": "nb",
    "en": "en", "eng": "en", "engelsk": "en", "english": "en",
}
NO_WORDS = {"nej", "nei", "no", "0", "false", "falsk", "-"}
FIELD_LABELS = {
    "first_name": "first name", "last_name": "last name", "birth_date": "birth date",
    "national_id": "national id", "phone": "phone", "email": "email",
    "address": "address", "language": "language", "gp": "GP", "midwife": "midwife",
    "notes": "notes", "consent_on": "consent date", "row": "row", "name": "name",
}
_TIME_SUFFIX = re.compile(r"(?:[ T]\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)$")
_SEP_LINE = re.compile(r"^\s*sep=(.)\s*$", re.IGNORECASE)
_UTF8_PAIR = re.compile(rb"[\xc2-\xdf][\x80-\xbf]")


def _header_key(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "", search_key(text).replace(" ", ""))


_COLUMN_OF = {_header_key(alias): name for name, aliases in ALIASES.items()
              for alias in (*aliases, name)}


@dataclass(frozen=True)
class ImportProblem:
    """One thing wrong with one row. ``blocking`` problems stop the import.

    ``code`` is a FieldError code from `clients.validate` / `domain.dates`, or one of
    'too_many_values', 'max_length', 'leading_zero', 'duplicate_in_file' and
    'duplicate_in_database'; ``field`` names the column ('row' for the whole row, 'name'
    for a name + birth date duplicate).
    """

    line: int
    field: str
    code: str
    message: str
    value: str = ""
    other_line: int | None = None
    client_id: int | None = None
    blocking: bool = True

    def describe(self) -> str:
        """The English sentence for the command line."""
        label = FIELD_LABELS.get(self.field, self.field)
        shown = f' "{self.value}"' if self.value else ""
        return f"line {self.line}: {label}{shown}: {self.message}"


@dataclass
class ImportRow:
    line: int
    data: clients.ClientInput


@dataclass
class ImportReport:
    """What a dry run found; `import_clients` takes it as it is."""

    file_name: str
    encoding: str
    delimiter: str
    columns: list[tuple[str, str | None]]  # (header as in the file, field or None=ignored)
    rows: list[ImportRow]  # rows that will be imported
    row_count: int  # client rows read (blank lines not counted)
    problems: list[ImportProblem] = field(default_factory=list)
    digest: str = ""
    skip_duplicates: bool = False

    @property
    def errors(self) -> list[ImportProblem]:
        return [p for p in self.problems if p.blocking]

    @property
    def error_lines(self) -> list[int]:
        return sorted({p.line for p in self.errors})

    @property
    def skipped(self) -> list[ImportProblem]:
        return [p for p in self.problems if not p.blocking]

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.rows)

    @property
    def encoding_name(self) -> str:
        return ENCODING_NAMES.get(self.encoding, self.encoding)

    def refusal(self) -> str:
        """One sentence saying why nothing can be imported, naming the lines."""
        template, *params = self.refusal_template()
        return fill(template, *params)

    def refusal_template(self) -> tuple[str, ...]:
        """The refusal as (template, params...) for UserError and translation."""
        lines = self.error_lines
        if not lines:
            return ("the file holds no clients to import; nothing was imported",)
        shown = ", ".join(str(n) for n in lines[:12]) + (" …" if len(lines) > 12 else "")
        if len(lines) == 1:
            return ("1 row has problems (line %1); nothing was imported: correct the file "
                    "and try again", shown)
        return ("%1 rows have problems (lines %2); nothing was imported: correct the file "
                "and try again", str(len(lines)), shown)


@dataclass
class ImportResult:
    created: int
    client_ids: list[int]
    skipped: int = 0


class ImportCancelled(UserError):
    """The user stopped the import; nothing was written."""


# --- reading the file --------------------------------------------------------------------

def _line_of(content: bytes, position: int) -> int:
    return content.count(b"\n", 0, position) + 1


def decode(content: bytes, encoding: str = "auto") -> tuple[str, str]:
    """The file's text and the encoding used; a file in neither encoding is refused."""
    if encoding not in ENCODINGS:
        raise UserError("unknown encoding '%1': choose auto, utf-8 or cp1252", encoding)
    if content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and encoding == "auto":
        try:
            return content.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise UserError("the file starts like UTF-16 but is not valid UTF-16") from exc
    has_bom = content.startswith(codecs.BOM_UTF8)
    if encoding == "cp1252" and has_bom:
        raise UserError("the file starts with a UTF-8 marker: choose UTF-8 (or auto), "
                        "not Windows-1252")
    if encoding in ("auto", "utf-8"):
        try:
            return content.decode("utf-8-sig"), "utf-8-sig" if has_bom else "utf-8"
        except UnicodeDecodeError as exc:
            line = _line_of(content, exc.start)
            if encoding == "utf-8" or has_bom:
                raise UserError("line %1 is not valid UTF-8; if the file comes from an "
                                "older Windows program, choose Windows-1252 (cp1252)",
                                line) from exc
            if _UTF8_PAIR.search(content):
                raise UserError("the file mixes UTF-8 and Windows-1252 text (first at line "
                                "%1); save it again as UTF-8 and import that", line) from exc
    try:
        return content.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        raise UserError("line %1 holds a byte that is neither UTF-8 nor Windows-1252; save "
                        "the file as UTF-8 and try again", _line_of(content, exc.start)) from exc


def _records(text: str, delimiter: str, first_line: int) -> Iterator[tuple[int, list[str]]]:
    """(line the record starts on, its cells); quoted cells may span lines."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    previous = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise UserError("line %1 cannot be read as CSV (%2)",
                            first_line + reader.line_num - 1, exc) from exc
        yield first_line + previous, cells
        previous = reader.line_num


def _split_header(text: str) -> tuple[str, str, int]:
    """(delimiter, the text from the header line on, the header's line number)."""
    lines = text.splitlines(keepends=True)
    number = 1
    forced = None
    while lines and not lines[0].strip():
        lines.pop(0)
        number += 1
    if lines and (match := _SEP_LINE.match(lines[0])):
        forced = match.group(1)
        lines.pop(0)
        number += 1
    if not lines:
        raise UserError("the file is empty")
    rest = "".join(lines)
    if forced is not None:
        return forced, rest, number

    def score(delimiter: str) -> tuple[int, int]:
        cells = next(csv.reader([lines[0].rstrip("\r\n")], delimiter=delimiter), [])
        known = sum(1 for c in cells if _header_key(c) in _COLUMN_OF)
        return known, len(cells)

    return max(DELIMITERS, key=score), rest, number


def _map_columns(header: list[str]) -> tuple[list[tuple[str, str | None]], dict[str, int]]:
    columns: list[tuple[str, str | None]] = []
    index: dict[str, int] = {}
    for position, raw in enumerate(header):
        name = raw.strip().lstrip("\ufeff")
        target = _COLUMN_OF.get(_header_key(name)) if name else None
        if target is not None and target in index:
            target = None  # a second phone column, say: listed as ignored in the report
        if target is not None:
            index[target] = position
        columns.append((name, target))
    has_names = {"first_name", "last_name"} <= index.keys() or "full_name" in index
    if not has_names:
        raise UserError("the file needs columns for first and last name (e.g. Fornavn and "
                        "Efternavn/Etternavn) or one Navn/Name column; found: %1",
                        ", ".join(f'"{c}"' for c, _ in columns))
    if "full_name" in index and {"first_name", "last_name"} <= index.keys():
        position = index.pop("full_name")
        columns[position] = (columns[position][0], None)
    return columns, index


# --- one row -----------------------------------------------------------------------------

def _cell(cells: list[str], index: dict[str, int], name: str) -> str:
    position = index.get(name)
    if position is None or position >= len(cells):
        return ""
    return " ".join(cells[position].replace("\u00a0", " ").split()) if name != "notes" \
        else cells[position].strip()


def _date_cell(text: str) -> str:
    return _TIME_SUFFIX.sub("", text.strip()).strip()


def _parse_row(line: int, cells: list[str], index: dict[str, int], default_language: str,
               today: date) -> tuple[clients.ClientInput, list[ImportProblem]]:
    problems: list[ImportProblem] = []

    def problem(field_name: str, code: str, message: str, value: str = "") -> None:
        problems.append(ImportProblem(line, field_name, code, message, value[:80]))

    first, last = _cell(cells, index, "first_name"), _cell(cells, index, "last_name")
    if "full_name" in index:
        words = _cell(cells, index, "full_name").split()
        first, last = " ".join(words[:-1]), (words[-1] if words else "")
    data = clients.ClientInput(first_name=first, last_name=last)
    for name in ("phone", "email", "gp", "midwife", "notes"):
        setattr(data, name, _cell(cells, index, name))
    place = " ".join(p for p in (_cell(cells, index, "postcode"), _cell(cells, index, "town"))
                     if p)
    data.address = ", ".join(p for p in (_cell(cells, index, "address"), place) if p)

    for name in ("birth_date", "consent_on"):
        text = _date_cell(_cell(cells, index, name))
        if name == "consent_on" and search_key(text) in NO_WORDS:
            continue
        try:
            setattr(data, name, parse_date(text, today=today))
        except DateFormatError as exc:
            message = ("not a date: write it as dd.mm.yyyy, e.g. 24.03.1990"
                       if exc.code == "format" else "there is no such date")
            problem(name, exc.code, message, text)

    national = _cell(cells, index, "national_id")
    data.national_id = national
    if national:
        result = parse_national_id(national, today=today)
        if result.valid and data.birth_date is None and result.birth_date is not None:
            data.birth_date = result.birth_date
        digits = re.sub(r"[\s-]", "", national)
        if (not result.valid and digits.isdigit() and len(digits) in (9, 10)
                and parse_national_id("0" + digits, today=today).valid):
            problem("national_id", "leading_zero",
                    "one digit short: a spreadsheet may have dropped the leading 0", national)

    language = _cell(cells, index, "language")
    if language:
        code = LANGUAGE_VALUES.get(search_key(language))
        if code is None:
            problem("language", "choice", "write da, nb or en (Danish, Norwegian, English)",
                    language)
            code = default_language
        data.language = code
    else:
        data.language = default_language

    already = {p.field for p in problems}
    for error in clients.validate(data, today):
        if error.field in already:
            continue
        value = getattr(data, error.field, "")
        shown = value.isoformat() if isinstance(value, date) else str(value or "")
        problem(error.field, error.code, error.message, shown)
        already.add(error.field)
    for name, column in Client.__table__.columns.items():
        limit = getattr(column.type, "length", None)
        value = getattr(data, name, None) if name in clients.EDITABLE else None
        if (limit and isinstance(value, str) and len(value) > limit
                and name not in already):
            problem(name, "max_length", f"too long: at most {limit} characters",
                    value[:40] + "…")
    return data, problems


# --- duplicates --------------------------------------------------------------------------

def _nid_key(national_id: str) -> str | None:
    digits = re.sub(r"\D", "", national_id or "")
    return digits or None


def _name_key(first: str, last: str, born: date | None) -> tuple[str, date] | None:
    if born is None:
        return None
    return client_search.name_column(first, last), born


def _database_matches(session: Session, clinic_id: int, rows: Iterable[ImportRow]
                      ) -> tuple[dict[str, int], dict[tuple[str, date], int]]:
    """Existing clients (archived ones too, erased ones not) sharing an id or name+birth."""
    rows = list(rows)
    by_nid: dict[str, int] = {}
    wanted = {k for r in rows if (k := _nid_key(r.data.national_id))}
    if wanted:
        with_nid = select(Client.id, Client.national_id).where(
            Client.clinic_id == clinic_id, Client.erased_at.is_(None),
            Client.national_id.is_not(None))
        for client_id, national in session.execute(with_nid):
            nid = _nid_key(national or "")
            if nid is not None and nid in wanted:
                by_nid.setdefault(nid, client_id)
    by_name: dict[tuple[str, date], int] = {}
    births = sorted({r.data.birth_date for r in rows if r.data.birth_date is not None})
    for start in range(0, len(births), 500):
        stmt = select(Client.id, Client.first_name, Client.last_name, Client.birth_date).where(
            Client.clinic_id == clinic_id, Client.erased_at.is_(None),
            Client.birth_date.in_(births[start:start + 500]))
        for client_id, first, last, born in session.execute(stmt):
            key = _name_key(first, last, born)
            if key is not None:
                by_name.setdefault(key, client_id)
    return by_nid, by_name


def _database_duplicates(session: Session, clinic_id: int, rows: list[ImportRow],
                         skip: bool) -> list[ImportProblem]:
    by_nid, by_name = _database_matches(session, clinic_id, rows)
    found = []
    for row in rows:
        nid = _nid_key(row.data.national_id)
        name = _name_key(row.data.first_name, row.data.last_name, row.data.birth_date)
        if nid is not None and nid in by_nid:
            found.append(ImportProblem(
                row.line, "national_id", "duplicate_in_database",
                f"already registered as client {by_nid[nid]} (same national id)"
                + ("; skipped" if skip else ""),
                row.data.national_id, client_id=by_nid[nid], blocking=not skip))
        elif name is not None and name in by_name:
            found.append(ImportProblem(
                row.line, "name", "duplicate_in_database",
                f"already registered as client {by_name[name]} (same name and birth date)"
                + ("; skipped" if skip else ""),
                f"{row.data.first_name} {row.data.last_name}", client_id=by_name[name],
                blocking=not skip))
    return found


def _file_duplicates(rows: list[ImportRow]) -> list[ImportProblem]:
    seen_nid: dict[str, int] = {}
    seen_name: dict[tuple[str, date], int] = {}
    found = []
    for row in rows:
        nid = _nid_key(row.data.national_id)
        name = _name_key(row.data.first_name, row.data.last_name, row.data.birth_date)
        if nid is not None and nid in seen_nid:
            found.append(ImportProblem(
                row.line, "national_id", "duplicate_in_file",
                f"same national id as line {seen_nid[nid]}", row.data.national_id,
                other_line=seen_nid[nid]))
        elif name is not None and name in seen_name:
            found.append(ImportProblem(
                row.line, "name", "duplicate_in_file",
                f"same name and birth date as line {seen_name[name]}",
                f"{row.data.first_name} {row.data.last_name}", other_line=seen_name[name]))
        if nid is not None:
            seen_nid.setdefault(nid, row.line)
        if name is not None:
            seen_name.setdefault(name, row.line)
    return found


# --- the two steps -----------------------------------------------------------------------

def check_file(db: Database, actor: Actor, path: Path, encoding: str = "auto",
               skip_duplicates: bool = False, today: date | None = None,
               progress: Progress | None = None) -> ImportReport:
    """Read and check a CSV file without importing anything (the dry run).

    ``progress(line, lines)`` is called as the file is read, for large files.
    """
    path = Path(path)
    try:
        if path.exists() and not path.is_dir() and not path.is_file():  # a device, a pipe
            raise UserError("%1 is not a file; choose a CSV file", path)
        with open(path, "rb") as handle:  # read at most the limit, whatever stat says
            content = handle.read(MAX_BYTES + 1)
        if len(content) > MAX_BYTES:
            raise UserError("%1 is larger than %2 MB; split it", path.name, MAX_BYTES // 2**20)
    except FileNotFoundError as exc:
        raise UserError("the file %1 does not exist", path) from exc
    except IsADirectoryError as exc:
        raise UserError("%1 is a folder, not a CSV file", path) from exc
    except OSError as exc:
        raise UserError("cannot read %1: %2", path, exc.strerror or exc) from exc
    return check_bytes(db, actor, content, path.name, encoding, skip_duplicates, today,
                       progress)


def check_bytes(db: Database, actor: Actor, content: bytes, file_name: str,
                encoding: str = "auto", skip_duplicates: bool = False,
                today: date | None = None, progress: Progress | None = None) -> ImportReport:
    """`check_file` for content already in memory."""
    access.require(actor, access.CONTACT)
    today = today or date.today()
    report_progress = progress or (lambda _done, _total: None)
    text, used = decode(content, encoding)
    total_lines = text.count("\n") + (0 if text.endswith("\n") else 1)
    delimiter, rest, header_line = _split_header(text)
    records = _records(rest, delimiter, header_line)
    _, header = next(records)
    columns, index = _map_columns(header)
    with db.sessions.begin() as session:
        clinic = session.get(Clinic, actor.clinic_id)
        default_language = clinic.default_language if clinic else "da"
        if default_language not in LANGUAGES:
            default_language = "da"
        rows: list[ImportRow] = []
        problems: list[ImportProblem] = []
        parsed: list[ImportRow] = []
        report_progress(0, total_lines)
        reported = 0
        for line, cells in records:
            if line - reported >= BATCH:
                report_progress(line, total_lines)
                reported = line
            if not any(c.strip() for c in cells):
                continue
            if len(cells) > len(header) and any(c.strip() for c in cells[len(header):]):
                problems.append(ImportProblem(
                    line, "row", "too_many_values",
                    f"{len(cells)} values but {len(header)} columns; a "
                    f"{_delimiter_name(delimiter)} inside a value needs quotes"))
                continue
            data, row_problems = _parse_row(line, cells, index, default_language, today)
            problems += row_problems
            parsed.append(ImportRow(line, data))
            if not row_problems:
                rows.append(ImportRow(line, data))
        problems += _file_duplicates(parsed)
        database = _database_duplicates(session, actor.clinic_id, parsed, skip_duplicates)
        problems += database
        record(session, actor, "import_check", "client", None, None,
               rows=len(parsed), problems=len(problems))
    report_progress(total_lines, total_lines)
    problems.sort(key=lambda p: (p.line, p.field))
    unusable = {p.line for p in problems}
    report = ImportReport(
        file_name=file_name, encoding=used, delimiter=delimiter, columns=columns,
        rows=[r for r in rows if r.line not in unusable],
        row_count=len(parsed) + sum(1 for p in problems if p.code == "too_many_values"),
        problems=problems, digest=hashlib.sha256(content).hexdigest(),
        skip_duplicates=skip_duplicates,
    )
    return report


def _delimiter_name(delimiter: str) -> str:
    return {";": "semicolon", ",": "comma", "\t": "tab"}.get(delimiter, repr(delimiter))


def _staging_table() -> Table:
    """A temporary table (one per connection, gone when dropped or disconnected) with the
    client columns an import fills."""
    columns = [Column("seq", Integer, primary_key=True)]
    columns += [Column(name, Client.__table__.c[name].type) for name in _STAGED]
    return Table("pgp_import_staging", MetaData(), *columns, prefixes=["TEMPORARY"])


_STAGED = ("clinic_id", *clients.EDITABLE, "search_name", "search_last", "search_digits")


def import_clients(db: Database, actor: Actor, report: ImportReport,
                   progress: Progress | None = None) -> ImportResult:
    """Create every checked client in one transaction; nothing at all if anything fails.

    The rows are first staged, batch by batch, in a temporary table of this connection,
    which takes no lock on the clinic's tables (on SQLite, where a write locks the whole
    file, other workstations keep saving meanwhile). They are then published with one
    INSERT … SELECT and their audit events in one short transaction: the import stays all
    or nothing as users see it. Duplicates are checked again inside that transaction,
    since someone may have registered one of the clients after the dry run.
    ``progress(done, total)`` may raise (e.g. ImportCancelled) to stop: nothing is
    published then.
    """
    access.require(actor, access.CONTACT)
    if not report.ok:
        raise UserError(*report.refusal_template())
    report_progress = progress or (lambda _done, _total: None)
    total = len(report.rows)
    staging = _staging_table()
    created: list[int] = []
    with db.engine.connect() as connection:
        staging.create(connection)
        connection.commit()
        try:
            report_progress(0, total)
            for start in range(0, total, BATCH):
                connection.execute(insert(staging), [
                    {"seq": start + n, "clinic_id": actor.clinic_id,
                     **clients.column_values(row.data)}
                    for n, row in enumerate(report.rows[start:start + BATCH])])
                connection.commit()
                report_progress(min(start + BATCH, total), total)
            with Session(bind=connection) as session, session.begin():
                again = _database_duplicates(session, actor.clinic_id, report.rows,
                                             skip=False)
                if again:
                    lines = ", ".join(str(p.line) for p in again[:12])
                    raise UserError("since the check, clients on line(s) %1 were registered "
                                    "by someone else; check the file again; nothing was "
                                    "imported", lines)
                staged = [staging.c[name] for name in _STAGED]
                created = sorted(session.scalars(
                    insert(Client).from_select(list(_STAGED),
                                               select(*staged).order_by(staging.c.seq))
                    .returning(Client.id)).all())
                client_search.write_tokens(session, created)  # found by search at once
                for start in range(0, len(created), BATCH):
                    session.execute(insert(AuditEvent), [
                        audit_row(actor, "create", "client", client_id, client_id,
                                  imported=True)
                        for client_id in created[start:start + BATCH]])
                record(session, actor, "import", "client", None, None, created=len(created),
                       skipped=len(report.skipped))
        finally:
            connection.rollback()
            staging.drop(connection, checkfirst=True)
            connection.commit()
    return ImportResult(len(created), created, len(report.skipped))
