"""After erasing a client, no file PGP Desk writes still holds her words (SQLite), and
neither the rows nor a ``pg_dump`` of a clinic database do (PostgreSQL).

The application stays open during the erasure (so the WAL is live), she has a draft, an
issued handout and a copy in ``backups/`` from an upgrade. Afterwards a marker from her
name, notes and CPR number is searched for in every file in the data folder, the database
with its WAL and shared-memory files, and the live rows.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from pgp_desk import config
from pgp_desk.db import migrate
from pgp_desk.services import drafts
from pgp_desk.services.clients import clients, privacy
from pgp_desk.services.handouts import handouts
from pgp_desk.services.people import signin

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from handout_world import make_episode, make_programme
from people_world import TEST_PASSWORD, workstation_url

MARKER = "Zqxmarker"


def _files_with(marker: bytes, *folders: Path) -> list[str]:
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file() and marker in path.read_bytes():
                found.append(str(path))
    return found


def _in_memory(marker: str) -> bool:
    """Whether the handout memory (parsed paragraphs, compressed PDF streams) holds it."""
    import zlib

    from pgp_desk.pdf import compression, paragraph

    if any(marker in repr(key) for key in list(paragraph._parsed)):
        return True
    kept = list(compression.remember_compression()._kept.values())
    return any(marker.encode() in zlib.decompress(out) for out in kept)


def test_erasure_leaves_no_trace_in_any_file(sqlite_db, sqlite_actor) -> None:  # type: ignore[no-untyped-def]
    db, actor = sqlite_db, sqlite_actor
    made = clients.create_client(db, actor, clients.ClientInput(
        first_name=f"{MARKER}Anna", last_name="Holm", national_id="010190-1234",
        notes=f"{MARKER} told me about her back"))
    episode_id = make_episode(db, actor, made.id)
    programme_id = make_programme(db, actor, episode_id, note=f"{MARKER} note")
    handouts.issue_handout(db, actor, programme_id)
    drafts.write_draft(db.url, "assessment-new-1", {"notes": f"{MARKER} unsaved"},
                       episode_id=episode_id, client_id=made.id)
    other = drafts.write_draft(db.url, "assessment-new-999", {"notes": "someone else"},
                               episode_id=999, client_id=made.id + 1)
    backup = migrate.backup_sqlite(db.engine, config.backup_dir() /
                                   "clinic-before-upgrade-20260101-120000.sqlite3")
    database = Path(db.engine.url.database)
    assert _files_with(MARKER.encode(), config.data_dir(), database.parent)
    assert _in_memory(MARKER)  # the issued handout's texts and pages, kept for speed

    held = privacy.erase_client(db, actor, made.id, f"{MARKER}Anna Holm",
                                legal_basis="GDPR art. 17(1)(d): recorded by mistake")
    assert [copy.path for copy in held] == [backup]
    assert held[0].taken.year >= 2026
    privacy.delete_backups([copy.path for copy in held])

    assert _files_with(MARKER.encode(), config.data_dir(), database.parent) == []
    assert _files_with(b"010190", config.data_dir(), database.parent) == []
    assert not _in_memory(MARKER)
    assert other.exists()  # another client's draft is left alone
    with db.engine.connect() as connection:
        for table in ("client", "episode", "programme", "programme_item", "issued_handout",
                      "audit_event"):
            rows = connection.execute(text(f"SELECT * FROM {table}")).fetchall()
            assert MARKER not in repr(rows), table


def _dump(url: str) -> bytes:
    """The whole database as ``pg_dump`` writes it (plain SQL), read as the owner."""
    libpq = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    return subprocess.run(["pg_dump", "--no-owner", "--dbname", libpq], capture_output=True,
                          check=True, timeout=120).stdout


@pytest.mark.postgres
def test_erasure_on_postgresql_leaves_no_trace_in_a_dump(postgres_url: str) -> None:
    """Erased through the administrators' function over her own login: neither the live
    rows nor a ``pg_dump`` of the clinic database hold her name, notes or CPR number."""
    db, admin = signin.connect_as(workstation_url(postgres_url), "therapist", TEST_PASSWORD)
    try:
        made = clients.create_client(db, admin, clients.ClientInput(
            first_name=f"{MARKER}Anna", last_name="Holm", national_id="010190-1234",
            notes=f"{MARKER} told me about her back"))
        episode_id = make_episode(db, admin, made.id)
        programme_id = make_programme(db, admin, episode_id, note=f"{MARKER} note")
        handouts.issue_handout(db, admin, programme_id)
        before = _dump(postgres_url)
        assert MARKER.encode() in before and b"010190" in before  # the search can find her

        privacy.erase_client(db, admin, made.id, f"{MARKER}Anna Holm",
                             legal_basis="GDPR art. 17(1)(d): recorded by mistake")
    finally:
        db.close()
    after = _dump(postgres_url)
    assert MARKER.encode() not in after
    assert b"010190" not in after
