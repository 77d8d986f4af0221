"""Every public service function, walked with each role and with another clinic's ids.

The table below names what each function needs (services.records): a secretary reaches the
client list and contact details only, erasure needs an administrator, clinic-wide settings
need an administrator, and nobody reaches another clinic's records, whatever her roles.
A test keeps the table complete: a new public service function taking an actor must be
added here (or to NOT_WALKED with the reason).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

import pgp_desk.services as services_package
from handout_world import worked
from people_world import TEST_PASSWORD, sign_in_as
from pgp_desk.db.models import Clinic, User
from pgp_desk.services import clinic
from pgp_desk.services.assessments import (
    assessment_progress,
    assessment_report,
    assessment_rules,
    assessments,
    clinic_instruments,
)
from pgp_desk.services.audit import audit, audit_log
from pgp_desk.services.clients import client_import, client_overview, clients, episodes, privacy
from pgp_desk.services.errors import NotFoundError, UserError
from pgp_desk.services.handouts import export_files, handouts
from pgp_desk.services.people import people
from pgp_desk.services.people.passwords import hash_password
from pgp_desk.services.people.signin import connect_as, sign_in
from pgp_desk.services.programmes import programme_suggestions, programme_templates, programmes

CSV = "Fornavn;Efternavn;Fødselsdato\nAnna;Holm;24.03.1990\n".encode()
ODI = Path(__file__).resolve().parents[1] / "unit" / "data" / "odi_example.yaml"

# What a call needs: "contact" (secretary too), "clinical" (therapist), "erase" and
# "admin" (administrator), "any" (everyone signed in).
CALLS = {
    "assessment_progress.assessment_progress": ("clinical", lambda d, a, i:
        assessment_progress.assessment_progress(d, a, i.assessment)),
    "assessment_progress.episode_progress": ("clinical", lambda d, a, i:
        assessment_progress.episode_progress(d, a, i.episode)),
    "assessment_report.build_report_data": ("clinical", lambda d, a, i:
        assessment_report.build_report_data(d, a, i.assessment)),
    "assessment_report.latest_assessment_id": ("clinical", lambda d, a, i:
        assessment_report.latest_assessment_id(d, a, i.episode)),
    "assessment_report.render_report": ("clinical", lambda d, a, i:
        assessment_report.render_report(d, a, i.assessment)),
    "assessment_report.report_and_summary": ("clinical", lambda d, a, i:
        assessment_report.report_and_summary(d, a, i.assessment)),
    "assessment_report.report_defaults": ("clinical", lambda d, a, i:
        assessment_report.report_defaults(d, a, i.assessment)),
    "assessment_report.report_summary": ("clinical", lambda d, a, i:
        assessment_report.report_summary(d, a, i.assessment)),
    "assessment_rules.available_instruments": ("clinical", lambda d, a, i:
        assessment_rules.available_instruments(d, a)),
    "assessments.add_addendum": ("clinical", lambda d, a, i:
        assessments.add_addendum(d, a, i.assessment, "Tillæg")),
    "assessments.create_assessment": ("clinical", lambda d, a, i:
        assessments.create_assessment(d, a, i.episode)),
    "assessments.delete_draft": ("clinical", lambda d, a, i:
        assessments.delete_draft(d, a, i.assessment, -1)),
    "assessments.get_assessment": ("clinical", lambda d, a, i:
        assessments.get_assessment(d, a, i.assessment)),
    "assessments.list_assessments": ("clinical", lambda d, a, i:
        assessments.list_assessments(d, a, i.episode)),
    "assessments.list_client_assessments": ("clinical", lambda d, a, i:
        assessments.list_client_assessments(d, a, i.client)),
    "assessments.open_red_flags": ("clinical", lambda d, a, i:
        assessments.open_red_flags(d, a, i.client)),
    "assessments.pain_map_history": ("clinical", lambda d, a, i:
        assessments.pain_map_history(d, a, i.episode)),
    "assessments.previous_assessment": ("clinical", lambda d, a, i:
        assessments.previous_assessment(d, a, i.assessment)),
    "assessments.save_assessment": ("clinical", lambda d, a, i:
        assessments.save_assessment(d, a, i.assessment_rec, i.assessment_rec.as_input())),
    "assessments.sign_assessment": ("clinical", lambda d, a, i:
        assessments.sign_assessment(d, a, i.assessment, -1)),
    "client_import.check_file": ("contact", lambda d, a, i:
        client_import.check_file(d, a, i.csv_path)),
    "client_import.import_clients": ("contact", lambda d, a, i:
        client_import.import_clients(d, a, i.import_report)),
    "audit.search_finished": ("contact", lambda d, a, i: audit.search_finished(d, a, 4, 2)),
    "audit_log.export_csv": ("admin", lambda d, a, i:
        audit_log.export_csv(d, a, audit_log.AuditFilter(), i.csv_path.with_suffix(".a.csv"))),
    "audit_log.filter_choices": ("admin", lambda d, a, i: audit_log.filter_choices(d, a)),
    "audit_log.find_events": ("admin", lambda d, a, i:
        audit_log.find_events(d, a, audit_log.AuditFilter())),
    "clients.count_clients": ("contact", lambda d, a, i: clients.count_clients(d, a)),
    "clients.create_client": ("contact", lambda d, a, i: clients.create_client(
        d, a, clients.ClientInput(first_name="Ny", last_name="Klient"))),
    "clients.get_client": ("contact", lambda d, a, i: clients.get_client(d, a, i.client)),
    "client_overview.client_overview": ("contact", lambda d, a, i:
        client_overview.client_overview(d, a, i.client)),
    "clients.search_clients": ("contact", lambda d, a, i: clients.search_clients(d, a, "")),
    "clients.set_archived": ("contact", lambda d, a, i:
        clients.set_archived(d, a, i.client, False)),
    "clients.update_client": ("contact", lambda d, a, i:
        clients.update_client(d, a, i.client_rec, i.client_rec.as_input())),
    "clinic.get_settings": ("any", lambda d, a, i: clinic.get_settings(d, a)),
    "clinic.update_settings": ("admin", lambda d, a, i:
        clinic.update_settings(d, a, clinic.ClinicSettings(name="Klinik"))),
    "clinic_instruments.import_instrument": ("admin", lambda d, a, i:
        clinic_instruments.import_instrument(d, a, ODI, "licens")),
    "clinic_instruments.list_instruments": ("any", lambda d, a, i:
        clinic_instruments.list_instruments(d, a, "da")),
    "clinic_instruments.set_active": ("admin", lambda d, a, i:
        clinic_instruments.set_active(d, a, "ODI", True)),
    "episodes.create_episode": ("clinical", lambda d, a, i:
        episodes.create_episode(d, a, i.client, i.episode_input)),
    "episodes.get_episode": ("clinical", lambda d, a, i: episodes.get_episode(d, a, i.episode)),
    "episodes.update_episode": ("clinical", lambda d, a, i:
        episodes.update_episode(d, a, i.episode_rec, i.episode_input)),
    "export_files.write_client_export": ("clinical", lambda d, a, i:
        export_files.write_client_export(d, a, i.client, i.export_path)),
    "handouts.build_handout": ("clinical", lambda d, a, i:
        handouts.build_handout(d, a, i.programme, handouts.PrintOptions())),
    "handouts.get_issued": ("clinical", lambda d, a, i: handouts.get_issued(d, a, i.handout)),
    "handouts.issue_handout": ("clinical", lambda d, a, i:
        handouts.issue_handout(d, a, i.programme)),
    "handouts.issued_since": ("clinical", lambda d, a, i:
        handouts.issued_since(d, a, date(2020, 1, 1))),
    "handouts.latest_programme_id": ("clinical", lambda d, a, i:
        handouts.latest_programme_id(d, a, i.client)),
    "handouts.list_issued": ("clinical", lambda d, a, i: handouts.list_issued(d, a, i.client)),
    "handouts.prepare_handout": ("clinical", lambda d, a, i:
        handouts.prepare_handout(d, a, i.programme)),
    "handouts.preview_handout": ("clinical", lambda d, a, i:
        handouts.preview_handout(d, a, i.programme)),
    "handouts.preview": ("clinical", lambda d, a, i: handouts.preview(d, a, i.programme)),
    "handouts.reprint": ("clinical", lambda d, a, i: handouts.reprint(d, a, i.handout)),
    "people.add_person": ("admin", lambda d, a, i: people.add_person(d, a, people.Profile(
        "ny.person", "Ny Person", "secretary", "", ("secretary",)), "kort")),
    "people.list_people": ("admin", lambda d, a, i: people.list_people(d, a)),
    "people.set_active": ("admin", lambda d, a, i: people.set_active(d, a, "kollega", True)),
    "people.set_password": ("admin", lambda d, a, i:
        people.set_password(d, a, "kollega", "kort")),
    "people.set_roles": ("admin", lambda d, a, i:
        people.set_roles(d, a, "kollega", ("therapist",))),
    "people.update_profile": ("admin", lambda d, a, i: people.update_profile(
        d, a, "kollega", people.Profile("kollega", "Karen Kollega", "physiotherapist",
                                        "4KL9B", ("therapist",)))),
    "privacy.erase_client": ("erase", lambda d, a, i:
        privacy.erase_client(d, a, i.client, "not her name")),
    "privacy.export_client": ("clinical", lambda d, a, i:
        privacy.export_client(d, a, i.client)),
    "programme_suggestions.clinical_picture": ("clinical", lambda d, a, i:
        programme_suggestions.clinical_picture(d, a, i.episode)),
    "programme_templates.delete_template": ("clinical", lambda d, a, i:
        programme_templates.delete_template(d, a, 10**6, 1)),
    "programme_templates.get_template": ("clinical", lambda d, a, i:
        programme_templates.get_template(d, a, "db:1000000")),
    "programme_templates.list_templates": ("clinical", lambda d, a, i:
        programme_templates.list_templates(d, a, "da")),
    "programme_templates.save_template": ("clinical", lambda d, a, i:
        programme_templates.save_template(d, a, "", [], [], [], True)),
    "programme_templates.start_from_template": ("clinical", lambda d, a, i:
        programme_templates.start_from_template(d, a, i.episode, "db:1000000")),
    "programmes.create_programme": ("clinical", lambda d, a, i:
        programmes.create_programme(d, a, i.episode)),
    "programmes.discard_draft": ("clinical", lambda d, a, i:
        programmes.discard_draft(d, a, i.programme, -1)),
    "programmes.episode_language": ("clinical", lambda d, a, i:
        programmes.episode_language(d, a, i.episode)),
    "programmes.get_programme": ("clinical", lambda d, a, i:
        programmes.get_programme(d, a, i.programme)),
    "programmes.issue_programme": ("clinical", lambda d, a, i:
        programmes.issue_programme(d, a, i.programme, -1)),
    "programmes.latest_programme": ("clinical", lambda d, a, i:
        programmes.latest_programme(d, a, i.episode)),
    "programmes.list_programmes": ("clinical", lambda d, a, i:
        programmes.list_programmes(d, a, i.episode)),
    "programmes.save_programme": ("clinical", lambda d, a, i:
        programmes.save_programme(d, a, i.programme_rec, i.programme_rec.as_input())),
    "programmes.start_next_programme": ("clinical", lambda d, a, i:
        programmes.start_next_programme(d, a, i.episode)),
    "programmes.validate": ("clinical", lambda d, a, i:
        programmes.validate(d, a, i.programme_input)),
}

# Public functions taking an actor that this walk leaves out, and why.
NOT_WALKED = {
    "audit.record": "writes the audit event of the call that checked access",
    "audit.audit_row": "builds the audit event of the call that checked access",
    "programmes.mark_issued": "the session-level step of issuing, after the programme loader",
    "people.require_admin": "is the administrator check itself",
    "episodes.episode_in_clinic": "the session-level loader (services.records.episode)",
    "handout_snapshot.read_snapshot": "the session-level reading of handouts' calls, through "
                                      "services.records.programme",
    "demo.create_demo_clinic": "fills the demo database",
    "records.require": "the role check every loader makes",
    "records.deletable_draft": "delete_draft's and discard_draft's session-level step (through "
                               "the assessment and programme loaders)",
    "clients.read_client": "get_client's session-level step (its loader checks access)",
    "assessments.client_assessment_rows": "list_client_assessments' session-level step",
    "assessments.red_flags_in": "open_red_flags' session-level step",
    "records.refuse_unless": "the administrator check itself",
    "records.write_refusal": "writes the audit event of a refused call",
    "records.client": "the loader itself",
    "records.episode": "the loader itself",
    "records.assessment": "the loader itself",
    "records.programme": "the loader itself",
    "records.handout": "the loader itself",
    "demo_assessments.create_demo_assessments": "fills the demo database",
    "demo_handouts.create_demo_handouts": "fills the demo database",
    "demo_programmes.create_demo_programmes": "fills the demo database",
    "practice_move.move_practice": "copies a whole SQLite practice onto an empty server "
                                   "(administrators only: tests/db/test_practice_move.py)",
}
# The clinic's exercise library holds no client data; its rights are tested in
# tests/db/test_exercise_library.py.
LIBRARY = "exercise_library."

RECORD_ID = re.compile(r"\bi\.(client|episode|assessment|programme|handout)(_rec)?\b")
HAS_IDS = {name for name, (_need, call) in CALLS.items()
           if RECORD_ID.search(inspect.getsource(call))}


def test_the_walk_covers_every_public_service_function() -> None:
    """A new public service function with an actor cannot slip past this walk."""
    found = set()
    for module in pkgutil.walk_packages(services_package.__path__, "pgp_desk.services."):
        if module.ispkg:
            continue
        loaded = importlib.import_module(module.name)
        short = module.name.rsplit(".", 1)[-1]
        for name, function in inspect.getmembers(loaded, inspect.isfunction):
            if (function.__module__ == loaded.__name__ and not name.startswith("_")
                    and "actor" in inspect.signature(function).parameters):
                found.add(f"{short}.{name}")
    walked = set(CALLS) | set(NOT_WALKED)
    assert sorted(n for n in found - walked if not n.startswith(LIBRARY)) == []
    assert sorted(walked - found) == []


def _ids(db, actor, tmp_path: Path, tag: str) -> SimpleNamespace:  # type: ignore[no-untyped-def]
    """A client with a pregnancy, an assessment, a programme and an issued handout."""
    world = worked(db, actor, first=f"Klient{tag}")
    made = assessments.create_assessment(db, actor, world.episode_id)
    handout = handouts.issue_handout(db, actor, world.programme_id)
    csv_path = tmp_path / f"{tag}.csv"
    csv_path.write_bytes(CSV)
    episode = episodes.get_episode(db, actor, world.episode_id)
    return SimpleNamespace(
        client=world.client_id, episode=world.episode_id, assessment=made.id,
        programme=world.programme_id, handout=handout.id,
        client_rec=clients.get_client(db, actor, world.client_id),
        episode_rec=episode,
        episode_input=episodes.EpisodeInput(**{n: getattr(episode, n)
                                               for n in episodes.EDITABLE}),
        assessment_rec=made,
        programme_rec=programmes.get_programme(db, actor, world.programme_id),
        programme_input=programmes.get_programme(db, actor, world.programme_id).as_input(),
        csv_path=csv_path, import_report=client_import.check_file(db, actor, csv_path),
        export_path=tmp_path / f"{tag}-export.json",
    )


@dataclass
class Clinics:
    mine: SimpleNamespace
    theirs: SimpleNamespace


@pytest.fixture
def clinics(db, actor, tmp_path: Path) -> Clinics:  # type: ignore[no-untyped-def]
    """Our clinic's records, and another clinic's in the same database, made by a therapist
    of that clinic who signed in with her own password."""
    with db.sessions.begin() as session:
        other = Clinic(name="Anden klinik")
        session.add(other)
        session.flush()
        session.add(User(clinic_id=other.id, username="fremmed", full_name="Frida Fremmed",
                         roles="therapist", profession="physiotherapist",
                         authorisation_id="9QX7B", profile_complete=True,
                         password_hash=hash_password(TEST_PASSWORD)))
        session.flush()
        if not db.is_sqlite:  # her login role, as the owner's password function makes it
            people.set_password_on_server(session, db, "fremmed", TEST_PASSWORD)
    stranger = sign_in(db, "fremmed", TEST_PASSWORD)
    return Clinics(_ids(db, actor, tmp_path, "mine"), _ids(db, stranger, tmp_path, "theirs"))


def test_nobody_reaches_another_clinics_records(db, actor, clinics) -> None:  # type: ignore[no-untyped-def]
    """Even an administrator and therapist gets "does not exist" for every id of another
    clinic, from every function that takes one."""
    for name in sorted(HAS_IDS):
        _need, call = CALLS[name]
        with pytest.raises(NotFoundError):
            call(db, actor, clinics.theirs)
            pytest.fail(f"{name} reached another clinic's record")


def _refused(name: str, call, db, who, ids) -> None:  # type: ignore[no-untyped-def]
    try:
        call(db, who, ids)
    except UserError as exc:
        assert exc.template.startswith("only "), f"{name}: {exc}"
        return
    pytest.fail(f"{name} let {who.username} through")


def _not_refused(name: str, call, db, who, ids) -> None:  # type: ignore[no-untyped-def]
    try:
        call(db, who, ids)
    except UserError as exc:
        template = getattr(exc, "template", "")  # a conflict is not a refusal
        assert not template.startswith("only "), f"{name} refused {who.username}"


def test_a_secretary_reaches_contact_details_only(db, clinics) -> None:  # type: ignore[no-untyped-def]
    """Every clinical, erasing and administrative call refuses the secretary; the client
    list and contact details are hers."""
    secretary = sign_in_as(db, "sekretaer")
    for name, (need, call) in sorted(CALLS.items()):
        if need in ("contact", "any"):
            _not_refused(name, call, db, secretary, clinics.mine)
        else:
            _refused(name, call, db, secretary, clinics.mine)
    shown = clients.get_client(db, secretary, clinics.mine.client)
    assert shown.notes == "" and shown.phone


def test_a_therapist_cannot_erase_or_run_the_clinic(db, clinics) -> None:  # type: ignore[no-untyped-def]
    """Erasure, people and clinic-wide settings need an administrator."""
    therapist = sign_in_as(db, "kollega")
    assert not therapist.is_admin
    for name, (need, call) in sorted(CALLS.items()):
        if need in ("erase", "admin"):
            _refused(name, call, db, therapist, clinics.mine)


ALLOWED = {"sekretaer": ("contact", "any"), "kollega": ("contact", "any", "clinical"),
           "therapist": ("contact", "any", "clinical", "admin", "erase"),
           "leder": ("contact", "any", "admin", "erase")}
# an administrator who is not a therapist (a practice manager), added for these tests
MANAGER = people.Profile("leder", "Lea Leder", "other", "", ("admin",))


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
@pytest.mark.parametrize("username", sorted(ALLOWED))
def test_each_role_works_over_her_own_connection(db, clinics, username: str) -> None:  # type: ignore[no-untyped-def]
    """On PostgreSQL a workstation works as the signed-in person's login role: every call
    her roles allow must be possible with her groups' grants (db.pg_roles), not only with
    the owner's connection the rest of this walk uses."""
    if username == MANAGER.username:
        people.add_person(db, sign_in_as(db, "therapist"), MANAGER, TEST_PASSWORD)
    own, who = connect_as(db.server_url, username, TEST_PASSWORD)
    try:
        assert own.person_role is not None
        for name, (need, call) in sorted(CALLS.items()):
            if need in ALLOWED[username]:
                _not_refused(name, call, own, who, clinics.mine)
            elif need != "any":
                _refused(name, call, own, who, clinics.mine)
        if username == MANAGER.username:  # the erasure's checks read only ids and dates
            mine = clinics.mine.client_rec
            privacy.erase_client(own, who, mine.id, f"{mine.first_name} {mine.last_name}",
                                 legal_basis="Klientens anmodning; journal overført")
            with pytest.raises(NotFoundError):
                clients.get_client(own, who, mine.id)
    finally:
        own.close()
