"""How long a client's records must be kept before they may be erased.

Patient records fall under the duty to keep records: in Denmark at least 10 years after
the last entry (journalføringsbekendtgørelsen, the Danish executive order on health
professionals' patient records); Norway's pasientjournalforskriften likewise keeps records
as long as they are needed, commonly 10 years. GDPR art. 17(3)(b) lets that legal duty
override a request for erasure. The clinic sets its period (default 10 years); erasing
earlier needs an administrator to record the legal basis (e.g. GDPR art. 17(1)(d),
records that were processed unlawfully), which the audit trail keeps.
"""

from __future__ import annotations

from datetime import date

DEFAULT_YEARS = 10
MIN_YEARS, MAX_YEARS = 0, 100


def keep_until(last_entry: date, years: int) -> date:
    """The first day the records may be erased: ``years`` after the last entry
    (29 February falls to 28 February in a year that has none)."""
    try:
        return last_entry.replace(year=last_entry.year + years)
    except ValueError:
        return last_entry.replace(year=last_entry.year + years, day=28)


def must_keep(last_entry: date | None, years: int, today: date) -> bool:
    """True while the retention period after the last entry is running."""
    return last_entry is not None and today < keep_until(last_entry, years)
