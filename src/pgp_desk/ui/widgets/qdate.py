"""Qt's dates as the ``datetime.date`` the services take."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate


def python_date(value: QDate) -> date:
    """``value`` as a date (typed, unlike ``QDate.toPython``)."""
    return date(value.year(), value.month(), value.day())
