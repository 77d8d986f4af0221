"""The paper sizes handouts and reports are printed on: declared once for every layer."""

from __future__ import annotations

from typing import Literal

Paper = Literal["A4", "Letter"]
PAPER_SIZES: tuple[Paper, ...] = ("A4", "Letter")
DEFAULT_PAPER: Paper = "A4"  # Scandinavian clinics; Letter for the odd US printer


def paper_or_default(paper: str | None) -> Paper:
    """``paper`` when it is one PGP Desk prints on, otherwise A4."""
    return next((size for size in PAPER_SIZES if size == paper), DEFAULT_PAPER)
