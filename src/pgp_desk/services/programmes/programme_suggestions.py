"""The clinical picture behind suggestions and warnings, read from the latest assessment.

The phase is today's (the programme is for the weeks ahead, not for the assessment date);
classification, positive tests and aggravating activities come from the episode's latest
assessment; red flags and contraindications are those still open (see
``services.assessments.open_red_flags``). With no assessment yet, the picture holds the
phase only, so the builder still warns about prone or supine positions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from pgp_desk.content.exercises import Exercise
from pgp_desk.db.models import Episode
from pgp_desk.domain.birth import caesarean_care_applies
from pgp_desk.domain.pregnancy import Stage, stage_on
from pgp_desk.domain.red_flags import ITEMS as SCREENING_ITEMS
from pgp_desk.domain.red_flags import Kind
from pgp_desk.domain.suggestions import (
    ClinicalPicture,
    ProgrammeWarning,
    SuggestionResult,
    aslr_easier_with_compression,
    programme_warnings,
    suggest,
)
from pgp_desk.services import records
from pgp_desk.services.assessments import assessments
from pgp_desk.services.assessments.assessment_model import decode_subgroup
from pgp_desk.services.database import Database
from pgp_desk.services.people.actor import Actor


@dataclass(frozen=True)
class PictureSource:
    """The picture and where it came from, for the builder to say so."""

    picture: ClinicalPicture
    stage: Stage | None
    assessment_id: int | None = None
    assessed_on: date | None = None


def _episode(db: Database, actor: Actor, episode_id: int) -> tuple[Episode, bool]:
    """The episode and whether it is the client's current one (last open, else last)."""
    with db.sessions() as session:
        episode, client = records.episode(session, actor, episode_id)
        episodes = sorted(client.episodes, key=lambda e: e.id)
        open_ones = [e for e in episodes if not e.closed]
        current = (open_ones or episodes)[-1]
        session.expunge(episode)
        return episode, current.id == episode.id


def clinical_picture(db: Database, actor: Actor, episode_id: int,
                     today: date | None = None) -> PictureSource:
    today = today or date.today()
    episode, is_current = _episode(db, actor, episode_id)
    stage = stage_on(episode.due_date, episode.birth_date, today)
    phase = stage.phase.value if stage else None
    weeks = stage.gestation.weeks if stage and stage.gestation else None
    after = stage.postpartum.total_days if stage and stage.postpartum else None
    caesarean = caesarean_care_applies(episode.birth_mode, after)
    rows = assessments.list_assessments(db, actor, episode_id)
    if not rows:
        return PictureSource(ClinicalPicture(phase=phase, gestation_weeks=weeks,
                                             caesarean_care=caesarean,
                                             postpartum_days=after), stage)
    latest = assessments.get_assessment(db, actor, rows[-1].id)
    phase = phase or latest.phase
    if is_current:
        open_codes = assessments.open_red_flags(db, actor, episode.client_id, today)
    else:
        open_codes = [item.code for item in latest.open_flags()]
    subgroup, _side = decode_subgroup(latest.classification_chosen
                                      or latest.classification_suggested)
    aggravating = latest.history.get("aggravating") or []
    picture = ClinicalPicture(
        phase=phase,
        gestation_weeks=weeks,
        subgroup=subgroup.value if subgroup else None,
        positive_tests=frozenset(f.code for f in latest.tests.positive_list()),
        aggravating=tuple(str(a) for a in aggravating if isinstance(a, str)),
        red_flags=tuple(c for c in open_codes
                        if c in SCREENING_ITEMS and SCREENING_ITEMS[c].kind is Kind.RED_FLAG),
        contraindications=tuple(
            c for c in open_codes
            if c in SCREENING_ITEMS and SCREENING_ITEMS[c].kind is Kind.CONTRAINDICATION),
        from_assessment=True,
        aslr_easier_with_compression=aslr_easier_with_compression(latest.tests),
        caesarean_care=caesarean,
        postpartum_days=after,
    )
    return PictureSource(picture, stage, latest.id, latest.assessed_on)


def suggestions(picture: ClinicalPicture, library: dict[str, Exercise],
                current: Sequence[str], limit: int = 12) -> SuggestionResult:
    """Ranked suggestions from the clinic's (unretired) library."""
    return suggest(picture, library.values(), current, limit)


def warnings_for(picture: ClinicalPicture, library: dict[str, Exercise],
                 codes: Sequence[str]) -> list[ProgrammeWarning]:
    """Warnings for the programme's exercises in order (unknown codes are skipped)."""
    return programme_warnings(picture, [library[c] for c in codes if c in library])
