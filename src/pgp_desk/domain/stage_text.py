"""Which phrase names a stage of pregnancy, as clinicians write it.

"uge 24+3" in pregnancy; after birth days, then weeks for the first year (the postpartum
period CLINICAL.md covers), then months, and years after the second year: nobody counts
"195 uger efter fødsel". This module picks the phrase and its number; the words are
content texts (section ``stage``), put together by ``content.stage_words``.
"""

from __future__ import annotations

from pgp_desk.domain.pregnancy import Stage

WEEKS_SHOWN = 52  # "52 uger efter fødsel", then "12 måneder …"
DAYS_PER_MONTH = 365.25 / 12


def stage_phrase(stage: Stage) -> tuple[str, int]:
    """The phrase code after birth and its number, e.g. ("after_weeks", 8).

    Codes: day_of_birth, after_one_day, after_days, after_one_week, after_weeks,
    after_months, after_years. In pregnancy the phrase is "week" with the gestation."""
    if stage.gestation is not None:
        return "week", 0
    assert stage.postpartum is not None
    weeks, days = stage.postpartum.weeks, stage.postpartum.days
    if weeks == 0:
        if days == 0:
            return "day_of_birth", 0
        return ("after_one_day", 1) if days == 1 else ("after_days", days)
    if weeks <= WEEKS_SHOWN:
        return ("after_one_week", 1) if weeks == 1 else ("after_weeks", weeks)
    total = stage.postpartum.total_days
    if total < 2 * 365:
        return "after_months", min(23, int(total // DAYS_PER_MONTH))
    return "after_years", total // 365
