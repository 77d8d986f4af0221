"""Time the demo fill in-process: wall clock, this process's CPU and the database server's.

    python bench/demo_fill.py --clients 20000 --database sqlite
    python bench/demo_fill.py --clients 20000 --database postgresql   # PGP_DESK_TEST_POSTGRES_URL
    python bench/demo_fill.py ... --src OTHER/src     # another version of the code, same run
    python bench/demo_fill.py ... --profile out.prof  # cProfile of the fill

Each run fills a fresh database (a new SQLite file, or a new PostgreSQL database made and
dropped here), signed in as the demo administrator as `pgp-desk demo` is, and prints one
line: the seconds per step (clients, assessments, programmes, handouts), the wall clock,
the CPU seconds of this process and, on PostgreSQL, of the server's backends that served
it. On a shared machine the CPU seconds compare two versions better than the wall clock.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
POSTGRES_ENV = "PGP_DESK_TEST_POSTGRES_URL"


def _ticks(pid: int) -> float:
    """CPU seconds (user + system) a process has used, from /proc."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class ServerClock:
    """The CPU seconds of every PostgreSQL backend this process used, read at each
    check-in of a pooled connection (the server runs on this machine, on loopback)."""

    def __init__(self) -> None:
        self.seen: dict[int, float] = {}

    def watch(self, engine: Any) -> None:
        from sqlalchemy import event

        engine.dispose()  # connections made from now on, so each one's backend is known
        @event.listens_for(engine, "connect")
        def connected(dbapi: Any, record: Any) -> None:
            with dbapi.cursor() as cursor:
                cursor.execute("SELECT pg_backend_pid()")
                record.info["backend"] = cursor.fetchone()[0]
            dbapi.commit()

        @event.listens_for(engine, "checkin")
        def checked_in(_dbapi: Any, record: Any) -> None:
            pid = record.info.get("backend")
            if pid is not None:
                self.seen[pid] = max(self.seen.get(pid, 0.0), _ticks(pid))

    def seconds(self) -> float:
        return sum(self.seen.values())


@contextmanager
def fresh_database(kind: str, folder: Path) -> Iterator[str]:
    if kind == "sqlite":
        yield f"sqlite:///{folder / f'demo-{uuid.uuid4().hex[:8]}.sqlite3'}"
        return
    import psycopg
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    admin = os.environ[POSTGRES_ENV]
    name = f"pgp_fill_{uuid.uuid4().hex[:10]}"  # role names: 22 letters at most
    plain = admin.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(admin).set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(plain, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        from pgp_desk.db import pg_roles

        engine = create_engine(admin)
        try:
            with engine.begin() as roles:
                pg_roles.drop_roles(roles, name)
        finally:
            engine.dispose()


def _timed_steps(module: Any, names: tuple[str, ...], steps: dict[str, float]) -> None:
    """Wrap the demo's step functions to add their wall seconds to ``steps``."""
    for name in names:
        original: Callable[..., Any] = getattr(module, name)

        def wrapper(*args: Any, __original: Callable[..., Any] = original,
                    __name: str = name, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return __original(*args, **kwargs)
            finally:
                steps[__name] = steps.get(__name, 0.0) + time.perf_counter() - start
        setattr(module, name, wrapper)


def run(kind: str, clients: int, seed: int, profile: str | None) -> str:
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_people import bench_actor

    from pgp_desk.services.database import open_database
    from pgp_desk.services.demo import demo

    steps: dict[str, float] = {}
    _timed_steps(demo, ("_stage_and_publish", "create_demo_assessments",
                        "create_demo_programmes", "create_demo_handouts"), steps)
    with tempfile.TemporaryDirectory() as tmp, fresh_database(kind, Path(tmp)) as url:
        os.environ["PGP_DESK_DATA_DIR"] = tmp
        if kind == "postgresql":
            from pgp_desk.db import migrate
            from pgp_desk.services.database import connect

            schema = connect(url)
            migrate.upgrade(schema.engine)
            schema.close()
        db = open_database(url, create=True)
        server = ServerClock()
        try:
            actor = bench_actor(db)
            if kind == "postgresql":
                server.watch(db.engine)
            profiler = cProfile.Profile() if profile else None
            cpu, wall = time.process_time(), time.perf_counter()
            if profiler:
                profiler.enable()
            result = demo.create_demo_clinic(db, actor, clients=clients, seed=seed)
            if profiler:
                profiler.disable()
                profiler.dump_stats(profile)
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        finally:
            db.close()
    short = {"_stage_and_publish": "clients", "create_demo_assessments": "assessments",
             "create_demo_programmes": "programmes", "create_demo_handouts": "handouts"}
    parts = ", ".join(f"{short[k]} {v:.1f}" for k, v in steps.items())
    server_cpu = f", server CPU {server.seconds():.1f} s" if kind == "postgresql" else ""
    return (f"{kind} {clients:,} clients: wall {wall:.1f} s, CPU {cpu:.1f} s{server_cpu} "
            f"({parts}; {result.episodes:,} episodes, {result.assessments:,} assessments, "
            f"{result.programmes:,} programmes, {result.handouts} handouts; "
            f"load {os.getloadavg()[0]:.1f})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20_000)
    parser.add_argument("--database", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--src", type=Path, default=ROOT / "src",
                        help="the source tree to time (default: this one)")
    parser.add_argument("--profile", help="write a cProfile of the fill to this file")
    args = parser.parse_args()
    sys.path.insert(0, str(args.src.resolve()))
    print(run(args.database, args.clients, args.seed, args.profile), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
