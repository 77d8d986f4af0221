"""The open database and the person using it: what every screen and command passes on."""

from __future__ import annotations

from dataclasses import dataclass

from pgp_desk.services.database import Database
from pgp_desk.services.drafts import person_scope
from pgp_desk.services.people.actor import Actor


@dataclass
class AppContext:
    db: Database
    actor: Actor
    language: str = "da"
    demo: bool = False

    @property
    def drafts_scope(self) -> str:
        """Whose drafts: this database and this person, so a draft is never offered to
        anyone but its author (services.drafts hashes it into a folder name)."""
        return person_scope(self.db.server_url, self.actor.user_id)
