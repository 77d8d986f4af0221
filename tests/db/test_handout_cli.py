"""`pgp-desk handout`: one programme to a PDF file, and batches of identical reprints."""

from __future__ import annotations

import io
import sys
from datetime import date, timedelta
from pathlib import Path
from unittest import mock

import pytest
from pypdf import PdfReader

from pgp_desk.cli.main import main
from pgp_desk.services.handouts import handouts
from pgp_desk.services.handouts.handout_options import PrintOptions

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from handout_world import raise_red_flag, worked
from people_world import TEST_PASSWORD, cli_sign_in


def run(db_url: str, *args: str) -> int:
    """The command signed in as the test clinic's administrator, password on stdin."""
    with mock.patch("sys.stdin", io.StringIO(TEST_PASSWORD + "\n")):
        return main(["--database", db_url, *cli_sign_in(), *args])


def _text(path: Path) -> str:
    return " ".join(p.extract_text() or "" for p in PdfReader(path).pages)


def test_writes_a_preview_without_recording(db, actor, db_url, tmp_path, capsys) -> None:
    """`handout ID -o FILE` writes the PDF and records nothing."""
    world = worked(db, actor)
    out = tmp_path / "mette.pdf"
    assert run(db_url, "handout", str(world.programme_id), "-o", str(out)) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert "Dit træningsprogram" in _text(out)
    assert "not recorded" in capsys.readouterr().out
    assert handouts.list_issued(db, actor, world.client_id) == []


def test_options_language_large_print_and_paper(db, actor, db_url, tmp_path) -> None:
    """--language, --large-print and --paper shape the PDF."""
    world = worked(db, actor)
    normal, large = tmp_path / "n.pdf", tmp_path / "l.pdf"
    assert run(db_url, "handout", str(world.programme_id), "-o", str(normal),
               "--language", "en") == 0
    assert run(db_url, "handout", str(world.programme_id), "-o", str(large),
               "--language", "en", "--large-print", "--paper", "Letter") == 0
    assert "Your exercise programme" in _text(large)
    assert len(PdfReader(large).pages) > len(PdfReader(normal).pages)
    box = PdfReader(large).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_issue_records_and_respects_red_flags(db, actor, db_url, tmp_path, capsys) -> None:
    """--issue records the handout; with an open red flag it needs --confirm-red-flag."""
    world = worked(db, actor)
    raise_red_flag(db, actor, world.episode_id)
    out = tmp_path / "issued.pdf"
    assert run(db_url, "handout", str(world.programme_id), "-o", str(out), "--issue") == 1
    assert "red flag" in capsys.readouterr().err
    assert not out.exists()
    assert run(db_url, "handout", str(world.programme_id), "-o", str(out), "--issue",
               "--confirm-red-flag", "Cleared by her GP today") == 0
    stored = handouts.list_issued(db, actor, world.client_id)
    assert len(stored) == 1 and stored[0].red_flag_confirmation == "Cleared by her GP today"
    assert handouts.reprint(db, actor, stored[0].id) == out.read_bytes()


def test_batch_reprints_identical_files_with_safe_names(db, actor, db_url, tmp_path,
                                                         capsys) -> None:
    """--all-issued-since writes every handout since the date, byte for byte, safely named."""
    one = worked(db, actor, first="../Åse /\\:*?", last="<Ø'Brien> 👶")
    two = worked(db, actor, first="مريم", last="الأحمد", language="en")
    a = handouts.issue_handout(db, actor, one.programme_id)
    b = handouts.issue_handout(db, actor, two.programme_id, PrintOptions(large_print=True))
    folder = tmp_path / "batch"
    since = (date.today() - timedelta(days=1)).isoformat()
    assert run(db_url, "handout", "--all-issued-since", since, "-o", str(folder)) == 0
    captured = capsys.readouterr()
    assert "2/2" in captured.err  # the progress line
    files = sorted(folder.iterdir())
    assert len(files) == 2
    for path in files:
        assert path.parent == folder and path.suffix == ".pdf"
        assert all(c.isascii() and (c.isalnum() or c in "-_.") for c in path.name), path.name
    by_id = {h.id: h for h in (a, b)}
    for path in files:
        handout_id = int(path.name.split("_handout-")[1].split("_")[0].split(".")[0])
        assert path.read_bytes() == by_id[handout_id].pdf
    assert any("ase" in p.name and "brien" in p.name for p in files)
    # Running again leaves existing files alone unless --force is given.
    assert run(db_url, "handout", "--all-issued-since", since, "-o", str(folder)) == 0
    assert "already there" in capsys.readouterr().out


def test_batch_since_tomorrow_writes_nothing(db, actor, db_url, tmp_path) -> None:
    """A date after the last handout gives an empty folder, not an error."""
    world = worked(db, actor)
    handouts.issue_handout(db, actor, world.programme_id)
    folder = tmp_path / "none"
    tomorrow = (date.today() + timedelta(days=1)).strftime("%d.%m.%Y")
    assert run(db_url, "handout", "--all-issued-since", tomorrow, "-o", str(folder)) == 0
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("args,message", [
    (["-o", "x.pdf"], "say which programme"),
    (["999999", "-o", "x.pdf"], "does not exist"),
    (["--all-issued-since", "soon", "-o", "d"], "is not a date"),
    (["1", "--all-issued-since", "2026-01-01", "-o", "d"], "not both"),
])
def test_errors_are_one_sentence(db, actor, db_url, tmp_path, capsys, args, message,
                                 monkeypatch) -> None:
    """Mistakes end with exit code 1 and one clear sentence."""
    monkeypatch.chdir(tmp_path)
    assert run(db_url, "handout", *args) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_existing_file_is_not_overwritten_without_force(db, actor, db_url, tmp_path,
                                                        capsys) -> None:
    """An existing output file is kept unless --force is given."""
    world = worked(db, actor)
    out = tmp_path / "h.pdf"
    out.write_bytes(b"keep me")
    assert run(db_url, "handout", str(world.programme_id), "-o", str(out)) == 1
    assert out.read_bytes() == b"keep me"
    assert "--force" in capsys.readouterr().err
    assert run(db_url, "handout", str(world.programme_id), "-o", str(out), "--force") == 0
    assert PdfReader(io.BytesIO(out.read_bytes())).pages
