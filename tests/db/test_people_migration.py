"""Upgrading a database from before sign-in: every record keeps its author, and the
administrator completes her profile before anyone can sign in."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import select, text

from pgp_desk.db import migrate
from pgp_desk.db.engine import make_engine
from pgp_desk.db.models import User
from pgp_desk.services.database import open_database
from pgp_desk.services.errors import DatabaseError
from pgp_desk.services.people import people, signin

BEFORE_PEOPLE = "0008_audit_triggers"


def _old_database(url: str) -> None:
    """A clinic as the last version without sign-in left it: an administrator and a
    therapist named after their computer logins, and a programme written by the therapist."""
    engine = make_engine(url)
    cfg = migrate.alembic_config(engine)
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, BEFORE_PEOPLE)
    now = "2026-01-05 10:00:00"
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO clinic (id, name, address, phone, email, default_language, paper_size,"
            " version, created_at, updated_at) VALUES (1, 'Klinik', '', '', '', 'da', 'A4', 1,"
            f" '{now}', '{now}')"))
        for uid, login, role in ((1, "root", "admin"), (2, "bo", "therapist")):
            connection.execute(text(
                "INSERT INTO app_user (id, clinic_id, username, full_name, role, active,"
                f" version, created_at, updated_at) VALUES ({uid}, 1, '{login}', '{login}',"
                f" '{role}', true, 1, '{now}', '{now}')"))
        connection.execute(text(
            "INSERT INTO audit_event (at, user_id, username, workstation, action, entity,"
            f" details) VALUES ('{now}', 2, 'bo', 'pc', 'create', 'client', '{{}}')"))
    engine.dispose()


@pytest.mark.parametrize("engine_name", ["sqlite", pytest.param("postgresql",
                                                                marks=pytest.mark.postgres)])
def test_upgrade_turns_users_into_people_to_complete(engine_name, tmp_path, request) -> None:  # type: ignore[no-untyped-def]
    """Ids stay, the administrator keeps the therapist work she did, nobody can sign in
    until the administrator has completed her profile, and then only she can."""
    url = (f"sqlite:///{tmp_path / 'old.sqlite3'}" if engine_name == "sqlite"
           else request.getfixturevalue("empty_postgres_url"))
    _old_database(url)
    if engine_name == "postgresql":  # a workstation never upgrades the clinic's server
        needs = f"schema version {BEFORE_PEOPLE} and this PGP Desk needs " \
            f"{migrate.head_revision()}"
        with pytest.raises(DatabaseError, match=needs):
            open_database(url)
        engine = make_engine(url)
        migrate.upgrade(engine)  # what `pgp-desk db upgrade` does, run by IT
        engine.dispose()
    db = open_database(url)  # SQLite: the app upgrades its own file (backup first)
    try:
        with db.sessions() as session:
            rows = {u.id: (u.username, u.roles, u.profile_complete, u.password_hash)
                    for u in session.scalars(select(User))}
        assert rows == {1: ("root", "admin therapist", False, None),
                        2: ("bo", "therapist", False, None)}
        assert signin.setup_state(db) == signin.COMPLETE_PROFILE
        pending = signin.pending_administrator(db)
        assert pending is not None and pending.username == "root"
        with pytest.raises(signin.SignInRefused):
            signin.sign_in(db, "bo", "")
        done = signin.complete_administrator(db, people.Profile(
            "anne", "Anne Holm", "physiotherapist", "3KQ7B", ("therapist",)),
            "en-lang-adgangskode")
        assert done.actor.user_id == 1 and done.actor.is_admin
        assert signin.setup_state(db) == signin.SIGN_IN
        assert signin.sign_in(db, "anne", "en-lang-adgangskode").signature == \
            "Anne Holm (aut.-ID 3KQ7B)"
        with pytest.raises(signin.SignInRefused):  # bo waits for the administrator
            signin.sign_in(db, "bo", "")
    finally:
        db.close()
