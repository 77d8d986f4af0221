"""The audit trail's hash chain: sealed off the hot path, and any later change is named."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import text

from pgp_desk.cli.main import main
from pgp_desk.db.models import AuditEvent
from pgp_desk.services import audit_chain, clients
from pgp_desk.services.clients import ClientInput

# Three fixed events and the head their chain must have on every database.
FIXED = [
    dict(id=1, at=datetime(2026, 5, 4, 9, 30, 1, 250000, tzinfo=UTC), user_id=1,
         username="anne", workstation="desk-1", action="read", entity="client",
         entity_id=7, client_id=7, details={}),
    dict(id=2, at=datetime(2026, 5, 4, 9, 31, tzinfo=UTC), user_id=1, username="anne",
         workstation="desk-1", action="update", entity="client", entity_id=7, client_id=7,
         details={"fields": ["email", "phone"]}),
    dict(id=3, at=datetime(2026, 5, 4, 9, 40, tzinfo=UTC), user_id=None, username="",
         workstation="", action="retire", entity="exercise", entity_id=None,
         client_id=None, details={"code": "GLOB-CLAM"}),
]
FIXED_HEAD = "4bb2f1ffb416276a239322df13b79bde5fe7bd75d99fe7d10d3e79da3c2e9991"


def _events(db, actor, n: int = 3) -> None:  # type: ignore[no-untyped-def]
    for i in range(n):
        made = clients.create_client(db, actor, ClientInput(first_name=f"Ea{i}",
                                                            last_name="Holm"))
        clients.get_client(db, actor, made.id)


def test_the_chain_is_the_same_on_every_database(db) -> None:  # type: ignore[no-untyped-def]
    """The same events give the same head hash on SQLite and on PostgreSQL."""
    with db.sessions.begin() as session:
        session.add_all(AuditEvent(**row) for row in FIXED)
    result = audit_chain.seal(db)
    assert (result.sealed, result.links, result.head) == (3, 3, FIXED_HEAD)
    assert audit_chain.verify(db, FIXED_HEAD).intact


def test_sealing_extends_the_chain_and_old_heads_stay_valid(db, actor) -> None:  # type: ignore[no-untyped-def]
    """A second pass seals only the new events; a head printed earlier is still found."""
    _events(db, actor, 2)
    first = audit_chain.seal(db)
    assert first.sealed == first.links == 4
    assert audit_chain.seal(db) == audit_chain.SealResult(0, 4, first.head)
    _events(db, actor, 1)
    assert audit_chain.verify(db).unsealed == 2
    second = audit_chain.seal(db)
    assert (second.sealed, second.links) == (2, 6) and second.head != first.head
    report = audit_chain.verify(db, first.head)
    assert report.intact and report.links == 6 and report.unsealed == 0
    assert audit_chain.verify(db, second.head.upper()).intact


def test_a_row_changed_with_plain_sql_is_named(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Changing one sealed event with SQL breaks exactly its link, and verify names it."""
    _events(db, actor)
    audit_chain.seal(db)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE audit_event SET action = 'read' WHERE id = 3"))
    report = audit_chain.verify(db)
    assert not report.intact
    assert (report.broken_seq, report.broken_event, report.reason) == (3, 3, "changed")
    assert report.links == 2


def test_removed_events_and_links_are_found(db, actor) -> None:  # type: ignore[no-untyped-def]
    """A deleted event, a deleted link, and a cut-off tail (against the kept head)."""
    _events(db, actor)
    head = audit_chain.seal(db).head
    with db.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_seal WHERE seq = 6"))
        connection.execute(text("DELETE FROM audit_event WHERE id = 6"))
    cut = audit_chain.verify(db)
    assert cut.intact and cut.links == 5  # without the kept head nobody can tell
    assert audit_chain.verify(db, head).reason == "head not found"
    with db.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_event WHERE id = 4"))
    assert (audit_chain.verify(db).broken_seq, audit_chain.verify(db).reason) == (
        4, "missing event")
    with db.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_seal WHERE seq = 2"))
    assert (audit_chain.verify(db).broken_seq, audit_chain.verify(db).reason) == (
        2, "missing link")


def test_cli_seals_prints_the_head_and_verify_names_the_broken_link(  # type: ignore[no-untyped-def]
        db, db_url, actor, capsys) -> None:
    """`audit seal` prints the head alone on stdout; `audit verify` exits 1 naming the event."""
    _events(db, actor, 2)
    assert main(["--database", db_url, "audit", "seal"]) == 0
    head = capsys.readouterr().out.strip()
    assert len(head) == 64
    assert main(["--database", db_url, "audit", "verify", "--head", head]) == 0
    assert "intact: 4 links" in capsys.readouterr().out
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE audit_event SET workstation = 'elsewhere' "
                                "WHERE id = 2"))
    assert main(["--database", db_url, "audit", "verify", "--head", head]) == 1
    out = capsys.readouterr().out
    assert "BROKEN at link 2 (audit event 2)" in out and "changed" in out
