"""What the therapist chose for one handout: language, paper, print size, extras.

Kept apart from the PDF layer's ``HandoutOptions`` (pure layout): these are the choices as
the dialog and the command line offer them, stored with every issued handout so the record
says how it was printed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from pgp_desk.domain.i18n import LANGUAGES
from pgp_desk.domain.paper import PAPER_SIZES, paper_or_default
from pgp_desk.services.errors import FieldError

MAX_DIARY_WEEKS = 12


@dataclass(frozen=True)
class PrintOptions:
    """Choices for one handout; None means "the usual" (client's language, clinic's paper)."""

    language: str | None = None
    paper: str | None = None
    large_print: bool = False
    compact: bool = False
    include_assessment: bool = False
    second_language: str | None = None
    diary_weeks: int = 4

    def validate(self) -> list[FieldError]:
        """Problems a user can fix, one per field."""
        errors = []
        if self.language is not None and self.language not in LANGUAGES:
            errors.append(FieldError("language", "choice", "choose da, nb or en"))
        if self.second_language is not None and self.second_language not in LANGUAGES:
            errors.append(FieldError("second_language", "choice", "choose da, nb or en"))
        if self.paper is not None and self.paper not in PAPER_SIZES:
            errors.append(FieldError("paper", "choice", "choose A4 or Letter"))
        if not 1 <= int(self.diary_weeks) <= MAX_DIARY_WEEKS:
            errors.append(FieldError("diary_weeks", "range",
                                     f"the diary covers 1 to {MAX_DIARY_WEEKS} weeks"))
        return errors

    def resolved(self, client_language: str, clinic_paper: str) -> PrintOptions:
        """The same choices with the defaults filled in, as stored with an issued handout."""
        language = self.language or (client_language if client_language in LANGUAGES
                                     else "da")
        second = self.second_language if self.second_language != language else None
        paper = self.paper or paper_or_default(clinic_paper)
        return replace(self, language=language, second_language=second, paper=paper)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> PrintOptions:
        """Read stored options, ignoring keys a later version may have added."""
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in dict(data or {}).items() if k in known})
