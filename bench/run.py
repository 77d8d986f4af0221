"""PGP Desk benchmarks: each figure beside a baseline measured in the same run.

    python bench/run.py            # the full run: 10k, 100k and 1M clients (about an hour)
    python bench/run.py --quick    # about two minutes: 10k clients, short load test

Builds its own data in a temporary folder (the demo generator; a name-only generator for
the 1M set) on SQLite and, when PGP_DESK_TEST_POSTGRES_URL names a server that may create
databases, on PostgreSQL too (databases made and dropped here), then prints one table:
figure, result, the baseline measured in this run, their ratio, the target, and how the
cost grows with the number of clients. Medians and 95th percentiles of repeated runs;
the machine is named at the top. A benchmark prints; the tests never time anything.
"""

from __future__ import annotations

import argparse
import compileall
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext, suppress
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import bare_handout  # noqa: E402
from bench_people import bench_actor  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from pgp_desk.db.models import (  # noqa: E402
    Assessment,
    Client,
    Episode,
    Programme,
    ProgrammeItem,
)
from pgp_desk.pdf import illustration_cache, render_handout  # noqa: E402
from pgp_desk.services.assessments import assessments  # noqa: E402
from pgp_desk.services.clients import clients  # noqa: E402
from pgp_desk.services.clients.client_overview import client_overview  # noqa: E402
from pgp_desk.services.database import Database, open_database  # noqa: E402
from pgp_desk.services.demo.demo import create_name_only_clients  # noqa: E402
from pgp_desk.services.demo.demo_names import DEMO_ADMINISTRATOR, DEMO_PASSWORD  # noqa: E402
from pgp_desk.services.errors import ConflictError  # noqa: E402
from pgp_desk.services.handouts import handouts  # noqa: E402
from pgp_desk.services.handouts.handout_options import PrintOptions  # noqa: E402
from pgp_desk.services.people.actor import Actor  # noqa: E402
from pgp_desk.services.programmes.illustration_store import FolderStore  # noqa: E402

POSTGRES_ENV = "PGP_DESK_TEST_POSTGRES_URL"
FIGURES = ("search", "startup", "open", "heartbeat", "handout", "batch", "load", "memory")
QUERIES = ["s", "so", "sør", "soeren", "hansen", "1990", "24.03", "anna hansen"]
SEED = 2026


@dataclass
class Row:
    figure: str
    value: float
    baseline: float | None
    unit: str
    target: str
    ok: bool | None
    growth: str = ""


@dataclass
class Run:
    quick: bool
    folder: Path
    rows: list[Row] = field(default_factory=list)

    def add(self, row: Row) -> None:
        self.rows.append(row)
        base = "" if row.baseline is None else f" (baseline {row.baseline:.4g})"
        print(f"  {row.figure}: {row.value:.4g} {row.unit}{base}", flush=True)


@dataclass
class Dataset:
    label: str  # "SQLite" or "PostgreSQL"
    size: int
    url: str
    full: bool  # a whole demo clinic, or names only


def p95(values: list[float]) -> float:
    if len(values) < 2:
        return values[0]
    return statistics.quantiles(values, n=20, method="inclusive")[18]


def timed(fn: Callable[[], object], repeat: int, warm: int = 1) -> list[float]:
    """Milliseconds per call, after ``warm`` calls to fill caches."""
    for _ in range(warm):
        fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def child_env(folder: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PGP_DESK_DATA_DIR=str(folder),
               PYTHONPATH=str(ROOT / "src"))
    env.pop(POSTGRES_ENV, None)
    return env


# --- data ---------------------------------------------------------------------------------

@contextmanager
def postgres_database(admin_url: str) -> Iterator[str]:
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
        from sqlalchemy import create_engine

        from pgp_desk.db import pg_roles

        engine = create_engine(admin_url)  # its people and groups (role names are global)
        try:
            with engine.begin() as roles:
                pg_roles.drop_roles(roles, name)
        finally:
            engine.dispose()


