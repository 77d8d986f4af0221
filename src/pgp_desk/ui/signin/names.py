"""Translated names of professions and roles (codes: domain.people)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from pgp_desk.domain.people import PROFESSIONS, ROLES


def profession_name(code: str) -> str:
    names = {
        "physiotherapist": QCoreApplication.translate("People", "Physiotherapist"),
        "physiotherapist_specialist": QCoreApplication.translate(
            "People", "Physiotherapist (specialist)"),
        "secretary": QCoreApplication.translate("People", "Secretary"),
        "other": QCoreApplication.translate("People", "Other"),
    }
    return names.get(code, code)


def role_name(code: str) -> str:
    names = {
        "admin": QCoreApplication.translate("People", "Administrator"),
        "therapist": QCoreApplication.translate("People", "Therapist"),
        "secretary": QCoreApplication.translate("People", "Secretary"),
    }
    return names.get(code, code)


def add_professions(combo: QComboBox) -> QComboBox:
    for code in PROFESSIONS:
        combo.addItem(profession_name(code), code)
    return combo


ROLE_CODES = ROLES
