"""The people of the test clinic, signed in the honest way: through services.signin.

Every test database is a copy of a migrated template in which these people were created
through the services (the first administrator, then colleagues she added) and signed in
once. A copy holds the very same rows, so the signed-in actors are valid in every copy;
Argon2id takes most of a second per password here, which would be too slow per test.
"""

from __future__ import annotations

from pgp_desk.services.database import Database
from pgp_desk.services.people import people
from pgp_desk.services.people.actor import Actor
from pgp_desk.services.people.signin import create_first_administrator, sign_in

TEST_PASSWORD = "korrekt-hest-batteri"

ADMINISTRATOR = people.Profile("therapist", "Test Terapeut", "physiotherapist", "0T3ST",
                               ("admin", "therapist"))
COLLEAGUES = (
    people.Profile("kollega", "Karen Kollega", "physiotherapist", "4KL9B", ("therapist",)),
    people.Profile("terapeut2", "Tove Terapeut", "physiotherapist", "5TV8R", ("therapist",)),
    people.Profile("sekretaer", "Sara Sekretær", "secretary", "", ("secretary",)),
)


def populate(db: Database) -> dict[str, Actor]:
    """Create the test clinic's people in an empty database and sign each of them in."""
    admin = create_first_administrator(db, ADMINISTRATOR, TEST_PASSWORD).actor
    for profile in COLLEAGUES:
        people.add_person(db, admin, profile, TEST_PASSWORD)
    return {p.username: sign_in(db, p.username, TEST_PASSWORD)
            for p in (ADMINISTRATOR, *COLLEAGUES)}


def cli_sign_in(username: str = "therapist") -> list[str]:
    """Command-line arguments that sign in; the password goes to standard input."""
    return ["--user", username, "--password-stdin"]


def sign_in_as(db: Database, username: str) -> Actor:
    """Sign one of the test clinic's people in again (another workstation, say)."""
    return sign_in(db, username, TEST_PASSWORD)


def workstation_url(url: str) -> str:
    """What a workstation is configured with for a clinic server: its server and database,
    no role, no password (the sign-in brings the person)."""
    from sqlalchemy.engine import URL, make_url

    full = make_url(url)
    return URL.create(full.drivername, host=full.host, port=full.port,
                      database=full.database).render_as_string(hide_password=False)
