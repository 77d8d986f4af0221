"""The optional "your progress" part of a handout: pain map and scores from the assessments.

Scores are the PGQ total (Stuge et al. 2011, Spine 36:E1041) and the pain now on the NRS,
as computed by the assessment services; the pain map is the latest one drawn in the episode.
"""

from __future__ import annotations

import logging

from reportlab.graphics.shapes import Drawing
from sqlalchemy import select

from pgp_desk.db.models import Assessment
from pgp_desk.domain.numbers import format_day_month
from pgp_desk.domain.painmap import PainMap
from pgp_desk.pdf import ScorePoint
from pgp_desk.pdf.painmap_drawing import painmap_drawing
from pgp_desk.services.actor import Actor
from pgp_desk.services.assessment_progress import episode_progress
from pgp_desk.services.database import Database

_log = logging.getLogger(__name__)


def score_trend(db: Database, actor: Actor, episode_id: int,
                language: str = "da") -> list[ScorePoint]:
    """One point per assessment that has a PGQ or NRS score, oldest first."""
    series = episode_progress(db, actor, episode_id)
    points = []
    for p in series.points:
        pgq, nrs = p.values.get("pgq_total"), p.values.get("nrs_now")
        if pgq is not None or nrs is not None:
            points.append(ScorePoint(format_day_month(p.assessed_on, language), pgq, nrs))
    return points


def latest_pain_map(db: Database, episode_id: int) -> PainMap | None:
    """The pain map of the most recent assessment in the episode that has one."""
    with db.sessions() as session:
        rows = session.scalars(select(Assessment.pain_map)
                               .where(Assessment.episode_id == episode_id)
                               .order_by(Assessment.assessed_on.desc(), Assessment.id.desc()))
        for data in rows:
            if not data:
                continue
            try:
                pain_map = PainMap.from_dict(data)
            except (ValueError, TypeError, KeyError):
                continue
            if not pain_map.is_empty:
                return pain_map
    return None


def pain_map_picture(db: Database, episode_id: int, lang: str) -> Drawing | None:
    """The latest pain map as a vector drawing, or None when there is none."""
    pain_map = latest_pain_map(db, episode_id)
    if pain_map is None:
        return None
    try:
        return painmap_drawing(pain_map, lang)
    except Exception:  # a drawing problem leaves the map out, never the whole handout
        _log.warning("pain map could not be drawn", exc_info=True)
        return None
