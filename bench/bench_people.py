"""Benchmarks sign in like everyone else: as the demo clinic's administrator, with the demo
password (the demo people are created in an empty database first; on PostgreSQL their
login roles get the demo password too, as IT's password step gives it)."""

from __future__ import annotations

from pgp_desk.services.database import Database
from pgp_desk.services.demo import demo_names
from pgp_desk.services.demo.demo import create_demo_people
from pgp_desk.services.demo.demo_names import DEMO_ADMINISTRATOR, DEMO_PASSWORD
from pgp_desk.services.people.actor import Actor
from pgp_desk.services.people.people import set_password_on_server
from pgp_desk.services.people.signin import FIRST_START, setup_state, sign_in


def bench_actor(db: Database) -> Actor:
    if setup_state(db) == FIRST_START:
        create_demo_people(db)
        if not db.is_sqlite:
            with db.sessions.begin() as session:
                for username, *_ in demo_names.PEOPLE:
                    set_password_on_server(session, db, username, DEMO_PASSWORD)
    return sign_in(db, DEMO_ADMINISTRATOR, DEMO_PASSWORD)
