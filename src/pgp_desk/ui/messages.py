"""Translated wording for the error codes services and domain return."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pgp_desk.domain.i18n import fill
from pgp_desk.services.errors import FieldError
from pgp_desk.services.people import PASSWORD_MIN_LENGTH


def field_message(error: FieldError) -> str:
    """The sentence shown under a field for a validation error code."""
    code = error.code
    if code == "required":
        return QCoreApplication.translate("Messages", "This field is required.")
    if code == "too_long":
        return QCoreApplication.translate("Messages", "Too long: at most 300 characters.")
    if code in ("future", "future_date"):
        return QCoreApplication.translate("Messages", "The date cannot be in the future.")
    if code == "too_old":
        return QCoreApplication.translate("Messages", "The date is before 1900.")
    if code == "format":
        return QCoreApplication.translate(
            "Messages", "Write the date as dd.mm.yyyy, e.g. 24.03.1990."
        )
    if code == "invalid":
        return QCoreApplication.translate("Messages", "There is no such date.")
    if code == "phone":
        return QCoreApplication.translate(
            "Messages", "Write only digits, spaces, + and -, e.g. 1813 or +45 35 45 35 45.")
    if code == "email":
        return QCoreApplication.translate("Messages", "Not an email address (name@example.dk).")
    if code == "birth_date_mismatch":
        return QCoreApplication.translate(
            "Messages", "The CPR number / fødselsnummer does not match the birth date."
        )
    if code == "wrong_length":
        return QCoreApplication.translate(
            "Messages", "A CPR number has 10 digits, a fødselsnummer 11."
        )
    if code in ("bad_date", "bad_birth_date", "bad_century"):
        return QCoreApplication.translate(
            "Messages", "The first six digits are not a valid birth date."
        )
    if code in ("bad_control_digits", "bad_checksum", "control_digits"):
        return QCoreApplication.translate(
            "Messages", "The control digits do not match: check for a typing error."
        )
    if code in ("not_digits", "bad_characters"):
        return QCoreApplication.translate(
            "Messages", "Only digits, and an optional hyphen, please."
        )
    if code == "choice":
        return QCoreApplication.translate("Messages", "Choose one of the listed values.")
    if code == "due_range":
        return QCoreApplication.translate(
            "Messages", "The due date must be within 42 weeks from today, or record the birth."
        )
    if code == "birth_before_due_range":
        return QCoreApplication.translate(
            "Messages", "The birth date is too far from the due date."
        )
    if code == "needs_birth_date":
        return QCoreApplication.translate("Messages", "Record the birth date as well.")
    if code == "control_character":
        return QCoreApplication.translate(
            "Messages", "Holds an invisible control character; delete the text and type it "
            "again."
        )
    if code == "username_format":
        return QCoreApplication.translate(
            "Messages", "2 to 40 small letters, digits, dots or dashes, e.g. anne.holm.")
    if code == "username_taken":
        return QCoreApplication.translate("Messages", "Someone already has this user name.")
    if code == "two_names":
        return QCoreApplication.translate("Messages", "Write the first and the last name.")
    if code == "authorisation_format":
        return QCoreApplication.translate(
            "Messages",
            "A Danish authorisation ID has 5 characters (e.g. 0C25Q), an HPR number 6 to 9 digits.")
    if code == "authorisation_required":
        return QCoreApplication.translate(
            "Messages",
            "A therapist signs records: give a physiotherapist profession and the "
            "authorisation ID.")
    if code == "password_too_short":
        return fill(QCoreApplication.translate(
            "Messages", "A password needs at least %1 characters."), PASSWORD_MIN_LENGTH)
    if code == "password_mismatch":
        return QCoreApplication.translate("Messages", "The two passwords are not the same.")
    if code == "range":
        return QCoreApplication.translate("Messages", "The value is out of range.")
    return QCoreApplication.translate("Messages", "This value is not valid.")
