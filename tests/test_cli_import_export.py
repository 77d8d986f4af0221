"""`pgp-desk import clients` and `pgp-desk export client` as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from people_world import TEST_PASSWORD, cli_sign_in

GOOD = ("Fornavn;Efternavn;Fødselsdato;Telefon;Sprog\n"
        "Søren;Østergård;24.03.1990;+45 12 34 56 78;dansk\n"
        "Åse;Lie;02.01.1985;;norsk\n")
BAD = ("Fornavn;Efternavn;Fødselsdato\n"
       "Anna;Holm;24.03.1990\n"
       "Bo;;01.01.1980\n"
       "Cille;Dam;31.02.1990\n")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """The command signed in as the test clinic's administrator (tests/people_world.py)."""
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    signed = [*args[:2], *cli_sign_in(), *args[2:]] if args[:1] == ("--database",) else args
    return subprocess.run([sys.executable, "-m", "pgp_desk", *signed], capture_output=True,
                          text=True, env=env, timeout=300, check=False,
                          input=TEST_PASSWORD + "\n")


def listed(url: str) -> list[str]:
    out = run("--database", url, "clients", "search", "--limit", "1000").stdout
    return [line[9:49].strip() for line in out.splitlines() if line.strip()]


@pytest.mark.parametrize("command", [["export"], ["export", "client"], ["import"],
                                     ["import", "clients"]], ids=" ".join)
def test_help(command: list[str]) -> None:
    """--help works on the new commands."""
    result = run(*command, "--help")
    assert result.returncode == 0 and "usage: pgp-desk" in result.stdout


def test_dry_run_then_import_a_windows_file(tmp_path: Path, sqlite_url: str) -> None:
    """--dry-run reports and writes nothing; without it the same file is imported."""
    url = sqlite_url
    csv_file = tmp_path / "klienter.csv"
    csv_file.write_bytes(GOOD.encode("cp1252"))
    dry = run("--database", url, "import", "clients", str(csv_file), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "Windows-1252" in dry.stdout and "2 clients ready to import" in dry.stdout
    assert "nothing imported" in dry.stdout
    assert listed(url) == []
    real = run("--database", url, "import", "clients", str(csv_file))
    assert real.returncode == 0, real.stderr
    assert "Imported 2 clients" in real.stdout and "2/2" in real.stderr
    assert sorted(listed(url)) == ["Søren Østergård", "Åse Lie"]
    again = run("--database", url, "import", "clients", str(csv_file))
    assert again.returncode == 1
    assert "already registered as client" in again.stdout
    assert "nothing was imported" in again.stderr and "Traceback" not in again.stderr
    skip = run("--database", url, "import", "clients", str(csv_file), "--skip-duplicates")
    assert skip.returncode == 0, skip.stderr
    assert "2 already in PGP Desk and skipped" in skip.stdout
    assert "already registered; nothing to import" in skip.stdout
    assert len(listed(url)) == 2


def test_bad_file_imports_nothing_and_names_the_lines(tmp_path: Path, sqlite_url: str) -> None:
    """Errors are listed with line numbers; exit 1 with one sentence; no client created."""
    url = sqlite_url
    csv_file = tmp_path / "bad.csv"
    csv_file.write_text(BAD, encoding="utf-8-sig")
    result = run("--database", url, "import", "clients", str(csv_file))
    assert result.returncode == 1
    assert "line 3: last name" in result.stdout
    assert 'line 4: birth date "31.02.1990"' in result.stdout
    assert result.stderr.strip().splitlines()[-1].startswith("pgp-desk: error: 2 rows have")
    assert "lines 3, 4" in result.stderr
    assert listed(url) == []


def test_a_file_wrong_on_every_line_lists_the_first_problems(tmp_path: Path,
                                                             sqlite_url: str) -> None:
    """1,200 rows without a last name: the first 1,000 problems are printed, the rest
    counted, and every row is counted in the refusal."""
    csv_file = tmp_path / "bad.csv"
    csv_file.write_text("Fornavn;Efternavn\n" + "".join(f"Anna{i};\n" for i in range(1200)),
                        encoding="utf-8")
    result = run("--database", sqlite_url, "import", "clients", str(csv_file), "--dry-run")
    assert result.returncode == 1
    problems = [line for line in result.stdout.splitlines() if ": last name" in line]
    assert len(problems) == 1000 and problems[-1].startswith("  line 1001:")
    assert "… and 200 more problems (the first 1,000 are listed)" in result.stdout
    assert "1200 rows have problems (lines 2, 3," in result.stderr


def test_export_writes_json_and_pdf(tmp_path: Path, sqlite_url: str) -> None:
    """export client writes both files, refuses to overwrite them, and --force overwrites."""
    url = sqlite_url
    csv_file = tmp_path / "k.csv"
    csv_file.write_text(GOOD, encoding="utf-8")
    assert run("--database", url, "import", "clients", str(csv_file)).returncode == 0
    client_id = run("--database", url, "clients", "search", "søren").stdout.split()[0]
    target = tmp_path / "out" / "søren.json"
    target.parent.mkdir()
    result = run("--database", url, "export", "client", client_id, "-o", str(target))
    assert result.returncode == 0, result.stderr
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["client"]["last_name"] == "Østergård"
    pdf = target.with_suffix(".pdf")
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Dine oplysninger" in text and "Østergård" in text
    refused = run("--database", url, "export", "client", client_id, "-o", str(target))
    assert refused.returncode == 1 and "already exists" in refused.stderr
    forced = run("--database", url, "export", "client", client_id, "-o", str(target),
                 "--force", "--summary-language", "en")
    assert forced.returncode == 0
    assert "Your data" in "".join(p.extract_text() for p in PdfReader(pdf).pages)


def test_export_unknown_client_is_one_sentence(tmp_path: Path, sqlite_url: str) -> None:
    """Exporting a client that does not exist fails cleanly and writes no file."""
    url = sqlite_url
    result = run("--database", url, "export", "client", "999", "-o", str(tmp_path / "x.json"))
    assert result.returncode == 1
    assert "client 999 does not exist" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.json").exists()


@pytest.mark.postgres
def test_import_and_export_on_postgres(postgres_url: str, tmp_path: Path) -> None:
    """The same commands work against a PostgreSQL clinic database."""
    csv_file = tmp_path / "k.csv"
    csv_file.write_text(GOOD.replace(";", ","), encoding="utf-8")
    result = run("--database", postgres_url, "import", "clients", str(csv_file))
    assert result.returncode == 0, result.stderr
    client_id = run("--database", postgres_url, "clients", "search", "lie").stdout.split()[0]
    out = tmp_path / "lie.json"
    assert run("--database", postgres_url, "export", "client", client_id, "-o",
               str(out)).returncode == 0
    assert "Dine opplysninger" in "".join(
        p.extract_text() for p in PdfReader(out.with_suffix(".pdf")).pages)
