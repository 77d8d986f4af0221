"""Translated wording for the error codes services and domain return."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pgp_desk.services.errors import FieldError


def _t(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def field_message(error: FieldError) -> str:
    """The sentence shown under a field for a validation error code."""
    code = error.code
    if code == "required":
        return _t("This field is required.")
    if code == "too_long":
        return _t("Too long: at most 300 characters.")
    if code == "future":
        return _t("The date cannot be in the future.")
    if code == "too_old":
        return _t("The date is before 1900.")
    if code == "format":
        return _t("Write the date as dd.mm.yyyy, e.g. 24.03.1990.")
    if code == "invalid":
        return _t("There is no such date.")
    if code == "email":
        return _t("Not an email address (name@example.dk).")
    if code == "birth_date_mismatch":
        return _t("The CPR number / fødselsnummer does not match the birth date.")
    if code == "wrong_length":
        return _t("A CPR number has 10 digits, a fødselsnummer 11.")
    if code in ("bad_date", "bad_birth_date"):
        return _t("The first six digits are not a valid birth date.")
    if code in ("bad_control_digits", "bad_checksum", "control_digits"):
        return _t("The control digits do not match: check for a typing error.")
    if code == "not_digits":
        return _t("Only digits, and an optional hyphen, please.")
    if code == "choice":
        return _t("Choose one of the listed values.")
    if code == "due_range":
        return _t("The due date must be within 42 weeks from today, or record the birth.")
    if code == "birth_before_due_range":
        return _t("The birth date is too far from the due date.")
    if code == "range":
        return _t("The value is out of range.")
    return _t("This value is not valid.")
