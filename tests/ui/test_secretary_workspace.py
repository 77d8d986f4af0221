"""A secretary opens a client's record: contact details and pregnancy dates, and no clinical
tab, timeline or button that could only refuse her."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QMessageBox

from people_world import sign_in_as
from pgp_desk.services.assessments import assessments as svc
from pgp_desk.services.clients import clients, episodes
from pgp_desk.services.context import AppContext
from pgp_desk.ui.clients.workspace import ClientWorkspace
from pgp_desk.ui.operations import wait_for_background


def _tab_titles(workspace: ClientWorkspace) -> list[str]:
    return [workspace.tabs.tabText(i) for i in range(workspace.tabs.count())]


def test_a_secretary_sees_the_record_without_clinical_tabs(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    client = clients.create_client(ctx.db, ctx.actor, clients.ClientInput(
        first_name="Åse", last_name="Andersen", birth_date=date(1991, 5, 4),
        phone="+45 22 33 44 55", language="da"))
    episode = episodes.create_episode(ctx.db, ctx.actor, client.id, episodes.EpisodeInput(
        due_date=date.today() + timedelta(days=70)))
    made = svc.create_assessment(ctx.db, ctx.actor, episode.id)
    svc.sign_assessment(ctx.db, ctx.actor, made.id, made.version)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *a: warnings.append(text))

    secretary = AppContext(ctx.db, sign_in_as(ctx.db, "sekretaer"), "da")
    workspace = ClientWorkspace(secretary, client.id)
    qtbot.addWidget(workspace)
    workspace.show()
    qtbot.waitUntil(lambda: workspace.client is not None, timeout=10000)
    wait_for_background(5000)
    qtbot.wait(50)

    assert warnings == []  # her record opened: nothing was refused
    assert workspace.header.name.text() == "Åse Andersen"
    assert _tab_titles(workspace) == ["Overblik"]
    assert not workspace.assessments_tab.isVisible()
    assert not workspace.programme_tab.isVisible()
    for button in (workspace.handout_button, workspace.export_button,
                   workspace.new_episode_button):
        assert not button.isVisible(), button.text()
    assert workspace.edit_button.isVisible() and workspace.edit_button.isEnabled()
    assert workspace.snapshot.text() == ("Undersøgelser og hjemmeprogrammer ses af klinikkens "
                                         "terapeuter.")
    assert workspace.episode_list.count() == 1  # her pregnancy, as contact information
    assert not workspace.timeline.isVisible()  # assessments and handouts are clinical

    # the therapist's workspace has them all
    therapist = ClientWorkspace(ctx, client.id)
    qtbot.addWidget(therapist)
    therapist.show()
    qtbot.waitUntil(lambda: therapist.client is not None, timeout=10000)
    wait_for_background(5000)
    assert _tab_titles(therapist) == ["Overblik", "Undersøgelser", "Program"]
    assert therapist.handout_button.isVisible()
