"""Issuing a handout: one transaction, rendered once, the file written before the commit."""

from __future__ import annotations

import hashlib
import io
import sys
from pathlib import Path
from unittest import mock

import pytest
from sqlalchemy import event

from people_world import TEST_PASSWORD, cli_sign_in
from pgp_desk.cli.main import main
from pgp_desk.db.models import IssuedHandout, Programme
from pgp_desk.services.handouts import handouts
from pgp_desk.services.programmes import programmes

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from handout_world import worked


def run(db_url: str, *args: str) -> int:
    with mock.patch("sys.stdin", io.StringIO(TEST_PASSWORD + "\n")):
        return main(["--database", db_url, *cli_sign_in(), *args])


def test_issue_to_an_unwritable_file_records_nothing(db, actor, db_url, capsys) -> None:  # type: ignore[no-untyped-def]
    """`handout ID -o /proc/x.pdf --issue`: one sentence, no handout, programme not issued."""
    world = worked(db, actor)
    assert run(db_url, "handout", str(world.programme_id), "-o", "/proc/x.pdf",
               "--issue") == 1
    assert "/proc/x.pdf" in capsys.readouterr().err
    assert handouts.list_issued(db, actor, world.client_id) == []
    assert programmes.get_programme(db, actor, world.programme_id).status != "issued"


def test_issue_is_one_transaction_and_one_rendering(db, actor, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The programme is marked issued and the handout stored in a single commit, from one
    rendering; the bytes delivered are exactly the bytes kept."""
    world = worked(db, actor)
    renders: list[bytes] = []
    original = handouts.render_handout

    def counting(*args):  # type: ignore[no-untyped-def]
        renders.append(original(*args))
        return renders[-1]

    monkeypatch.setattr(handouts, "render_handout", counting)
    writing: set[int] = set()  # the transactions that wrote a programme or a handout

    def note(session, _context) -> None:  # type: ignore[no-untyped-def]
        touched = [*session.new, *session.dirty]
        if any(isinstance(row, Programme | IssuedHandout) for row in touched):
            writing.add(id(session.get_transaction()))

    event.listen(db.sessions, "before_flush", lambda s, c, _i: note(s, c))
    delivered: list[bytes] = []
    issued = handouts.issue_handout(db, actor, world.programme_id, deliver=delivered.append)
    assert len(renders) == 1 and len(writing) == 1
    assert delivered == [issued.pdf] == renders
    kept = handouts.reprint(db, actor, issued.id)
    assert kept == delivered[0] and issued.sha256 == hashlib.sha256(kept).hexdigest()


def test_a_failed_delivery_leaves_nothing_recorded(db, actor) -> None:  # type: ignore[no-untyped-def]
    """When writing the file fails, the issue is rolled back: no handout, no status."""
    world = worked(db, actor)

    def disk_full(_pdf: bytes) -> None:
        raise OSError(28, "No space left on device", "/media/usb/x.pdf")

    with pytest.raises(OSError):
        handouts.issue_handout(db, actor, world.programme_id, deliver=disk_full)
    assert handouts.list_issued(db, actor, world.client_id) == []
    assert programmes.get_programme(db, actor, world.programme_id).status != "issued"
