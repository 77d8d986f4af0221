"""The people who work in PGP Desk: roles, professions and authorisation IDs.

A clinical record must name its author the way the authorities do: full name and
authorisation ID, never a computer login.

Authorisation ID shapes:

* Danish *autorisations-ID* (Styrelsen for Patientsikkerhed, "Autorisations-id",
  stps.dk/da/autorisation/om-autorisationer/autorisations-id/): exactly five characters,
  each a digit, a consonant or the vowel Y, with no meaning in the sequence (e.g. ``0C25Q``).
  HL7 DK Core's *AuthorizationIdentifier* checks the same pattern.
* Norwegian *HPR-nummer* (Helsedirektoratet, Helsepersonellregisteret): a sequence number of
  up to nine digits. PGP Desk asks for at least six, so that a five-character entry always
  reads as a Danish ID and the two kinds never overlap.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

ADMIN = "admin"
THERAPIST = "therapist"
SECRETARY = "secretary"
ROLES = (ADMIN, THERAPIST, SECRETARY)

PROFESSIONS = ("physiotherapist", "physiotherapist_specialist", "secretary", "other")
# Professions whose records are signed: they must carry an authorisation ID.
AUTHORISED_PROFESSIONS = ("physiotherapist", "physiotherapist_specialist")

_DANISH = re.compile(r"[0-9BCDFGHJKLMNPQRSTVWXYZ]{5}")
_NORWEGIAN = re.compile(r"[0-9]{6,9}")
USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,39}")
PASSWORD_MIN_LENGTH = 10


@dataclass(frozen=True)
class AuthorisationId:
    kind: str  # "dk" (autorisations-ID) or "no" (HPR-nummer)
    value: str

    def __str__(self) -> str:
        prefix = "aut.-ID" if self.kind == "dk" else "HPR-nr."
        return f"{prefix} {self.value}"


def parse_authorisation_id(text: str) -> AuthorisationId | None:
    """The ID in ``text`` (spaces ignored, letters upper-cased), or None if it has neither
    shape.

    >>> str(parse_authorisation_id("0c 25q"))
    'aut.-ID 0C25Q'
    >>> str(parse_authorisation_id("9144889"))
    'HPR-nr. 9144889'
    """
    value = "".join(text.split()).upper()
    if _DANISH.fullmatch(value):
        return AuthorisationId("dk", value)
    if _NORWEGIAN.fullmatch(value):
        return AuthorisationId("no", value)
    return None


def normalise_roles(roles: str | Iterable[str]) -> tuple[str, ...]:
    """Roles in their fixed order without repeats; unknown names raise ValueError."""
    names = roles.split() if isinstance(roles, str) else list(roles)
    unknown = [r for r in names if r not in ROLES]
    if unknown:
        raise ValueError(f"unknown role {unknown[0]!r}")
    return tuple(r for r in ROLES if r in names)


def signature(full_name: str, authorisation_id: str) -> str:
    """How a person is named on a record: full name, then the authorisation ID if any."""
    parsed = parse_authorisation_id(authorisation_id) if authorisation_id else None
    return f"{full_name} ({parsed})" if parsed else full_name
