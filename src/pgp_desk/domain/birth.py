"""How the baby was born, and what a caesarean means for the first weeks of training.

The pregnancy record keeps the birth mode beside the birth date: vaginal, assisted
(forceps or vacuum), planned caesarean or emergency caesarean. PGP alone is no indication
for a caesarean (Vleeming et al. 2008, Eur Spine J 17:794-819), so the mode is a fact to
record, not a choice the programme suggests.

After a caesarean the wound and the abdominal wall heal over the first weeks: wound care,
and no heavy abdominal loading or heavy lifting for about 6 weeks (Royal College of
Obstetricians and Gynaecologists, *Recovering from a caesarean birth*, patient information
2016; the same 6-week floor underlies the return-to-running guidance of Goom, Donnelly &
Brockwell 2019). Programmes for her warn about both in that time. The modes' words are
content texts (section ``birth_modes``, ``content.birth_text``).
"""

from __future__ import annotations

from enum import StrEnum


class BirthMode(StrEnum):
    VAGINAL = "vaginal"
    ASSISTED = "assisted"
    PLANNED_CAESAREAN = "planned_caesarean"
    EMERGENCY_CAESAREAN = "emergency_caesarean"


CAESAREAN = frozenset({BirthMode.PLANNED_CAESAREAN, BirthMode.EMERGENCY_CAESAREAN})
CAESAREAN_CARE_DAYS = 6 * 7

def is_caesarean(mode: str | None) -> bool:
    return mode in {m.value for m in CAESAREAN}


def caesarean_care_applies(mode: str | None, days_since_birth: int | None) -> bool:
    """A caesarean less than 6 weeks ago: wound care and no heavy abdominal loading."""
    return (is_caesarean(mode) and days_since_birth is not None
            and 0 <= days_since_birth < CAESAREAN_CARE_DAYS)
