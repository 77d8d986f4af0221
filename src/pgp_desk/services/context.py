"""The open database and the person using it: what every screen and command passes on."""

from __future__ import annotations

from dataclasses import dataclass

from pgp_desk.services.actor import Actor
from pgp_desk.services.database import Database


@dataclass
class AppContext:
    db: Database
    actor: Actor
    language: str = "da"
    demo: bool = False
