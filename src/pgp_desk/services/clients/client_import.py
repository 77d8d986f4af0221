"""Importing clients from a CSV file exported by another system (Danish, Norwegian, English).

Two steps, always in this order. `check_file` reads and checks everything and returns a
report (the dry run): row-level problems with the file's line numbers, and duplicates by
national id or by name + birth date, both within the file and against the database.
`import_clients` then reads the same file again and publishes its rows in ONE short
transaction, or nothing: it refuses a report with problems, and any failure (or a cancel
from the progress callback) publishes nothing, so a bad file never leaves half its clients
behind. Both steps stream the file (`import_file`) and keep its rows and duplicate keys in
temporary tables (filled by COPY on PostgreSQL, `db.bulk`), so a million-row file needs no
more memory than a ten-row one.

Files: UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode text"), and the
Windows-1252 files older Danish systems export; separated by ';', ',' or tab (the header
line decides, Excel's "sep=;" first line is honoured). Column names are matched after
folding case, accents and punctuation, so "Fødselsdato", "FODSELSDATO" and "fødsels-dato"
are the same column.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import chain
from pathlib import Path
from typing import Any, Protocol, cast

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Date,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    and_,
    exists,
    func,
    insert,
    literal_column,
    or_,
    select,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.schema import SchemaItem

from pgp_desk.db import bulk
from pgp_desk.db.models import AuditEvent, Client, Clinic
from pgp_desk.domain.dates import DateFormatError, parse_date
from pgp_desk.domain.i18n import LANGUAGES
from pgp_desk.domain.national_id import parse_national_id
from pgp_desk.domain.normalise import search_key
from pgp_desk.services import records as access
from pgp_desk.services.audit.audit import audit_row, record
from pgp_desk.services.clients import client_search, clients, import_file
from pgp_desk.services.database import Database
from pgp_desk.services.errors import UserError, fill
from pgp_desk.services.people.actor import Actor

ENCODINGS = import_file.ENCODINGS
ENCODING_NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 (with BOM)", "utf-16": "UTF-16",
                  "cp1252": "Windows-1252"}
DELIMITERS = (";", ",", "\t")
BATCH = 500  # rows per staging insert (and per progress report)
LISTED = 1000  # problems listed in a report; the counts cover every one
PREVIEW = 20  # rows shown from a checked file
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
    """What a dry run found; `import_clients` takes it as it is and reads the file again.

    Nothing here grows with the file: ``problems`` lists the first `LISTED` problems (by
    line), the counts cover them all, and ``preview`` shows the first rows to be imported.
    """

    file_name: str
    path: Path
    encoding: str  # the codec that reads the file
    delimiter: str
    columns: list[tuple[str, str | None]]  # (header as in the file, field or None=ignored)
    row_count: int  # client rows read (blank lines not counted)
    ready: int  # rows that will be imported
    problems: list[ImportProblem] = field(default_factory=list)
    problem_count: int = 0  # every problem, listed or not
    error_line_count: int = 0  # rows with a problem that stops the import
    error_lines: list[int] = field(default_factory=list)  # the first of those rows
    skipped_count: int = 0  # rows already registered, left out
    preview: list[ImportRow] = field(default_factory=list)
    digest: str = ""
    skip_duplicates: bool = False
    today: date = field(default_factory=date.today)
    default_language: str = "da"

    @property
    def errors(self) -> list[ImportProblem]:
        return [p for p in self.problems if p.blocking]

    @property
    def skipped(self) -> list[ImportProblem]:
        return [p for p in self.problems if not p.blocking]

    @property
    def ok(self) -> bool:
        return not self.error_line_count and self.ready > 0

    @property
    def encoding_name(self) -> str:
        return ENCODING_NAMES.get(self.encoding, self.encoding)

    def refusal(self) -> str:
        """One sentence saying why nothing can be imported, naming the lines."""
        template, *params = self.refusal_template()
        return fill(template, *params)

    def refusal_template(self) -> tuple[str, ...]:
        """The refusal as (template, params...) for UserError and translation."""
        count, lines = self.error_line_count, self.error_lines
        if not count:
            return ("the file holds no clients to import; nothing was imported",)
        shown = ", ".join(str(n) for n in lines[:12]) + (" …" if count > 12 else "")
        if count == 1:
            return ("1 row has problems (line %1); nothing was imported: correct the file "
                    "and try again", shown)
        return ("%1 rows have problems (lines %2); nothing was imported: correct the file "
                "and try again", str(count), shown)


@dataclass
class ImportResult:
    created: int
    skipped: int = 0


class ImportCancelled(UserError):
    """The user stopped the import; nothing was written."""


# --- reading the file --------------------------------------------------------------------

def _records(lines: Iterable[str], delimiter: str, first_line: int
             ) -> Iterator[tuple[int, list[str]]]:
    """(line the record starts on, its cells); quoted cells may span lines."""
    reader = csv.reader(lines, delimiter=delimiter)
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


def _split_header(stream: import_file.TextStream) -> tuple[str, str, int]:
    """(delimiter, the header line, its line number), reading only up to the header."""
    number = 1
    forced = None
    line = stream.readline()
    while line and not line.strip():
        line = stream.readline()
        number += 1
    if line and (match := _SEP_LINE.match(line)):
        forced = match.group(1)
        line = stream.readline()
        number += 1
    if not line:
        raise UserError("the file is empty")
    if forced is not None:
        return forced, line, number

    def score(delimiter: str) -> tuple[int, int]:
        cells = next(csv.reader([line.rstrip("\r\n")], delimiter=delimiter), [])
        known = sum(1 for c in cells if _header_key(c) in _COLUMN_OF)
        return known, len(cells)

    return max(DELIMITERS, key=score), line, number


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


class _Problem(Protocol):
    def __call__(self, field_name: str, code: str, message: str, value: str = "") -> None: ...


def _parse_row(line: int, cells: list[str], index: dict[str, int], default_language: str,
               today: date) -> tuple[clients.ClientInput, list[ImportProblem]]:
    """One line of the file as a client, and its problems in the order of its columns'
    checks: dates, national id, language, then the client rules and the column lengths."""
    problems: list[ImportProblem] = []

    def problem(field_name: str, code: str, message: str, value: str = "") -> None:
        problems.append(ImportProblem(line, field_name, code, message, value[:80]))

    def cell(name: str) -> str:
        return _cell(cells, index, name)

    data = _contact(cell, "full_name" in index)
    _read_dates(data, cell, today, problem)
    _read_national_id(data, cell("national_id"), today, problem)
    data.language = _language(cell("language"), default_language, problem)
    _check_rules(data, today, {p.field for p in problems}, problem)
    return data, problems



def _contact(cell: Callable[[str], str], full_name: bool) -> clients.ClientInput:
    """Names (split from one name column: the last word is the last name), phone, email,
    GP, midwife, notes and the address with its postcode and town."""
    first, last = cell("first_name"), cell("last_name")
    if full_name:
        words = cell("full_name").split()
        first, last = " ".join(words[:-1]), (words[-1] if words else "")
    data = clients.ClientInput(first_name=first, last_name=last)
    for name in ("phone", "email", "gp", "midwife", "notes"):
        setattr(data, name, cell(name))
    place = " ".join(p for p in (cell("postcode"), cell("town")) if p)
    data.address = ", ".join(p for p in (cell("address"), place) if p)
    return data


def _read_dates(data: clients.ClientInput, cell: Callable[[str], str], today: date,
                problem: _Problem) -> None:
    """Birth date and consent date (a "no" word in the consent column: no consent date)."""
    for name in ("birth_date", "consent_on"):
        text = _date_cell(cell(name))
        if name == "consent_on" and search_key(text) in NO_WORDS:
            continue
        try:
            setattr(data, name, parse_date(text, today=today))
        except DateFormatError as exc:
            message = ("not a date: write it as dd.mm.yyyy, e.g. 24.03.1990"
                       if exc.code == "format" else "there is no such date")
            problem(name, exc.code, message, text)


def _read_national_id(data: clients.ClientInput, national: str, today: date,
                      problem: _Problem) -> None:
    """The national id as written; a valid one gives the birth date when the file has
    none, and one a spreadsheet cut short by its leading 0 is pointed out."""
    data.national_id = national
    if not national:
        return
    result = parse_national_id(national, today=today)
    if result.valid and data.birth_date is None and result.birth_date is not None:
        data.birth_date = result.birth_date
    digits = re.sub(r"[\s-]", "", national)
    if (not result.valid and digits.isdigit() and len(digits) in (9, 10)
            and parse_national_id("0" + digits, today=today).valid):
        problem("national_id", "leading_zero",
                "one digit short: a spreadsheet may have dropped the leading 0", national)


def _language(language: str, default_language: str, problem: _Problem) -> str:
    """The handout language named in the file (any spelling of it), else the default."""
    if not language:
        return default_language
    code = LANGUAGE_VALUES.get(search_key(language))
    if code is None:
        problem("language", "choice", "write da, nb or en (Danish, Norwegian, English)",
                language)
        return default_language
    return code


def _check_rules(data: clients.ClientInput, today: date, already: set[str],
                 problem: _Problem) -> None:
    """The rules every client meets, then the columns' lengths; one problem per field at
    the most (``already`` are the fields with one)."""
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


# --- duplicates --------------------------------------------------------------------------

def _nid_key(national_id: str) -> str | None:
    digits = re.sub(r"\D", "", national_id or "")
    return digits or None


def _name_key(first: str, last: str, born: date | None) -> tuple[str, date] | None:
    if born is None:
        return None
    return client_search.name_column(first, last), born


KINDS_IN_FILE = ("file_nid", "file_name")
KINDS_IN_DATABASE = ("db_nid", "db_name")


def _keys_table() -> Table:
    """The check's temporary table: one row per client row read, with its duplicate keys
    (so a million keys live in the database's temporary storage, not in Python)."""
    return Table(
        "pgp_import_keys", MetaData(),
        Column("line", Integer, primary_key=True),
        Column("bad", Boolean, nullable=False),
        Column("nid", String(40)),
        Column("name", String(700)),
        Column("born", Date),
        Column("nid_shown", String(80)),
        Column("name_shown", String(80)),
        Index("ix_pgp_import_keys_nid", "nid"),
        Index("ix_pgp_import_keys_name", "born", "name"),
        prefixes=["TEMPORARY"])


def _found_table() -> Table:
    """Duplicates found: (line, kind, the first line or the client it repeats)."""
    return Table(
        "pgp_import_found", MetaData(),
        Column("line", Integer, nullable=False),
        Column("kind", String(10), nullable=False),
        Column("other", Integer, nullable=False),
        Index("ix_pgp_import_found_line", "line", "kind"),
        prefixes=["TEMPORARY"])


def _digits_sql(column: ColumnElement[str | None]) -> ColumnElement[str | None]:
    """A stored national id without the separators people write (240390-1234, 150390 10043);
    the SQL twin of `_nid_key` for ids in any accepted format."""
    expr = column
    for separator in ("-", " ", ".", "/"):
        expr = func.replace(expr, separator, "")
    return expr


def _kind(name: str) -> ColumnElement[str]:
    return literal_column(f"'{name}'", String)


def _find_in_file(connection: Connection, keys: Table, found: Table) -> None:
    """Lines repeating an earlier line's national id, else its name and birth date."""
    by_nid = select(keys.c.nid, func.min(keys.c.line).label("first")) \
        .where(keys.c.nid.is_not(None)).group_by(keys.c.nid).subquery()
    connection.execute(insert(found).from_select(
        ["line", "kind", "other"],
        select(keys.c.line, _kind("file_nid"), by_nid.c.first)
        .join(by_nid, by_nid.c.nid == keys.c.nid).where(keys.c.line > by_nid.c.first)))
    by_name = select(keys.c.name, keys.c.born, func.min(keys.c.line).label("first")) \
        .where(keys.c.born.is_not(None)).group_by(keys.c.name, keys.c.born).subquery()
    connection.execute(insert(found).from_select(
        ["line", "kind", "other"],
        select(keys.c.line, _kind("file_name"), by_name.c.first)
        .join(by_name, and_(by_name.c.name == keys.c.name, by_name.c.born == keys.c.born))
        .where(keys.c.line > by_name.c.first,
               keys.c.line.not_in(select(found.c.line).where(found.c.kind == "file_nid")))))


def _find_in_database(connection: Connection, clinic_id: int, source: Table,
                      columns: tuple[str, str, str, str], found: Table) -> None:
    """Rows of ``source`` matching an existing client of the clinic (archived ones too,
    erased ones not) by national id, else by name and birth date; ``columns`` names the
    source's (line, national id key, name key, birth date)."""
    line, nid, name, born = (source.c[c] for c in columns)
    client = Client.__table__
    live = and_(client.c.clinic_id == clinic_id, client.c.erased_at.is_(None))
    connection.execute(insert(found).from_select(
        ["line", "kind", "other"],
        select(line, _kind("db_nid"), func.min(client.c.id)).select_from(client)
        .join(source, nid == _digits_sql(client.c.national_id))
        .where(live, client.c.national_id.is_not(None), nid.is_not(None)).group_by(line)))
    connection.execute(insert(found).from_select(
        ["line", "kind", "other"],
        select(line, _kind("db_name"), func.min(client.c.id)).select_from(client)
        .join(source, and_(born == client.c.birth_date, name == client.c.search_name))
        .where(live, born.is_not(None),
               line.not_in(select(found.c.line).where(found.c.kind == "db_nid")))
        .group_by(line)))


def _duplicate_problem(line: int, kind: str, other: int, nid_shown: str | None,
                       name_shown: str | None, skip: bool) -> ImportProblem:
    by_id = kind.endswith("nid")
    field_name, shown = ("national_id", nid_shown or "") if by_id else ("name", name_shown or "")
    if kind in KINDS_IN_FILE:
        message = (f"same national id as line {other}" if by_id
                   else f"same name and birth date as line {other}")
        return ImportProblem(line, field_name, "duplicate_in_file", message, shown,
                             other_line=other)
    message = (f"already registered as client {other} (same national id)" if by_id
               else f"already registered as client {other} (same name and birth date)")
    return ImportProblem(line, field_name, "duplicate_in_database",
                         message + ("; skipped" if skip else ""), shown, client_id=other,
                         blocking=not skip)


# --- the two steps -----------------------------------------------------------------------

def check_file(db: Database, actor: Actor, path: Path, encoding: str = "auto",
               skip_duplicates: bool = False, today: date | None = None,
               progress: Progress | None = None) -> ImportReport:
    """Read and check a CSV file without importing anything (the dry run).

    The file is read as a stream; each row's duplicate keys go to a temporary table, and
    the duplicates within the file and against the clinic are found there with SQL, so
    memory stays flat whatever the file's size. ``progress(line, lines)`` is called as the
    file is read.
    """
    access.require(actor, access.CONTACT)
    path = Path(path)
    today = today or date.today()
    report_progress = progress or (lambda _done, _total: None)
    facts = import_file.survey(path, encoding)
    keys, found = _keys_table(), _found_table()
    with db.engine.connect() as connection:
        keys.create(connection)
        found.create(connection)
        connection.commit()
        try:
            with Session(bind=connection) as session:
                clinic = session.get(Clinic, actor.clinic_id)
                default_language = clinic.default_language if clinic else "da"
            if default_language not in LANGUAGES:
                default_language = "da"
            connection.commit()
            report_progress(0, facts.lines)
            with import_file.open_text(path, facts.encoding) as stream:
                reading = _read_for_check(connection, keys, stream, default_language, today,
                                          facts.lines, report_progress)
                if stream.digest() != facts.digest:
                    raise UserError("the file %1 changed while it was read; check it again",
                                    path.name)
            _find_in_file(connection, keys, found)
            _find_in_database(connection, actor.clinic_id, keys,
                              ("line", "nid", "name", "born"), found)
            connection.commit()
            report = _report(connection, keys, found, reading, skip_duplicates)
            connection.commit()
            with Session(bind=connection) as session, session.begin():
                record(session, actor, "import_check", "client", None, None,
                       rows=report["row_count"], problems=report["problem_count"])
        finally:
            connection.rollback()
            found.drop(connection, checkfirst=True)
            keys.drop(connection, checkfirst=True)
            connection.commit()
    report_progress(facts.lines, facts.lines)
    return ImportReport(
        file_name=path.name, path=path.resolve(), encoding=facts.encoding,
        delimiter=reading.delimiter, columns=reading.columns, digest=facts.digest,
        skip_duplicates=skip_duplicates, today=today, default_language=default_language,
        **report)


@dataclass
class _Reading:
    """What the check keeps while streaming: the header, the first problems and rows."""

    delimiter: str = ";"
    columns: list[tuple[str, str | None]] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    problem_count: int = 0
    candidates: list[ImportRow] = field(default_factory=list)


def _rows_of(stream: import_file.TextStream
             ) -> tuple[str, list[tuple[str, str | None]], dict[str, int], int,
                        Iterator[tuple[int, list[str]]]]:
    """(delimiter, columns, field positions, header width, the records after the header)."""
    delimiter, header_text, header_line = _split_header(stream)
    records = _records(chain([header_text], stream), delimiter, header_line)
    _, header = next(records)
    columns, index = _map_columns(header)
    return delimiter, columns, index, len(header), records


def _read_for_check(connection: Connection, keys: Table, stream: import_file.TextStream,
                    default_language: str, today: date, lines: int,
                    report_progress: Progress) -> _Reading:
    delimiter, columns, index, width, records = _rows_of(stream)
    reading = _Reading(delimiter, columns)
    batch: list[dict[str, object]] = []

    def keep(problems: list[ImportProblem]) -> None:
        reading.problem_count += len(problems)
        room = LISTED - len(reading.problems)
        reading.problems += problems[:max(room, 0)]

    def flush(line: int) -> None:
        if batch:
            _write(connection, keys, batch)
            batch.clear()
        report_progress(line, lines)

    for line, cells in records:
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > width and any(c.strip() for c in cells[width:]):
            keep([ImportProblem(
                line, "row", "too_many_values",
                f"{len(cells)} values but {width} columns; a "
                f"{_delimiter_name(delimiter)} inside a value needs quotes")])
            batch.append({"line": line, "bad": True, "nid": None, "name": None,
                          "born": None, "nid_shown": None, "name_shown": None})
        else:
            data, row_problems = _parse_row(line, cells, index, default_language, today)
            keep(row_problems)
            if not row_problems and len(reading.candidates) < PREVIEW * 3:
                reading.candidates.append(ImportRow(line, data))
            name = _name_key(data.first_name, data.last_name, data.birth_date)
            batch.append({
                "line": line, "bad": bool(row_problems), "nid": _nid_key(data.national_id),
                "name": name[0] if name else None, "born": name[1] if name else None,
                "nid_shown": _shown(data.national_id),
                "name_shown": _shown(f"{data.first_name} {data.last_name}")})
        if len(batch) >= BATCH:
            flush(line)
    flush(lines)
    return reading


def _shown(text: str) -> str:
    """A value as a duplicate problem quotes it; a control character (which the row's own
    problem already names) becomes U+FFFD, since PostgreSQL stores no NUL."""
    return _CONTROL.sub("\ufffd", text[:80])


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _report(connection: Connection, keys: Table, found: Table, reading: _Reading,
            skip: bool) -> dict[str, Any]:
    """The counts, the first problems and the preview, from the two temporary tables."""
    def among(kinds: tuple[str, ...]) -> ColumnElement[bool]:
        return exists().where(found.c.line == keys.c.line, found.c.kind.in_(kinds))

    blocking = or_(keys.c.bad, among(KINDS_IN_FILE if skip
                                     else KINDS_IN_FILE + KINDS_IN_DATABASE))
    count = select(func.count()).select_from(keys)
    listed = connection.execute(
        select(found.c.line, found.c.kind, found.c.other, keys.c.nid_shown,
               keys.c.name_shown).join(keys, keys.c.line == found.c.line)
        .order_by(found.c.line, found.c.kind).limit(LISTED))
    problems = reading.problems + [_duplicate_problem(*row, skip=skip) for row in listed]
    problems.sort(key=lambda p: (p.line, p.field))
    found_count = connection.scalar(select(func.count()).select_from(found)) or 0
    candidates = [r.line for r in reading.candidates]
    unusable = set(connection.scalars(select(found.c.line).where(found.c.line.in_(candidates)))
                   ) if candidates else set()
    return {
        "row_count": connection.scalar(count) or 0,
        "ready": connection.scalar(count.where(
            ~keys.c.bad, ~among(KINDS_IN_FILE + KINDS_IN_DATABASE))) or 0,
        "problems": problems[:LISTED],
        "problem_count": reading.problem_count + found_count,
        "error_line_count": connection.scalar(count.where(blocking)) or 0,
        "error_lines": list(connection.scalars(
            select(keys.c.line).where(blocking).order_by(keys.c.line).limit(LISTED))),
        "skipped_count": (connection.scalar(
            select(func.count()).select_from(found)
            .where(found.c.kind.in_(KINDS_IN_DATABASE))) or 0) if skip else 0,
        "preview": [r for r in reading.candidates if r.line not in unusable][:PREVIEW],
    }


def _delimiter_name(delimiter: str) -> str:
    return {";": "semicolon", ",": "comma", "\t": "tab"}.get(delimiter, repr(delimiter))


def _staging_table() -> Table:
    """A temporary table (one per connection, gone when dropped or disconnected) with the
    client columns an import fills."""
    parts: list[SchemaItem] = [Column("seq", Integer, primary_key=True),
                               Column("line", Integer), Column("key_nid", String(40))]
    parts += [Column(name, Client.__table__.c[name].type) for name in _STAGED]
    parts += [Index("ix_pgp_import_staging_nid", "key_nid"),
              Index("ix_pgp_import_staging_name", "birth_date", "search_name")]
    return Table("pgp_import_staging", MetaData(), *parts, prefixes=["TEMPORARY"])


def _created_table() -> Table:
    """The ids of the clients a publish created (a temporary table, like the stage)."""
    return Table("pgp_import_created", MetaData(), Column("id", Integer, primary_key=True),
                 prefixes=["TEMPORARY"])


_STAGED = ("clinic_id", *clients.EDITABLE, "search_name", "search_last", "search_digits")


def _changed(report: ImportReport) -> UserError:
    return UserError("the file %1 changed after it was checked; check it again; nothing was "
                     "imported", report.file_name)


def import_clients(db: Database, actor: Actor, report: ImportReport,
                   progress: Progress | None = None) -> ImportResult:
    """Create every checked client in one transaction; nothing at all if anything fails.

    The file is read again as a stream (it must be the very file checked: same
    fingerprint, every row as clean as at the check) and its rows staged, batch by batch,
    in a temporary table of this connection, which takes no lock on the clinic's tables
    (on SQLite, where a write locks the whole file, other workstations keep saving
    meanwhile). They are then published with one INSERT … SELECT and their audit events
    in one short transaction: the import stays all or nothing as users see it. Duplicates
    are checked again inside that transaction, since someone may have registered one of
    the clients after the dry run. ``progress(done, total)`` may raise (e.g.
    ImportCancelled) to stop: nothing is published then.
    """
    access.require(actor, access.CONTACT)
    if not report.ok:
        raise UserError(*report.refusal_template())
    report_progress = progress or (lambda _done, _total: None)
    total = report.row_count
    staging, found, created = _staging_table(), _found_table(), _created_table()
    with bulk.staging(db.engine, staging, found, created) as connection:
        report_progress(0, total)
        with import_file.open_text(report.path, report.encoding) as stream:
            staged = _stage(connection, staging, stream, report, actor.clinic_id,
                            report_progress)
            if stream.digest() != report.digest or staged != total:
                raise _changed(report)
        with Session(bind=connection) as session, session.begin():
            made, skipped = _publish(session, actor, report, staging, found, created)
    return ImportResult(made, skipped)


def _stage(connection: Connection, staging: Table, stream: import_file.TextStream,
           report: ImportReport, clinic_id: int, report_progress: Progress) -> int:
    """Stage every row of the file again, batch by batch (each batch committed)."""
    delimiter, columns, index, width, records = _rows_of(stream)
    if delimiter != report.delimiter or columns != report.columns:
        raise _changed(report)
    batch: list[dict[str, object]] = []
    staged = 0
    for line, cells in records:
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > width and any(c.strip() for c in cells[width:]):
            raise _changed(report)
        data, problems = _parse_row(line, cells, index, report.default_language, report.today)
        if problems:
            raise _changed(report)
        batch.append({"seq": staged, "line": line, "clinic_id": clinic_id,
                      "key_nid": _nid_key(data.national_id), **clients.column_values(data)})
        staged += 1
        if len(batch) >= BATCH:
            _write(connection, staging, batch)
            batch.clear()
            report_progress(staged, report.row_count)
    if batch:
        _write(connection, staging, batch)
        report_progress(staged, report.row_count)
    return staged


def _write(connection: Connection, table: Table, rows: list[dict[str, object]]) -> None:
    """One batch into a temporary table by the bulk writer (COPY on PostgreSQL, where one
    INSERT per row made a 100,000-row import take minutes), committed."""
    with Session(bind=connection) as session, session.begin():
        bulk.insert_rows(session, table, rows)
    connection.commit()


def _publish(session: Session, actor: Actor, report: ImportReport, staging: Table,
             found: Table, created: Table) -> tuple[int, int]:
    """The one short transaction: check duplicates again, insert, index, audit; (clients
    created, clients left out). The new ids go to the temporary table ``created`` and are
    read back a batch at a time, so a million of them never sit in a Python list."""
    connection = session.connection()
    _find_in_database(connection, actor.clinic_id, staging,
                      ("line", "key_nid", "search_name", "birth_date"), found)
    matched = connection.scalar(select(func.count()).select_from(found)) or 0
    if matched and not report.skip_duplicates:
        lines = ", ".join(str(n) for n in connection.scalars(
            select(found.c.line).order_by(found.c.line).limit(12)))
        raise UserError("since the check, clients on line(s) %1 were registered by someone "
                        "else; check the file again; nothing was imported", lines)
    if report.skip_duplicates and matched != report.skipped_count:
        raise UserError("since the check, clients in the file were registered or erased by "
                        "someone else; check the file again; nothing was imported")
    staged = [staging.c[name] for name in _STAGED]
    publish = insert(Client).from_select(
        list(_STAGED), select(*staged).where(staging.c.line.not_in(select(found.c.line)))
        .order_by(staging.c.seq))
    if connection.dialect.name == "postgresql":
        new_ids = publish.returning(Client.id).cte("new_ids")
        connection.execute(insert(created).from_select(["id"], select(new_ids.c.id)))
    else:
        # SQLite: this transaction is the only writer, and a new row's id is the highest
        # id + 1, so one INSERT's rows hold the top ``rowcount`` ids
        count = connection.execute(publish).rowcount
        top = connection.scalar(select(func.max(Client.id))) or 0
        connection.execute(insert(created).from_select(
            ["id"], select(Client.id).where(Client.id > top - count)))
    total = 0
    after = 0
    audit = cast(Table, AuditEvent.__table__)
    while ids := list(connection.scalars(select(created.c.id).where(created.c.id > after)
                                         .order_by(created.c.id).limit(BATCH))):
        # found by search at once; new clients have no index rows to delete first (on
        # PostgreSQL that delete, planned without statistics for a table filled in this
        # transaction, scanned the whole index table every batch)
        client_search.add_tokens(session, connection.execute(
            select(Client.id, Client.search_name, Client.search_digits, Client.search_last)
            .where(Client.id.in_(ids))).all())
        bulk.insert_rows(session, audit, [
            audit_row(actor, "create", "client", client_id, client_id, imported=True)
            for client_id in ids])
        total += len(ids)
        after = ids[-1]
    record(session, actor, "import", "client", None, None, created=total, skipped=matched)
    return total, matched
