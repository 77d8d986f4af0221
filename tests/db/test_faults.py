"""Faults at the service boundary: control characters, a lost connection, nothing leaked."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, event, text

from people_world import TEST_PASSWORD, cli_sign_in, sign_in_as
from pgp_desk.services.clients import client_import, clients, episodes
from pgp_desk.services.database import open_database
from pgp_desk.services.errors import DatabaseError, ValidationError
from pgp_desk.services.programmes import programmes

MARKER = "Kirstine-Mærkestreng-4711"
DUE = date.today() + timedelta(days=100)


def _client(db, actor, **fields):  # type: ignore[no-untyped-def]
    data = clients.ClientInput(first_name="Aase", last_name="Holm")
    for name, value in fields.items():
        setattr(data, name, value)
    return clients.create_client(db, actor, data)


@pytest.mark.parametrize(("field", "value"), [
    ("first_name", "Aase\x1b[31m"), ("last_name", "Holm\x07"), ("phone", "12\x0034"),
    ("notes", "line one\x00"), ("email", "a@b.dk\x1b"), ("address", "Vej 1\x7f"),
    ("gp", "Dr.\x85Hansen"), ("first_name", "Aase\nHolm"), ("midwife", "Jordemoder\tKari"),
])
def test_control_characters_are_refused_by_field(db, actor, field: str, value: str) -> None:  # type: ignore[no-untyped-def]
    """NUL, BEL, ESC, DEL, C1 controls anywhere, and newline or tab in one-line fields,
    are refused with the field named; nothing is stored."""
    with pytest.raises(ValidationError) as caught:
        _client(db, actor, **{field: value})
    assert caught.value.by_field()[field].code == "control_character"
    assert "\x1b" not in str(caught.value) and "\x00" not in str(caught.value)
    assert clients.count_clients(db, actor) == 0


def test_multi_line_notes_and_format_characters_are_kept(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Newline and tab in notes, CR LF from Windows, the zero-width joiner and bidi marks
    in names (emoji, Arabic) are kept exactly."""
    made = _client(db, actor, first_name="\u200fعائشة", last_name="Holm 👩\u200d⚕️",
                   notes="Første linje\r\n\tanden linje\nslut", address="Vej 1\n8000 Aarhus")
    got = clients.get_client(db, actor, made.id)
    assert got.first_name == "\u200fعائشة" and got.last_name == "Holm 👩\u200d⚕️"
    assert got.notes == "Første linje\r\n\tanden linje\nslut"


def test_every_service_is_guarded_not_only_clients(db, actor) -> None:  # type: ignore[no-untyped-def]
    """The guard sits at the session: an episode's referral, a programme's title too."""
    made = _client(db, actor)
    with pytest.raises(ValidationError) as caught:
        episodes.create_episode(db, actor, made.id,
                                episodes.EpisodeInput(due_date=DUE, referral_source="Læge\x00"))
    assert caught.value.by_field()["referral_source"].code == "control_character"
    episode = episodes.create_episode(db, actor, made.id, episodes.EpisodeInput(due_date=DUE))
    programme = programmes.create_programme(db, actor, episode.id)
    with pytest.raises(ValidationError):
        programmes.save_programme(db, actor, programme,
                                  replace(programme.as_input(), title="Øvelser\x1b[2J"))


