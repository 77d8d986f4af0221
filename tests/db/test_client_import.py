"""Importing clients from CSV files, on SQLite and PostgreSQL: check first, then all or none."""

from __future__ import annotations

import codecs
from datetime import date, timedelta
from pathlib import Path

import pytest

from pgp_desk.db.models import AuditEvent, Client
from pgp_desk.services.audit import audit_chain
from pgp_desk.services.audit.audit import DATABASE_ACTIONS
from pgp_desk.services.clients import client_import, clients, import_file
from pgp_desk.services.clients.client_import import ImportCancelled, check_file, import_clients
from pgp_desk.services.errors import UserError

TODAY = date(2026, 6, 1)
DANISH = (
    "Fornavn;Efternavn;Fødselsdato;CPR-nr.;Telefon;E-mail;Adresse;Postnr;By;Sprog;Journalnr\n"
    "Søren;Østergård;24.03.1990;240390-1234;+45 12 34 56 78;soren@example.dk;Æblevej 3;"
    "2100;København Ø;dansk;J-1\n"
    "Åse;Lie;02.01.1985;;;;;;;norsk;J-2\n"
    "Bodil;Nørgaard;1988-07-15;;22 33 44 55;;;;;;J-3\n"
)


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def count_clients(db) -> int:  # type: ignore[no-untyped-def]
    from sqlalchemy import func, select

    with db.sessions() as session:
        return session.scalar(select(func.count(Client.id))) or 0


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
def test_danish_file_in_every_encoding(db, actor, tmp_path: Path, encoding: str) -> None:  # type: ignore[no-untyped-def]
    """UTF-8 with and without BOM, Windows-1252 and UTF-16 read the same æ, ø and å."""
    path = write(tmp_path / "klienter.csv", DANISH, encoding)
    report = check_file(db, actor, path, today=TODAY)
    assert report.ok, [p.describe() for p in report.problems]
    assert report.delimiter == ";"
    assert report.encoding == encoding
    assert ("Journalnr", None) in report.columns
    first = report.preview[0].data
    assert (first.first_name, first.last_name) == ("Søren", "Østergård")
    assert first.birth_date == date(1990, 3, 24)
    assert first.address == "Æblevej 3, 2100 København Ø"
    assert [r.data.language for r in report.preview] == ["da", "nb", "da"]
    result = import_clients(db, actor, report)
    assert result.created == 3
    found = clients.search_clients(db, actor, "soeren ostergaard")
    assert [r.display_name for r in found.rows] == ["Søren Østergård"]


