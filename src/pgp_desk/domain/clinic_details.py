"""Who a clinic is, as its clients see it: declared once for the settings the administrator
edits (services.clinic) and the header every PDF prints (pdf.model)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class ClinicIdentity:
    """Name, address, phone, e-mail and logo (a PNG), as typed in the clinic's settings."""

    name: str
    address: str = ""
    phone: str = ""
    email: str = ""
    logo_png: bytes | None = None
