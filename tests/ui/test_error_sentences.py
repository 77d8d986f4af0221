"""A refusal reads as a sentence: capital letter first, full stop last ("Forkert
brugernavn eller adgangskode" stood under the sign-in fields without one)."""

from __future__ import annotations

import re

import pytest

from pgp_desk.services.errors import UserError
from pgp_desk.ui.errors import describe_error
from pgp_desk.ui.i18n import install_language
from pgp_desk.ui.service_errors import TEMPLATES


@pytest.mark.parametrize("language", ["da", "nb", "en"])
def test_every_service_refusal_is_one_whole_sentence(qapp, language: str) -> None:  # type: ignore[no-untyped-def]
    install_language(language)
    try:
        shown = {}
        for template in TEMPLATES:
            count = len(set(re.findall(r"%(\d)", template)))
            shown[template] = describe_error(UserError(template, *["7"] * count))
    finally:
        install_language("en")
    assert len(shown) > 20
    first = {t: s.lstrip("'\"“„«")[:1] for t, s in shown.items()}
    assert [t for t, c in first.items() if not (c.isupper() or c.isdigit() or c in "-%")] == []
    assert [s for s in shown.values() if s[-1] not in ".!?…"] == []
