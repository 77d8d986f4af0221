"""How the baby was born, and what a caesarean means for the first weeks of training.

The pregnancy record keeps the birth mode beside the birth date: vaginal, assisted
(forceps or vacuum), planned caesarean or emergency caesarean. PGP alone is no indication
for a caesarean (Vleeming et al. 2008, Eur Spine J 17:794-819), so the mode is a fact to
record, not a choice the programme suggests.

After a caesarean the wound and the abdominal wall heal over the first weeks: wound care,
and no heavy abdominal loading or heavy lifting for about 6 weeks (Royal College of
Obstetricians and Gynaecologists, *Recovering from a caesarean birth*, patient information
2016; the same 6-week floor underlies the return-to-running guidance of Goom, Donnelly &
Brockwell 2019). Programmes for her warn about both in that time.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from pgp_desk.domain.i18n import pick


class BirthMode(StrEnum):
    VAGINAL = "vaginal"
    ASSISTED = "assisted"
    PLANNED_CAESAREAN = "planned_caesarean"
    EMERGENCY_CAESAREAN = "emergency_caesarean"


CAESAREAN = frozenset({BirthMode.PLANNED_CAESAREAN, BirthMode.EMERGENCY_CAESAREAN})
CAESAREAN_CARE_DAYS = 6 * 7

LABELS: dict[BirthMode, Mapping[str, str]] = {
    BirthMode.VAGINAL: {"da": "Vaginal fødsel", "nb": "Vaginal fødsel",
                        "en": "Vaginal birth"},
    BirthMode.ASSISTED: {"da": "Instrumentel fødsel (sugekop eller tang)",
                         "nb": "Instrumentell fødsel (vakuum eller tang)",
                         "en": "Assisted birth (vacuum or forceps)"},
    BirthMode.PLANNED_CAESAREAN: {"da": "Planlagt kejsersnit", "nb": "Planlagt keisersnitt",
                                  "en": "Planned caesarean"},
    BirthMode.EMERGENCY_CAESAREAN: {"da": "Akut kejsersnit", "nb": "Akutt keisersnitt",
                                    "en": "Emergency caesarean"},
}


def birth_mode_label(mode: str | None, lang: str) -> str:
    """The mode in words; "" when none is recorded or the code is unknown."""
    try:
        return pick(LABELS[BirthMode(mode)], lang) if mode else ""
    except ValueError:
        return ""


def is_caesarean(mode: str | None) -> bool:
    return mode in {m.value for m in CAESAREAN}


def caesarean_care_applies(mode: str | None, days_since_birth: int | None) -> bool:
    """A caesarean less than 6 weeks ago: wound care and no heavy abdominal loading."""
    return (is_caesarean(mode) and days_since_birth is not None
            and 0 <= days_since_birth < CAESAREAN_CARE_DAYS)
