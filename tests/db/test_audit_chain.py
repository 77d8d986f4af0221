"""The audit trail's hash chain: sealed off the hot path, and any later change is named."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import delete, func, select, text

from pgp_desk.cli.main import main
from pgp_desk.db.models import AuditEvent
from pgp_desk.services.audit import audit_chain
from pgp_desk.services.clients import clients
from pgp_desk.services.clients.clients import ClientInput

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


def _events(db, actor, n: int = 3) -> int:  # type: ignore[no-untyped-def]
    """Add events; returns how many the trail holds now (PostgreSQL's triggers add some)."""
    for i in range(n):
        made = clients.create_client(db, actor, ClientInput(first_name=f"Ea{i}",
                                                            last_name="Holm"))
        clients.get_client(db, actor, made.id)
    with db.sessions() as session:
        return session.scalar(select(func.count(AuditEvent.id))) or 0


def _ids(db) -> list[int]:  # type: ignore[no-untyped-def]
    with db.sessions() as session:
        return list(session.scalars(select(AuditEvent.id).order_by(AuditEvent.id)))


def test_the_chain_is_the_same_on_every_database(db) -> None:  # type: ignore[no-untyped-def]
    """The same events give the same head hash on SQLite and on PostgreSQL."""
    with db.sessions.begin() as session:
        # the test clinic's people were created and signed in: start from no events
        session.execute(delete(AuditEvent))
        session.add_all(AuditEvent(**row) for row in FIXED)
    result = audit_chain.seal(db)
    assert (result.sealed, result.links, result.head) == (3, 3, FIXED_HEAD)
    assert audit_chain.verify(db, FIXED_HEAD).intact


def test_sealing_extends_the_chain_and_old_heads_stay_valid(db, actor) -> None:  # type: ignore[no-untyped-def]
    """A second pass seals only the new events; a head printed earlier is still found."""
    total = _events(db, actor, 2)
    first = audit_chain.seal(db)
    assert first.sealed == first.links == total
    assert audit_chain.seal(db) == audit_chain.SealResult(0, total, first.head)
    more = _events(db, actor, 1)
    assert audit_chain.verify(db).unsealed == more - total
    second = audit_chain.seal(db)
    assert (second.sealed, second.links) == (more - total, more)
    assert second.head != first.head
    report = audit_chain.verify(db, first.head)
    assert report.intact and report.links == more and report.unsealed == 0
    assert audit_chain.verify(db, second.head.upper()).intact


def test_a_row_changed_with_plain_sql_is_named(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Changing one sealed event with SQL breaks exactly its link, and verify names it."""
    _events(db, actor)
    audit_chain.seal(db)
    target = _ids(db)[2]
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE audit_event SET action = 'read' WHERE id = :i"),
                           {"i": target})
    report = audit_chain.verify(db)
    assert not report.intact
    assert (report.broken_seq, report.broken_event, report.reason) == (3, target, "changed")
    assert report.links == 2


def test_removed_events_and_links_are_found(db, actor) -> None:  # type: ignore[no-untyped-def]
    """A deleted event, a deleted link, and a cut-off tail (against the kept head)."""
    total = _events(db, actor)
    head = audit_chain.seal(db).head
    ids = _ids(db)
    with db.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_seal WHERE seq = :s"), {"s": total})
        connection.execute(text("DELETE FROM audit_event WHERE id = :i"), {"i": ids[-1]})
    cut = audit_chain.verify(db)
    assert cut.intact and cut.links == total - 1  # without the kept head nobody can tell
    assert audit_chain.verify(db, head).reason == "head not found"
    with db.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_event WHERE id = :i"), {"i": ids[3]})
    report = audit_chain.verify(db)
    assert (report.broken_seq, report.broken_event, report.reason) == (
        4, ids[3], "missing event")
    with db.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_seal WHERE seq = 2"))
    report = audit_chain.verify(db)
    assert (report.broken_seq, report.reason) == (2, "missing link")


def test_cli_seals_prints_the_head_and_verify_names_the_broken_link(  # type: ignore[no-untyped-def]
        db, db_url, actor, capsys) -> None:
    """`audit seal` prints the head alone on stdout; `audit verify` exits 1 naming the event."""
    total = _events(db, actor, 2)
    assert main(["--database", db_url, "audit", "seal"]) == 0
    head = capsys.readouterr().out.strip()
    assert len(head) == 64
    assert main(["--database", db_url, "audit", "verify", "--head", head]) == 0
    assert f"intact: {total} links" in capsys.readouterr().out
    target = _ids(db)[1]
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE audit_event SET workstation = 'elsewhere' "
                                "WHERE id = :i"), {"i": target})
    assert main(["--database", db_url, "audit", "verify", "--head", head]) == 1
    out = capsys.readouterr().out
    assert f"BROKEN at link 2 (audit event {target})" in out and "changed" in out
