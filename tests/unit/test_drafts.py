"""Assessment drafts on disk: atomic, private, per database, and surviving a killed process."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import date
from pathlib import Path

import pytest

from pgp_desk.domain.painmap import RegionMark
from pgp_desk.services import drafts
from pgp_desk.services.assessments.assessment_model import (
    AssessmentInput,
    QuestionnaireEntry,
    input_from_payload,
    to_payload,
)

SRC = Path(__file__).resolve().parents[2] / "src"
URL = "sqlite:////clinic/pgp.sqlite3"


def _payload(note: str = "Ondt ved trapper") -> dict:  # type: ignore[type-arg]
    data = AssessmentInput(assessed_on=date(2026, 3, 2), notes=note)
    data.pain_map = data.pain_map.with_mark(RegionMark("sij_l", 6, "aching"))
    data.tests.set("P4", "left", "positive")
    data.questionnaires["NRS"] = QuestionnaireEntry("NRS", "1", {"now": 5})
    return to_payload(data)


def test_write_read_and_discard_round_trip() -> None:
    """A written draft reads back into the same assessment input, then discards cleanly."""
    key = drafts.draft_key(assessment_id=12)
    path = drafts.write_draft(URL, key, _payload(), assessment_id=12, client_id=3,
                              base_version=4)
    assert path.name == "assessment-12.json"
    draft = drafts.read_draft(URL, key)
    assert draft is not None and draft.assessment_id == 12 and draft.base_version == 4
    restored = input_from_payload(draft.payload)
    assert restored.notes == "Ondt ved trapper"
    assert restored.pain_map.mark("sij_l").intensity == 6
    assert restored.tests.is_positive("P4", "left")
    assert restored.questionnaires["NRS"].answers == {"now": 5}
    drafts.discard_draft(URL, key)
    assert drafts.read_draft(URL, key) is None
    drafts.discard_draft(URL, key)  # a second discard is harmless


def test_new_assessment_key_and_listing_newest_first() -> None:
    """An unsaved assessment's draft is keyed by episode; list_drafts is newest first."""
    assert drafts.draft_key(episode_id=7) == "assessment-new-7"
    with pytest.raises(ValueError):
        drafts.draft_key()
    drafts.write_draft(URL, "assessment-new-7", _payload("first"), episode_id=7)
    time.sleep(0.01)
    drafts.write_draft(URL, "assessment-3", _payload("second"), assessment_id=3)
    assert [d.key for d in drafts.list_drafts(URL)] == ["assessment-3", "assessment-new-7"]


def test_drafts_are_kept_per_database_and_private() -> None:
    """A demo-database draft is not offered for the real database; files are mode 0600."""
    path = drafts.write_draft("sqlite:////demo.sqlite3", "assessment-1", _payload())
    assert drafts.read_draft(URL, "assessment-1") is None
    assert drafts.read_draft("sqlite:////demo.sqlite3", "assessment-1") is not None
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600
    assert "demo.sqlite3" not in str(path)  # the URL is hashed, not written in clear


def test_unreadable_draft_is_ignored_not_fatal() -> None:
    """A truncated or foreign file in the drafts folder is skipped, never a crash."""
    folder = drafts.database_folder(URL)
    (folder / "assessment-9.json").write_text('{"format": 1, "payload": {', encoding="utf-8")
    (folder / "assessment-10.json").write_text("[]", encoding="utf-8")
    assert drafts.read_draft(URL, "assessment-9") is None
    assert drafts.list_drafts(URL) == []


_CHILD = textwrap.dedent("""
    import sys
    sys.path.insert(0, {src!r})
    from pgp_desk.services import drafts
    url, marker = sys.argv[1], sys.argv[2]
    i = 0
    while True:
        i += 1
        payload = {{"assessed_on": "2026-03-02", "notes": "n" * 200000, "count": i}}
        drafts.write_draft(url, "assessment-5", payload, assessment_id=5, base_version=2)
        if i == 3:
            open(marker, "w").close()
""")


@pytest.mark.parametrize("round_", range(3))
def test_draft_survives_sigkill_mid_write(tmp_path: Path, round_: int) -> None:
    """A process killed with SIGKILL while rewriting its draft leaves a whole, readable one."""
    if not hasattr(signal, "SIGKILL"):
        pytest.skip("SIGKILL is POSIX only")
    marker = tmp_path / "written"
    script = tmp_path / "child.py"
    script.write_text(_CHILD.format(src=str(SRC)), encoding="utf-8")
    child = subprocess.Popen([sys.executable, str(script), URL, str(marker)],
                             env={**os.environ})
    try:
        deadline = time.monotonic() + 30
        while not marker.exists():
            assert child.poll() is None, "the child process died on its own"
            assert time.monotonic() < deadline, "the child never wrote its drafts"
            time.sleep(0.01)
        time.sleep(0.05 * round_)  # land the kill at different points of a write
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(10) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
    draft = drafts.read_draft(URL, "assessment-5")
    assert draft is not None, "the draft was lost"
    assert draft.payload["count"] >= 3 and len(draft.payload["notes"]) == 200000
    assert [d.key for d in drafts.list_drafts(URL)] == ["assessment-5"]  # offered at start
    leftovers = [p for p in drafts.database_folder(URL).iterdir() if p.suffix == ".tmp"]
    # a temp file cut off by the kill may remain; it is never mistaken for a draft
    assert all(p.name.startswith(".assessment-5.json.") for p in leftovers)
    json.loads(draft.path.read_text(encoding="utf-8"))


def test_programme_payload_round_trips() -> None:
    """A programme draft gives back exactly the builder's state, hostile text included."""
    from pgp_desk.domain.dosage import Dosage
    from pgp_desk.services.programmes.programmes import (
        ProgrammeInput,
        ProgrammeItemData,
        input_from_payload,
        to_payload,
    )

    data = ProgrammeInput(
        title="Uge 24 <b>&</b> 😊", personal_note="ÆØÅ " * 80, language="nb",
        advice=["everyday", "belt"],
        items=[ProgrammeItemData("GLOB-CLAM", Dosage(sets=3, reps=10), "Start <let>"),
               ProgrammeItemData("EDU-PAIN")])
    key = drafts.programme_draft_key(episode_id=4)
    drafts.write_draft(URL, key, to_payload(data), episode_id=4, kind="programme")
    found = drafts.read_draft(URL, key)
    assert found is not None and found.kind == "programme" and found.programme_id is None
    assert input_from_payload(found.payload) == data
    assert drafts.programme_draft_key(12) == "programme-12"
    assert found.is_programme
    assert key in [d.key for d in drafts.list_drafts(URL)]  # offered at start too
