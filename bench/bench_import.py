"""Importing clients from CSV: peak memory and time of `pgp-desk import clients`, as a user
runs it, for 10k / 100k / 1M rows on SQLite and PostgreSQL.

    python bench/bench_import.py                    # 10k, 100k, 1M; SQLite and PostgreSQL
    python bench/bench_import.py --sizes 10000 --no-postgres
    python bench/bench_import.py --sizes 1000000 --no-sqlite   # beside a SQLite-only run

Each size gets a fresh database (upgraded, the demo people signed in) and a generated
Danish file (names, birth dates, phones, e-mails, addresses; no two rows the same person).
Two runs of the command are measured, each in its own process: the check alone
(`--dry-run`) and the check followed by the import. The baseline, in the same run, is a
process that does the fixed part only: imports the same code, opens the same database,
signs in (Argon2id takes 64 MiB on its own) and reads the file with the csv module. Peak
memory is the process's maximum resident set (``wait4``), so it is what the machine saw.
A benchmark prints; the tests never time anything.
"""

from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from run import POSTGRES_ENV, machine, postgres_database  # noqa: E402

from pgp_desk.services.demo.demo_names import DEMO_ADMINISTRATOR, DEMO_PASSWORD  # noqa: E402

FIRST = ["Anna", "Mette", "Sofie", "Ida", "Emma", "Karen", "Line", "Maja", "Laura", "Nora",
         "Kari", "Ingrid", "Sara", "Julie", "Freja", "Åse", "Bodil", "Søs", "Signe", "Astrid"]
LAST = ["Hansen", "Jensen", "Nielsen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Jørgensen", "Østergård", "Nørgaard", "Berg", "Lie", "Holm",
        "Dahl", "Bakke", "Haugen", "Johansen", "Olsen"]
TARGET_MB = 250


def write_file(path: Path, rows: int) -> None:
    """``rows`` distinct people: (first, last, birth date) never repeat, a file line at a
    time (the generator itself holds nothing)."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, delimiter=";", lineterminator="\n")
        out.writerow(["Fornavn", "Efternavn", "Fødselsdato", "Telefon", "E-mail", "Adresse",
                      "Postnr", "By", "Sprog"])
        per_day = len(FIRST) * len(LAST)
        for i in range(rows):
            first, last = FIRST[i % len(FIRST)], LAST[(i // len(FIRST)) % len(LAST)]
            born = date(1975, 1, 1) + timedelta(days=i // per_day)
            out.writerow([first, last, f"{born:%d.%m.%Y}", f"+45 {20000000 + i}",
                          f"klient{i}@example.dk", f"Testvej {1 + i % 200}",
                          f"{1000 + i % 8999}", "København", "dansk"])


def child_env(folder: Path) -> dict[str, str]:
    env = dict(os.environ, PGP_DESK_DATA_DIR=str(folder), PYTHONPATH=str(ROOT / "src"))
    env.pop(POSTGRES_ENV, None)
    return env


def measured(args: list[str], folder: Path, stdin: str = "") -> tuple[float, float]:
    """(seconds, peak resident MB) of one child process, which must succeed."""
    start = time.perf_counter()
    child = subprocess.Popen(args, env=child_env(folder), stdin=subprocess.PIPE,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    assert child.stdin is not None and child.stderr is not None
    child.stdin.write(stdin)
    child.stdin.close()
    errors = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - start
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(args[:6])} … failed:\n{errors[-2000:]}")
    return seconds, usage.ru_maxrss / 1024


def prepare(url: str, folder: Path) -> None:
    """The schema (as IT makes it) and the demo people, so the administrator can sign in."""
    subprocess.run([sys.executable, "-m", "pgp_desk", "--database", url, "db", "upgrade"],
                   check=True, env=child_env(folder), stdout=subprocess.DEVNULL)
    subprocess.run([sys.executable, "-c", "import sys; sys.path.insert(0, sys.argv[2]);"
                    "from bench_people import bench_actor;"
                    "from pgp_desk.services.database import open_database;"
                    "db = open_database(sys.argv[1], upgrade=False); bench_actor(db); db.close()",
                    url, str(ROOT / "bench")], check=True, env=child_env(folder))


BASELINE = """
import csv, sys
from pgp_desk.services.clients import client_import
from pgp_desk.services.database import open_database
from pgp_desk.services.people.signin import sign_in
db = open_database(sys.argv[1], upgrade=False)
sign_in(db, sys.argv[3], sys.stdin.readline().rstrip("\\n"))
with open(sys.argv[2], encoding="utf-8", newline="") as handle:
    rows = sum(1 for _ in csv.reader(handle, delimiter=";"))
db.close()
"""


def import_command(url: str, path: Path, dry_run: bool) -> list[str]:
    return [sys.executable, "-m", "pgp_desk", "--database", url, "--user", DEMO_ADMINISTRATOR,
            "--password-stdin", "import", "clients", str(path),
            *(["--dry-run"] if dry_run else [])]


def bench_size(label: str, url: str, size: int, folder: Path, dry_run: bool = True
               ) -> list[str]:
    path = folder / f"clients-{size}.csv"
    if not path.exists():
        write_file(path, size)
    prepare(url, folder)
    password = DEMO_PASSWORD + "\n"
    base_s, base_mb = measured([sys.executable, "-c", BASELINE, url, str(path),
                                DEMO_ADMINISTRATOR], folder, password)
    figures = []
    if dry_run:
        figures.append(("check (--dry-run)",
                        *measured(import_command(url, path, True), folder, password)))
    figures.append(("check + import",
                    *measured(import_command(url, path, False), folder, password)))
    rows = []
    for figure, seconds, mb in figures:
        met = "yes" if mb < TARGET_MB else "**no**"
        rows.append(f"| {label} {size:,} rows, {figure} | {seconds:.1f} s | {mb:.0f} MB | "
                    f"{base_s:.1f} s, {base_mb:.0f} MB | {mb / base_mb:.2f}× | "
                    f"< {TARGET_MB} MB | {met} |")
        print(rows[-1], flush=True)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--no-sqlite", action="store_true",
                        help="PostgreSQL only (e.g. to run the engines side by side)")
    parser.add_argument("--no-dry-run", action="store_true",
                        help="measure check + import only (the check alone is its first "
                        "pass); saves a third of the time at 1M rows")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    admin = None if args.no_postgres else os.environ.get(POSTGRES_ENV)
    print(machine())
    print("| figure | time | peak memory | baseline (same run: open, sign in, read the "
          "file) | memory ratio | target | met |")
    print("|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory(prefix="pgp-bench-import-") as scratch:
        folder = Path(scratch)
        for size in sizes:
            if not args.no_sqlite:
                bench_size("SQLite", f"sqlite:///{folder / f'bench-{size}.sqlite3'}", size,
                           folder, not args.no_dry_run)
            if admin:
                with postgres_database(admin) as url:
                    bench_size("PostgreSQL", url, size, folder, not args.no_dry_run)
            (folder / f"clients-{size}.csv").unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
