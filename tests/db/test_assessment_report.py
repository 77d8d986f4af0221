"""The assessment report assembled from stored assessments, read back from the PDF."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader

from handout_world import raise_red_flag, worked
from people_world import TEST_PASSWORD, cli_sign_in, sign_in_as
from pgp_desk.db.models import Assessment
from pgp_desk.domain.painmap import PainMap, RegionMark
from pgp_desk.pdf.labels import format_date
from pgp_desk.services.assessments import assessments as svc
from pgp_desk.services.assessments.assessment_model import FOLLOW_UP, QuestionnaireEntry
from pgp_desk.services.assessments.assessment_report import (
    build_report_data,
    render_report,
    report_defaults,
    report_summary,
)
from pgp_desk.services.audit.audit import client_trail
from pgp_desk.services.clients import clients, episodes

TODAY = date.today()
NEXT_VISIT = TODAY + timedelta(days=21)


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def _two_visits(db, actor):  # type: ignore[no-untyped-def]
    client = clients.create_client(db, actor, clients.ClientInput(
        first_name="Åse", last_name="Ørum & <Co>", birth_date=date(1991, 5, 4),
        gp="Lægehuset Åbyhøj"))
    ep = episodes.create_episode(db, actor, client.id,
                                 episodes.EpisodeInput(due_date=TODAY + timedelta(days=70)))
    first = svc.create_assessment(db, actor, ep.id, assessed_on=TODAY - timedelta(days=28))
    data = first.as_input()
    data.questionnaires["NRS"] = QuestionnaireEntry("NRS", "", {"now": 7})
    data.tests.set("ASLR", "left", 4)
    data.tests.set("ASLR", "right", 3)
    first = svc.save_assessment(db, actor, first, data)
    svc.sign_assessment(db, actor, first.id, first.version)
    second = svc.create_assessment(db, actor, ep.id, kind=FOLLOW_UP)
    data = second.as_input()
    data.questionnaires["NRS"] = QuestionnaireEntry("NRS", "", {"now": 3})
    data.tests.set("P4", "left", "positive")
    data.tests.set("P4", "right", "negative")
    data.tests.set("SYMPH", "midline", "negative")
    data.tests.set("ASLR", "left", 1)
    data.tests.set("ASLR", "right", 1)
    data.tests.notes["P4"] = "Kendt smerte venstre"
    data.pain_map = PainMap((RegionMark("sij_l", 5, "aching"),))
    data.screening = {"phase": "t3", "answers": {"dvt_pe_signs": True, "trauma": False}}
    data.plan = "Stabiliserende øvelser\n- Bækkenbælte ved gang\n"
    data.next_visit = NEXT_VISIT
    data.notes = "Klienten går bedre."
    second = svc.save_assessment(db, actor, second, data)
    second = svc.sign_assessment(db, actor, second.id, second.version)
    svc.add_addendum(db, actor, second.id, "Henvist til egen læge samme dag.")
    return client, second


def test_report_data_holds_findings_previous_values_and_verdicts(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Scores carry the previous value, tests and flags their words, plan one line each."""
    _client, second = _two_visits(db, actor)
    data = build_report_data(db, actor, second.id, language="da")
    assert data.client_name == "Åse Ørum & <Co>" and data.recipient == "Lægehuset Åbyhøj"
    assert data.stage.startswith("uge 30+0")
    nrs = next(r for r in data.scores if r.name == "NRS lige nu")
    assert (nrs.previous, nrs.current) == (7.0, 3.0)
    assert nrs.important_change is not None and abs(nrs.current - nrs.previous) >= \
        nrs.important_change  # 4 points: important
    aslr = next(r for r in data.scores if r.name == "ASLR sum")
    assert (aslr.previous, aslr.current) == (7, 2)
    p4 = next(r for r in data.pelvic_tests if r.name.startswith("P4"))
    assert (p4.left, p4.right, p4.note) == ("positive", "negative", "Kendt smerte venstre")
    assert any(r.midline for r in data.pelvic_tests)
    assert data.red_flags == [  # the sign, what to do and how urgently
        "Hævelse af den ene læg eller åndenød (mulig blodprop) – en læge ser hende i dag; "
        "ved åndenød eller brystsmerter ring alarmnummeret (samme dag)"]
    assert data.plan == ["Stabiliserende øvelser", "Bækkenbælte ved gang"]
    assert "Henvist til egen læge samme dag." in data.notes
    assert data.classification is not None
    assert data.classification.suggested.startswith("Ensidigt SI-syndrom")
    assert "1 af 2 udførte (P4 venstre)" in data.test_summary  # P4 and SYMPH were done
    assert data.pain_map_drawing is not None  # the vector pain map from pdf.painmap_drawing


