"""Client records through the services, on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from people_world import sign_in_as
from pgp_desk.services.audit.audit import DATABASE_ACTIONS, client_trail
from pgp_desk.services.clients import clients, episodes, privacy
from pgp_desk.services.database import open_database
from pgp_desk.services.errors import ConflictError, NotFoundError, UserError, ValidationError


def _make(db, actor, first="Søren", last="Østergaard", **kw):  # type: ignore[no-untyped-def]
    return clients.create_client(db, actor, clients.ClientInput(
        first_name=first, last_name=last, **kw))


def _names(page: clients.SearchPage) -> list[str]:
    return [r.display_name for r in page.rows]


def test_create_and_read_back(db, actor) -> None:  # type: ignore[no-untyped-def]
    """A created client reads back with every field, version 1, and both events audited."""
    made = _make(db, actor, birth_date=date(1990, 3, 24), phone="+45 12 34 56 78",
                 email="soren@example.dk", language="nb", national_id="240390-1234")
    got = clients.get_client(db, actor, made.id)
    assert got.first_name == "Søren" and got.language == "nb" and got.version == 1
    assert got.national_id == "240390-1234"
    with db.sessions() as session:
        actions = [e.action for e in client_trail(session, made.id)
                   if e.action not in DATABASE_ACTIONS]
    assert actions == ["create", "read"]


@pytest.mark.parametrize("query", ["soren", "soeren", "SØREN", "søren øster", "oster",
                                   "oestergaard", "24.03.1990", "1990-03-24", "240390",
                                   "12345678", "12 34"])
def test_search_matches_nordic_spellings_dates_and_phone(db, actor, query: str) -> None:  # type: ignore[no-untyped-def]
    """Name, birth date and phone searches ignore case, accents and ø/oe spellings."""
    _make(db, actor, birth_date=date(1990, 3, 24), phone="+45 12 34 56 78")
    _make(db, actor, first="Anna", last="Hansen", birth_date=date(1985, 1, 2))
    page = clients.search_clients(db, actor, query)
    assert _names(page) == ["Søren Østergaard"]


def test_aase_finds_aase(db, actor) -> None:  # type: ignore[no-untyped-def]
    """'aase' and 'åse' both find Åse, and 'ae' finds Ærø."""
    _make(db, actor, first="Åse", last="Ærø")
    assert _names(clients.search_clients(db, actor, "aase")) == ["Åse Ærø"]
    assert _names(clients.search_clients(db, actor, "åse aer")) == ["Åse Ærø"]


def test_hostile_names_are_stored_and_found(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Markup, quotes, emoji, LIKE wildcards and 300 characters are plain text."""
    long = "Å" * 300
    made = _make(db, actor, first="<b>Anna & 'Bo'</b> 😀", last=long)
    _make(db, actor, first="Other", last="Person")
    got = clients.get_client(db, actor, made.id)
    assert got.first_name == "<b>Anna & 'Bo'</b> 😀" and got.last_name == long
    assert [r.id for r in clients.search_clients(db, actor, "anna").rows] == [made.id]
    # LIKE wildcards are not words: they neither filter nor match everything by accident
    assert len(clients.search_clients(db, actor, "%").rows) == 2
    assert clients.search_clients(db, actor, "ann%zz").rows == []
    assert clients.search_clients(db, actor, "other_x").rows == []


