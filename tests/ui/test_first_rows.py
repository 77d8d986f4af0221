"""After the password is accepted, the first page of clients is the only database work
until its rows show, on the connection the pool already holds (SQLite and PostgreSQL)."""

from __future__ import annotations

import threading
from datetime import date

from sqlalchemy import event

from pgp_desk.services.clients import clients
from pgp_desk.services.context import AppContext
from pgp_desk.ui.main_window import MainWindow
from pgp_desk.ui.operations import wait_for_background


def test_the_first_page_is_the_only_database_work_until_its_rows_show(qtbot, db, actor) -> None:  # type: ignore[no-untyped-def]
    """Between the main window's start and its first rows: the page's two statements (the
    candidates and their listed columns), over the connection already open; no new
    connection. The clinic's idle time is read after the rows are painted."""
    for first, last in (("Søren", "Bækgaard"), ("Anna", "Hansen"), ("Åse", "Lie")):
        clients.create_client(db, actor, clients.ClientInput(
            first_name=first, last_name=last, birth_date=date(1990, 1, 2)))
    statements: list[str] = []
    connections: list[object] = []
    others = threading.Event()  # a statement of the start's other work arrived

    def executed(_c, _cur, statement: str, *_rest) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)
        if "FROM client" not in statement:
            others.set()
        elif len(statements) == 1:
            # The page's first statement waits a moment for any work started beside it,
            # so such work is seen whichever thread the pool runs first.
            others.wait(1)

    event.listen(db.engine, "before_cursor_execute", executed)
    event.listen(db.engine.pool, "connect", lambda dbapi, _record: connections.append(dbapi))
    window = MainWindow(AppContext(db, actor, "da"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert statements == [] and connections == []  # making the window reads nothing
    at_rows: list[tuple[list[str], int]] = []
    model = window.search_page.model
    model.page_loaded.connect(lambda: at_rows.append((list(statements), len(connections))))
    with qtbot.waitSignal(model.page_loaded, timeout=10000):
        window.start()
    read, opened = at_rows[0]
    assert opened == 0, "the first page opened a connection of its own"
    assert len(read) == 2 and all("FROM client" in s for s in read), read
    assert model.rowCount() == 3
    # the start's other reads follow the rows: the clinic's idle time among them
    qtbot.waitUntil(lambda: any("FROM clinic" in s for s in statements), timeout=10000)
    wait_for_background(10000)
