"""Registering and editing a client through the real dialog."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget

from pgp_desk.services.clients import clients
from pgp_desk.ui.clients.editor import ClientEditorDialog
from pgp_desk.ui.widgets.conflict import ConflictDialog


def test_bad_input_is_shown_by_the_field_and_kept(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """A bad birth date and CPR get messages by their fields; the typing stays."""
    dialog = ClientEditorDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.first_name, "Åse")
    qtbot.keyClicks(dialog.last_name, "<Lie & Sønner>")
    qtbot.keyClicks(dialog.birth_date, "31.02.1990")
    qtbot.keyClicks(dialog.national_id, "12345")
    dialog.save()
    rows = dialog.form.rows
    assert rows["birth_date"].error.isVisible()
    assert rows["national_id"].error.isVisible()
    assert not rows["first_name"].error.isVisible()
    assert dialog.birth_date.text() == "31.02.1990"
    assert dialog.last_name.text() == "<Lie & Sønner>"
    assert dialog.result() == 0


def test_save_creates_the_client(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """Filling the form and saving stores the client, off the GUI thread."""
    dialog = ClientEditorDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.first_name, "Ingrid")
    qtbot.keyClicks(dialog.last_name, "Håland")
    qtbot.keyClicks(dialog.birth_date, "240390")
    dialog.language.setCurrentIndex(dialog.language.findData("nb"))
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
    assert dialog.edited.saved is not None
    stored = clients.get_client(ctx.db, ctx.actor, dialog.edited.saved.id)
    assert (stored.first_name, stored.birth_date, stored.language) == (
        "Ingrid", date(1990, 3, 24), "nb")


def test_edit_conflict_is_shown_not_overwritten(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Saving over a newer save opens the conflict dialog and keeps the other change."""
    made = clients.create_client(ctx.db, ctx.actor, clients.ClientInput(
        first_name="Kari", last_name="Berg", phone="1111"))
    dialog = ClientEditorDialog(ctx, made)
    qtbot.addWidget(dialog)
    clients.update_client(ctx.db, ctx.actor, made, replace(made.as_input(), phone="2222"))
    shown = []
    headers = []

    def keep_editing(window: ConflictDialog) -> int:  # the user closes it with "keep editing"
        shown.append([c.field for c in window.conflict.changes])
        table = window.findChild(QTableWidget)
        assert table is not None
        headers.append([table.horizontalHeaderItem(i).text() for i in range(3)])
        return 0

    monkeypatch.setattr(ConflictDialog, "exec", keep_editing)
    dialog.phone.setText("3333")
    dialog.save()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown == [["phone"]]
    assert headers == [["Felt", "Gemt på den anden computer", "Din version"]]
    assert clients.get_client(ctx.db, ctx.actor, made.id).phone == "2222"
    assert dialog.phone.text() == "3333"


def test_keep_mine_saves_over_the_newer_version(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Choosing 'save mine' after a conflict reloads the newer record and saves over it."""
    made = clients.create_client(ctx.db, ctx.actor, clients.ClientInput(
        first_name="Kari", last_name="Berg", phone="1111"))
    dialog = ClientEditorDialog(ctx, made)
    qtbot.addWidget(dialog)
    clients.update_client(ctx.db, ctx.actor, made, replace(made.as_input(), notes="theirs"))

    def keep_mine(window: ConflictDialog) -> int:
        window.choice = window.KEEP_MINE
        return 1

    monkeypatch.setattr(ConflictDialog, "exec", keep_mine)
    dialog.phone.setText("3333")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save()
    stored = clients.get_client(ctx.db, ctx.actor, made.id)
    assert (stored.phone, stored.version) == ("3333", 3)


def test_a_lost_connection_keeps_the_typing_and_says_one_sentence(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The server goes away during the save: one translated sentence, no SQL or note text,
    and the dialog stays open with everything typed, ready to save again."""
    from PySide6.QtWidgets import QMessageBox
    from sqlalchemy.exc import OperationalError

    def server_gone(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise OperationalError("INSERT INTO client (notes) VALUES (%(notes)s)",
                               {"notes": "fortroligt"}, Exception("server closed"))

    shown: list[str] = []
    monkeypatch.setattr(clients, "create_client", server_gone)
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _p, _t, text, *_r: shown.append(text)))
    dialog = ClientEditorDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.first_name, "Ingrid")
    qtbot.keyClicks(dialog.last_name, "Håland")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "INSERT" not in shown[0] and "fortroligt" not in shown[0]
    assert "intet blev gemt" in shown[0]
    assert dialog.isVisible() and dialog.first_name.text() == "Ingrid"
    assert dialog.buttons.isEnabled()


def test_a_save_waiting_for_a_busy_database_says_so(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """Another program holds SQLite's write lock for 4 s: the save waits (it does not
    fail), the window title says the database is busy and PGP Desk keeps trying, and the
    title is back to normal once the client is saved."""
    import sqlite3
    import threading
    import time

    dialog = ClientEditorDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    title = dialog.windowTitle()
    qtbot.keyClicks(dialog.first_name, "Sigrid")
    qtbot.keyClicks(dialog.last_name, "Vold")
    locked = threading.Event()

    def long_writer() -> None:
        connection = sqlite3.connect(str(ctx.db.engine.url.database), isolation_level=None)
        connection.execute("BEGIN IMMEDIATE")
        locked.set()
        time.sleep(4)
        connection.execute("COMMIT")
        connection.close()

    writer = threading.Thread(target=long_writer)
    writer.start()
    locked.wait(5)
    with qtbot.waitSignal(dialog.accepted, timeout=15000):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "optaget" in dialog.windowTitle(), timeout=4000)
    writer.join()
    assert dialog.windowTitle() == title
    assert dialog.edited.saved is not None and dialog.edited.saved.first_name == "Sigrid"
