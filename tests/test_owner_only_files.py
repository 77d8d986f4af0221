"""Files holding health data are owner-only whatever the umask (Linux and macOS).

Runs the commands a practice uses with umask 000, the most permissive there is, and then
looks at every file and folder PGP Desk wrote: files 0600, folders 0700.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from people_world import cli_sign_in
from pgp_desk.services.demo.demo_names import DEMO_PASSWORD

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def run(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "PGP_DESK_DATA_DIR": str(data)}
    return subprocess.run([sys.executable, "-m", "pgp_desk", *args, *cli_sign_in("mette")],
                          capture_output=True, text=True, env=env, timeout=300, check=False,
                          umask=0, input=DEMO_PASSWORD + "\n")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_everything_written_is_owner_only_with_umask_000(tmp_path: Path) -> None:
    """Database, WAL/SHM, upgrade backups, db backup, handouts, reprints, reports, exports,
    drafts and the log: 0600 files in 0700 folders."""
    data = tmp_path / "data"
    out = tmp_path / "out"
    out.mkdir()
    database = data / "pgp-desk-demo.sqlite3"
    steps = [
        ["demo", "--clients", "12"],
        ["--demo", "db", "backup", str(out / "copy.sqlite3")],
        ["--demo", "handout", "1", "-o", str(out / "h.pdf"), "--issue",
         "--confirm-red-flag", "checked"],
        ["--demo", "handout", "--all-issued-since", "2000-01-01", "-o", str(out / "again")],
        ["--demo", "report", "1", "-o", str(out / "r.pdf")],
        ["--demo", "export", "client", "1", "-o", str(out / "c.json")],
        ["--database", f"sqlite:///{tmp_path / 'damaged.sqlite3'}", "db", "status"],  # logged
    ]
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(os.urandom(4096))
    for step in steps:
        result = run(*step, data=data)
        assert result.returncode == (1 if "status" in step else 0), (step, result.stderr)
    code = ("from pgp_desk.services import drafts;"
            "drafts.write_draft('sqlite:///x', 'assessment-1', {'notes': 'Aase'})")
    subprocess.run([sys.executable, "-c", code], check=True, umask=0,
                   env=os.environ | {"PGP_DESK_DATA_DIR": str(data)})
    with_wal = run("--demo", "clients", "search", "a", data=data)
    assert with_wal.returncode == 0
    written = [p for p in [*data.rglob("*"), *out.rglob("*")]]
    kinds = {p.name.split(".")[-1] for p in written if p.is_file()}
    assert {"sqlite3", "pdf", "json", "log"} <= kinds, kinds
    open_wide = [f"{p} {oct(_mode(p))}" for p in written
                 if (_mode(p) & 0o077) or (p.is_dir() and _mode(p) != 0o700)]
    assert open_wide == []
    assert _mode(data) == 0o700 and _mode(database) == 0o600
    assert json.loads((out / "c.json").read_text(encoding="utf-8"))["client"]["id"] == 1
