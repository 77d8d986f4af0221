"""Who is working: every service call is made on behalf of an actor, for the audit trail."""

from __future__ import annotations

import getpass
import socket
from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    full_name: str
    clinic_id: int
    role: str = "therapist"
    workstation: str = ""

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


def os_username() -> str:
    try:
        return getpass.getuser() or "user"
    except (KeyError, OSError):
        return "user"


def workstation_name() -> str:
    try:
        return socket.gethostname()[:120]
    except OSError:
        return ""
