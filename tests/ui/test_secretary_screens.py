"""A secretary sees what she may use: a client opens as contact details (not the clinical
workspace, whose every load was refused with an error), without the clinical notes field,
and the clinic-wide settings only an administrator may change are not offered to her."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from people_world import sign_in_as
from pgp_desk.services.clients import clients
from pgp_desk.services.context import AppContext
from pgp_desk.ui.clients.editor import ClientEditorDialog
from pgp_desk.ui.main_window import MainWindow
from pgp_desk.ui.operations import wait_for_background


def _window(qtbot, ctx, username: str) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(AppContext(ctx.db, sign_in_as(ctx.db, username), "da"))
    qtbot.addWidget(window)
    window.show()
    window.start()
    return window


def _action(window: MainWindow, name: str):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAction

    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def test_secretary_is_not_offered_what_only_an_administrator_may_change(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    for username, allowed in (("sekretaer", False), ("kollega", False), ("therapist", True)):
        window = _window(qtbot, ctx, username)
        for name in ("clinicSettingsAction", "instrumentsAction", "peopleAction"):
            assert _action(window, name).isEnabled() is allowed, (username, name)
        window.close()
        wait_for_background(10000)


def test_secretary_opens_a_client_as_her_contact_details(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    secretary = sign_in_as(ctx.db, "sekretaer")
    record = clients.create_client(ctx.db, secretary, clients.ClientInput(
        first_name="Aase", last_name="Andersen", phone="+45 12 34 56 78"))
    window = _window(qtbot, ctx, "sekretaer")
    seen: list[QDialog] = []
    seen_fields: set[str] = set()

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or not dialog.isVisible():
            QTimer.singleShot(20, poll)
            return
        seen.append(dialog)
        fields = set(dialog.form.rows) if isinstance(dialog, ClientEditorDialog) else set()
        seen_fields.update(fields)
        dialog.reject()

    QTimer.singleShot(0, poll)
    window.open_client(record.id)
    qtbot.waitUntil(lambda: bool(seen), timeout=20000)
    assert not isinstance(seen[0], QMessageBox)
    assert isinstance(seen[0], ClientEditorDialog)
    assert "phone" in seen_fields and "notes" not in seen_fields
    assert window.pages.currentWidget() is window.search_page
    window.close()
    wait_for_background(10000)


def test_the_contact_details_close_up_without_the_notes_field(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """A secretary's contact window has no Notes field and no empty space where it was:
    the window is as tall as its fields (a therapist's too), the buttons right below."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QDialogButtonBox

    secretary = sign_in_as(ctx.db, "sekretaer")
    record = clients.create_client(ctx.db, secretary, clients.ClientInput(
        first_name="Aase", last_name="Andersen", phone="+45 12 34 56 78"))
    for username, last in (("sekretaer", "consent_on"), ("therapist", "notes")):
        actor = sign_in_as(ctx.db, username)
        dialog = ClientEditorDialog(AppContext(ctx.db, actor, "da"),
                                    clients.get_client(ctx.db, actor, record.id))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        field = dialog.form.rows[last]
        field_bottom = field.mapTo(dialog, QPoint(0, field.height())).y()
        buttons = dialog.findChild(QDialogButtonBox)
        gap = buttons.mapTo(dialog, QPoint(0, 0)).y() - field_bottom
        assert 0 < gap <= 40, (username, gap)
        dialog.close()