def demo_command(url: str, size: int, folder: Path) -> float:
    """``pgp-desk demo --clients N`` as a user runs it (a server database is made by IT's
    ``db upgrade`` first); seconds."""
    create_schema(url)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pgp_desk", "--database", url,
                    "--user", DEMO_ADMINISTRATOR, "--password-stdin", "demo", "--clients",
                    str(size), "--seed", str(SEED)], check=True, env=child_env(folder),
                   input=DEMO_PASSWORD, text=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def create_schema(url: str) -> None:
    """A server database's tables are made by IT's ``db upgrade`` (PGP Desk itself upgrades
    only SQLite files); the same here, before anything else opens it."""
    if url.startswith("postgresql"):
        from pgp_desk.db import migrate
        from pgp_desk.services.database import connect

        db = connect(url)
        try:
            migrate.upgrade(db.engine)
        finally:
            db.close()


def name_only(url: str, size: int) -> float:
    create_schema(url)
    db = open_database(url, create=True)
    try:
        bench_actor(db)  # the demo people first, so that they can sign in afterwards
        start = time.perf_counter()
        create_name_only_clients(db, size, seed=SEED)
        return time.perf_counter() - start
    finally:
        db.close()


def settle(url: str) -> None:
    """PostgreSQL: statistics and the visibility map, as autovacuum leaves a working server."""
    if not url.startswith("postgresql"):
        return
    import psycopg

    plain = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as connection:
        connection.execute("VACUUM ANALYZE")


# --- figures ------------------------------------------------------------------------------

def search_figure(run: Run, data: Dataset, repeat: int) -> dict[str, float]:
    """p95 of the first page per query; the baseline is the first page with no query."""
    db = open_database(data.url)
    try:
        actor = bench_actor(db)
        base = p95(timed(lambda: clients.search_clients(db, actor, ""), repeat))
        worst: dict[str, float] = {}
        for query in QUERIES:
            times = timed(lambda q=query: clients.search_clients(db, actor, q), repeat)
            worst[query] = p95(times)
        query, value = max(worst.items(), key=lambda item: item[1])
        run.add(Row(f"search p95, slowest query ({query!r}) — {data.label} {data.size:,}",
                    value, base, "ms", "≤ 15 ms", value <= 15))
        return worst
    finally:
        db.close()


def probe(args: list[str], folder: Path, timeout: float = 600) -> dict[str, float]:
    """Run bench/gui_probe.py; seconds from start to each line it prints, and its numbers."""
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, str(ROOT / "bench" / "gui_probe.py"), *args],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                             env=child_env(folder))
    seen: dict[str, float] = {}
    assert child.stdout is not None
    for line in child.stdout:
        word, _, number = line.strip().partition(" ")
        seen.setdefault(word, time.perf_counter() - start)
        if number:
            seen.setdefault(f"{word}_value", float(number))
    child.wait(timeout=timeout)
    return seen


def startup_figure(run: Run, data: Dataset, repeat: int) -> tuple[float, float]:
    # As installed (pip compiles the bytecode): with PYTHONDONTWRITEBYTECODE set, every
    # start would otherwise compile PGP Desk's modules again (some 15 ms before the window).
    compileall.compile_dir(ROOT / "src", quiet=1)
    bare, app = [], []
    for _ in range(repeat):  # alternated, so both see the same machine
        bare.append(probe(["bare"], run.folder))
        app.append(probe(["app", data.url], run.folder))
    bare_painted = statistics.median(b["painted"] for b in bare)
    bare_rows = statistics.median(b["rows"] for b in bare)
    painted = statistics.median(a["painted"] for a in app)
    # start to the sign-in window painted, plus sign-in accepted to rows (gui_probe.py)
    rows = statistics.median(a["signin"] + a["rows"] - a["accepted"] for a in app)
    run.add(Row(f"start-up to window painted — {data.label} {data.size:,}", painted * 1000,
                bare_painted * 1000, "ms", "≤ 1.5× bare", painted <= 1.5 * bare_painted))
    run.add(Row(f"start-up to first rows — {data.label} {data.size:,}", rows * 1000,
                bare_rows * 1000, "ms", "≤ 2.5× bare", rows <= 2.5 * bare_rows))
    # For the record: the whole start when the person types at once. The database opens
    # behind the sign-in window, so this includes opening it and the password check.
    whole = statistics.median(a["rows"] for a in app)
    run.add(Row(f"start to rows, signing in at once (opening and password check included) "
                f"— {data.label} {data.size:,}", whole * 1000, bare_rows * 1000, "ms", "",
                None))
    return painted * 1000, rows * 1000


HEARTBEAT_STEPS = {"open_client": "open a client", "open_follow-up": "open a new follow-up",
                   "programme_tab": "open the Programme tab",
                   "back_to_the_list": "go back to the client list"}


