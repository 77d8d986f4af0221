"""A stored history as (label, text) pairs for the report (CLINICAL.md §1 checklists)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pgp_desk.domain.history import history_facts as _facts


def history_facts(history: Mapping[str, Any], lang: str) -> list[tuple[str, str]]:
    """What was recorded about the history, in ``lang``."""
    return _facts(history or {}, lang)
