"""The language and paper pick lists, filled from the one declaration of each."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from pgp_desk.domain.i18n import LANGUAGE_NAMES
from pgp_desk.domain.paper import PAPER_SIZES


def add_languages(combo: QComboBox) -> QComboBox:
    """Append the languages PGP Desk speaks, each named in itself; the item data is the code."""
    for code, name in LANGUAGE_NAMES.items():
        combo.addItem(name, code)
    return combo


def add_papers(combo: QComboBox) -> QComboBox:
    """Append the paper sizes; the item data is the size's name."""
    for paper in PAPER_SIZES:
        combo.addItem(paper, paper)
    return combo
