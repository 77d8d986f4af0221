"""Errors a user can act on; each message is one sentence, shown as it is."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pgp_desk.domain.i18n import TemplateMessage, fill

__all__ = ["Change", "ConflictError", "DatabaseError", "FieldError", "NotFoundError",
           "UserError", "ValidationError", "fill"]


class UserError(TemplateMessage, Exception):
    """Something the user can fix; ``str(err)`` is one clear sentence (English).

    The sentence is a fixed ``template`` with %1, %2 ... standing for ``params``, so the
    GUI can show it in the UI language: ``ui.errors.describe_error`` translates the
    template (catalogue: ``ui.service_errors``) and fills the same values in.
    """

    def __init__(self, template: str = "", *params: object):
        super().__init__(self._set_message(template, params))


class DatabaseError(UserError):
    """The database cannot be opened or reached."""


class NotFoundError(UserError):
    pass


@dataclass
class FieldError:
    field: str
    code: str
    message: str


class ValidationError(UserError):
    """One or more fields are wrong. ``errors`` says which and why, for display by the field."""

    def __init__(self, errors: list[FieldError]):
        self.errors = errors
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in errors))

    def by_field(self) -> dict[str, FieldError]:
        return {e.field: e for e in self.errors}


@dataclass
class Change:
    field: str
    mine: Any
    theirs: Any


@dataclass
class ConflictError(UserError):
    """Someone else saved the same record after it was opened here."""

    entity: str
    entity_id: int
    their_version: int
    changes: list[Change] = field(default_factory=list)
    changed_by: str = ""

    def __str__(self) -> str:
        who = f" by {self.changed_by}" if self.changed_by else ""
        return (
            f"this {self.entity} was changed{who} on another workstation after you opened it"
        )
