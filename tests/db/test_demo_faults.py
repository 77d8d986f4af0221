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
    assert count_clients(db, actor, include_archived=True) == 20


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
