"""Static words printed on handouts and reports, in the reader's language.

The fixed headings and captions are the ``labels`` section of ``resources/texts/<lang>.yaml``
(``content.texts``); the clinical texts come in the data.
"""

from __future__ import annotations

import datetime as _dt

from pgp_desk.content.texts import section
from pgp_desk.domain.i18n import LANGUAGES


def _lang(language: str) -> str:
    return language if language in LANGUAGES else "da"


def label(language: str, key: str, **values: object) -> str:
    """Return the fixed text `key` in `language` (Danish for an unknown language)."""
    text = section(_lang(language), "labels")[key]
    return text.format(**values) if values else text


def day_names(language: str) -> list[str]:
    """Short weekday names, Monday first."""
    return label(language, "days").split(",")


def format_date(value: _dt.date | str | None, language: str) -> str:
    """Write a date the way a reader of `language` expects: '3. marts 2025', '3 March 2025'."""
    if value is None:
        return ""
    if not isinstance(value, _dt.date):
        return str(value)
    month = label(language, "months").split(",")[value.month - 1]
    if _lang(language) == "en":
        return f"{value.day} {month} {value.year}"
    return f"{value.day}. {month} {value.year}"
