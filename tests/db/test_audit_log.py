"""The administrator's audit log: filters, the CSV export, and nobody else may read it."""

from __future__ import annotations

import csv
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest

from people_world import sign_in_as
from pgp_desk.services.audit import audit_log
from pgp_desk.services.audit.audit_log import AuditFilter
from pgp_desk.services.clients import clients
from pgp_desk.services.errors import UserError


def _two_clients(db, actor):  # type: ignore[no-untyped-def]
    first = clients.create_client(db, actor, clients.ClientInput(first_name="Ea",
                                                                 last_name="Holm"))
    second = clients.create_client(db, actor, clients.ClientInput(first_name="Bo",
                                                                  last_name="Lund"))
    clients.get_client(db, actor, second.id)
    return first, second


def test_filters_by_client_action_person_and_date(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Each filter narrows the list; the newest event comes first."""
    first, second = _two_clients(db, actor)
    mine = audit_log.find_events(db, actor, AuditFilter(client_id=second.id))
    assert {r.client_id for r in mine} == {second.id}
    assert [r.action for r in mine if not r.action.startswith("db_")] == ["read", "create"]
    reads = audit_log.find_events(db, actor, AuditFilter(action="read"))
    assert [(r.action, r.entity_id) for r in reads] == [("read", second.id)]
    assert audit_log.find_events(db, actor, AuditFilter(person="nobody")) == []
    assert audit_log.find_events(db, actor, AuditFilter(person=actor.username))
    today = date.today()
    assert audit_log.find_events(db, actor, AuditFilter(since=today, until=today,
                                                        client_id=first.id))
    assert audit_log.find_events(db, actor, AuditFilter(
        until=today - timedelta(days=1))) == []
    choices = audit_log.filter_choices(db, actor)
    assert actor.username in choices.people and "read" in choices.actions
    assert "audit_read" in choices.actions  # looking at the log is itself logged


def test_csv_export_is_owner_only_and_complete(db, actor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The CSV holds every matching event with its columns, readable by its owner only."""
    _first, second = _two_clients(db, actor)
    target = tmp_path / "audit.csv"
    count = audit_log.export_csv(db, actor, AuditFilter(client_id=second.id), target)
    rows = list(csv.reader(target.open(encoding="utf-8")))
    assert rows[0] == audit_log.CSV_HEADER and len(rows) == count + 1
    assert {r[7] for r in rows[1:]} == {str(second.id)}
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with pytest.raises(UserError, match=r"\.csv"):
        audit_log.export_csv(db, actor, AuditFilter(), tmp_path / "audit.txt")


def test_only_an_administrator_reads_the_log(db, actor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A therapist is refused the list, the choices and the export."""
    assert actor.is_admin
    therapist = sign_in_as(db, "kollega")
    assert not therapist.is_admin
    with pytest.raises(UserError, match="administrator"):
        audit_log.find_events(db, therapist, AuditFilter())
    with pytest.raises(UserError, match="administrator"):
        audit_log.filter_choices(db, therapist)
    with pytest.raises(UserError, match="administrator"):
        audit_log.export_csv(db, therapist, AuditFilter(), tmp_path / "a.csv")
    assert not (tmp_path / "a.csv").exists()
