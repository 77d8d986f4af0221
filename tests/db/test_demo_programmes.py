"""`pgp-desk demo` also gives the demo clients programme histories."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from pgp_desk.content.exercises import builtin_library
from pgp_desk.db.models import Programme, ProgrammeItem
from pgp_desk.services.demo.demo import create_demo_clinic
from pgp_desk.services.demo.demo_programmes import create_demo_programmes


def test_demo_programmes_have_drafts_issued_ones_and_history(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Demo programmes are valid, some issued, some drafts, follow-ups based on the last."""
    result = create_demo_clinic(db, actor, clients=40, seed=7, today=date(2026, 3, 1))
    assert result.programmes > 0
    with db.sessions() as session:
        rows = list(session.scalars(select(Programme)))
        codes = set(session.scalars(select(ProgrammeItem.exercise_code)))
        assert {r.status for r in rows} == {"draft", "issued"}
        assert all(r.issued_at is not None for r in rows if r.status == "issued")
        assert any(r.based_on_id is not None for r in rows)
        assert codes <= set(builtin_library())
        per_episode: dict[int, list[Programme]] = {}
        for row in rows:
            per_episode.setdefault(row.episode_id, []).append(row)
        for history in per_episode.values():
            history.sort(key=lambda r: r.id)
            assert all(r.status == "issued" for r in history[:-1])


def test_demo_programmes_are_not_made_twice(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Running the programme step again adds nothing for episodes that already have some."""
    create_demo_clinic(db, actor, clients=10, seed=3, today=date(2026, 3, 1))
    assert create_demo_programmes(db, actor, [], 3, date(2026, 3, 1)) == 0


def test_demo_referrals_use_the_clients_own_country_words(db, actor) -> None:  # type: ignore[no-untyped-def]
    """A Danish demo client is referred by 'Egen læge' or 'Jordemoder', never by the
    Norwegian 'Fastlege' or 'Jordmor', and the other way round."""
    from pgp_desk.db.models import Client, Episode
    from pgp_desk.services.demo.demo_names import REFERRALS_DA, REFERRALS_NB

    create_demo_clinic(db, actor, clients=80, seed=5, today=date(2026, 3, 1))
    with db.sessions() as session:
        rows = session.execute(select(Client.language, Episode.referral_source)
                               .join(Episode, Episode.client_id == Client.id)).all()
    assert {lang for lang, _ in rows} >= {"da", "nb"}
    for lang, referral in rows:
        assert referral in (REFERRALS_NB if lang == "nb" else REFERRALS_DA), (lang, referral)
