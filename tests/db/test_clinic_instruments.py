"""A clinic adds its own licensed questionnaire (ODI format) and the form offers it."""

from __future__ import annotations

from pathlib import Path

import pytest

from people_world import sign_in_as
from pgp_desk.services.assessments import clinic_instruments
from pgp_desk.services.assessments.assessment_rules import available_instruments
from pgp_desk.services.errors import UserError

ODI = Path(__file__).resolve().parents[1] / "unit" / "data" / "odi_example.yaml"


def test_import_offers_the_questionnaire(db, actor) -> None:  # type: ignore[no-untyped-def]
    """After import the ODI-format definition is listed, offered and can be switched off."""
    assert "ODI" not in available_instruments(db, actor)
    entry = clinic_instruments.import_instrument(db, actor, ODI, "Licence no. 123 (MAPI)")
    assert entry.code == "ODI"
    assert "ODI" in available_instruments(db, actor)
    listed = {e.code: e for e in clinic_instruments.list_instruments(db, actor)}
    assert listed["ODI"].origin == "clinic" and listed["PGQ"].origin == "shipped"
    assert listed["ODI"].licence_note == "Licence no. 123 (MAPI)"
    clinic_instruments.set_active(db, actor, "ODI", False)
    assert "ODI" not in available_instruments(db, actor)


def test_only_an_administrator_imports(db, actor) -> None:  # type: ignore[no-untyped-def]
    """A therapist who is not an administrator cannot add questionnaires."""
    therapist = sign_in_as(db, "kollega")
    assert not therapist.is_admin
    with pytest.raises(UserError, match="administrator"):
        clinic_instruments.import_instrument(db, therapist, ODI, "licence")


def test_invalid_or_unlicensed_files_are_refused(db, actor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A broken definition, a missing licence note or a shipped code are refused clearly."""
    broken = tmp_path / "broken.yaml"
    broken.write_text("code: X\nitems: []\n", encoding="utf-8")
    with pytest.raises(UserError, match="not valid"):
        clinic_instruments.import_instrument(db, actor, broken, "licence")
    with pytest.raises(UserError, match="licence"):
        clinic_instruments.import_instrument(db, actor, ODI, "  ")
    shipped = tmp_path / "pgq.yaml"
    shipped.write_text(ODI.read_text(encoding="utf-8").replace("code: ODI", "code: PGQ"),
                       encoding="utf-8")
    with pytest.raises(UserError, match="ships"):
        clinic_instruments.import_instrument(db, actor, shipped, "licence")
