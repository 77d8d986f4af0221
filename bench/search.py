"""How fast is search-as-you-type with 100,000 clients? (a benchmark, not a test)

Creates the demo clinic (services.demo.create_demo_clinic) in a fresh SQLite file and, when
PGP_DESK_TEST_POSTGRES_URL is set, in a fresh PostgreSQL database (dropped afterwards),
then times what the client list asks for on each keystroke: the first page of 100 rows
through services.clients.search_clients, exactly as the GUI calls it, and the next page
(fetchMore) when the user scrolls. Prints median and 95th percentile in milliseconds.

    PYTHONPATH=src python bench/search.py [--clients 100000] [--repeat 25] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from pgp_desk.services import clients
from pgp_desk.services.actor import Actor
from pgp_desk.services.clinic import ensure_actor
from pgp_desk.services.database import Database, open_database
from pgp_desk.services.demo import create_demo_clinic

POSTGRES_ENV = "PGP_DESK_TEST_POSTGRES_URL"
QUERIES = ["s", "so", "sør", "soeren", "hansen", "1990", "24.03"]
PAGE = 100


def _timed(fn: Callable[[], object], repeat: int) -> list[float]:
    fn()  # warm the statement cache and the database's page cache once
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def _p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20, method="inclusive")[18]


def _phone_fragment(db: Database, actor: Actor) -> str:
    """Four digits from the middle of a real client's number, typed as on the phone: '23 45'."""
    row = clients.search_clients(db, actor, "hansen", limit=1).rows[0]
    digits = re.sub(r"\D", "", row.phone)[-8:]
    return f"{digits[:2]} {digits[2:4]}"


def run_queries(db: Database, actor: Actor, repeat: int) -> list[tuple[str, float, float, int]]:
    rows = []
    queries = [*QUERIES, _phone_fragment(db, actor)]
    for query in queries:
        def first_page(q: str = query) -> clients.SearchPage:
            return clients.search_clients(db, actor, q, limit=PAGE)

        page = first_page()
        times = _timed(first_page, repeat)
        rows.append((f"{query!r} first page", statistics.median(times), _p95(times),
                     len(page.rows)))
    for query in ("", "s"):
        cursor = clients.search_clients(db, actor, query, limit=PAGE).cursor

        def next_page(q: str = query, after: tuple[str, int] | None = cursor
                      ) -> clients.SearchPage:
            return clients.search_clients(db, actor, q, limit=PAGE, after=after)

        page = next_page()
        times = _timed(next_page, repeat)
        rows.append((f"{query!r} fetchMore page 2", statistics.median(times), _p95(times),
                     len(page.rows)))
    return rows


def bench(name: str, url: str, count: int, repeat: int) -> None:
    print(f"\n== {name}: {count:,} demo clients ==", flush=True)
    db = open_database(url)
    try:
        actor = ensure_actor(db, username="bench")
        start = time.perf_counter()
        result = create_demo_clinic(db, actor, clients=count, seed=2026)
        took = time.perf_counter() - start
        print(f"created {result.clients:,} clients and {result.episodes:,} episodes "
              f"in {took:.1f} s ({result.clients / took:,.0f} clients/s)", flush=True)
        print(f"{'query':<28} {'median ms':>10} {'p95 ms':>9} {'rows':>6}")
        for label, median, p95, n in run_queries(db, actor, repeat):
            print(f"{label:<28} {median:>10.1f} {p95:>9.1f} {n:>6}", flush=True)
    finally:
        db.close()


@contextmanager
def fresh_postgres(admin_url: str) -> Iterator[str]:
    import psycopg
    from sqlalchemy.engine import make_url

    name = f"pgp_bench_{uuid.uuid4().hex[:10]}"
    plain = admin_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(plain, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=25, help="timed runs per query")
    parser.add_argument("--keep", type=Path, default=None,
                        help="put the SQLite file in this folder and keep it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"bench-{uuid.uuid4().hex[:6]}.sqlite3"
        bench("SQLite", f"sqlite:///{path}", args.clients, args.repeat)
        if args.keep:
            print(f"kept {path}")
    admin = os.environ.get(POSTGRES_ENV)
    if admin:
        with fresh_postgres(admin) as url:
            bench("PostgreSQL", url, args.clients, args.repeat)
    else:
        print(f"\n(PostgreSQL skipped: set {POSTGRES_ENV} to an admin URL to include it)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
