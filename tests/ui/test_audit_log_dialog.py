"""The Audit log window: reached from the menu, every button works, fits a small screen."""

from __future__ import annotations

import stat
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from pgp_desk.services.audit import audit_log
from pgp_desk.services.clients import clients
from pgp_desk.ui.audit.audit_log_dialog import AuditLogDialog
from pgp_desk.ui.main_window import MainWindow


def _made(ctx):  # type: ignore[no-untyped-def]
    first = clients.create_client(ctx.db, ctx.actor, clients.ClientInput(
        first_name="Ea", last_name="Holm"))
    second = clients.create_client(ctx.db, ctx.actor, clients.ClientInput(
        first_name="Bo", last_name="Lund"))
    clients.get_client(ctx.db, ctx.actor, second.id)
    return first, second


def test_every_button_of_the_audit_log(qtbot, ctx, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Search with a client filter, clear it, export the CSV and close."""
    # the clinic's people were created and signed in before; reading the log is audited too
    before = len(audit_log.find_events(ctx.db, ctx.actor, audit_log.AuditFilter())) + 1
    _first, second = _made(ctx)
    people = audit_log.filter_choices(ctx.db, ctx.actor).people
    dialog = AuditLogDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == before + 3, timeout=5000)
    assert dialog.status.text() == f"{before + 3} hændelser"
    assert dialog.person.itemText(0) == "Alle" and dialog.person.count() == len(people) + 1
    qtbot.keyClicks(dialog.client, str(second.id))
    dialog.action.setCurrentIndex(dialog.action.findData("read"))
    qtbot.mouseClick(dialog.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    assert dialog.model.rows[0].action == "read"
    assert dialog.model.index(0, 3).data() == "åbnet"  # the action in words
    assert dialog.action.currentText() == "åbnet"
    assert dialog.model.index(0, 5).data() == str(second.id)
    qtbot.mouseClick(dialog.use_since, Qt.MouseButton.LeftButton)
    assert dialog.since.isEnabled()
    qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    assert dialog.client.text() == "" and not dialog.use_since.isChecked()
    qtbot.waitUntil(lambda: dialog.model.rowCount() >= before + 4, timeout=5000)  # + searches
    target = tmp_path / "log.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists(), timeout=5000)
    qtbot.waitUntil(lambda: "log.csv" in dialog.status.text(), timeout=5000)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "Holm" not in target.read_text(encoding="utf-8")
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_audit_log_fits_a_small_screen(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """The window and its minimum size fit 1366×768 with room for the taskbar."""
    dialog = AuditLogDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.width() <= 1366 and dialog.height() <= 700
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 700


def test_the_menu_opens_it_for_an_administrator_only(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """File → Audit log … is there for the administrator and opens the window."""
    opened: list[AuditLogDialog] = []
    monkeypatch.setattr(AuditLogDialog, "exec", lambda self: opened.append(self) or 0)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    action = window.findChild(type(window.menuBar().actions()[0]), "auditLogAction")
    assert ctx.actor.is_admin and action is not None
    action.trigger()
    assert len(opened) == 1
