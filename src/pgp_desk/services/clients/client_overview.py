"""What the client's workspace shows when she is opened, read in one transaction.

Opening a client was five service calls, each its own transaction: on PostgreSQL five
rounds of BEGIN and COMMIT (three of them committing an audit row) and the client's
pregnancies read three times. One call reads the same, audits the same reads, and commits
once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pgp_desk.services.assessments.assessment_model import AssessmentRow
from pgp_desk.services.assessments.assessments import client_assessment_rows, red_flags_in
from pgp_desk.services.clients.clients import ClientRecord, read_client
from pgp_desk.services.clients.episodes import EpisodeRecord, episode_records
from pgp_desk.services.clients.timeline import TimelineEntry, timeline_entries
from pgp_desk.services.database import Database
from pgp_desk.services.people.actor import Actor


@dataclass(frozen=True)
class ClientOverview:
    client: ClientRecord
    episodes: list[EpisodeRecord]  # oldest first
    timeline: list[TimelineEntry]  # newest first
    assessments: list[AssessmentRow]  # every pregnancy, oldest first
    red_flags: list[str]  # codes still open in the current pregnancy


def client_overview(db: Database, actor: Actor, client_id: int,
                    today: date | None = None) -> ClientOverview:
    """The client, her pregnancies, timeline, assessments and open red flags: what
    ``get_client``, ``list_episodes``, ``client_timeline``, ``list_client_assessments`` and
    ``open_red_flags`` return, with the same access checks and audit trail. Without the
    therapist role (contact details only) she gets the pregnancies' dates and no timeline,
    assessments or red flags: they are clinical."""
    with db.sessions.begin() as session:
        client = read_client(session, actor, client_id)
        clinical = actor.is_therapist
        return ClientOverview(
            client=client,
            episodes=episode_records(session, client_id, clinical),
            timeline=timeline_entries(session, client_id) if clinical else [],
            assessments=client_assessment_rows(session, actor, client_id) if clinical
            else [],
            red_flags=red_flags_in(session, actor, client_id, today) if clinical else [],
        )
