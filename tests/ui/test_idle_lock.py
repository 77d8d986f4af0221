"""The idle lock covers the window, keeps what was typed, and opens only for the same
person; drafts belong to their author."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QCursor, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from people_world import TEST_PASSWORD, sign_in_as
from pgp_desk.services import drafts
from pgp_desk.services.context import AppContext
from pgp_desk.ui.main_window import MainWindow
from pgp_desk.ui.operations import wait_for_background


def test_locked_window_keeps_its_text_and_opens_for_her_password(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """After the idle time the overlay covers everything; a wrong password leaves it
    locked; hers uncovers the window with the typed search still there."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.start()
    lock = window.idle_lock
    qtbot.waitUntil(lambda: lock.timer.interval() == 10 * 60_000)  # the clinic's default
    field = window.search_page.search_field
    qtbot.keyClicks(field, "Holm")
    lock.timer.timeout.emit()  # ten quiet minutes
    assert lock.overlay.isVisible() and not window.centralWidget().isEnabled()
    assert lock.overlay.geometry() == window.rect()
    window.resize(window.width() - 40, window.height() - 30)  # it follows the window
    qtbot.waitUntil(lambda: lock.overlay.geometry() == window.rect())
    assert "Test Terapeut (aut.-ID 0T3ST)" in " ".join(
        label.text() for label in lock.overlay.findChildren(type(lock.overlay.message)))
    qtbot.keyClicks(lock.overlay.password, "forkert-kode")
    qtbot.mouseClick(lock.overlay.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: lock.overlay.message.isVisible(), timeout=20000)
    assert lock.locked
    qtbot.keyClicks(lock.overlay.password, TEST_PASSWORD)
    qtbot.mouseClick(lock.overlay.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not lock.locked, timeout=20000)
    assert not lock.overlay.isVisible() and window.centralWidget().isEnabled()
    assert field.text() == "Holm"
    wait_for_background(10000)


def test_drafts_are_never_offered_to_another_person(ctx) -> None:  # type: ignore[no-untyped-def]
    """A draft written by one person is listed for her and for nobody else; erasure still
    finds them all."""
    colleague = replace(ctx, actor=sign_in_as(ctx.db, "kollega"))
    assert isinstance(colleague, AppContext)
    drafts.write_draft(ctx.drafts_scope, drafts.draft_key(episode_id=1), {"plan": "x"},
                       episode_id=1)
    assert [d.key for d in drafts.list_drafts(ctx.drafts_scope)] == ["assessment-new-1"]
    assert drafts.list_drafts(colleague.drafts_scope) == []
    drafts.write_draft(colleague.drafts_scope, drafts.draft_key(episode_id=1), {"plan": "y"},
                       episode_id=1, client_id=7)
    # erasing the client removes every person's drafts about her
    assert drafts.discard_client_drafts(ctx.db.url, 7, [1]) == 2
    assert drafts.list_drafts(ctx.drafts_scope) == drafts.list_drafts(colleague.drafts_scope)
    assert drafts.list_drafts(colleague.drafts_scope) == []


def test_the_lock_hears_keyboard_and_mouse_through_windows_only(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """Keyboard and mouse reach the lock through the top-level windows (the main window, a
    window opened later, the pointer moved anywhere); what passes between widgets inside
    a window (tens of thousands of events while a form is made) never runs its code."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.start()
    lock = window.idle_lock
    qtbot.waitUntil(lambda: lock.timer.interval() == 10 * 60_000)
    wait_for_background(10000)
    lock.timer.stop()
    inner = window.search_page.search_field
    QApplication.sendEvent(inner, QEvent(QEvent.Type.LayoutRequest))
    QApplication.sendEvent(inner, QMouseEvent(
        QEvent.Type.MouseMove, QPointF(3, 3), QPointF(3, 3), Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))
    assert not lock.timer.isActive()
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_A)
    assert lock.timer.isActive()
    later = QWidget()  # an assessment window or a dialog, opened after sign-in
    qtbot.addWidget(later)
    later.show()
    qtbot.waitExposed(later)
    lock._look()
    lock.timer.stop()
    QTest.mouseClick(later.windowHandle(), Qt.MouseButton.LeftButton)
    assert lock.timer.isActive()
    lock.timer.stop()
    QCursor.setPos(QCursor.pos() + QPoint(40, 30))
    lock._look()
    assert lock.timer.isActive()
