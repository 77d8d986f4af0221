"""Worked programmes for handout tests: a client, her pregnancy and a programme in the database.

Programme rows are written directly (as the builder stores them), so these tests depend only
on the tables, not on the builder's screens.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from pgp_desk.db.models import Assessment, Programme, ProgrammeItem
from pgp_desk.services.clients import clients, episodes
from pgp_desk.services.database import Database
from pgp_desk.services.people.actor import Actor

# Three exercises a therapist gives in the second trimester, in this order.
WORKED_ITEMS: list[tuple[str, dict[str, Any], str]] = [
    ("STAB-TA-SUPINE", {"sets": 2, "reps": 10, "hold_seconds": 5, "times_per_day": 2}, ""),
    ("GLOB-CLAM", {"sets": 3, "reps": 10, "side": "both", "times_per_day": 1,
                   "days_per_week": 5}, "Start uden elastik de første to uger."),
    ("MAP-TILT-SIT", {"reps": 10, "times_per_day": 3}, ""),
]
WORKED_ADVICE = ["everyday", "belt"]


@dataclass
class World:
    client_id: int
    episode_id: int
    programme_id: int


def make_client(db: Database, actor: Actor, first: str = "Mette", last: str = "Sørensen",
                language: str = "da") -> int:
    record = clients.create_client(db, actor, clients.ClientInput(
        first_name=first, last_name=last, birth_date=date(1992, 4, 3), language=language,
        phone="+45 20 30 40 50"))
    return record.id


def make_episode(db: Database, actor: Actor, client_id: int, week: int = 24) -> int:
    due = date.today() + timedelta(days=280 - week * 7)
    return episodes.create_episode(db, actor, client_id,
                                   episodes.EpisodeInput(due_date=due)).id


def make_programme(db: Database, actor: Actor, episode_id: int,
                   items: list[tuple[str, dict[str, Any], str]] | None = None,
                   advice: list[str] | None = None, note: str = "Vi ses om to uger.",
                   language: str = "da") -> int:
    with db.sessions.begin() as session:
        programme = Programme(episode_id=episode_id, therapist_id=actor.user_id,
                              language=language, title="Hjemmeprogram", personal_note=note,
                              advice=list(WORKED_ADVICE if advice is None else advice))
        session.add(programme)
        session.flush()
        for position, (code, dosage, item_note) in enumerate(
                WORKED_ITEMS if items is None else items):
            session.add(ProgrammeItem(programme_id=programme.id, position=position,
                                      exercise_code=code, dosage=dosage, note=item_note))
        return programme.id


def worked(db: Database, actor: Actor, language: str = "da", first: str = "Mette",
           last: str = "Sørensen", **programme: Any) -> World:
    client_id = make_client(db, actor, first, last, language)
    episode_id = make_episode(db, actor, client_id)
    return World(client_id, episode_id, make_programme(db, actor, episode_id, **programme))


def raise_red_flag(db: Database, actor: Actor, episode_id: int,
                   code: str = "vaginal_bleeding") -> None:
    """A draft assessment whose screening answered yes to one red flag."""
    with db.sessions.begin() as session:
        session.add(Assessment(episode_id=episode_id, assessed_on=date.today(),
                               therapist_id=actor.user_id, phase="t2",
                               screening={"phase": "t2", "answers": {code: True}}))
