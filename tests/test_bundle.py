"""The self-contained app (scripts/build-bundle.sh) works on a computer without Python.

Built once per source state: the folder is kept under build/bundle/<hash of the sources and
installed packages>, so a second test run reuses it and a fresh clone (CI) builds it. The
checks run the bundle with an empty PATH and a private HOME, offscreen.
"""

from __future__ import annotations

import hashlib
import io
import os
import pwd
import shutil
import signal
import sqlite3
import subprocess
import time
from importlib import metadata
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from pypdf import PdfReader

from pgp_desk.db import migrate
from pgp_desk.db.engine import make_engine
from pgp_desk.services.demo.demo_names import DEMO_PASSWORD
from pgp_desk.ui.single_instance import instance_key

pytestmark = [pytest.mark.bundle, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[1]
SOURCES = ("src", "resources", "alembic", "packaging")
MAX_UNPACKED_MB = 250


def _source_hash() -> str:
    digest = hashlib.sha256()
    for folder in SOURCES:
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    for name in ("pyproject.toml", "scripts/build-bundle.sh"):
        digest.update((ROOT / name).read_bytes())
    installed = sorted(f"{d.metadata['Name']}=={d.version}" for d in metadata.distributions())
    digest.update("\n".join(installed).encode())
    return digest.hexdigest()[:16]


@pytest.fixture(scope="session")
def bundle() -> Path:
    cache = ROOT / "build" / "bundle"
    dist = cache / _source_hash()
    app = dist / "pgp-desk"
    if not (app / "pgp-desk").exists():
        shutil.rmtree(cache, ignore_errors=True)  # bundles of older sources
        subprocess.run(["bash", str(ROOT / "scripts" / "build-bundle.sh"), "--no-archive",
                        str(dist)], check=True, timeout=1800)
    return app


@pytest.fixture
def no_python_env(tmp_path: Path, socket_dir: Path) -> dict[str, str]:
    """A bare environment: nothing on PATH (so no Python), its own HOME and data folder."""
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    env = {"PATH": str(empty), "HOME": str(tmp_path), "LANG": "C.UTF-8",
           "TMPDIR": str(socket_dir), "QT_QPA_PLATFORM": "offscreen",
           "PGP_DESK_DATA_DIR": str(tmp_path / "data")}
    assert shutil.which("python3", path=env["PATH"]) is None
    assert shutil.which("python", path=env["PATH"]) is None
    return env


def _run(bundle: Path, env: dict[str, str], *args: str,
         stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(bundle / "pgp-desk"), *args], env=env, capture_output=True,
                            input=stdin, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    return result


def test_bundle_is_small_and_carries_its_parts(bundle: Path) -> None:
    """Under 250 MB unpacked, with migrations, translations, fonts, icons and PDFium."""
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    assert size < MAX_UNPACKED_MB * 2**20, f"{size / 2**20:.0f} MB"
    inside = bundle / "_internal"
    assert list((inside / "pgp_desk" / "alembic" / "versions").glob("0001_*.py"))
    assert (inside / "pgp_desk" / "resources" / "i18n" / "pgp_desk_da.ts").exists()
    assert list((inside / "pgp_desk" / "resources" / "fonts").rglob("*.ttf"))
    assert (inside / "pgp_desk" / "resources" / "icons" / "pgp-desk-512.png").exists()
    assert list(inside.rglob("libpdfium*"))
    assert not list(inside.rglob("*QtWebEngine*")) and not list(inside.rglob("*Qt6Pdf*"))
    assert (bundle / "pgp-desk-gui").exists()


def test_bundle_creates_upgrades_and_prints_a_handout(bundle: Path, tmp_path: Path,
                                                      no_python_env: dict[str, str]) -> None:
    """Without Python: a fresh database, an old one upgraded (backup first), a handout."""
    fresh = tmp_path / "fresh.sqlite3"
    _run(bundle, no_python_env, "--database", f"sqlite:///{fresh}", "db", "upgrade")
    status = _run(bundle, no_python_env, "--database", f"sqlite:///{fresh}", "db", "status")
    assert f"schema:   {migrate.head_revision()}" in status.stdout

    old = tmp_path / "old.sqlite3"  # a database left at the first schema by an old release
    engine = make_engine(f"sqlite:///{old}")
    config = migrate.alembic_config(engine)
    command.upgrade(config, ScriptDirectory.from_config(config).get_base())
    engine.dispose()
    _run(bundle, no_python_env, "--database", f"sqlite:///{old}", "db", "upgrade")
    engine = make_engine(f"sqlite:///{old}")
    assert migrate.current_revision(engine) == migrate.head_revision()
    engine.dispose()

    _run(bundle, no_python_env, "--database", f"sqlite:///{fresh}", "--user", "mette",
         "--password-stdin", "demo", "--clients", "3", stdin=DEMO_PASSWORD + "\n")
    with sqlite3.connect(fresh) as connection:
        programme = connection.execute("SELECT min(id) FROM programme").fetchone()[0]
    out = tmp_path / "handout.pdf"
    _run(bundle, no_python_env, "--database", f"sqlite:///{fresh}", "--user", "mette",
         "--password-stdin", "handout", str(programme), "-o", str(out),
         stdin=DEMO_PASSWORD + "\n")
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) >= 1 and reader.pages[0].extract_text().strip()


def test_bundle_adds_itself_to_the_linux_menu(bundle: Path, tmp_path: Path,
                                              no_python_env: dict[str, str]) -> None:
    """`pgp-desk desktop install` from the bundle points the menu at the bundle's GUI."""
    share = tmp_path / "share"
    _run(bundle, no_python_env, "desktop", "install", "--data-dir", str(share))
    entry = (share / "applications" / "pgp-desk.desktop").read_text(encoding="utf-8")
    assert f"\nExec={bundle / 'pgp-desk-gui'}\n" in entry
    assert (share / "icons" / "hicolor" / "48x48" / "apps" / "pgp-desk.png").exists()


def test_bundle_gui_starts_answers_and_quits(bundle: Path, tmp_path: Path,
                                             no_python_env: dict[str, str]) -> None:
    """The windowed app starts offscreen, brings itself forward for a second start, and a
    SIGTERM ends it cleanly."""
    url = f"sqlite:///{tmp_path / 'gui.sqlite3'}"
    gui = subprocess.Popen([str(bundle / "pgp-desk-gui"), "--database", url],
                           env=no_python_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True)
    try:
        user = pwd.getpwuid(os.getuid()).pw_name  # what the GUI sees with no USER set
        lock = Path(no_python_env["TMPDIR"]) / (instance_key(f"{user}/", url) + ".lock")
        deadline = time.monotonic() + 120
        while not (lock.exists() and lock.read_text().split("\n")[0] == str(gui.pid)):
            assert gui.poll() is None, gui.communicate()[1][-3000:]
            assert time.monotonic() < deadline, "the bundled GUI never started"
            time.sleep(0.2)
        second = _run(bundle, no_python_env, "--database", url, "gui")
        assert "brought forward" in second.stderr
    finally:
        gui.send_signal(signal.SIGTERM)
        _out, err = gui.communicate(timeout=60)
    assert gui.returncode == 0, err[-3000:]
    assert "Traceback" not in err
    assert (tmp_path / "gui.sqlite3").exists()