def heartbeat_figure(run: Run, data: Dataset, repeat: int = 3) -> None:
    """The longest GUI-thread pause (bench/heartbeat.py: a 10 ms QTimer) while a visit
    starts: client, follow-up, Programme tab, and back to the list. Baseline: the same
    window idle, same run."""
    gaps: dict[str, list[float]] = {}
    for _ in range(repeat):
        child = subprocess.run([sys.executable, str(ROOT / "bench" / "heartbeat.py"), data.url],
                               capture_output=True, text=True, env=child_env(run.folder),
                               timeout=600, check=True)
        for line in child.stdout.splitlines():
            word, step, value = line.split()
            if word == "gap":
                gaps.setdefault(step, []).append(float(value))
    idle = statistics.median(gaps["idle"])
    for step, name in HEARTBEAT_STEPS.items():
        value = statistics.median(gaps[step])
        run.add(Row(f"longest GUI pause, {name} (heartbeat, median of {repeat}) — "
                    f"{data.label}", value, idle, "ms", "≤ 100 ms", value <= 100))


def memory_figure(run: Run, data: Dataset) -> None:
    bare = probe(["bare"], run.folder)
    app = probe(["app", data.url, "--scroll"], run.folder, timeout=1800)
    loaded = int(app.get("end_value", 0))
    run.add(Row(f"peak memory, list scrolled to the end ({loaded:,} clients) — {data.label}",
                app["peak_mb_value"], bare["peak_mb_value"], "MB", "≤ 300 MB",
                app["peak_mb_value"] <= 300))


def _programmes(db: Database, count: int, exercises: int | None = None) -> list[int]:
    with db.sessions() as session:
        stmt = select(Programme.id).join(ProgrammeItem).group_by(Programme.id)
        if exercises is not None:
            stmt = stmt.having(func.count(ProgrammeItem.id) == exercises)
        return list(session.scalars(stmt.order_by(Programme.id).limit(count)))


def handout_figure(run: Run, data: Dataset, repeat: int) -> None:
    """Six exercises, from the database to the PDF, against bare ReportLab on the same data."""
    db = open_database(data.url)
    try:
        actor = bench_actor(db)
        ids = _programmes(db, 4, exercises=6)
        for name, options in (("", PrintOptions()),
                              (", two languages", PrintOptions(second_language="en"))):
            def ours(options: PrintOptions = options) -> None:
                for programme_id in ids:
                    assembled = handouts.build_handout(db, actor, programme_id, options)
                    render_handout(assembled.data, assembled.layout)

            assembled = [handouts.build_handout(db, actor, i, options) for i in ids]

            def bare(assembled: list[handouts.AssembledHandout] = assembled) -> None:
                for one in assembled:
                    bare_handout.render(one.data)

            mine = [t / len(ids) for t in timed(ours, repeat)]
            base = [t / len(ids) for t in timed(bare, repeat)]
            value, baseline = statistics.median(mine), statistics.median(base)
            run.add(Row(f"handout, six exercises{name} (median; p95 {p95(mine):.0f} ms)",
                        value, baseline, "ms", "≤ 150 ms and ≤ 1.5× bare",
                        value <= 150 and value <= 1.5 * baseline))
    finally:
        db.close()


