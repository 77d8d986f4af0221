"""`pgp-desk demo` run twice or interrupted never leaves a doubled or half clinic unnoticed."""

from __future__ import annotations

import pytest

from pgp_desk.services.clients.clients import count_clients
from pgp_desk.services.demo import demo
from pgp_desk.services.errors import UserError


class Stop(Exception):
    pass


def test_second_run_is_refused(db, actor) -> None:  # type: ignore[no-untyped-def]
    """A database that holds the demo clinic is not filled again."""
    demo.create_demo_clinic(db, actor, clients=30, seed=1)
    with pytest.raises(UserError, match="already holds the demo clinic"):
        demo.create_demo_clinic(db, actor, clients=30, seed=1)
    assert count_clients(db, actor, include_archived=True) == 30
    assert demo.demo_state(db) == "ready"


def test_interrupted_run_is_named_not_continued(db, actor, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Stopped between batches: the state says so, and a second run refuses to add to it."""
    monkeypatch.setattr(demo, "BATCH", 10)

    def stop_after_two(done: int, _total: int) -> None:
        if done >= 20:
            raise Stop

    with pytest.raises(Stop):
        demo.create_demo_clinic(db, actor, clients=50, seed=1, progress=stop_after_two)
    assert demo.demo_state(db) == "interrupted"
    with pytest.raises(UserError, match="interrupted"):
        demo.create_demo_clinic(db, actor, clients=50, seed=1)
    assert count_clients(db, actor, include_archived=True) == 0  # staged only: none published


def test_demo_file_starts_again_after_an_interruption(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The demo file (and only it) is thrown away and filled anew at the next start."""
    from pgp_desk import config
    from pgp_desk.ui.startup import open_and_prepare

    path = config.demo_database_path()
    monkeypatch.setattr(demo, "BATCH", 10)

    def stop(done: int, _total: int) -> None:
        if done >= 20:
            raise Stop

    from pgp_desk.services.demo.demo_names import DEMO_ADMINISTRATOR, DEMO_PASSWORD
    from pgp_desk.services.people.signin import sign_in
    from pgp_desk.ui.startup import fill_demo

    opened = open_and_prepare(f"sqlite:///{path}", True, lambda _d, _t: None)
    try:
        with pytest.raises(Stop):
            fill_demo(opened.db, sign_in(opened.db, DEMO_ADMINISTRATOR, DEMO_PASSWORD), stop)
    finally:
        opened.db.close()
    opened = open_and_prepare(f"sqlite:///{path}", True, lambda _d, _t: None)
    try:
        actor = sign_in(opened.db, DEMO_ADMINISTRATOR, DEMO_PASSWORD)
        fill_demo(opened.db, actor, lambda _d, _t: None)
        assert demo.demo_state(opened.db) == "ready"
        assert count_clients(opened.db, actor, include_archived=True) == 300
    finally:
        opened.db.close()


def test_clients_and_episodes_are_staged_then_published_at_once(db, actor, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """While the demo stages its batches no other session sees a demo client; then every
    client appears at once, each with her episodes, found by search."""
    from sqlalchemy import func, select

    from pgp_desk.db.models import Client, Episode
    from pgp_desk.services.clients.clients import search_clients

    monkeypatch.setattr(demo, "BATCH", 10)
    seen: list[tuple[int, int]] = []

    def look(done: int, _total: int) -> None:
        seen.append((done, count_clients(db, actor, include_archived=True)))

    result = demo.create_demo_clinic(db, actor, clients=35, seed=1, progress=look)
    assert seen == [(0, 0), (10, 0), (20, 0), (30, 0), (35, 0)]
    assert result.clients == 35 and count_clients(db, actor, include_archived=True) == 35
    with db.sessions() as session:
        per_client = dict(session.execute(
            select(Client.id, func.count(Episode.id)).outerjoin(Episode)
            .group_by(Client.id)).all())
        orphans = session.scalar(select(func.count(Episode.id)).where(
            Episode.client_id.not_in(select(Client.id))))
        first = session.scalar(select(Client).order_by(Client.id).limit(1))
    assert len(per_client) == 35 and min(per_client.values()) >= 1
    assert sum(per_client.values()) == result.episodes and orphans == 0
    assert first is not None
    found = search_clients(db, actor, f"{first.first_name} {first.last_name}").rows
    assert first.id in [row.id for row in found]
    assert demo.demo_state(db) == "ready"
    if db.engine.dialect.name == "postgresql":  # the row triggers saw each published row
        from pgp_desk.db.models import AuditEvent

        with db.sessions() as session:
            inserted = dict(session.execute(
                select(AuditEvent.entity, func.count()).where(AuditEvent.action == "db_insert")
                .where(AuditEvent.entity.in_(("client", "episode")))
                .group_by(AuditEvent.entity)).all())
        assert inserted == {"client": 35, "episode": result.episodes}


def _other_writer(db):  # type: ignore[no-untyped-def]
    """Another program's write that fails at once (0.2 s) if the demo holds a write lock
    on the clients between its batches: the SQLite file's lock, or on PostgreSQL a table
    lock that waits for any open transaction that inserted clients."""
    if db.engine.dialect.name == "sqlite":
        import sqlite3

        other = sqlite3.connect(str(db.engine.url.database), timeout=0.2, isolation_level=None)
        return other, lambda: other.execute("UPDATE clinic SET phone = phone")
    import psycopg

    url = db.engine.url.set(drivername="postgresql")
    other = psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)
    other.execute("SET lock_timeout = '200ms'")

    def write() -> None:
        with other.transaction():
            other.execute("LOCK TABLE client IN EXCLUSIVE MODE")
            other.execute("UPDATE clinic SET phone = phone")
    return other, write


def test_others_write_while_the_demo_is_staged(db, actor, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Between the demo's staging batches another program writes at once; the demo still
    lands whole."""
    monkeypatch.setattr(demo, "BATCH", 10)
    other, write = _other_writer(db)
    written: list[int] = []

    def other_program_writes(done: int, total: int) -> None:
        if 0 < done < total:
            write()
            written.append(done)

    try:
        result = demo.create_demo_clinic(db, actor, clients=45, seed=2,
                                         progress=other_program_writes)
    finally:
        other.close()
    assert written == [10, 20, 30, 40]
    assert count_clients(db, actor, include_archived=True) == result.clients == 45
