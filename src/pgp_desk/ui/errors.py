"""Any error a service raises, as one sentence in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pgp_desk.domain.i18n import fill
from pgp_desk.services.errors import (
    ConflictError,
    NotFoundError,
    UserError,
    ValidationError,
)
from pgp_desk.ui.messages import field_message


def _t(text: str) -> str:
    return QCoreApplication.translate("ServiceErrors", text)


def describe_error(exc: BaseException) -> str:
    """Translated wording for ``exc``; unexpected errors keep their own text after a prefix."""
    if isinstance(exc, ValidationError):
        return " ".join(field_message(e) for e in exc.errors)
    if isinstance(exc, ConflictError):
        return QCoreApplication.translate(
            "Errors",
            "Someone saved this on another workstation after you opened it. Open it again "
            "to see their version; nothing was overwritten.",
        )
    if isinstance(exc, NotFoundError):
        return QCoreApplication.translate(
            "Errors", "This record no longer exists; it may have been erased or deleted."
        )
    if isinstance(exc, UserError) and getattr(exc, "template", ""):
        sentence = fill(_t(exc.template), *exc.params)
        return sentence[:1].upper() + sentence[1:]
    return fill(QCoreApplication.translate("Errors", "Something went wrong: %1"),
                str(exc) or type(exc).__name__)
