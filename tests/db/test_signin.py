"""Signing in: the password decides who works, never the computer's login name."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from people_world import ADMINISTRATOR, TEST_PASSWORD
from pgp_desk.db.models import User
from pgp_desk.services.database import open_database
from pgp_desk.services.errors import DatabaseError, ValidationError
from pgp_desk.services.people import people, signin


def test_right_password_signs_in_with_profile_and_roles(db) -> None:  # type: ignore[no-untyped-def]
    """The actor carries the person's full name, authorisation ID and roles."""
    actor = signin.sign_in(db, "therapist", TEST_PASSWORD)
    assert actor.full_name == "Test Terapeut"
    assert actor.signature == "Test Terapeut (aut.-ID 0T3ST)"
    assert actor.is_admin and actor.is_therapist and not actor.is_secretary


def test_wrong_password_and_unknown_name_give_the_same_answer(db) -> None:  # type: ignore[no-untyped-def]
    """The answer does not tell which user names exist."""
    with pytest.raises(signin.SignInRefused) as wrong:
        signin.sign_in(db, "therapist", "not-the-password")
    with pytest.raises(signin.SignInRefused) as unknown:
        signin.sign_in(db, "nobody", TEST_PASSWORD)
    assert str(wrong.value) == str(unknown.value) == "wrong user name or password"


def test_environment_never_chooses_the_person(db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """LOGNAME and USER naming the administrator change nothing: the password decides."""
    monkeypatch.setenv("LOGNAME", "therapist")
    monkeypatch.setenv("USER", "therapist")
    with pytest.raises(signin.SignInRefused):
        signin.sign_in(db, "kollega", "")
    assert signin.sign_in(db, "kollega", TEST_PASSWORD).username == "kollega"


def test_repeated_failures_slow_down(db) -> None:  # type: ignore[no-untyped-def]
    """After three wrong passwords the account waits before a password is checked again,
    even the right one."""
    for _ in range(signin.FREE_ATTEMPTS):
        with pytest.raises(signin.SignInRefused, match="wrong user name"):
            signin.sign_in(db, "kollega", "wrong-password")
    with pytest.raises(signin.SignInRefused, match="wait 2 seconds"):
        signin.sign_in(db, "kollega", TEST_PASSWORD)
    over = datetime.now(UTC) - timedelta(seconds=3)  # the wait is over
    if db.is_sqlite:
        with db.sessions.begin() as session:
            user = session.query(User).filter_by(username="kollega").one()
            user.last_failed_at = over
    else:  # the server refused: this app counted the failures
        key = (db.server_url, "kollega")
        signin._server_failures[key] = (signin._server_failures[key][0], over)
    assert signin.sign_in(db, "kollega", TEST_PASSWORD).username == "kollega"


def test_waits_double_up_to_a_limit() -> None:
    """Each further failure doubles the wait, never beyond five minutes."""
    now = datetime(2026, 1, 1, tzinfo=UTC)
    assert signin.wait_seconds(2, now, now) == 0
    assert signin.wait_seconds(3, now, now) == 2
    assert signin.wait_seconds(4, now, now) == 4
    assert signin.wait_seconds(4, now - timedelta(seconds=3), now) == 1
    assert signin.wait_seconds(30, now, now) == signin.MAX_WAIT_SECONDS


def test_disabled_person_cannot_sign_in(db) -> None:  # type: ignore[no-untyped-def]
    """A disabled person's records stay hers, but she cannot sign in."""
    with db.sessions.begin() as session:
        session.query(User).filter_by(username="kollega").one().active = False
    with pytest.raises(signin.SignInRefused, match="disabled"):
        signin.sign_in(db, "kollega", TEST_PASSWORD)


def test_unreachable_server_is_told_apart_from_a_wrong_password() -> None:
    """A clinic server that does not answer says so, not 'wrong password'."""
    from pgp_desk.db.engine import make_engine, make_session_factory
    from pgp_desk.services.database import Database

    engine = make_engine("postgresql+psycopg://anne:secret@127.0.0.1:1/clinic")
    db = Database(engine, make_session_factory(engine))
    with pytest.raises(DatabaseError, match="cannot be reached") as caught:
        signin.sign_in(db, "anne", "secret-password")
    assert not isinstance(caught.value, signin.SignInRefused)
    assert "secret" not in str(caught.value)
    db.close()


def test_first_start_creates_the_administrator_and_a_recovery_code(tmp_path: Path) -> None:
    """An empty database asks for the administrator; she is signed in at once, and the
    recovery code sets a new password once."""
    db = open_database(f"sqlite:///{tmp_path / 'new.sqlite3'}", create=True)
    try:
        assert signin.setup_state(db) == signin.FIRST_START
        profile = people.Profile("anne", "Anne Holm", "physiotherapist", "3KQ7B",
                                 ("therapist",))
        with pytest.raises(ValidationError):
            signin.create_first_administrator(db, profile, "short")
        started = signin.create_first_administrator(db, profile, "en-lang-adgangskode")
        assert started.actor.is_admin and started.actor.is_therapist
        assert signin.setup_state(db) == signin.SIGN_IN
        again = signin.recover(db, "anne", started.recovery_code.lower(), "nyt-kodeord-123")
        assert signin.sign_in(db, "anne", "nyt-kodeord-123").username == "anne"
        with pytest.raises(signin.SignInRefused):
            signin.recover(db, "anne", started.recovery_code, "tredje-kodeord")
        assert again.recovery_code != started.recovery_code
    finally:
        db.close()


def test_first_start_only_once(db) -> None:  # type: ignore[no-untyped-def]
    """Nobody can 'create the first administrator' in a database that has people."""
    from pgp_desk.services.errors import UserError

    with pytest.raises(UserError):
        signin.create_first_administrator(db, ADMINISTRATOR, TEST_PASSWORD)
    with pytest.raises(UserError):
        signin.complete_administrator(db, ADMINISTRATOR, TEST_PASSWORD)


def test_a_therapist_needs_an_authorisation_id() -> None:
    """Records are signed with the authorisation ID, so a therapist cannot be without."""
    errors = people.validate_profile(people.Profile("bo", "Bo Berg", "physiotherapist", "",
                                                    ("therapist",)))
    assert [e.field for e in errors] == ["authorisation_id"]
    secretary = people.Profile("sofie", "Sofie Lund", "secretary", "", ("secretary",))
    assert people.validate_profile(secretary) == []
