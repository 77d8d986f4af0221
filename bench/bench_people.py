"""Benchmarks sign in like everyone else: as the demo clinic's administrator, with the demo
password (the demo people are created in an empty database first)."""

from __future__ import annotations

from pgp_desk.services.database import Database
from pgp_desk.services.demo.demo import create_demo_people
from pgp_desk.services.demo.demo_names import DEMO_ADMINISTRATOR, DEMO_PASSWORD
from pgp_desk.services.people.actor import Actor
from pgp_desk.services.people.signin import FIRST_START, setup_state, sign_in


def bench_actor(db: Database) -> Actor:
    if setup_state(db) == FIRST_START:
        create_demo_people(db)
    return sign_in(db, DEMO_ADMINISTRATOR, DEMO_PASSWORD)
