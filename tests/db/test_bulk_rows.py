"""Bulk-inserted rows are the rows an ORM insert makes: ids in order, defaults, audit rows."""

from __future__ import annotations

from datetime import date
from typing import cast

from sqlalchemy import Table, func, select

from pgp_desk.db import bulk
from pgp_desk.db.models import AuditEvent, Client, Episode


def _row(actor, first: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {"clinic_id": actor.clinic_id, "first_name": first, "last_name": "Bulk",
            "birth_date": date(1990, 1, 2), "phone": "", "language": "da"}


def test_ids_follow_the_rows_and_defaults_are_filled(db, actor) -> None:  # type: ignore[no-untyped-def]
    names = [f"Nr{n}" for n in range(7)]
    with db.sessions.begin() as session:
        before = session.scalar(select(func.count()).select_from(AuditEvent)) or 0
        ids = bulk.insert_rows(session, cast(Table, Client.__table__),
                               [_row(actor, name) for name in names], with_ids=True)
        bulk.insert_rows(session, cast(Table, Episode.__table__),
                         [{"client_id": i, "due_date": date(2027, 1, 1)} for i in ids])
    with db.sessions() as session:
        stored = {c.id: c for c in session.scalars(select(Client).where(Client.id.in_(ids)))}
        assert [stored[i].first_name for i in ids] == names
        assert all(c.version == 1 and c.created_at is not None and c.email == ""
                   for c in stored.values())
        episodes = list(session.scalars(select(Episode).where(Episode.client_id.in_(ids))))
        assert sorted(e.client_id for e in episodes) == sorted(ids)
        assert all(e.closed is False and e.version == 1 for e in episodes)
        written = (session.scalar(select(func.count()).select_from(AuditEvent)) or 0) - before
    # PostgreSQL's row triggers record each row written, by COPY as by INSERT
    assert written == (0 if db.is_sqlite else 2 * len(names))
    assert bulk.insert_rows(db.sessions(), cast(Table, Client.__table__), []) == []


def test_json_documents_read_back_as_written(db, actor) -> None:  # type: ignore[no-untyped-def]
    from pgp_desk.db.models import Programme, ProgrammeItem

    with db.sessions.begin() as session:
        client = bulk.insert_rows(session, cast(Table, Client.__table__), [_row(actor, "Json")],
                                  with_ids=True)[0]
        episode = bulk.insert_rows(session, cast(Table, Episode.__table__),
                                   [{"client_id": client, "due_date": date(2027, 1, 1)}],
                                   with_ids=True)[0]
        [programme] = bulk.insert_rows(session, cast(Table, Programme.__table__), [
            {"episode_id": episode, "title": "Hjem", "advice": ["belt", "everyday"]}],
            with_ids=True)
        bulk.insert_rows(session, cast(Table, ProgrammeItem.__table__), [
            {"programme_id": programme, "position": 0, "exercise_code": "GLOB-CLAM",
             "dosage": {"sets": 3, "reps": 10, "side": "both", "hold_seconds": None}}])
    with db.sessions() as session:
        stored = session.get(Programme, programme)
        assert stored is not None and stored.advice == ["belt", "everyday"]
        assert stored.personal_note == "" and stored.version == 1
        item = session.scalars(select(ProgrammeItem)
                               .where(ProgrammeItem.programme_id == programme)).one()
        assert item.dosage == {"sets": 3, "reps": 10, "side": "both", "hold_seconds": None}


def _temporary(name: str) -> Table:
    from sqlalchemy import Column, Integer, MetaData

    return Table(name, MetaData(), Column("seq", Integer, primary_key=True),
                 prefixes=["TEMPORARY"])


def _exists(connection, name: str) -> bool:  # type: ignore[no-untyped-def]
    from sqlalchemy import inspect

    if connection.dialect.name == "sqlite":
        return name in inspect(connection).get_temp_table_names()
    return bool(inspect(connection).has_table(name))


def test_staging_tables_live_as_long_as_the_block(db) -> None:  # type: ignore[no-untyped-def]
    """Committed batches stay until the block ends; whatever it left uncommitted is rolled
    back, and the tables are gone afterwards, also when it fails."""
    import pytest
    from sqlalchemy import insert

    first, second = _temporary("pgp_test_first"), _temporary("pgp_test_second")
    seen: list[int] = []
    with pytest.raises(RuntimeError), bulk.staging(db.engine, first, second) as connection:
        connection.execute(insert(first), [{"seq": 1}])
        connection.commit()
        connection.execute(insert(first), [{"seq": 2}])
        seen += connection.scalars(select(first.c.seq)).all()
        assert _exists(connection, "pgp_test_second")
        raise RuntimeError("stop")
    assert seen == [1, 2]
    with bulk.staging(db.engine, first) as connection:
        assert connection.scalars(select(first.c.seq)).all() == []
        assert not _exists(connection, "pgp_test_second")
