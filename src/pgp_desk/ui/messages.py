"""Translated wording for the error codes services and domain return."""

from __future__ import annotations

from collections.abc import Callable

from pgp_desk.domain.i18n import fill
from pgp_desk.domain.people import PASSWORD_MIN_LENGTH
from pgp_desk.services.errors import FieldError
from pgp_desk.ui.i18n import translate

# Each wording as a literal translate() call (lupdate reads them); the code is looked up.
_WORDING: dict[str, Callable[[], str]] = {
    "required": lambda: translate("Messages", "This field is required."),
    "too_long": lambda: translate("Messages", "Too long: at most 300 characters."),
    "future": lambda: translate("Messages", "The date cannot be in the future."),
    "before_assessment": lambda: translate(
        "Messages", "The next visit cannot be before the assessment date."),
    "too_old": lambda: translate("Messages", "The date is before 1900."),
    "format": lambda: translate(
        "Messages", "Write the date as dd.mm.yyyy, e.g. 24.03.1990."),
    "invalid": lambda: translate("Messages", "There is no such date."),
    "phone": lambda: translate(
        "Messages", "Write only digits, spaces, + and -, e.g. 1813 or +45 35 45 35 45."),
    "email": lambda: translate("Messages", "Not an email address (name@example.dk)."),
    "birth_date_mismatch": lambda: translate(
        "Messages", "The CPR number / fødselsnummer does not match the birth date."),
    "wrong_length": lambda: translate(
        "Messages", "A CPR number has 10 digits, a fødselsnummer 11."),
    "bad_date": lambda: translate(
        "Messages", "The first six digits are not a valid birth date."),
    "bad_control_digits": lambda: translate(
        "Messages", "The control digits do not match: check for a typing error."),
    "not_digits": lambda: translate(
        "Messages", "Only digits, and an optional hyphen, please."),
    "choice": lambda: translate("Messages", "Choose one of the listed values."),
    "due_range": lambda: translate(
        "Messages", "The due date must be within 42 weeks from today, or record the birth."),
    "birth_before_due_range": lambda: translate(
        "Messages", "The birth date is too far from the due date."),
    "needs_birth_date": lambda: translate("Messages", "Record the birth date as well."),
    "control_character": lambda: translate(
        "Messages", "Holds an invisible control character; delete the text and type it "
        "again."),
    "username_format": lambda: translate(
        "Messages", "2 to 40 small letters, digits, dots or dashes, e.g. anne.holm."),
    "username_taken": lambda: translate("Messages", "Someone already has this user name."),
    "two_names": lambda: translate("Messages", "Write the first and the last name."),
    "authorisation_format": lambda: translate(
        "Messages",
        "A Danish authorisation ID has 5 characters (e.g. 0C25Q), an HPR number 6 to 9 digits."),
    "authorisation_required": lambda: translate(
        "Messages",
        "A therapist signs records: give a physiotherapist profession and the "
        "authorisation ID."),
    "password_too_short": lambda: fill(translate(
        "Messages", "A password needs at least %1 characters."), PASSWORD_MIN_LENGTH),
    "password_mismatch": lambda: translate("Messages", "The two passwords are not the same."),
    "range": lambda: translate("Messages", "The value is out of range."),
}
# Codes that different checks report for the same problem.
_SAME_AS = {
    "future_date": "future",
    "bad_birth_date": "bad_date",
    "bad_century": "bad_date",
    "bad_checksum": "bad_control_digits",
    "control_digits": "bad_control_digits",
    "bad_characters": "not_digits",
}


def field_message(error: FieldError) -> str:
    """The sentence shown under a field for a validation error code."""
    wording = _WORDING.get(_SAME_AS.get(error.code, error.code))
    if wording is None:
        return translate("Messages", "This value is not valid.")
    return wording()
