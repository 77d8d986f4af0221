"""Typing in the search field of the real main window finds clients without blocking."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt

from pgp_desk.services.clients import clients
from pgp_desk.services.demo.demo import create_demo_clinic
from pgp_desk.ui.clients.list_model import ClientListModel
from pgp_desk.ui.main_window import MainWindow


def _names(model: ClientListModel) -> list[str]:
    return [model.row_at(i).display_name for i in range(model.rowCount())]


def _three_clients_listed(qtbot, ctx) -> MainWindow:  # type: ignore[no-untyped-def]
    """Søren, Anna and Åse registered, and the main window showing its first page."""
    for first, last in (("Søren", "Bækgaard"), ("Anna", "Hansen"), ("Åse", "Lie")):
        clients.create_client(ctx.db, ctx.actor, clients.ClientInput(
            first_name=first, last_name=last, birth_date=date(1990, 1, 2)))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.search_page.model.page_loaded, timeout=5000):
        window.start()
    return window


def test_typing_filters_the_list(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """Typing 'soeren' shows Søren and not Anna; clearing shows everyone again."""
    window = _three_clients_listed(qtbot, ctx)
    model = window.search_page.model
    assert len(_names(model)) == 3
    with qtbot.waitSignal(model.page_loaded, timeout=5000):
        qtbot.keyClicks(window.search_page.search_field, "soeren")
    assert _names(model) == ["Søren Bækgaard"]
    with qtbot.waitSignal(model.page_loaded, timeout=5000):
        window.search_page.search_field.clear()
        qtbot.keyClicks(window.search_page.search_field, "aase")
    assert _names(model) == ["Åse Lie"]
    assert "1" in window.search_page.status.text()


def test_stale_results_are_dropped(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """When two searches overlap, only the newer query's results are shown."""
    clients.create_client(ctx.db, ctx.actor, clients.ClientInput(first_name="Kari",
                                                                 last_name="Nilsen"))
    clients.create_client(ctx.db, ctx.actor, clients.ClientInput(first_name="Tone",
                                                                 last_name="Berg"))
    model = ClientListModel(
        lambda q, after: clients.search_clients(ctx.db, ctx.actor, q, after=after))
    model.search("kari")
    with qtbot.waitSignal(model.page_loaded, timeout=5000):
        model.search("tone")
    qtbot.wait(200)  # let the older page arrive too; it must be ignored
    assert _names(model) == ["Tone Berg"]


def test_scrolling_fetches_more_pages(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """The model loads 100 rows at a time and fetches the next page on demand."""
    create_demo_clinic(ctx.db, ctx.actor, clients=250, seed=1)
    model = ClientListModel(
        lambda q, after: clients.search_clients(ctx.db, ctx.actor, q, after=after))
    with qtbot.waitSignal(model.page_loaded, timeout=5000):
        model.search("")
    assert model.rowCount() == 100 and model.canFetchMore()
    with qtbot.waitSignal(model.page_loaded, timeout=5000):
        model.fetchMore()
    assert model.rowCount() == 200
    with qtbot.waitSignal(model.page_loaded, timeout=5000):
        model.fetchMore()
    assert model.rowCount() == 250 and not model.canFetchMore()
    ids = [model.data(model.index(i, 0), Qt.ItemDataRole.UserRole) for i in range(250)]
    assert len(set(ids)) == 250


def test_window_title_marks_the_demo(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """The demo clinic's window says it holds fictional data."""
    ctx.demo = True
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert "DEMO" in window.windowTitle().upper()


def test_a_finished_search_is_audited_once_without_its_words(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """Typing leaves no event per keystroke; opening a result records the query's length
    and the hits, never the words."""
    from sqlalchemy import select

    from pgp_desk.db.models import AuditEvent

    clients.create_client(ctx.db, ctx.actor, clients.ClientInput(
        first_name="Søren", last_name="Bækgaard", birth_date=date(1990, 1, 2)))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.search_page.model.page_loaded, timeout=5000):
        window.start()
    with qtbot.waitSignal(window.search_page.model.page_loaded, timeout=5000):
        qtbot.keyClicks(window.search_page.search_field, "soeren")
    window.search_page._open_first()
    qtbot.waitUntil(lambda: len(_searches(ctx, AuditEvent, select)) == 1, timeout=5000)
    window.search_page._audit_search()  # the same search is not recorded twice
    events = _searches(ctx, AuditEvent, select)
    assert [e.details for e in events] == [{"query_length": 6, "hits": 1}]
    assert "soeren" not in str(events[0].__dict__)
    window.search_page.search_field.clear()
    qtbot.keyClicks(window.search_page.search_field, "bæk")  # then the typing stops
    qtbot.waitUntil(lambda: len(_searches(ctx, AuditEvent, select)) == 2, timeout=6000)
    assert _searches(ctx, AuditEvent, select)[1].details == {"query_length": 3, "hits": 1}


def _searches(ctx, AuditEvent, select):  # type: ignore[no-untyped-def]
    from pgp_desk.ui.operations import wait_for_background

    wait_for_background(2000)
    with ctx.db.sessions() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == "search")))


def test_closing_a_client_repaints_only_the_rows_that_changed(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """Back from a client, the list is read again: the same clients keep their rows (a
    reset laid out and painted the whole list again); a changed name changes its row."""
    from pgp_desk.ui.clients.workspace import ClientWorkspace

    window = _three_clients_listed(qtbot, ctx)
    model = window.search_page.model
    resets: list[bool] = []
    changed: list[int] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda first, _last: changed.append(first.row()))
    table = window.search_page.table
    table.setCurrentIndex(model.index(_names(model).index("Anna Hansen"), 0))
    anna = model.row_at(table.currentIndex().row())
    workspace = window.open_client(anna.id)
    assert isinstance(workspace, ClientWorkspace)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is workspace, timeout=10000)
    qtbot.waitUntil(lambda: workspace.client is not None, timeout=10000)
    with qtbot.waitSignal(model.page_loaded, timeout=5000):
        qtbot.mouseClick(workspace.back, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.search_page
    assert (resets, changed) == ([], [])
    assert model.row_at(table.currentIndex().row()) == anna  # her row is still the chosen one

    record = clients.get_client(ctx.db, ctx.actor, anna.id)
    clients.update_client(ctx.db, ctx.actor, record,
                          replace(record.as_input(), first_name="Annette"))
    with qtbot.waitSignal(model.page_loaded, timeout=5000):
        model.refresh()
    assert resets == []
    assert [_names(model)[row] for row in changed] == ["Annette Hansen"]
