"""What every PDF prints of the clinic: its identity and whom the stop signs tell her to
call, made one way from its record or its settings. Apart from ``services.clinic``, which
the sign-in window imports, because this module loads the PDF layer (ReportLab)."""

from __future__ import annotations

from pgp_desk.db.models import Clinic
from pgp_desk.pdf.model import ClinicHeader
from pgp_desk.services.clinic import ClinicSettings


def clinic_header(clinic: Clinic | ClinicSettings | None) -> ClinicHeader:
    """The header of a handout, report or data summary; nameless if the record is gone."""
    if clinic is None:
        return ClinicHeader(name="")
    return ClinicHeader(clinic.name, clinic.address, clinic.phone, clinic.email,
                        clinic.logo_png, maternity_phone=clinic.maternity_phone,
                        out_of_hours_phone=clinic.out_of_hours_phone,
                        emergency_phone=clinic.emergency_phone)