def test_validation_reports_each_field(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Missing names, a future birth date, a bad CPR and a bad email each name their field."""
    with pytest.raises(ValidationError) as caught:
        clients.create_client(db, actor, clients.ClientInput(
            first_name=" ", last_name="", birth_date=date(2999, 1, 1),
            national_id="320190-1234", email="not-an-email"))
    fields = caught.value.by_field()
    assert set(fields) == {"first_name", "last_name", "birth_date", "national_id", "email"}
    assert fields["first_name"].code == "required"


def test_national_id_must_match_birth_date(db, actor) -> None:  # type: ignore[no-untyped-def]
    """A valid CPR whose date differs from the typed birth date is caught."""
    with pytest.raises(ValidationError) as caught:
        _make(db, actor, birth_date=date(1991, 3, 24), national_id="2403901234")
    assert caught.value.by_field()["national_id"].code == "birth_date_mismatch"


def test_pagination_walks_every_client_once(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Keyset pages of 7 cover 25 clients in last-name order with no gaps or repeats."""
    for i in range(25):
        _make(db, actor, first=f"Kari{i}", last=f"Næss{i % 5}")
    seen: list[int] = []
    after = None
    while True:
        page = clients.search_clients(db, actor, "kari", limit=7, after=after)
        seen += [r.id for r in page.rows]
        if not page.has_more:
            break
        after = page.cursor
    assert len(seen) == 25 == len(set(seen))


def test_archived_clients_are_hidden_but_kept(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Archiving hides a client from search; 'include archived' and reading still work."""
    made = _make(db, actor)
    clients.set_archived(db, actor, made.id, True)
    assert clients.search_clients(db, actor, "soren").rows == []
    page = clients.search_clients(db, actor, "soren", include_archived=True)
    assert [r.archived for r in page.rows] == [True]
    assert clients.get_client(db, actor, made.id).archived


def test_edit_on_two_workstations_is_a_conflict(db_url, db, actor) -> None:  # type: ignore[no-untyped-def]
    """The second save of a stale copy raises a conflict listing what the other one changed."""
    made = _make(db, actor, phone="1111")
    other_db = open_database(db_url, upgrade=False)
    try:
        other = sign_in_as(other_db, "kollega")
        mine = clients.get_client(db, actor, made.id)
        theirs = clients.get_client(other_db, other, made.id)
        clients.update_client(other_db, other, theirs,
                              replace(theirs.as_input(), phone="2222", notes="called"))
        with pytest.raises(ConflictError) as caught:
            clients.update_client(db, actor, mine, replace(mine.as_input(), phone="3333"))
        changes = {c.field: (c.theirs, c.mine) for c in caught.value.changes}
        assert changes == {"phone": ("2222", "3333"), "notes": ("called", "")}
        assert clients.get_client(db, actor, made.id).phone == "2222"
        newer = clients.get_client(db, actor, made.id)
        saved = clients.update_client(db, actor, newer, replace(newer.as_input(), phone="3333"))
        assert saved.phone == "3333" and saved.version == 3
    finally:
        other_db.close()


def test_export_holds_everything(db, actor) -> None:  # type: ignore[no-untyped-def]
    """The export has the client, her episodes and the audit trail, and is itself audited."""
    made = _make(db, actor, birth_date=date(1990, 3, 24))
    episodes.create_episode(db, actor, made.id, episodes.EpisodeInput(
        due_date=date.today() + timedelta(days=30), parity=1))
    data = privacy.export_client(db, actor, made.id)
    assert data["client"]["first_name"] == "Søren"
    assert data["client"]["birth_date"] == "1990-03-24"
    assert len(data["episodes"]) == 1
    assert "export" in [e["action"] for e in data["audit_trail"]]


def test_erase_removes_personal_data_and_keeps_the_trail(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Erasure needs the exact name, removes personal data and episodes, keeps the audit."""
    made = _make(db, actor, birth_date=date(1990, 3, 24), phone="12345678")
    episodes.create_episode(db, actor, made.id, episodes.EpisodeInput(
        due_date=date.today(), notes="private"))
    with pytest.raises(UserError):
        privacy.erase_client(db, actor, made.id, "Someone Else")
    privacy.erase_client(db, actor, made.id, "Søren Østergaard", legal_basis="GDPR 17(1)(d)")
    with pytest.raises(NotFoundError):
        clients.get_client(db, actor, made.id)
    assert clients.search_clients(db, actor, "12345678", include_archived=True).rows == []
    assert episodes.list_episodes(db, made.id) == []
    with db.sessions() as session:
        trail = client_trail(session, made.id)
    assert [e.action for e in trail if e.action not in DATABASE_ACTIONS][-1] == "erase"
    assert all("Søren" not in str(e.details) for e in trail)
