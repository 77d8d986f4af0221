"""`pip install .` (not editable) gives a working pgp-desk with resources and migrations."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                    "--disable-pip-version-check", "-w", str(out), str(ROOT)], check=True)
    return next(out.glob("pgp_desk-*.whl"))


def test_wheel_carries_resources_and_migrations(wheel: Path) -> None:
    """Migrations, instrument, exercise, text and translation files are inside, tests are not."""
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "pgp_desk/alembic/env.py" in names
    assert any(n.startswith("pgp_desk/alembic/versions/0001") for n in names)
    assert "pgp_desk/resources/instruments/pgq.yaml" in names
    assert any(n.startswith("pgp_desk/resources/exercises/") for n in names)
    assert {f"pgp_desk/resources/texts/{lang}.yaml" for lang in ("da", "nb", "en")} <= names
    assert {f"pgp_desk/resources/i18n/pgp_desk_{lang}.ts" for lang in ("da", "nb")} <= names
    assert not any(n.startswith("tests/") for n in names)


def test_installed_wheel_runs(wheel: Path, tmp_path: Path) -> None:
    """Installed (not editable), pgp-desk creates a database from its packaged migrations."""
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps",
                    "--disable-pip-version-check", "--target", str(target), str(wheel)],
                   check=True)
    script = target / "bin" / "pgp-desk"
    assert script.exists()
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(target),
           "PGP_DESK_DATA_DIR": str(tmp_path / "data")}
    where = subprocess.run(
        [sys.executable, "-c", "import pgp_desk.resources as r; print(r.alembic_path()); "
         "print(r.resource_path('instruments'))"],
        capture_output=True, text=True, check=True, cwd=tmp_path, env=env,
    ).stdout.splitlines()
    assert all(line.startswith(str(target)) for line in where)
    db = tmp_path / "installed.sqlite3"
    result = subprocess.run(
        [sys.executable, str(script), "--database", f"sqlite:///{db}", "db", "upgrade"],
        capture_output=True, text=True, cwd=tmp_path, check=False, env=env,
    )
    assert result.returncode == 0, result.stderr
    assert db.exists()
