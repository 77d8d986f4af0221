"""The connection window's service: the workstation URL built from its fields, and a test
that names exactly what is wrong, against the suite's real PostgreSQL server."""

from __future__ import annotations

import stat

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.engine import make_url

from people_world import TEST_PASSWORD
from pgp_desk import config
from pgp_desk.db import migrate, schema_version
from pgp_desk.db.engine import make_engine
from pgp_desk.services.errors import ValidationError
from pgp_desk.services.people import connection
from pgp_desk.services.people.connection import ConnectionForm, try_connection, workstation_url


def form_for(url: str, **changes: object) -> ConnectionForm:
    parsed = make_url(url)
    values: dict[str, object] = dict(server=parsed.host, port=parsed.port or 5432,
                                     database=parsed.database, tls_mode="disable")
    values.update(changes)
    return ConnectionForm(**values)  # type: ignore[arg-type]


def test_the_url_names_server_database_and_tls_but_never_a_person() -> None:
    url = workstation_url(ConnectionForm("server.clinic.lan", 5432, "pgpdesk", "verify-full",
                                         "/etc/pgp-desk/clinic-ca.crt"))
    assert url == ("postgresql+psycopg://server.clinic.lan/pgpdesk"
                   "?sslmode=verify-full&sslrootcert=%2Fetc%2Fpgp-desk%2Fclinic-ca.crt")
    assert make_url(url).username is None and make_url(url).password is None
    other = workstation_url(ConnectionForm("10.0.0.5", 6543, "clinic", "require"))
    assert other == "postgresql+psycopg://10.0.0.5:6543/clinic?sslmode=require"


def test_missing_fields_are_named() -> None:
    with pytest.raises(ValidationError) as caught:
        workstation_url(ConnectionForm(" ", 0, "", "maybe"))
    assert set(caught.value.by_field()) == {"server", "database", "port", "tls_mode"}


@pytest.mark.postgres
def test_the_right_password_connects(postgres_url: str) -> None:
    outcome = try_connection(workstation_url(form_for(postgres_url)), "therapist",
                             TEST_PASSWORD)
    assert outcome.kind == connection.OK, outcome
    assert outcome.params[0] == "therapist"


@pytest.mark.postgres
def test_a_wrong_password_is_the_server_refusing(postgres_url: str) -> None:
    outcome = try_connection(workstation_url(form_for(postgres_url)), "therapist", "wrong")
    assert outcome.kind == connection.REFUSED
    assert str(outcome.error) == "wrong user name or password"


@pytest.mark.postgres
def test_a_port_nobody_listens_on_is_unreachable(postgres_url: str) -> None:
    outcome = try_connection(workstation_url(form_for(postgres_url, port=1)), "therapist",
                             TEST_PASSWORD)
    assert outcome.kind == connection.UNREACHABLE, outcome
    assert outcome.params[0].endswith(":1/" + str(make_url(postgres_url).database))
    assert TEST_PASSWORD not in " ".join(outcome.params)


@pytest.mark.postgres
def test_tls_refused_is_told_apart_from_unreachable(postgres_url: str) -> None:
    """The suite's server speaks no TLS: a workstation that requires it is refused."""
    outcome = try_connection(workstation_url(form_for(postgres_url, tls_mode="require")),
                             "therapist", TEST_PASSWORD)
    assert outcome.kind == connection.TLS_REFUSED, outcome


def test_saving_keeps_the_url_owner_only_and_the_next_start_uses_it() -> None:
    url = workstation_url(ConnectionForm("server.clinic.lan", 5432, "pgpdesk"))
    config.save_database_url(url)
    assert config.choose_database() == config.DatabaseChoice(url, "saved")
    assert stat.S_IMODE(config.saved_database_path().stat().st_mode) == 0o600
    assert config.choose_database(demo=True).source == "demo"


def test_without_a_saved_server_the_solo_sqlite_file_is_used() -> None:
    assert config.choose_database().source == "default"


def test_a_database_older_than_this_app_names_both_versions_and_the_upgrade(tmp_path) -> None:  # type: ignore[no-untyped-def]
    url = config.sqlite_url(tmp_path / "old.sqlite3")
    engine = make_engine(url)
    cfg = migrate.alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0011_next_visit")
    engine.dispose()
    outcome = try_connection(url, "therapist", TEST_PASSWORD)
    assert outcome.kind == connection.SCHEMA_OLDER, outcome
    assert outcome.params == ("0011_next_visit", schema_version.head_revision())


def test_a_database_upgraded_by_a_newer_app_says_so(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
    engine.dispose()
    outcome = try_connection(sqlite_url, "therapist", TEST_PASSWORD)
    assert outcome.kind == connection.SCHEMA_NEWER, outcome
    assert outcome.params == ("0099_future",)
