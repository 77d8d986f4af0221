"""One PGP Desk per user and database, checked with real processes on the offscreen screen."""

from __future__ import annotations

import getpass
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pgp_desk.ui.single_instance import instance_key

pytestmark = pytest.mark.slow


@pytest.fixture
def env(tmp_path: Path, socket_dir: Path) -> dict[str, str]:
    """Offscreen, with the lock files and sockets of these processes in ``socket_dir``."""
    return os.environ | {"QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(socket_dir),
                         "PGP_DESK_DATA_DIR": str(tmp_path / "data")}


def _start_gui(url: str, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "pgp_desk", "--database", url, "gui"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _lock(url: str, env: dict[str, str]) -> Path:
    return Path(env["TMPDIR"]) / (instance_key(f"{getpass.getuser()}/", url) + ".lock")


def _wait_listening(process: subprocess.Popen[str], url: str, env: dict[str, str]) -> None:
    """The GUI has claimed its database once the lock file names its process (it listens
    right after; a second start retries its connection for a few seconds)."""
    lock = _lock(url, env)
    deadline = time.monotonic() + 60
    while not (lock.exists() and lock.read_text().split("\n")[0] == str(process.pid)):
        assert process.poll() is None, process.communicate()[1][-2000:]
        assert time.monotonic() < deadline, "the first PGP Desk never claimed the database"
        time.sleep(0.1)


def _run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pgp_desk", *args], env=env,
                          capture_output=True, text=True, timeout=60, check=False)


def _stop(process: subprocess.Popen[str], sig: int = signal.SIGTERM) -> None:
    """SIGTERM (a logout, or `kill`) closes PGP Desk as Quit does: exit status 0."""
    process.send_signal(sig)
    _out, err = process.communicate(timeout=30)
    if sig == signal.SIGTERM:
        assert process.returncode == 0, err[-2000:]


def test_a_second_start_brings_the_running_window_forward(tmp_path: Path,
                                                          env: dict[str, str]) -> None:
    """The second GUI on a database hands over to the first and ends; the command line and
    a GUI on another database are unaffected; after a crash the next start takes over."""
    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    first = _start_gui(url, env)
    try:
        _wait_listening(first, url, env)
        second = _run("--database", url, "gui", env=env)
        assert second.returncode == 0, second.stderr[-2000:]
        assert "brought forward" in second.stderr
        assert first.poll() is None  # the first one is still running

        status = _run("--database", url, "db", "status", env=env)
        assert status.returncode == 0, status.stderr
        assert "schema:" in status.stdout

        other_url = f"sqlite:///{tmp_path / 'other.sqlite3'}"
        other = _start_gui(other_url, env)
        try:
            _wait_listening(other, other_url, env)  # a GUI of its own
        finally:
            _stop(other)
    finally:
        _stop(first, signal.SIGKILL)  # a crash: lock file and socket are left behind

    assert _lock(url, env).exists()  # left behind by the crash
    again = _start_gui(url, env)
    try:
        _wait_listening(again, url, env)
        third = _run("--database", url, "gui", env=env)
        assert third.returncode == 0, third.stderr[-2000:]
        assert "brought forward" in third.stderr  # answered by the new first one
        assert again.poll() is None
    finally:
        _stop(again)


def test_the_key_is_per_user_and_database_and_hides_the_password() -> None:
    """Socket and lock names never carry the URL's password; each user and database has
    its own."""
    url = "postgresql+psycopg://anna:s3cret@server.clinic.lan/pgpdesk"
    key = instance_key("anna/", url)
    assert "s3cret" not in key and "anna" not in key
    assert key == instance_key("anna/", url)
    assert key != instance_key("bo/", url)
    assert key != instance_key("anna/", url.replace("pgpdesk", "demo"))


def test_the_window_icon_has_every_size(qapp) -> None:  # type: ignore[no-untyped-def]
    """Title bar, taskbar and dock all find a drawn size of PGP Desk's icon."""
    from pgp_desk.ui.app_icon import app_icon

    sizes = {size.width() for size in app_icon().availableSizes()}
    assert {16, 32, 48, 256, 512} <= sizes
