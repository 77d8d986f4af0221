"""The clinic's details: administrators edit them, nobody overwrites a newer save."""

from __future__ import annotations

from dataclasses import fields, replace

import pytest

from people_world import sign_in_as
from pgp_desk.db.models import Clinic
from pgp_desk.pdf.model import ClinicHeader
from pgp_desk.services import clinic
from pgp_desk.services.clinic_header import clinic_header
from pgp_desk.services.errors import ConflictError, UserError, ValidationError


def test_admin_saves_details_used_by_handouts(db, actor) -> None:  # type: ignore[no-untyped-def]
    """The first user is the administrator and can store name, contact, logo and paper."""
    assert actor.is_admin
    settings = clinic.get_settings(db, actor)
    saved = clinic.update_settings(db, actor, replace(
        settings, name="Bækkenklinikken <Øst> & Co", phone="+45 12 34 56 78",
        email="kontakt@example.dk", logo_png=b"\x89PNG fake", default_language="nb",
        paper_size="Letter"))
    again = clinic.get_settings(db, actor)
    assert again.name == "Bækkenklinikken <Øst> & Co"
    assert (again.default_language, again.paper_size, again.logo_png) == (
        "nb", "Letter", b"\x89PNG fake")
    assert again.version == saved.version


def test_every_pdf_heads_with_the_clinic_as_its_settings_say(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Handouts, reports and data summaries take the header from the record or the settings
    one way, with every detail the administrator set (the summary's lacked whom to call)."""
    settings = clinic.update_settings(db, actor, replace(
        clinic.get_settings(db, actor), name="Klinik Øst", address="Vej 1\n2100 København Ø",
        phone="+45 11 22 33 44", email="a@example.dk", logo_png=b"\x89PNG fake",
        maternity_phone="+45 38 68 38 68", out_of_hours_phone="1813", emergency_phone="112"))
    header = clinic_header(settings)
    assert {f.name: getattr(header, f.name) for f in fields(ClinicHeader)} == {
        f.name: getattr(settings, f.name) for f in fields(ClinicHeader)}
    with db.sessions() as session:
        assert clinic_header(session.get(Clinic, actor.clinic_id)) == header
    assert clinic_header(None) == ClinicHeader(name="")


def test_validation_and_permissions(db, actor) -> None:  # type: ignore[no-untyped-def]
    """An empty name or a bad paper size is refused per field; therapists cannot save."""
    settings = clinic.get_settings(db, actor)
    with pytest.raises(ValidationError) as caught:
        clinic.update_settings(db, actor, replace(settings, name=" ", paper_size="A5"))
    assert set(caught.value.by_field()) == {"name", "paper_size"}
    therapist = sign_in_as(db, "kollega")
    with pytest.raises(UserError, match="administrator"):
        clinic.update_settings(db, therapist, replace(settings, name="X"))


def test_stale_settings_conflict(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Saving details opened before someone else's save is a conflict, not an overwrite."""
    opened = clinic.get_settings(db, actor)
    clinic.update_settings(db, actor, replace(opened, name="First"))
    with pytest.raises(ConflictError):
        clinic.update_settings(db, actor, replace(opened, name="Second"))
    assert clinic.get_settings(db, actor).name == "First"


def test_conflict_lists_what_the_other_workstation_changed(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Given what the editor started from, the conflict names each field the other
    workstation changed, with its value and ours."""
    opened = clinic.get_settings(db, actor)
    clinic.update_settings(db, actor, replace(opened, name="Theirs", phone="11 11 11 11",
                                              paper_size="Letter"))
    with pytest.raises(ConflictError) as raised:
        clinic.update_settings(db, actor, replace(opened, name="Ours", phone="22 22 22 22"),
                               base=opened)
    changes = {c.field: (c.theirs, c.mine) for c in raised.value.changes}
    assert changes == {"name": ("Theirs", "Ours"), "phone": ("11 11 11 11", "22 22 22 22"),
                       "paper_size": ("Letter", "A4")}
    assert clinic.get_settings(db, actor).phone == "11 11 11 11"


def test_numbers_for_the_stop_signs_are_kept_and_checked(db, actor) -> None:  # type: ignore[no-untyped-def]
    """The clinic sets whom the stop signs tell a client to call (Norway: 116 117 and
    113); a number with letters is refused by its field."""
    settings = clinic.get_settings(db, actor)
    assert settings.emergency_phone == "112"
    clinic.update_settings(db, actor, replace(settings, name="Bekkenklinikken",
                                              maternity_phone="+47 22 11 80 80",
                                              out_of_hours_phone="116 117",
                                              emergency_phone="113"))
    again = clinic.get_settings(db, actor)
    assert (again.maternity_phone, again.out_of_hours_phone, again.emergency_phone) == (
        "+47 22 11 80 80", "116 117", "113")
    with pytest.raises(ValidationError) as caught:
        clinic.update_settings(db, actor, replace(again, out_of_hours_phone="ring 1813"))
    assert set(caught.value.by_field()) == {"out_of_hours_phone"}


@pytest.mark.postgres
def test_a_save_raced_between_read_and_write_is_a_conflict(postgres_url: str) -> None:
    """Another administrator saves in the instant between our check and our write: the
    version guard in the UPDATE catches it, and it is a conflict, not a StaleDataError."""
    from sqlalchemy import create_engine, event, text

    from pgp_desk.services.database import open_database

    db = open_database(postgres_url, upgrade=False)
    other = create_engine(db.engine.url)
    try:
        admin = sign_in_as(db, "therapist")
        opened = clinic.get_settings(db, admin)

        def other_admin_saves(_session, _context, _instances) -> None:  # type: ignore[no-untyped-def]
            with other.begin() as connection:
                connection.execute(text("UPDATE clinic SET name = 'Theirs', "
                                        "version = version + 1"))

        event.listen(db.sessions, "before_flush", other_admin_saves, once=True)
        with pytest.raises(ConflictError) as raised:
            clinic.update_settings(db, admin, replace(opened, name="Ours"), base=opened)
        assert {c.field for c in raised.value.changes} == {"name"}
        assert clinic.get_settings(db, admin).name == "Theirs"
    finally:
        other.dispose()
        db.close()
