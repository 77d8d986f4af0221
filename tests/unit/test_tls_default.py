"""A clinic server is reached over TLS with its certificate checked, unless the URL says
otherwise in plain sight."""

from __future__ import annotations

import pytest

from pgp_desk.db.engine import make_engine, make_session_factory, normalise_url
from pgp_desk.services.database import Database


@pytest.mark.parametrize(("url", "mode"), [
    ("postgresql://server.clinic.lan/pgpdesk", "verify-full"),
    ("postgresql+psycopg://192.168.1.10:5433/pgpdesk", "verify-full"),
    ("postgresql://server.clinic.lan/pgpdesk?sslrootcert=/etc/clinic-ca.crt", "verify-full"),
    ("postgresql://server.clinic.lan/pgpdesk?sslmode=require", "require"),  # explicit
    ("postgresql://127.0.0.1/pgpdesk", None),  # this computer: nothing crosses a network
    ("postgresql://localhost/pgpdesk", None),
    ("postgresql:///pgpdesk", None),  # local socket
])
def test_non_loopback_servers_default_to_verify_full(url: str, mode: str | None) -> None:
    """verify-full is added for any server but this computer; a mode in the URL stays."""
    engine = make_engine(url)
    try:
        assert engine.url.query.get("sslmode") == mode
        if "sslrootcert" in url:
            assert engine.url.query["sslrootcert"] == "/etc/clinic-ca.crt"
    finally:
        engine.dispose()


def test_a_weaker_mode_is_shown() -> None:
    """An explicit sslmode weaker than verify-full marks the connection as unverified."""
    for url, unverified in (("postgresql://server.clinic.lan/db?sslmode=require", True),
                            ("postgresql://server.clinic.lan/db", False),
                            ("postgresql://127.0.0.1/db?sslmode=disable", False)):
        engine = make_engine(url)
        assert Database(engine, make_session_factory(engine)).unverified_connection is unverified
        engine.dispose()
    assert "sslmode" not in normalise_url("sqlite:///x.sqlite3")
