"""The handout path reads the database once, renders once per preview and issues in one
write: transactions, statements, programme reads and renderings counted on both databases."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import event

from pgp_desk.db.models import Clinic, Programme
from pgp_desk.services.errors import ConflictError
from pgp_desk.services.handouts import handouts
from pgp_desk.services.handouts.handout_options import PrintOptions

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from handout_world import raise_red_flag, worked

PROGRAMME_READ = re.compile(r"^\s*SELECT\b.*\bFROM programme\b", re.S | re.I)


@dataclass
class Counts:
    transactions: int = 0
    statements: int = 0
    programme_reads: int = 0
    renders: int = 0


class Counter:
    """What the database and the PDF layer were asked for, step by step."""

    def __init__(self, db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
        self.now = Counts()
        event.listen(db.sessions, "after_begin", self._begin)
        event.listen(db.engine, "before_cursor_execute", self._statement)
        real = handouts.render_handout

        def render(*args, **kwargs):  # type: ignore[no-untyped-def]
            self.now.renders += 1
            return real(*args, **kwargs)

        monkeypatch.setattr(handouts, "render_handout", render)

    def _begin(self, *_args) -> None:  # type: ignore[no-untyped-def]
        self.now.transactions += 1

    def _statement(self, _conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        self.now.statements += 1
        self.now.programme_reads += bool(PROGRAMME_READ.match(statement))

    def step(self) -> Counts:
        done, self.now = self.now, Counts()
        return done


def test_the_dialogs_path_reads_once_and_renders_once_per_preview(db, actor, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    world = worked(db, actor)
    raise_red_flag(db, actor, world.episode_id)
    counter = Counter(db, monkeypatch)

    snapshot = handouts.prepare_handout(db, actor, world.programme_id)  # the dialog opens
    opened = counter.step()
    assert (opened.transactions, opened.programme_reads, opened.renders) == (1, 1, 0)
    assert snapshot.red_flags == ("vaginal_bleeding",) and snapshot.item_count == 3

    first = handouts.make(snapshot, PrintOptions())
    large = handouts.make(snapshot, PrintOptions(large_print=True))
    scores = handouts.make(snapshot, PrintOptions(include_assessment=True, language="en"))
    assert counter.step() == Counts(renders=3)  # three previews, no database at all
    assert first.pdf == handouts.preview_handout(db, actor, world.programme_id)
    counter.step()

    issued = handouts.issue_handout(db, actor, world.programme_id,
                                    red_flag_confirmation="Talked to her midwife",
                                    previewed=large)
    issuing = counter.step()
    # one session: a read (the snapshot, flags included), then the write, which reads the
    # programme again to check its version; the previewed bytes are issued as they are
    assert (issuing.transactions, issuing.programme_reads, issuing.renders) == (2, 2, 0)
    assert issued.pdf == large.pdf and issued.options == large.resolved
    assert issued.red_flags == ("vaginal_bleeding",)
    assert scores.resolved.language == "en"


def test_issuing_without_a_preview_renders_once(db, actor, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The command line: one session, one rendering, the same bytes as a preview."""
    world = worked(db, actor)
    expected = handouts.preview_handout(db, actor, world.programme_id)
    counter = Counter(db, monkeypatch)
    issued = handouts.issue_handout(db, actor, world.programme_id)
    issuing = counter.step()
    assert (issuing.transactions, issuing.programme_reads, issuing.renders) == (2, 2, 1)
    assert issued.pdf == expected


def test_a_programme_saved_after_the_preview_is_not_issued(db, actor) -> None:  # type: ignore[no-untyped-def]
    """What was shown is what is issued: a colleague's save in between is a conflict."""
    world = worked(db, actor)
    shown = handouts.make(handouts.prepare_handout(db, actor, world.programme_id))
    with db.sessions.begin() as session:
        session.get(Programme, world.programme_id).title = "Edited elsewhere"
    with pytest.raises(ConflictError):
        handouts.issue_handout(db, actor, world.programme_id, previewed=shown)
    assert handouts.list_issued(db, actor, world.client_id) == []


def test_new_clinic_details_are_rendered_into_the_issued_copy(db, actor, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The previewed bytes are kept only while everything printed is unchanged."""
    world = worked(db, actor)
    shown = handouts.make(handouts.prepare_handout(db, actor, world.programme_id))
    with db.sessions.begin() as session:
        session.get(Clinic, actor.clinic_id).phone = "+45 99 88 77 66"
    counter = Counter(db, monkeypatch)
    issued = handouts.issue_handout(db, actor, world.programme_id, previewed=shown)
    assert counter.step().renders == 1
    assert issued.pdf != shown.pdf
    assert issued.pdf == handouts.reprint(db, actor, issued.id)
