"""Archiving and erasing a client from her workspace, through the real buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pgp_desk.services.clients import clients
from pgp_desk.ui.clients import workspace as workspace_module
from pgp_desk.ui.clients.workspace import ClientWorkspace


def _open(qtbot, ctx, made):  # type: ignore[no-untyped-def]
    page = ClientWorkspace(ctx, made.id)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.client is not None, timeout=5000)
    return page


def test_archive_button_hides_and_brings_back(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """Archive marks the client archived in the header; pressing again brings her back."""
    made = clients.create_client(ctx.db, ctx.actor, clients.ClientInput(
        first_name="Tone", last_name="Berg"))
    page = _open(qtbot, ctx, made)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert clients.get_client(ctx.db, ctx.actor, made.id).archived
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert not clients.get_client(ctx.db, ctx.actor, made.id).archived


def test_erase_needs_the_exact_name(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A wrong name erases nothing and says so; the exact name erases and closes the page."""
    made = clients.create_client(ctx.db, ctx.actor, clients.ClientInput(
        first_name="Åse", last_name="Ødegård & <Co>"))
    page = _open(qtbot, ctx, made)
    warnings: list[str] = []
    monkeypatch.setattr(workspace_module.QMessageBox, "warning",
                        staticmethod(lambda _p, _t, text: warnings.append(text)))
    typed = iter(["Åse Odegard", "Åse Ødegård & <Co>"])
    monkeypatch.setattr(workspace_module.QInputDialog, "getText",
                        staticmethod(lambda *a, **k: (next(typed), True)))
    asked: list[str] = []

    def legal_basis(_parent, _title, text, *_rest):  # type: ignore[no-untyped-def]
        asked.append(text)
        return "GDPR art. 17(1)(d)", True

    monkeypatch.setattr(workspace_module.QInputDialog, "getMultiLineText",
                        staticmethod(legal_basis))
    qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert clients.get_client(ctx.db, ctx.actor, made.id).first_name == "Åse"
    with qtbot.waitSignal(page.closed, timeout=5000):
        qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)
    assert clients.search_clients(ctx.db, ctx.actor, "ase", include_archived=True).rows == []
    assert len(asked) == 1 and "10" in asked[0]  # within the retention period: the reason


def test_erase_offers_to_delete_backups_that_still_hold_her(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """After the erasure, the backups that still hold her are listed with their dates and,
    when the user agrees, deleted."""
    from PySide6.QtWidgets import QMessageBox

    from pgp_desk import config
    from pgp_desk.db import migrate

    made = clients.create_client(ctx.db, ctx.actor, clients.ClientInput(
        first_name="Gry", last_name="Lie"))
    backup = migrate.backup_sqlite(ctx.db.engine, config.backup_dir() /
                                   "clinic-before-upgrade-20260301-090000.sqlite3")
    page = _open(qtbot, ctx, made)
    monkeypatch.setattr(workspace_module.QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("Gry Lie", True)))
    asked: list[str] = []

    def agree(_parent, _title, text, *_rest):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(workspace_module.QMessageBox, "question", staticmethod(agree))
    monkeypatch.setattr(workspace_module.QInputDialog, "getMultiLineText",
                        staticmethod(lambda *a, **k: ("GDPR art. 17(1)(d)", True)))
    with qtbot.waitSignal(page.closed, timeout=5000):
        page.erase()
    qtbot.waitUntil(lambda: not backup.exists(), timeout=5000)
    assert backup.name in asked[0]
    assert "sikkerhedskopi" in asked[0]