def batch_figure(run: Run, data: Dataset) -> None:
    """100 handouts one after another, from cold caches (a fresh process's memory)."""
    db = open_database(data.url)
    try:
        actor = bench_actor(db)
        ids = _programmes(db, 100)
        ids = (ids * (100 // max(1, len(ids)) + 1))[:100]
        illustration_cache.forget()  # and an empty disk half: as a first start
        illustration_cache.keep_on_disk(FolderStore(run.folder / "cold-illustrations"))
        start, cpu = time.perf_counter(), time.process_time()
        made = [handouts.build_handout(db, actor, i, PrintOptions()) for i in ids]
        for one in made:
            render_handout(one.data, one.layout)
        value, cpu = time.perf_counter() - start, time.process_time() - cpu
        start = time.perf_counter()
        for one in made:
            bare_handout.render(one.data)
        baseline = time.perf_counter() - start
        # CPU seconds too: on a shared machine the wall clock mostly measures the queue
        run.add(Row(f"100 handouts in a batch (this process's CPU {cpu:.1f} s)", value,
                    baseline, "s", "≤ 15 s", value <= 15))
    finally:
        db.close()


def _busy_client(db: Database, actor: Actor) -> tuple[int, int]:
    """A demo client given 20 assessments and 10 programmes; (client id, a draft's id)."""
    with db.sessions.begin() as session:
        source = session.scalars(select(Assessment).order_by(Assessment.id)).first()
        programme = session.scalars(
            select(Programme).join(ProgrammeItem).order_by(Programme.id)).first()
        assert source is not None and programme is not None, "the demo made no assessments"
        episode = session.get(Episode, source.episode_id)
        assert episode is not None
        columns = [c.key for c in Assessment.__table__.columns if c.key != "id"]
        draft_id = 0
        for i in range(20):
            values = {c: getattr(source, c) for c in columns}
            values.update(assessed_on=source.assessed_on - timedelta(days=7 * i),
                          status="draft" if i == 0 else values["status"], version=1,
                          signed_at=None if i == 0 else values["signed_at"],
                          signed_by_id=None if i == 0 else values["signed_by_id"])
            row = Assessment(**values)
            session.add(row)
            session.flush()
            draft_id = draft_id or row.id
        items = session.scalars(
            select(ProgrammeItem).where(ProgrammeItem.programme_id == programme.id)).all()
        p_columns = [c.key for c in Programme.__table__.columns
                     if c.key not in ("id", "based_on_id")]
        i_columns = [c.key for c in ProgrammeItem.__table__.columns
                     if c.key not in ("id", "programme_id")]
        for _ in range(10):
            copy = Programme(**{c: getattr(programme, c) for c in p_columns})
            copy.episode_id = episode.id
            session.add(copy)
            session.flush()
            for item in items:
                session.add(ProgrammeItem(programme_id=copy.id,
                                          **{c: getattr(item, c) for c in i_columns}))
        return episode.client_id, draft_id


def open_and_save_figures(run: Run, data: Dataset, repeat: int) -> None:
    db = open_database(data.url)
    try:
        actor = bench_actor(db)
        client_id, draft_id = _busy_client(db, actor)

        def open_client() -> None:  # what the workspace asks for when a client is opened
            client_overview(db, actor, client_id)

        times = timed(open_client, repeat)
        base = timed(lambda: clients.get_client(db, actor, client_id), repeat)
        run.add(Row(f"open a client, 20 assessments + 10 programmes — {data.label}",
                    p95(times), p95(base), "ms p95", "≤ 50 ms", p95(times) <= 50))
        if data.label != "PostgreSQL":
            return
        record = assessments.get_assessment(db, actor, draft_id)
        state = {"record": record, "n": 0}

        def save() -> None:
            state["n"] += 1
            mine = replace(state["record"], notes=f"benchmark save {state['n']}")
            state["record"] = assessments.save_assessment(db, actor, state["record"], mine)

        times = timed(save, repeat)
        person = {"record": clients.get_client(db, actor, client_id)}

        def save_client() -> None:
            base = person["record"]
            data_in = clients.ClientInput(**{n: getattr(base, n) for n in clients.EDITABLE})
            person["record"] = clients.update_client(db, actor, base, data_in)

        base = timed(save_client, repeat)
        run.add(Row("save a complete assessment — PostgreSQL", p95(times), p95(base),
                    "ms p95", "≤ 50 ms", p95(times) <= 50))
    finally:
        db.close()


# --- a clinic under load ------------------------------------------------------------------

def load_figure(run: Run, data: Dataset, seconds: float, workstations: int = 20) -> None:
    """Workstations (threads, each with its own connection pool) with think time against
    one PostgreSQL: search, open a client, save an assessment, issue a handout. Three
    assessments are shared and saved by everyone, appending a mark: a mark acknowledged
    as saved but missing at the end is a lost update."""
    db = open_database(data.url)
    shared: list[int] = []
    try:
        actor = bench_actor(db)
        with db.sessions() as session:
            client_ids = list(session.scalars(select(Client.id).order_by(Client.id).limit(300)))
            programme_ids = _programmes(db, 40)
            episode_ids = list(session.scalars(
                select(Episode.id).order_by(Episode.id).limit(3)))
        for episode_id in episode_ids:
            shared.append(assessments.create_assessment(db, actor, episode_id).id)
    finally:
        db.close()
    stop_at = time.monotonic() + seconds
    timings: dict[str, list[float]] = {a: [] for a in ("search", "open", "save", "issue")}
    errors: list[str] = []
    acknowledged: list[str] = []
    lock = threading.Lock()

    def workstation(number: int) -> None:
        rng = random.Random(number)
        db = open_database(data.url, upgrade=False)
        actor = bench_actor(db)
        count = 0
        try:
            while time.monotonic() < stop_at:
                action = rng.choice(("search", "search", "open", "save", "issue"))
                start = time.perf_counter()
                try:
                    if action == "search":
                        clients.search_clients(db, actor, rng.choice(QUERIES))
                    elif action == "open":
                        client_overview(db, actor, rng.choice(client_ids))
                    elif action == "save":
                        count += 1
                        mark = f"[{number}.{count}]"
                        target = rng.choice(shared)
                        for _attempt in range(50):
                            base = assessments.get_assessment(db, actor, target)
                            try:
                                assessments.save_assessment(
                                    db, actor, base, replace(base, notes=base.notes + mark))
                                break
                            except ConflictError:
                                continue  # someone saved first: read again, add ours
                        else:
                            raise RuntimeError("50 conflicts in a row")
                        with lock:
                            acknowledged.append(mark)
                    else:
                        handouts.issue_handout(db, actor, rng.choice(programme_ids),
                                               red_flag_confirmation="benchmark")
                except Exception as exc:  # every failure counts, and is named
                    with lock:
                        errors.append(f"{action}: {type(exc).__name__}: {exc}"[:200])
                else:
                    with lock:
                        timings[action].append((time.perf_counter() - start) * 1000)
                time.sleep(rng.uniform(0.2, 1.0))  # the therapist reads and types
        finally:
            db.close()

    threads = [threading.Thread(target=workstation, args=(n,)) for n in range(workstations)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    took = time.perf_counter() - started
    db = open_database(data.url, upgrade=False)
    try:
        actor = bench_actor(db)
        final = "".join(assessments.get_assessment(db, actor, i).notes for i in shared)
    finally:
        db.close()
    lost = [mark for mark in acknowledged if mark not in final]
    done = sum(len(t) for t in timings.values())
    print(f"  clinic under load: {workstations} workstations, {took:.0f} s, "
          f"{done / took:.1f} actions/s", flush=True)
    for action, values in timings.items():
        if values:
            print(f"    {action:<7} n={len(values):>5}  p50 {statistics.median(values):7.1f} ms"
                  f"  p95 {p95(values):7.1f} ms", flush=True)
    for message in sorted(set(errors))[:5]:
        print(f"    error: {message}", flush=True)
    run.add(Row(f"clinic under load: errors ({done:,} actions, {workstations} workstations)",
                len(errors), None, "", "0", not errors))
    run.add(Row(f"clinic under load: lost updates ({len(acknowledged):,} contested saves)",
                len(lost), None, "", "0", not lost))


# --- the run --------------------------------------------------------------------------------

def machine() -> str:
    cpu = platform.processor() or platform.machine()
    with suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = ""
    with suppress(OSError, ValueError, IndexError):
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kb / 1024 / 1024:.0f} GiB"
    load = ""
    with suppress(OSError):
        load = f", load {os.getloadavg()[0]:.1f}"
    return (f"{platform.system()} {platform.release()}, {os.cpu_count()} cores ({cpu}){memory}"
            f"{load}, Python {platform.python_version()}")


def table(run: Run, growth: dict[str, str]) -> str:
    lines = ["| figure | result | baseline (same run) | ratio | target | met |",
             "|---|---|---|---|---|---|"]
    for row in run.rows:
        base = "" if row.baseline is None else f"{row.baseline:.4g} {row.unit}"
        ratio = "" if not row.baseline else f"{row.value / row.baseline:.2f}×"
        met = {True: "yes", False: "**no**", None: ""}[row.ok]
        lines.append(f"| {row.figure} | {row.value:.4g} {row.unit} | {base} | {ratio} | "
                     f"{row.target} | {met} |")
    if growth:
        lines += ["", "| growth with the number of clients | clients: value |", "|---|---|"]
        lines += [f"| {name} | {value} |" for name, value in growth.items()]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10k clients only, about 2 minutes")
    parser.add_argument("--sizes", default=None,
                        help="client counts, comma-separated (default 10000,100000,1000000)")
    parser.add_argument("--no-postgres", action="store_true", help="SQLite only")
    parser.add_argument("--load-seconds", type=float, default=None,
                        help="length of the clinic-under-load test (default 120; --quick 20)")
    parser.add_argument("--only", default=",".join(FIGURES),
                        help=f"figures to measure, comma-separated ({', '.join(FIGURES)}; "
                             "the demo figure comes with every demo-sized data set)")
    args = parser.parse_args()
    only = set(args.only.split(","))
    if not only <= set(FIGURES):
        parser.error(f"--only takes {', '.join(FIGURES)}")
    sizes = [int(s) for s in (args.sizes or ("10000" if args.quick
                                             else "10000,100000,1000000")).split(",")]
    repeat = 7 if args.quick else 25
    load_seconds = args.load_seconds or (20 if args.quick else 120)
    admin = None if args.no_postgres else os.environ.get(POSTGRES_ENV)
    print(f"machine: {machine()}", flush=True)
    print(f"clients: {', '.join(f'{s:,}' for s in sizes)}; PostgreSQL: "
          f"{'yes' if admin else 'no (set ' + POSTGRES_ENV + ')'}", flush=True)
    growth: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="pgp-bench-") as tmp:
        os.environ["PGP_DESK_DATA_DIR"] = tmp  # caches and drafts stay in the run's folder
        run = Run(args.quick, Path(tmp))
        for label in ("SQLite", "PostgreSQL"):
            if label == "PostgreSQL" and not admin:
                continue
            searched: dict[int, float] = {}
            painted: dict[int, tuple[float, float]] = {}
            for size in sizes:
                with dataset(run, label, size, admin, args.quick) as data:
                    print(f"\n== {label}, {size:,} clients "
                          f"({'demo clinic' if data.full else 'names only'})", flush=True)
                    if "search" in only:
                        searched[size] = max(search_figure(run, data, repeat).values())
                    if "startup" in only:
                        painted[size] = startup_figure(run, data, 3)
                    if size == sizes[0]:
                        if "open" in only:
                            open_and_save_figures(run, data, repeat)
                        if "heartbeat" in only:
                            heartbeat_figure(run, data)
                        if label == "SQLite" and "handout" in only:
                            handout_figure(run, data, 5 if args.quick else 15)
                        if label == "SQLite" and "batch" in only:
                            batch_figure(run, data)
                        if label == "PostgreSQL" and "load" in only:
                            load_figure(run, data, load_seconds)
                    if size == min(max(sizes), 100_000) and label == "SQLite" \
                            and "memory" in only:
                        memory_figure(run, data)
            if searched:
                growth[f"search p95, slowest query, ms — {label}"] = ", ".join(
                    f"{s:,}: {v:.1f}" for s, v in searched.items())
            if painted:
                growth[f"start-up painted / first rows, ms — {label}"] = ", ".join(
                    f"{s:,}: {p:.0f} / {r:.0f}" for s, (p, r) in painted.items())
    print("\n" + f"machine: {machine()}\n")
    print(table(run, growth))
    return 0


@contextmanager
def dataset(run: Run, label: str, size: int, admin: str | None, quick: bool
            ) -> Iterator[Dataset]:
    """A database with ``size`` clients: the demo clinic up to 100k (timed as the `demo`
    figure, beside the name-only generator as its baseline), names only above."""
    full = size <= 100_000
    path = run.folder / f"bench-{size}.sqlite3"
    if label == "SQLite":
        holder: AbstractContextManager[str | None] = nullcontext(f"sqlite:///{path}")
    else:
        assert admin is not None
        holder = postgres_database(admin)
    with holder as url:
        assert url is not None
        if full:
            took = demo_command(url, size, run.folder)
            if size == 100_000 or quick:
                if label == "SQLite":
                    base_url = f"sqlite:///{run.folder / f'names-{size}.sqlite3'}"
                    baseline = name_only(base_url, size)
                    (run.folder / f"names-{size}.sqlite3").unlink()
                else:
                    assert admin is not None
                    with postgres_database(admin) as names_url:
                        baseline = name_only(names_url, size)
                target = 60 if label == "SQLite" else 90
                run.add(Row(f"demo --clients {size:,} — {label}", took, baseline, "s",
                            f"≤ {target} s at 100k",
                            took <= target if size == 100_000 else None))
        else:
            name_only(url, size)
        settle(url)
        yield Dataset(label, size, url, full)
        if label == "SQLite":
            with suppress(OSError):
                path.unlink()


if __name__ == "__main__":
    raise SystemExit(main())
