"""Realistic fictional assessments for the demo clinic: an initial one and 1-3 follow-ups.

Only the first ``DEMO_ASSESSED_CLIENTS`` clients get assessments, so a 100,000-client demo
stays quick. Each course is improving (most, as in the natural history of PGP: Vleeming et
al. 2008), worsening or unchanged; a subgroup pattern (Albert et al. 2001) decides which
joints hurt and which tests are positive. Scores and the subgroup suggestion are computed
by the same rules as a real save (``assessment_rules``), and dates follow each episode's
stage: visits every 2-5 weeks from shortly after registration, never after today.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, cast

from sqlalchemy import Table

from pgp_desk.db import bulk
from pgp_desk.db.models import Assessment, Episode
from pgp_desk.domain.painmap import PainMap, Quality, RegionMark, Stroke, View
from pgp_desk.domain.pelvic_tests import Context, PelvicTestFindings, context_for_phase
from pgp_desk.domain.pregnancy import stage_on
from pgp_desk.domain.red_flags import items_for_phase
from pgp_desk.services.assessments import assessment_rules as rules
from pgp_desk.services.assessments.assessment_model import (
    FOLLOW_UP,
    INITIAL,
    QuestionnaireEntry,
    stage_columns,
)
from pgp_desk.services.audit.audit import record
from pgp_desk.services.database import Database
from pgp_desk.services.demo.demo_episodes import open_episodes_without
from pgp_desk.services.people.actor import Actor

DEMO_ASSESSED_CLIENTS = 2000
BATCH = 500

# Joints affected per subgroup pattern, with how often each pattern is drawn.
PATTERNS: tuple[tuple[str, frozenset[str], float], ...] = (
    ("pelvic_girdle", frozenset({"l", "r", "s"}), 0.2),
    ("double_sij", frozenset({"l", "r"}), 0.25),
    ("one_sij_left", frozenset({"l"}), 0.15),
    ("one_sij_right", frozenset({"r"}), 0.15),
    ("symphysis", frozenset({"s"}), 0.15),
    ("mixed", frozenset({"l", "s"}), 0.1),
)
AGGRAVATING = ("walking", "standing", "one_leg_stance", "dressing", "stairs", "turning_in_bed",
               "car_transfer", "position_change", "straddle", "lifting_carrying", "sitting")
RISK_FACTORS = ("earlier_lbp", "poor_sleep", "stress", "negative_expectations", "anxiety")
WORK = {"da": ("Pædagog", "Sygeplejerske", "Kontorarbejde", "Butiksassistent", "Lærer",
               "Studerende"),
        "nb": ("Barnehagelærer", "Sykepleier", "Kontorarbeid", "Butikkmedarbeider", "Lærer",
               "Student"),
        "en": ("Nursery teacher", "Nurse", "Office work", "Shop assistant", "Teacher",
               "Student")}
GOALS = {"da": ("Kunne gå tur med hunden igen", "Arbejde frem til barselsorloven",
                "Sove en hel nat uden at vågne af smerter", "Kunne løfte mit store barn"),
         "nb": ("Kunne gå tur med hunden igjen", "Jobbe fram til permisjonen",
                "Sove en hel natt uten å våkne av smerter", "Kunne løfte det store barnet mitt"),
         "en": ("Walk the dog again", "Keep working until maternity leave",
                "Sleep through the night", "Lift my older child")}
PLANS = {"da": ("Forklaring af smerterne og gode råd i hverdagen",
                "Stabiliserende øvelser for dybe mave- og bækkenbundsmuskler",
                "Bækkenbælte højt, lige under hoftekammene, ved gang",
                "Kontrol om 3 uger"),
         "nb": ("Forklaring av smertene og gode råd i hverdagen",
                "Stabiliserende øvelser for dype mage- og bekkenbunnsmuskler",
                "Bekkenbelte høyt, rett under hoftekammene, ved gange",
                "Kontroll om 3 uker"),
         "en": ("Explained the pain and gave everyday advice",
                "Stabilising exercises for the deep abdominal and pelvic floor muscles",
                "Pelvic belt worn high, just below the front hip bones, when walking",
                "Review in 3 weeks")}
PGQ_ITEMS = ("dressing", "standing_short", "standing_long", "bending", "sitting_short",
             "sitting_long", "walking_short", "walking_long", "stairs", "housework",
             "carrying_light", "carrying_heavy", "sit_to_stand", "trolley", "running", "sport",
             "lying", "turning_in_bed", "sex_life", "push_one_foot", "morning_pain",
             "evening_pain", "legs_give_way", "slowness", "interrupted_sleep")
# Items many pregnant clients mark "not applicable" (they no longer run or do sport).
OFTEN_NA = ("running", "sport", "carrying_heavy", "sex_life")


@dataclass
class _Course:
    joints: frozenset[str]
    severity: float
    step: float  # change of severity per visit: negative = improving
    lang: str


def _clip(value: float, low: int, high: int) -> int:
    return max(low, min(high, round(value)))


def _pgq(rng: random.Random, s: float) -> dict[str, Any]:
    answers: dict[str, Any] = {}
    for item in PGQ_ITEMS:
        if item in OFTEN_NA and rng.random() < 0.4:
            answers[item] = "NA"
        elif rng.random() < 0.02:
            continue  # left blank
        else:
            answers[item] = _clip(s * 3 + rng.gauss(0, 0.55), 0, 3)
    return answers


def _tests(rng: random.Random, c: _Course, s: float, context: Context) -> PelvicTestFindings:
    t = PelvicTestFindings(context=context)
    active = s > 0.22
    for side, key in (("left", "l"), ("right", "r")):
        hit = active and key in c.joints
        t.set("P4", side, "positive" if hit and rng.random() < 0.9 else "negative")
        t.set("FABER", side, "positive" if hit and rng.random() < 0.5 else "negative")
        if rng.random() < 0.6:
            t.set("GAENSLEN", side, "positive" if hit and rng.random() < 0.4 else "negative")
        if context is Context.POSTPARTUM:
            t.set("LDL", side, _clip(s * 3 + rng.gauss(0, 0.5), 0, 3) if hit else 0)
        else:
            t.set("LDL", side, "positive" if hit and rng.random() < 0.6 else
                  ("tenderness" if rng.random() < 0.2 else "negative"))
        t.set("TREND", side, "positive" if active and "s" in c.joints and rng.random() < 0.5
              else "negative")
        load = s * 4 + (0.6 if key in c.joints else -0.8)
        t.set("ASLR", side, _clip(load + rng.gauss(0, 0.6), 0, 5))
    t.set("SYMPH", "midline", "positive" if active and "s" in c.joints and rng.random() < 0.9
          else "negative")
    if rng.random() < 0.3:
        for side in ("left", "right"):
            value = t.get("ASLR", side)
            t.set_aslr_compression(side, max(0, int(value) - rng.randint(1, 2)))
    return t


_JOINT_REGIONS = {"l": ("sij_l", "buttock_l"), "r": ("sij_r", "buttock_r"), "s": ("symphysis",)}
_SPREAD = ("post_thigh_l", "post_thigh_r", "groin_l", "groin_r", "lumbar_l", "lumbar_r",
           "inner_thigh_l", "inner_thigh_r")


def _pain_map(rng: random.Random, c: _Course, s: float, nrs: int) -> PainMap:
    marks: list[RegionMark] = []
    if nrs == 0:
        return PainMap()
    for joint in sorted(c.joints):
        for i, rid in enumerate(_JOINT_REGIONS[joint]):
            if i and rng.random() < 0.5:
                continue
            intensity = _clip(nrs + rng.gauss(0, 1), 1, 10)
            quality = rng.choice(("aching", "sharp", "aching", None))
            marks.append(RegionMark(rid, intensity, Quality(quality) if quality else None))
    for rid in rng.sample(_SPREAD, k=rng.randint(0, 2 if s > 0.5 else 1)):
        if rid not in {m.region_id for m in marks}:
            intensity = _clip(nrs - 2 + rng.gauss(0, 1), 1, 10)
            quality = rng.choice(("aching", "pins_needles", None))
            marks.append(RegionMark(rid, intensity, Quality(quality) if quality else None))
    strokes: tuple[Stroke, ...] = ()
    if rng.random() < 0.08 and "l" in c.joints:  # a little freehand shading over the left SIJ
        strokes = (Stroke(View.BACK, ((126.0, 268.0), (134.0, 276.0), (124.0, 292.0)), 10.0),)
    return PainMap(tuple(marks), strokes)


def _history(rng: random.Random, c: _Course, onset_week: int | None) -> dict[str, Any]:
    lang = c.lang
    return {
        "version": 1,
        "onset": {"timing": "pregnancy", "week": onset_week},
        "aggravating": sorted(rng.sample(AGGRAVATING, k=rng.randint(3, 6))),
        "risk_factors": sorted(rng.sample(RISK_FACTORS, k=rng.randint(0, 2))),
        "earlier_episodes": "",
        "work": rng.choice(WORK[lang]),
        "sick_leave": rng.choice((None, "no", "no", "partial", "full")),
        "sleep": rng.choice(("good", "woken_sometimes", "woken_most_nights")),
        "sleep_note": "",
        "goals": rng.choice(GOALS[lang]),
    }


def _screening(rng: random.Random, phase: str) -> dict[str, Any]:
    answers: dict[str, Any] = {item.code: False for item in items_for_phase(phase)}
    if rng.random() < 0.03:
        flag = rng.choice([i.code for i in items_for_phase(phase)][:8])
        answers[flag] = True
    return {"phase": phase, "answers": answers}


def _visit_dates(rng: random.Random, start: date, today: date) -> list[date]:
    dates = [start]
    for _ in range(rng.randint(1, 3)):
        nxt = dates[-1] + timedelta(days=rng.randint(14, 35))
        if nxt > today:
            break
        dates.append(nxt)
    return dates


def _assessment_rows(rng: random.Random, episode: Episode, lang: str, therapists: list[int],
                     today: date, instruments: dict[str, Any]) -> list[dict[str, Any]]:
    registered = episode.created_at.date() if episode.created_at else today
    start = min(registered + timedelta(days=rng.randint(0, 10)), today)
    if stage_on(episode.due_date, episode.birth_date, start) is None:
        return []
    _name, joints, _weight = rng.choices(PATTERNS, weights=[p[2] for p in PATTERNS])[0]
    roll = rng.random()
    step = -rng.uniform(0.12, 0.25) if roll < 0.6 else (
        rng.uniform(0.08, 0.18) if roll < 0.85 else rng.uniform(-0.04, 0.04))
    course = _Course(joints, rng.uniform(0.45, 0.85), step, lang)
    therapist = rng.choice(therapists) if therapists else None
    dates = _visit_dates(rng, start, today)
    history = _history(rng, course, episode.onset_week)
    rows = []
    for i, on in enumerate(dates):
        stage = stage_on(episode.due_date, episode.birth_date, on)
        if stage is None:
            break
        phase, stage_days = stage_columns(stage)
        s = max(0.0, min(1.0, course.severity + course.step * i + rng.gauss(0, 0.04)))
        nrs_now = _clip(s * 9 + rng.gauss(0, 0.8), 0, 10)
        questionnaires = {
            "PGQ": QuestionnaireEntry("PGQ", "1", _pgq(rng, s)),
            "NRS": QuestionnaireEntry("NRS", "1", {
                "now": nrs_now, "worst_week": min(10, nrs_now + rng.randint(1, 3)),
                "best_week": max(0, nrs_now - rng.randint(1, 3))}),
        }
        tests = _tests(rng, course, s, context_for_phase(phase or "t2"))
        pain_map = _pain_map(rng, course, s, nrs_now)
        scores, _errors = rules.compute_scores(questionnaires, tests, instruments)
        suggested = rules.suggested_code(tests, pain_map)
        last = i == len(dates) - 1
        signed = not last or rng.random() < 0.5
        when = datetime.combine(on, time(10 + i % 6, 0), tzinfo=UTC)
        rows.append({
            "episode_id": episode.id, "kind": INITIAL if i == 0 else FOLLOW_UP,
            "assessed_on": on, "therapist_id": therapist, "phase": phase,
            "stage_days": stage_days, "history": history,
            "screening": _screening(rng, phase or "t2"), "pain_map": pain_map.to_dict(),
            "tests": tests.to_dict(),
            "questionnaires": {c: q.to_dict() for c, q in questionnaires.items()},
            "scores": scores, "classification_suggested": suggested,
            "classification_chosen": suggested if rng.random() < 0.3 else None,
            "plan": "\n".join(PLANS[lang][: 2 + (i == 0) * 2]),
            "notes": "", "status": "signed" if signed else "draft",
            "signed_at": when + timedelta(hours=1) if signed else None,
            "signed_by_id": therapist if signed else None,
            "created_at": when, "updated_at": when, "version": 1,
        })
    return rows


def create_demo_assessments(db: Database, actor: Actor | None, therapist_ids: list[int],
                            seed: int, today: date, first_client_id: int = 0,
                            limit: int = DEMO_ASSESSED_CLIENTS,
                            progress: Callable[[int, int], None] | None = None) -> int:
    """Assessments for the open episodes of the first ``limit`` clients made by this demo
    run (ids from ``first_client_id``), so real clients are never touched; returns the count.
    """
    rng = random.Random(seed * 7919 + 17)
    instruments = rules.shipped_instruments()
    made = 0
    episodes = open_episodes_without(db, Assessment, first_client_id, limit)
    total = len(episodes)
    for start in range(0, total, BATCH):
        rows: list[dict[str, Any]] = []
        for episode, lang in episodes[start:start + BATCH]:
            rows += _assessment_rows(rng, episode, lang if lang in WORK else "en", therapist_ids,
                                     today, instruments)
        if rows:
            with db.sessions.begin() as session:  # one COPY / executemany, one audit trigger
                bulk.insert_rows(session, cast(Table, Assessment.__table__), rows)
                if actor is not None:
                    record(session, actor, "demo", "assessment", None, None, count=len(rows))
        made += len(rows)
        if progress is not None:
            progress(min(start + BATCH, total), total)
    return made