def test_import_check_names_the_line_of_a_control_character(db, actor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A NUL byte in a CSV name is a problem on its line; the import never reaches the
    database (PostgreSQL would refuse the NUL with the whole batch in the error)."""
    csv = tmp_path / "k.csv"
    csv.write_bytes(b"Fornavn;Efternavn;Noter\nAnna;Hansen;ok\nBo\x00;Lund;x\n"
                    b"Cecilie;Holm;a\x1bb\n")
    report = client_import.check_file(db, actor, csv)
    found = {(p.line, p.field, p.code) for p in report.problems}
    assert found == {(3, "first_name", "control_character"),
                     (4, "notes", "control_character")}
    assert not report.ok
    assert clients.count_clients(db, actor) == 0


def test_terminal_output_escapes_control_characters(sqlite_url: str, tmp_path: Path) -> None:
    """A name stored before the guard (ESC, BEL) is printed escaped by `clients search`."""
    db = open_database(sqlite_url, upgrade=False)
    actor = sign_in_as(db, "therapist")
    made = _client(db, actor, first_name="Bell", last_name="Ring")
    db.close()
    engine = create_engine(sqlite_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE client SET first_name = :n WHERE id = :i"),
                           {"n": "Be\x07ll\x1b[2J", "i": made.id})
    engine.dispose()
    result = subprocess.run(
        [sys.executable, "-m", "pgp_desk", "clients", "search", "--database", sqlite_url,
         *cli_sign_in()], capture_output=True, text=True, timeout=60, check=False,
        input=TEST_PASSWORD + "\n")
    assert result.returncode == 0, result.stderr
    assert "\x07" not in result.stdout and "\x1b" not in result.stdout
    assert "Be\\x07ll\\x1b[2J" in result.stdout


@pytest.mark.postgres
def test_connection_lost_mid_save_shows_no_sql_and_no_note(postgres_url: str) -> None:
    """The server connection dies during a save: one sentence naming the server, nothing
    of the statement or the note; the record is unchanged and a retry saves it."""
    db = open_database(postgres_url, upgrade=False)
    killer = create_engine(postgres_url)
    try:
        actor = sign_in_as(db, "therapist")
        made = _client(db, actor, notes="first")

        def connection_dies(session, _context, _instances) -> None:  # type: ignore[no-untyped-def]
            pid = session.execute(text("SELECT pg_backend_pid()")).scalar_one()
            with killer.begin() as connection:
                connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})

        event.listen(db.sessions, "before_flush", connection_dies, once=True)
        edited = replace(made.as_input(), notes=f"{MARKER} confided something")
        with pytest.raises(DatabaseError) as caught:
            clients.update_client(db, actor, made, edited)
        message = str(caught.value)
        assert "connection" in message and "lost" in message
        assert MARKER not in message and "UPDATE" not in message
        assert "pgpdesk_test:" not in message  # never the password part of the URL
        assert clients.get_client(db, actor, made.id).notes == "first"
        saved = clients.update_client(db, actor, made, edited)  # the form kept it: retry
        assert saved.notes.startswith(MARKER)
    finally:
        killer.dispose()
        db.close()


def test_a_save_waits_behind_a_long_write_instead_of_failing(sqlite_db, sqlite_actor) -> None:  # type: ignore[no-untyped-def]
    """Another program holds SQLite's write lock for 7 s (longer than the old 5 s limit):
    the therapist's save waits for it and succeeds; nothing she typed is lost."""
    import sqlite3
    import threading
    import time

    made = _client(sqlite_db, sqlite_actor, notes="before")
    path = str(sqlite_db.engine.url.database)
    locked = threading.Event()

    def long_writer() -> None:
        connection = sqlite3.connect(path, isolation_level=None)
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("UPDATE clinic SET phone = phone")
        locked.set()
        time.sleep(7)
        connection.execute("COMMIT")
        connection.close()

    writer = threading.Thread(target=long_writer)
    writer.start()
    locked.wait(10)
    started = time.monotonic()
    saved = clients.update_client(sqlite_db, sqlite_actor, made,
                                  replace(made.as_input(), notes="typed while busy"))
    writer.join()
    assert saved.notes == "typed while busy"
    assert time.monotonic() - started > 5


def test_others_write_while_an_import_is_staged(sqlite_db, sqlite_actor, tmp_path: Path,
                                                monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Between the import's staging batches another program writes at once (SQLite locks
    the whole file for a write); the import still lands whole, every client audited."""
    import sqlite3

    from sqlalchemy import func, select

    from pgp_desk.db.models import AuditEvent, Client

    monkeypatch.setattr(client_import, "BATCH", 100)
    csv = tmp_path / "k.csv"
    csv.write_text("Fornavn;Efternavn\n" + "".join(f"Anna{i};Holm{i}\n" for i in range(450)),
                   encoding="utf-8")
    report = client_import.check_file(sqlite_db, sqlite_actor, csv)
    other = sqlite3.connect(str(sqlite_db.engine.url.database), timeout=0.2,
                            isolation_level=None)
    written: list[int] = []

    def other_program_writes(done: int, _total: int) -> None:
        if 0 < done < 450:
            other.execute("UPDATE clinic SET phone = phone")  # locked: raises at once
            written.append(done)

    result = client_import.import_clients(sqlite_db, sqlite_actor, report,
                                          progress=other_program_writes)
    other.close()
    assert written == [100, 200, 300, 400]
    assert result.created == 450
    with sqlite_db.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Client)) == 450
        audited = session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "create", AuditEvent.entity == "client"))
    assert audited == 450