def test_report_pdf_reads_back_in_norwegian(db, actor) -> None:  # type: ignore[no-untyped-def]
    """The rendered PDF has the client, the tests, the scores and the addendum, in Bokmål."""
    client, second = _two_visits(db, actor)
    pdf = render_report(db, actor, second.id, language="nb", recipient="Jordmor Kari")
    assert pdf.startswith(b"%PDF")
    text = _text(pdf)
    for expected in ("Åse Ørum & <Co>", "Jordmor Kari", "Positiv", "NRS nå",
                     "Ensidig SI-leddsyndrom", "Henvist til egen læge samme dag.",
                     "Stabiliserende øvelser", "uke 30+0",
                     "Neste besøk: " + format_date(NEXT_VISIT, "nb")):
        assert expected in text, expected
    with db.sessions() as session:
        assert ("report", "assessment") in [(e.action, e.entity)
                                            for e in client_trail(session, client.id)]


def test_draft_report_says_it_is_unsigned(db, actor) -> None:  # type: ignore[no-untyped-def]
    """A report printed from a draft is marked as not signed."""
    client = clients.create_client(db, actor, clients.ClientInput(first_name="A", last_name="B"))
    ep = episodes.create_episode(db, actor, client.id,
                                 episodes.EpisodeInput(due_date=TODAY + timedelta(days=90)))
    made = svc.create_assessment(db, actor, ep.id)
    svc.save_assessment(db, actor, made, replace(made.as_input(), plan="Kontrol"))
    text = _text(render_report(db, actor, made.id, language="en"))
    assert "DRAFT" in text and "Kontrol" in text


