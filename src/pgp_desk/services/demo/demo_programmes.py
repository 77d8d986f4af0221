"""Home programmes for the demo clinic: a short history per open episode.

Only the first ``DEMO_PROGRAMME_CLIENTS`` demo clients get programmes, inserted in batches,
so a 100,000-client demo stays quick. Each history has 1-3 programmes three weeks apart,
started from the shipped template for the client's phase and personalised a little (an
item left out, a dosage changed) the way a therapist would; every earlier programme is
issued, the latest is issued or still a draft. Each programme is based on the one before,
as in the builder ("the next visit starts from the last programme").
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Any, cast

from sqlalchemy import Table

from pgp_desk.content.templates import ShippedTemplate, builtin_templates
from pgp_desk.db import bulk
from pgp_desk.db.models import Episode, Programme, ProgrammeItem
from pgp_desk.domain.dosage import Dosage
from pgp_desk.domain.pregnancy import stage_on
from pgp_desk.services.audit.audit import record
from pgp_desk.services.database import Database
from pgp_desk.services.demo.demo_episodes import open_episodes_without
from pgp_desk.services.people.actor import Actor

DEMO_PROGRAMME_CLIENTS = 1500
BATCH = 500
INTERVAL_DAYS = 21


@dataclass
class _Plan:
    episode_id: int
    language: str
    therapist_id: int
    template: ShippedTemplate
    dates: list[date]
    draft_last: bool


def _template_for(phase: str, rng: random.Random) -> ShippedTemplate:
    templates = [t for t in builtin_templates().values() if phase in t.phases]
    return rng.choice(templates or list(builtin_templates().values()))


@lru_cache(maxsize=1024)
def _dosage_document(dosage: Dosage) -> dict[str, Any]:
    """A dosage as stored (made once per distinct dosage: the demo has a few dozen)."""
    return dosage.to_dict()


def _items(template: ShippedTemplate, rng: random.Random, generation: int
           ) -> list[dict[str, Any]]:
    """The template's items, personalised: later visits drop one and add a set or reps."""
    items = list(template.items)
    if generation > 0 and len(items) > 3 and rng.random() < 0.6:
        items.pop(rng.randrange(len(items)))
    rows = []
    for position, item in enumerate(items):
        dosage = item.dosage
        if generation > 0 and dosage.reps is not None and dosage.reps < 15:
            dosage = replace(dosage, reps=dosage.reps + 2 * generation)
        rows.append({"position": position, "exercise_code": item.code,
                     "dosage": _dosage_document(dosage), "note": ""})
    return rows


def _plans(rng: random.Random, episodes: list[tuple[Episode, str]], therapist_ids: list[int],
           today: date) -> list[_Plan]:
    plans = []
    for episode, language in episodes:
        stage = stage_on(episode.due_date, episode.birth_date, today)
        if stage is None:
            continue
        registered = (episode.created_at.date() if episode.created_at
                      else today - timedelta(days=60))
        count = rng.choice((1, 1, 2, 2, 3))
        dates = [today - timedelta(days=INTERVAL_DAYS * (count - 1 - i) + rng.randint(0, 6))
                 for i in range(count)]
        dates = [d for d in dates if d >= registered] or [today]
        plans.append(_Plan(episode.id, language if language in ("da", "nb", "en") else "da",
                           rng.choice(therapist_ids) if therapist_ids else 0,
                           _template_for(stage.phase.value, rng), dates,
                           draft_last=rng.random() < 0.4))
    return plans


def create_demo_programmes(db: Database, actor: Actor | None, therapist_ids: list[int],
                           seed: int, today: date, first_client_id: int = 0,
                           limit: int = DEMO_PROGRAMME_CLIENTS) -> int:
    """Programmes for the open episodes of the first ``limit`` clients of this demo run
    (ids from ``first_client_id``, so real clients are never touched); returns the count."""
    rng = random.Random(seed * 104729 + 5)
    episodes = open_episodes_without(db, Programme, first_client_id, limit)
    made = 0
    for start in range(0, len(episodes), BATCH):
        plans = _plans(rng, episodes[start:start + BATCH], therapist_ids, today)
        with db.sessions.begin() as session:
            previous: dict[int, int] = {}
            for generation in range(max((len(p.dates) for p in plans), default=0)):
                batch = [p for p in plans if generation < len(p.dates)]
                rows, items = [], []
                for plan in batch:
                    day = plan.dates[generation]
                    at = datetime.combine(day, time(11, 0), tzinfo=UTC)
                    last = generation == len(plan.dates) - 1
                    issued = not (last and plan.draft_last)
                    rows.append({
                        "episode_id": plan.episode_id,
                        "therapist_id": plan.therapist_id or None,
                        "based_on_id": previous.get(plan.episode_id),
                        "language": plan.language,
                        "title": plan.template.name(plan.language),
                        "personal_note": "",
                        "advice": list(plan.template.advice),
                        "status": "issued" if issued else "draft",
                        "issued_at": at if issued else None,
                        "created_at": at, "updated_at": at,
                    })
                    items.append(_items(plan.template, rng, generation))
                ids = bulk.insert_rows(session, cast(Table, Programme.__table__), rows,
                                       with_ids=True)
                item_rows = [dict(item, programme_id=pid)
                             for pid, plan_items in zip(ids, items, strict=True)
                             for item in plan_items]
                bulk.insert_rows(session, cast(Table, ProgrammeItem.__table__), item_rows)
                for plan, pid in zip(batch, ids, strict=True):
                    previous[plan.episode_id] = pid
                made += len(ids)
            if actor is not None:
                record(session, actor, "demo", "programme", None, None, count=len(plans))
    return made