def test_comma_separated_english_headers_and_quotes(db, actor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """',' files with English headers work; a quoted comma and line break stay in the cell."""
    text = ('first_name,last_name,birth_date,email,notes,language\n'
            'Anna,"Smith, Jr",1991-02-03,anna@example.com,"two\nlines",en\n'
            'Kari,Berg,,,,nb\n')
    report = check_file(db, actor, write(tmp_path / "c.csv", text), today=TODAY)
    assert report.ok and report.delimiter == ","
    assert report.preview[0].data.last_name == "Smith, Jr"
    assert report.preview[0].data.notes == "two\nlines"
    assert [r.line for r in report.preview] == [2, 4]  # the quoted line break is line 3


def test_norwegian_headers_full_name_and_fodselsnummer(db, actor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Navn/Fødselsnummer/Språk headers; the birth date comes from the fødselsnummer."""
    text = "Navn;Fødselsnummer;Språk;Fastlege\nKari Nordmann Berg;150390 10043;bokmål;Dr. Lie\n"
    report = check_file(db, actor, write(tmp_path / "n.csv", text), today=TODAY)
    assert report.ok, [p.describe() for p in report.problems]
    data = report.preview[0].data
    assert (data.first_name, data.last_name) == ("Kari Nordmann", "Berg")
    assert data.birth_date == date(1990, 3, 15)
    assert data.language == "nb" and data.gp == "Dr. Lie"


def test_row_errors_carry_file_line_numbers(db, actor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Each bad row is reported with its line in the file; blank lines still count."""
    text = ("Fornavn;Efternavn;Fødselsdato;Email;Sprog;CPR\n"
            "Anna;Hansen;24.03.1990;;;\n"
            "\n"
            "Bo;;01.01.1980;;;\n"               # line 4: no last name
            "Cecilie;Holm;31.02.1990;;;\n"      # line 5: no such date
            "Dorte;Lund;1.1.1985;not-mail;fr;\n"  # line 6: email and language
            "Eva;Berg;;;;103901234\n"           # line 7: CPR lost its leading 0
            "Fie;Dam;01.01.1990;;;;extra\n")   # line 8: too many values
    report = check_file(db, actor, write(tmp_path / "bad.csv", text), today=TODAY)
    assert not report.ok
    found = {(p.line, p.field, p.code) for p in report.problems}
    assert (4, "last_name", "required") in found
    assert (5, "birth_date", "invalid") in found
    assert (6, "email", "email") in found
    assert (6, "language", "choice") in found
    assert (7, "national_id", "leading_zero") in found
    assert (8, "row", "too_many_values") in found
    assert report.error_lines == [4, 5, 6, 7, 8]
    assert [r.line for r in report.preview] == [2]
    assert "lines 4, 5, 6, 7, 8" in report.refusal()
    with pytest.raises(UserError, match="nothing was imported"):
        import_clients(db, actor, report)
    assert count_clients(db) == 0


def test_duplicates_within_the_file(db, actor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Same CPR, or same folded name and birth date, as an earlier line is a problem."""
    text = ("Fornavn;Efternavn;Fødselsdato;CPR\n"
            "Søren;Østergaard;24.03.1990;2403901234\n"
            "Anna;Holm;;240390-1234\n"          # same CPR as line 2
            "Soeren;Oestergaard;24-03-1990;\n")  # same person, other spelling
    report = check_file(db, actor, write(tmp_path / "dup.csv", text), today=TODAY)
    duplicates = [(p.line, p.field, p.other_line) for p in report.problems
                  if p.code == "duplicate_in_file"]
    assert duplicates == [(3, "national_id", 2), (4, "name", 2)]
    assert not report.ok


def test_duplicates_in_the_database_block_or_are_skipped(db, actor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A client already registered blocks the file, unless told to leave such rows out."""
    existing = clients.create_client(db, actor, clients.ClientInput(
        first_name="Åse", last_name="Lie", birth_date=date(1985, 1, 2)))
    by_id = clients.create_client(db, actor, clients.ClientInput(
        first_name="Other", last_name="Name", national_id="2403901234"))
    path = write(tmp_path / "k.csv", DANISH)
    report = check_file(db, actor, path, today=TODAY)
    found = {(p.line, p.field, p.client_id) for p in report.problems
             if p.code == "duplicate_in_database"}
    assert found == {(2, "national_id", by_id.id), (3, "name", existing.id)}
    assert not report.ok
    skipping = check_file(db, actor, path, skip_duplicates=True, today=TODAY)
    assert skipping.ok and [r.line for r in skipping.preview] == [4]
    assert len(skipping.skipped) == skipping.skipped_count == 2
    assert import_clients(db, actor, skipping).created == 1
    assert count_clients(db) == 3


def test_someone_registers_a_client_after_the_check(db, actor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A duplicate that appears between the check and the import stops the whole import."""
    report = check_file(db, actor, write(tmp_path / "k.csv", DANISH), today=TODAY)
    assert report.ok
    clients.create_client(db, actor, clients.ClientInput(
        first_name="Bodil", last_name="Nørgaard", birth_date=date(1988, 7, 15)))
    with pytest.raises(UserError, match="line"):
        import_clients(db, actor, report)
    assert count_clients(db) == 1


def test_all_or_nothing_when_stopped_midway(db, actor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Stopping after the first batch was written rolls every row back."""
    lines = ["Fornavn;Efternavn;Fødselsdato"]
    lines += [f"Anna{i};Hansen;{1 + i % 28:02d}.0{1 + i % 9}.19{60 + i % 40}"
              for i in range(client_import.BATCH + 50)]
    report = check_file(db, actor, write(tmp_path / "big.csv", "\n".join(lines)), today=TODAY)
    assert report.ok, report.problems[:3]
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        if done >= client_import.BATCH:
            raise ImportCancelled("stopped")

    with pytest.raises(ImportCancelled):
        import_clients(db, actor, report, progress)
    assert seen == [0, client_import.BATCH]
    assert count_clients(db) == 0


def test_import_is_audited(db, actor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The check, every created client and the import itself leave audit events."""
    from sqlalchemy import select

    report = check_file(db, actor, write(tmp_path / "k.csv", DANISH), today=TODAY)
    result = import_clients(db, actor, report)
    with db.sessions() as session:
        events = list(session.scalars(select(AuditEvent).where(
            AuditEvent.action.not_in(DATABASE_ACTIONS), AuditEvent.entity != "person")
            .order_by(AuditEvent.id)))  # not the database's own rows, not the sign-ins
    actions = [e.action for e in events]
    assert actions[0] == "import_check" and actions[-1] == "import"
    created = [e.client_id for e in events if e.action == "create"]
    with db.sessions() as session:
        assert created == list(session.scalars(select(Client.id).order_by(Client.id)))
    assert result.created == 3
    assert events[-1].details["created"] == 3
    assert "Søren" not in str([e.details for e in events])  # no personal data in the trail
    audit_chain.seal(db)  # the bulk-written events seal and verify like any other
    assert audit_chain.verify(db).intact


def test_hostile_values_are_plain_text(db, actor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Markup, emoji, quotes and 300-character names import unchanged; 301 is refused."""
    long = "Å" * 300
    text = ('Fornavn;Efternavn\n"<b>Anna & \'Bo\'</b> 😀";' + long + "\n"
            "Too;" + "x" * 301 + "\n")
    report = check_file(db, actor, write(tmp_path / "h.csv", text), today=TODAY)
    assert [(p.line, p.field, p.code) for p in report.problems] == [(3, "last_name", "too_long")]
    good = report.preview[0].data
    assert good.first_name == "<b>Anna & 'Bo'</b> 😀" and good.last_name == long


def test_unreadable_files_are_one_sentence(db, actor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Missing name columns, wrong encodings and empty files are refused with a reason."""
    with pytest.raises(UserError, match="first and last name"):
        check_file(db, actor, write(tmp_path / "a.csv", "Telefon;Email\n1;a@b.dk\n"))
    cp = write(tmp_path / "b.csv", "Fornavn;Efternavn\nSøren;Ø\n", "cp1252")
    with pytest.raises(UserError, match="line 2 is not valid UTF-8"):
        check_file(db, actor, cp, encoding="utf-8")
    bom = write(tmp_path / "c.csv", "Fornavn;Efternavn\nA;B\n", "utf-8-sig")
    with pytest.raises(UserError, match="UTF-8 marker"):
        check_file(db, actor, bom, encoding="cp1252")
    mixed = tmp_path / "d.csv"
    mixed.write_bytes("Fornavn;Efternavn\nSøren;Ø\n".encode() + "Åse;Lie\n".encode("cp1252"))
    with pytest.raises(UserError, match="mixes UTF-8 and Windows-1252"):
        check_file(db, actor, mixed)
    with pytest.raises(UserError, match="empty"):
        check_file(db, actor, write(tmp_path / "e.csv", "\n\n"))
    with pytest.raises(UserError, match="does not exist"):
        check_file(db, actor, tmp_path / "missing.csv")


def test_excel_sep_line_and_explicit_encoding(db, actor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Excel's 'sep=,' first line sets the separator; line numbers still match the file."""
    text = "sep=,\nFornavn,Efternavn,Fødselsdato\nAnna,Holm,32.01.1990\n"
    report = check_file(db, actor, write(tmp_path / "s.csv", text, "cp1252"),
                        encoding="cp1252", today=TODAY)
    assert report.delimiter == "," and report.encoding == "cp1252"
    assert [(p.line, p.field) for p in report.problems] == [(3, "birth_date")]


def test_bom_is_not_part_of_the_first_header(tmp_path: Path) -> None:
    """The UTF-8 byte order mark is stripped before the header is matched."""
    path = tmp_path / "bom.csv"
    path.write_bytes(codecs.BOM_UTF8 + b"Fornavn;Efternavn\n")
    facts = import_file.survey(path)
    assert facts.encoding == "utf-8-sig" and facts.lines == 1
    with import_file.open_text(path, facts.encoding) as stream:
        assert stream.readline().startswith("Fornavn")


def test_check_reports_progress_through_the_file(db, actor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Checking a large file reports lines read, from 0 to the last line."""
    lines = ["Fornavn;Efternavn"] + [f"Anna{i};Holm" for i in range(1200)]
    seen: list[tuple[int, int]] = []
    check_file(db, actor, write(tmp_path / "p.csv", "\n".join(lines) + "\n"),
               progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 1201) and seen[-1] == (1201, 1201)
    assert len(seen) >= 4 and [d for d, _ in seen] == sorted(d for d, _ in seen)


def many(count: int, extra: dict[int, str] | None = None) -> str:
    """A header and ``count`` clean rows (distinct CPR numbers and names); ``extra``
    replaces the row on a given file line."""
    rows = ["Fornavn;Efternavn;Fødselsdato;CPR"]
    for i in range(count):
        born = date(1960, 1, 1) + timedelta(days=i)
        rows.append(f"Anna{i};Holm;{born:%d.%m.%Y};")
    for line, text in (extra or {}).items():
        rows[line - 1] = text
    return "\n".join(rows) + "\n"


def test_duplicates_are_found_across_batches(db, actor, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A row repeating one read several batches earlier (by CPR, or by name and birth
    date) is found: the keys are compared in the database, not batch by batch."""
    monkeypatch.setattr(client_import, "BATCH", 50)
    text = many(300, {3: "Søren;Holm;24.03.1990;240390-1234",
                      280: "Bo;Dam;;2403901234",           # CPR of line 3
                      250: "Anna8;Holm;09.01.1960;"})      # name and birth of line 10
    report = check_file(db, actor, write(tmp_path / "m.csv", text), today=TODAY)
    found = [(p.line, p.field, p.other_line) for p in report.problems]
    assert found == [(250, "name", 10), (280, "national_id", 3)]
    assert report.error_line_count == 2 and report.error_lines == [250, 280]
    assert report.row_count == 300 and report.ready == 298
    assert not report.ok


def test_registered_clients_in_any_batch_skipped(db, actor, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Rows matching registered clients anywhere in a long file are left out, counted."""
    monkeypatch.setattr(client_import, "BATCH", 50)
    for i in (5, 170):
        clients.create_client(db, actor, clients.ClientInput(
            first_name=f"Anna{i}", last_name="Holm",
            birth_date=date(1960, 1, 1) + timedelta(days=i)))
    path = write(tmp_path / "m.csv", many(200))
    blocked = check_file(db, actor, path, today=TODAY)
    assert blocked.error_lines == [7, 172] and not blocked.ok
    report = check_file(db, actor, path, skip_duplicates=True, today=TODAY)
    assert report.ok and report.ready == 198 and report.skipped_count == 2
    result = import_clients(db, actor, report)
    assert (result.created, result.skipped) == (198, 2)
    assert count_clients(db) == 200


def test_a_bad_last_line_stops_a_long_file(db, actor, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The check reads to the end: one bad row after many good batches refuses the file."""
    monkeypatch.setattr(client_import, "BATCH", 50)
    text = many(400, {401: "Zoe;;01.01.1990;"})
    report = check_file(db, actor, write(tmp_path / "m.csv", text), today=TODAY)
    assert report.error_lines == [401] and report.ready == 399
    with pytest.raises(UserError, match="line 401"):
        import_clients(db, actor, report)
    assert count_clients(db) == 0


def test_a_bad_last_line_since_the_check_rolls_back(db, actor, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The import reads the file again: if its last line went bad since the check, every
    staged batch before it is thrown away and nothing is published."""
    monkeypatch.setattr(client_import, "BATCH", 50)
    path = write(tmp_path / "m.csv", many(400))
    report = check_file(db, actor, path, today=TODAY)
    assert report.ok
    write(path, many(400, {401: "Zoe;;01.01.1990;"}))
    seen: list[int] = []
    with pytest.raises(UserError, match="changed after it was checked"):
        import_clients(db, actor, report, lambda done, total: seen.append(done))
    assert seen[-1] == 350  # seven batches were staged before the last line
    assert count_clients(db) == 0


def test_a_file_changed_since_the_check_is_refused(db, actor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Same rows, one letter different: the fingerprint differs, nothing is imported."""
    path = write(tmp_path / "k.csv", DANISH)
    report = check_file(db, actor, path, today=TODAY)
    write(path, DANISH.replace("Bodil", "Bodel"))
    with pytest.raises(UserError, match="changed after it was checked"):
        import_clients(db, actor, report)
    assert count_clients(db) == 0


def test_import_reports_progress_batch_by_batch(db, actor, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The import reports rows staged, from 0 to every row, one report per batch."""
    monkeypatch.setattr(client_import, "BATCH", 50)
    report = check_file(db, actor, write(tmp_path / "m.csv", many(120)), today=TODAY)
    seen: list[tuple[int, int]] = []
    import_clients(db, actor, report, lambda done, total: seen.append((done, total)))
    assert seen == [(0, 120), (50, 120), (100, 120), (120, 120)]
    assert count_clients(db) == 120


def test_a_report_lists_some_problems_counts_all(db, actor, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A file that is wrong on every line lists a few problems but counts every one."""
    monkeypatch.setattr(client_import, "LISTED", 5)
    text = "Fornavn;Efternavn\n" + "".join(f"Anna{i};\n" for i in range(40))
    report = check_file(db, actor, write(tmp_path / "m.csv", text), today=TODAY)
    assert [p.line for p in report.problems] == [2, 3, 4, 5, 6]
    assert report.problem_count == 40 and report.error_line_count == 40
    assert "40 rows have problems (lines 2, 3, 4, 5, 6 …)" in report.refusal()