def test_cli_report_writes_a_pdf(sqlite_url: str, tmp_path: Path) -> None:
    """`pgp-desk report ID -o FILE` writes the PDF; an unknown id is one error sentence."""
    from pgp_desk.services.database import open_database

    db = open_database(sqlite_url, upgrade=False)
    actor = sign_in_as(db, "therapist")
    _client, second = _two_visits(db, actor)
    db.close()
    src = Path(__file__).resolve().parents[2] / "src"
    env = {**os.environ, "PYTHONPATH": str(src)}
    out = tmp_path / "rapport.pdf"
    done = subprocess.run([sys.executable, "-m", "pgp_desk", "--database", sqlite_url,
                           *cli_sign_in(), "report", str(second.id), "-o", str(out)],
                          capture_output=True, text=True, env=env, check=False,
                          input=TEST_PASSWORD + "\n")
    assert done.returncode == 0, done.stderr
    assert "Åse Ørum" in _text(out.read_bytes())
    summary = subprocess.run([sys.executable, "-m", "pgp_desk", "--database", sqlite_url,
                              *cli_sign_in(), "report", str(second.id), "-o", str(out),
                              "--request", "kontrol om 4 uger", "--summary"],
                             capture_output=True, text=True, env=env, check=False,
                             input=TEST_PASSWORD + "\n")
    assert summary.returncode == 0, summary.stderr
    lines = summary.stdout.splitlines()
    assert lines[1].startswith("Fysioterapeutisk undersøgelse") and len(lines) == 5
    assert lines[-1].endswith("Vi beder om: kontrol om 4 uger")
    missing = subprocess.run([sys.executable, "-m", "pgp_desk", "--database", sqlite_url,
                              *cli_sign_in(), "report", "9999", "-o",
                              str(tmp_path / "x.pdf")],
                             capture_output=True, text=True, env=env, check=False,
                             input=TEST_PASSWORD + "\n")
    assert missing.returncode == 1
    assert "assessment 9999 does not exist" in missing.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_rmdq_in_pregnancy_carries_its_limitation_in_the_report(db, actor) -> None:  # type: ignore[no-untyped-def]
    """An RMDQ scored at week 30 prints the note that pregnancy itself inflates the lying,
    appetite and sleep statements; the same RMDQ after birth does not."""
    client = clients.create_client(db, actor, clients.ClientInput(
        first_name="Rikke", last_name="Dahl"))
    ep = episodes.create_episode(db, actor, client.id,
                                 episodes.EpisodeInput(due_date=TODAY + timedelta(days=70)))
    rec = svc.create_assessment(db, actor, ep.id)
    data = rec.as_input()
    answers = {item: 0 for item in ("stay_home", "change_position", "walk_slowly",
                                    "no_housework", "handrail", "rest_lying",
                                    "support_from_chair", "ask_others", "dress_slowly",
                                    "stand_short", "avoid_bending", "hard_to_rise",
                                    "pain_constant", "turning_in_bed", "appetite", "socks",
                                    "walk_short", "sleep", "dress_help", "sit_most",
                                    "avoid_heavy", "irritable", "stairs_slowly", "in_bed")}
    answers.update(rest_lying=1, sleep=1, appetite=1)
    data.questionnaires["RMDQ"] = QuestionnaireEntry("RMDQ", "", answers)
    rec = svc.save_assessment(db, actor, rec, data)
    report = build_report_data(db, actor, rec.id, language="da")
    assert "RMDQ i graviditeten" in report.notes and "Roland & Morris 1983" in report.notes
    assert "RMDQ in pregnancy" in _text(render_report(db, actor, rec.id, language="en"))
    born = episodes.create_episode(db, actor, client.id, episodes.EpisodeInput(
        birth_date=TODAY - timedelta(days=60)))
    after = svc.create_assessment(db, actor, born.id)
    data = after.as_input()
    data.questionnaires["RMDQ"] = QuestionnaireEntry("RMDQ", "", answers)
    after = svc.save_assessment(db, actor, after, data)
    assert "RMDQ" not in build_report_data(db, actor, after.id, language="da").notes


def test_red_flag_prefills_the_request_and_the_summary_copies_as_words(db, actor) -> None:  # type: ignore[no-untyped-def]
    """An open red flag prefills what the report asks of the recipient; the summary text
    for the journal is the report's three lines, in words (no internal codes)."""
    world = worked(db, actor)
    raise_red_flag(db, actor, world.episode_id)
    with db.sessions() as session:
        assessment_id = session.query(Assessment.id).filter_by(
            episode_id=world.episode_id).scalar()
    recipient, request = report_defaults(db, actor, assessment_id, "da")
    assert recipient == ""  # this client has no GP on record
    assert "ser hende snarest" in request
    text = report_summary(db, actor, assessment_id, "da", request="at du ringer til hende")
    lines = text.splitlines()
    assert len(lines) == 4 and "UDKAST" in lines[0]
    assert lines[1].startswith("Undergruppe: ") and "PGQ" in lines[2]
    assert lines[3].startswith("Røde flag: ") and "Vi beder om: at du ringer til hende" in lines[3]
    assert "vaginal_bleeding" not in text and "_" not in text
    assert "Vi beder om: at du ringer til hende" in _text(render_report(
        db, actor, assessment_id, "da", request="at du ringer til hende"))
