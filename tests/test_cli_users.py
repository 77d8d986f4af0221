"""`pgp-desk users ...`: an administrator manages the clinic's people from the command line."""

from __future__ import annotations

import io
from pathlib import Path
from unittest import mock

import pytest

from people_world import TEST_PASSWORD
from pgp_desk.cli.main import main
from pgp_desk.services.database import open_database
from pgp_desk.services.people import people, signin


def users(url: str, user: str, *args: str, stdin: str = TEST_PASSWORD + "\n") -> int:
    """`pgp-desk --user USER --password-stdin users ...`, secrets on standard input."""
    with mock.patch("sys.stdin", io.StringIO(stdin)):
        return main(["--database", url, "--user", user, "--password-stdin", "users", *args])


def test_administrator_adds_changes_and_disables_a_person(sqlite_url: str, capsys) -> None:  # type: ignore[no-untyped-def]
    """add (the new password on the second line), set-role, disable: each shows the person
    by full name and authorisation ID, and sign-in follows."""
    assert users(sqlite_url, "therapist", "list") == 0
    assert "Karen Kollega (aut.-ID 4KL9B)" in capsys.readouterr().out
    assert users(sqlite_url, "therapist", "add", "bo", "--full-name", "Bo Berg",
                 "--profession", "physiotherapist", "--authorisation-id", "9144889",
                 "--role", "therapist", stdin=f"{TEST_PASSWORD}\nbos-lange-kode\n") == 0
    assert "Bo Berg (HPR-nr. 9144889)" in capsys.readouterr().out
    db = open_database(sqlite_url, upgrade=False)
    try:
        assert signin.sign_in(db, "bo", "bos-lange-kode").is_therapist
        assert users(sqlite_url, "therapist", "set-role", "bo", "secretary") == 0
        assert signin.sign_in(db, "bo", "bos-lange-kode").roles == ("secretary",)
        assert users(sqlite_url, "therapist", "disable", "bo") == 0
        with pytest.raises(signin.SignInRefused, match="disabled"):
            signin.sign_in(db, "bo", "bos-lange-kode")
    finally:
        db.close()


def test_only_an_administrator_manages_people(sqlite_url: str, capsys) -> None:  # type: ignore[no-untyped-def]
    """A therapist gets one sentence and exit 1; the last administrator cannot be disabled."""
    assert users(sqlite_url, "kollega", "list") == 1
    assert "only an administrator" in capsys.readouterr().err
    assert users(sqlite_url, "therapist", "disable", "therapist") == 1
    assert "at least one active administrator" in capsys.readouterr().err


def test_recovery_code_sets_a_new_password_once(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """`users recover` takes the code and a new password; the code then no longer works."""
    url = f"sqlite:///{tmp_path / 'solo.sqlite3'}"
    db = open_database(url, create=True)
    try:
        code = signin.create_first_administrator(db, people.Profile(
            "anne", "Anne Holm", "physiotherapist", "3KQ7B", ("therapist",)),
            "glemt-kodeord").recovery_code
    finally:
        db.close()
    assert users(url, "anne", "recover", stdin=f"{code}\nnyt-kodeord-1\n") == 0
    assert "new recovery code" in capsys.readouterr().out
    assert users(url, "anne", "recover", stdin=f"{code}\nnyt-kodeord-2\n") == 1
    db = open_database(url, upgrade=False)
    try:
        assert signin.sign_in(db, "anne", "nyt-kodeord-1").is_admin
    finally:
        db.close()
