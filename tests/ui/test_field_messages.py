"""The sentence under a field for each validation code, in the UI language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pgp_desk.services.errors import FieldError
from pgp_desk.services.people.people import PASSWORD_MIN_LENGTH
from pgp_desk.ui.i18n import install_language
from pgp_desk.ui.messages import field_message


@pytest.fixture
def danish(qapp: object) -> Iterator[None]:
    install_language("da")
    yield
    install_language("en")


def _message(code: str) -> str:
    return field_message(FieldError("field", code, "english template"))


def test_codes_of_the_same_meaning_share_one_danish_sentence(danish: None) -> None:
    assert _message("future") == _message("future_date")
    assert _message("bad_date") == _message("bad_birth_date") == _message("bad_century")
    assert _message("bad_checksum") == _message("control_digits")
    assert _message("required") != _message("too_long")
    assert _message("required") != "This field is required."  # translated


def test_the_password_sentence_names_the_minimum_length(danish: None) -> None:
    text = _message("password_too_short")
    assert str(PASSWORD_MIN_LENGTH) in text and "%1" not in text


def test_an_unknown_code_gets_the_general_sentence(qapp: object) -> None:
    assert _message("no_such_code") == "This value is not valid."
    assert _message("email") == "Not an email address (name@example.dk)."
