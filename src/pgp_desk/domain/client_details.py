"""A client's own details, apart from her clinical records: declared once for what the
client editor and the import read (``services.clients.ClientInput``) and what her data
summary prints back to her (``pdf.client_summary``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass
class ClientDetails:
    """Name, birth date, national ID, how to reach her, her language (a code of
    ``domain.i18n.LANGUAGES``), GP, midwife, notes and the day she gave consent."""

    first_name: str = ""
    last_name: str = ""
    birth_date: date | None = None
    national_id: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    language: str = "da"
    gp: str = ""
    midwife: str = ""
    notes: str = ""
    consent_on: date | None = None
