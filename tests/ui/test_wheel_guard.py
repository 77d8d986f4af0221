"""A mouse wheel over a value nobody clicked scrolls the page and changes nothing."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

from pgp_desk.ui.programme.dosage_editor import DosageEditor
from pgp_desk.ui.widgets.screen_fit import scrolled
from pgp_desk.ui.widgets.wheel_guard import install_wheel_guard


def _wheel(widget: QWidget, notches: int = -1) -> None:
    """One notch of a real mouse wheel (down for negative), delivered as Qt delivers it."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * notches), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_wheel_scrolls_the_page_instead_of_changing_the_dosage(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    """Over the unfocused pain rule and sets, the wheel scrolls; after a click it edits."""
    install_wheel_guard(qapp)
    editor = DosageEditor("da")
    area = scrolled(editor)
    qtbot.addWidget(area)
    area.resize(500, 160)  # shorter than the editor: the page can scroll
    area.show()
    qtbot.waitExposed(area)
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0
    rule_before = editor.pain_rule.currentIndex()
    sets_before = editor.sets.value()

    _wheel(editor.pain_rule)
    _wheel(editor.sets)
    _wheel(editor.sets.lineEdit())

    assert editor.pain_rule.currentIndex() == rule_before
    assert editor.sets.value() == sets_before
    assert bar.value() > 0  # the page scrolled instead
    assert editor.sets.focusPolicy() == Qt.FocusPolicy.StrongFocus  # a wheel gives no focus

    editor.sets.setFocus()
    qtbot.waitUntil(editor.sets.hasFocus)
    _wheel(editor.sets, +1)
    assert editor.sets.value() == sets_before + 1  # chosen on purpose: the wheel edits
