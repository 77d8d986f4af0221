"""Who is working: every service call is made on behalf of a signed-in person.

An Actor only comes out of ``services.signin`` (a password checked against the database):
no environment variable or operating-system login name ever chooses the person.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass

from pgp_desk.domain.people import ADMIN, SECRETARY, THERAPIST, signature


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    full_name: str
    clinic_id: int
    roles: tuple[str, ...] = (THERAPIST,)
    workstation: str = ""
    authorisation_id: str = ""

    @property
    def is_admin(self) -> bool:
        return ADMIN in self.roles

    @property
    def is_therapist(self) -> bool:
        return THERAPIST in self.roles

    @property
    def is_secretary(self) -> bool:
        return SECRETARY in self.roles

    @property
    def signature(self) -> str:
        """Full name and authorisation ID: how this person signs a record."""
        return signature(self.full_name, self.authorisation_id)


def workstation_name() -> str:
    try:
        return socket.gethostname()[:120]
    except OSError:
        return ""
