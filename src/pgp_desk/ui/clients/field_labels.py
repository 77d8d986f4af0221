"""A client's fields in words, one table: the client editor's rows, the conflict window
when two workstations saved the same client, and the fields the import's problems name."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from pgp_desk.ui.i18n import translate


def client_field_labels() -> dict[str, str]:
    """Each field's label in the language of the screens."""
    return {field: translate("ClientFields", str(text)) for field, text in LABELS.items()}


LABELS: dict[str, object] = {  # field (as in ClientInput and the import's columns) -> label
    "first_name": QT_TRANSLATE_NOOP("ClientFields", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ClientFields", "Last name"),
    "birth_date": QT_TRANSLATE_NOOP("ClientFields", "Birth date"),
    "national_id": QT_TRANSLATE_NOOP("ClientFields", "CPR / fødselsnummer"),
    "phone": QT_TRANSLATE_NOOP("ClientFields", "Phone"),
    "email": QT_TRANSLATE_NOOP("ClientFields", "Email"),
    "address": QT_TRANSLATE_NOOP("ClientFields", "Address"),
    "language": QT_TRANSLATE_NOOP("ClientFields", "Handout language"),
    "gp": QT_TRANSLATE_NOOP("ClientFields", "GP"),
    "midwife": QT_TRANSLATE_NOOP("ClientFields", "Midwife"),
    "consent_on": QT_TRANSLATE_NOOP("ClientFields", "Consent"),
    "notes": QT_TRANSLATE_NOOP("ClientFields", "Notes"),
}

