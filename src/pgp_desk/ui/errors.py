"""Any error, as one sentence in the UI language: never SQL, parameters or a traceback."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pgp_desk.domain.i18n import fill
from pgp_desk.services.errors import (
    ConflictError,
    NotFoundError,
    ValidationError,
)
from pgp_desk.ui.messages import field_message


def _t(text: str) -> str:
    return QCoreApplication.translate("ServiceErrors", text)


def describe_error(exc: BaseException) -> str:
    """Translated wording for ``exc``; anything unforeseen is logged and described by
    ``services.failures.explain`` (what happened and what to do, never its own text)."""
    from pgp_desk.services.failures import explain  # SQLAlchemy: only once something failed

    error = explain(exc)
    if isinstance(error, ValidationError):
        return " ".join(field_message(e) for e in error.errors)
    if isinstance(error, ConflictError):
        return QCoreApplication.translate(
            "Errors",
            "Someone saved this on another workstation after you opened it. Open it again "
            "to see their version; nothing was overwritten.",
        )
    if isinstance(error, NotFoundError):
        return QCoreApplication.translate(
            "Errors", "This record no longer exists; it may have been erased or deleted."
        )
    sentence = fill(_t(error.template), *error.params) if error.template else str(error)
    sentence = sentence.strip()
    if sentence and sentence[-1] not in ".!?…":  # services write clauses; a user reads sentences
        sentence += "."
    return sentence[:1].upper() + sentence[1:]
