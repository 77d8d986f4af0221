"""Drive PGP Desk the way a physiotherapist does: find what she sees, click it, type.

Widgets are found by their visible text (a button's caption, a tab's title, a list row, a
field's grey hint) or their accessible name, never by attribute; a click goes to the middle
of the widget and only lands on something visible and enabled. Modal dialogs opened with
``exec()`` block the click that opened them, so a test says beforehand what it expects
(``expect_dialog``) and a watchdog answers it; a message box nobody expected is closed,
recorded and fails the test (``assert_no_surprises``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)


def plain(text: str) -> str:
    """A caption as read on screen: no accelerator marks, single spaces."""
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split())


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.window().isVisible()


def _roots(root: QWidget | None) -> list[QWidget]:
    """``root``, or every visible window that is not inside another one (a popup is a
    window and a child of its owner: it must not be searched twice)."""
    if root is not None:
        return [root]
    return [w for w in QApplication.topLevelWidgets()
            if w.isVisible() and w.parentWidget() is None]


class Clinician:
    def __init__(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.expected: list[tuple[str, Callable[[QDialog], None]]] = []
        self.surprises: list[str] = []
        self.answered: list[str] = []
        self.cancel_everything = False  # while clicking every button: close what opens
        self.cancelled: list[str] = []
        self.keep_open: set[int] = set()  # dialogs being worked in, never cancelled
        self._watchdog = QTimer()
        self._watchdog.setInterval(25)
        self._watchdog.timeout.connect(self._watch)
        self._watchdog.start()

    # --- finding ------------------------------------------------------------------------
    def buttons(self, root: QWidget | None = None) -> list[QAbstractButton]:
        found: list[QAbstractButton] = []
        for top in _roots(root):
            found += [b for b in top.findChildren(QAbstractButton) if _shown(b)]
            if isinstance(top, QAbstractButton) and _shown(top):
                found.append(top)
        return found

    def button(self, text: str, root: QWidget | None = None) -> QAbstractButton:
        """The one visible button reading ``text`` (or starting with it, for "Gem som PDF")."""
        shown = self.buttons(root)
        exact = [b for b in shown if plain(b.text()) == text or b.accessibleName() == text]
        matches = exact or [b for b in shown if plain(b.text()).startswith(text)]
        assert len(matches) == 1, (
            f"expected one button {text!r}, found {[plain(b.text()) for b in matches]} among "
            f"{sorted({plain(b.text()) for b in shown if b.text()})}")
        return matches[0]

    def field(self, hint: str, root: QWidget | None = None) -> QWidget:
        """The visible text field with grey hint or accessible name ``hint``."""
        kinds: tuple[type, ...] = (QLineEdit, QPlainTextEdit, QTextEdit)
        matches = []
        for top in _roots(root):
            for kind in kinds:
                for field in top.findChildren(kind):
                    if _shown(field) and hint in (field.placeholderText(),
                                                  field.accessibleName()):
                        matches.append(field)
        assert len(matches) == 1, f"expected one field {hint!r}, found {len(matches)}"
        return matches[0]

    def named(self, kind: type, name: str, root: QWidget | None = None) -> QWidget:
        """The one visible widget of ``kind`` with accessible name ``name``."""
        matches = [w for top in _roots(root) for w in top.findChildren(kind)
                   if _shown(w) and w.accessibleName() == name]
        assert len(matches) == 1, (f"expected one {kind.__name__} {name!r}, found "
                                   f"{[(m, m.window()) for m in matches]}")
        return matches[0]

    def choose(self, combo, text: str) -> None:  # type: ignore[no-untyped-def]
        """Pick ``text`` in a combo box the way the keyboard does: focus, then arrows."""
        index = combo.findText(text)
        offered = [combo.itemText(i) for i in range(combo.count())]
        assert index >= 0, f"{text!r} is not offered: {offered}"
        combo.setFocus()
        self.qtbot.keyClick(combo, Qt.Key.Key_Home)
        for _ in range(index):
            self.qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() == index

    def window_titled(self, title: str) -> QWidget:
        matches = [w for w in QApplication.topLevelWidgets()
                   if w.isVisible() and title in w.windowTitle()]
        assert matches, f"no window titled {title!r}"
        return matches[-1]

    # --- acting -------------------------------------------------------------------------
    def click(self, widget: QWidget, pos: QPoint | None = None) -> None:
        assert _shown(widget), f"{getattr(widget, 'text', lambda: widget)()!r} is not visible"
        assert widget.isEnabled(), f"{getattr(widget, 'text', lambda: widget)()!r} is disabled"
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton,
                              pos=pos if pos is not None else widget.rect().center())

    def press(self, text: str, root: QWidget | None = None) -> None:
        """Click the button reading ``text`` once it is enabled (as a user waits for a
        save to finish before the next step)."""
        button = self.button(text, root)
        self.wait(button.isEnabled)
        self.click(button)

    def focus(self, widget: QWidget) -> None:
        """Put the cursor in ``widget``, as clicking into it does (its window comes first)."""
        window = widget.window()
        if not window.isActiveWindow():
            window.activateWindow()
            self.qtbot.waitUntil(window.isActiveWindow, timeout=3000)
        widget.setFocus(Qt.FocusReason.MouseFocusReason)

    def type_into(self, widget: QWidget, text: str) -> None:
        self.focus(widget)
        self.qtbot.keyClicks(widget, text)

    def keys(self, text: str) -> None:
        """Type ``text`` at the keyboard: each key goes where the focus is at that moment."""
        for char in text:
            target = QApplication.focusWidget()
            assert target is not None, f"nothing has the keyboard focus for {char!r}"
            self.qtbot.keyClicks(target, char)

    def shortcut(self, window: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
        """Press a window's shortcut at the keyboard: once the window is the active one
        (activation is asynchronous; a window's shortcuts answer only while it is
        active), the key goes where the focus is, as a real key does."""
        window.activateWindow()
        self.wait(lambda: QApplication.activeWindow() is window)
        target = QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus for the shortcut"
        self.qtbot.keyClick(target, key, modifier)

    def key(self, widget: QWidget, key: Qt.Key,
            modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(widget, key, modifier)

    def tab(self, text: str, root: QWidget | None = None) -> None:
        """Click the tab whose title starts with ``text``."""
        for top in _roots(root):
            for bar in top.findChildren(QTabBar):
                if not _shown(bar):
                    continue
                for index in range(bar.count()):
                    if plain(bar.tabText(index)).startswith(text):
                        self.click(bar, bar.tabRect(index).center())
                        return
        raise AssertionError(f"no visible tab {text!r}")

    def row(self, view: QAbstractItemView, text: str, column: int = 0) -> int:
        """The first row of ``view`` whose text in ``column`` contains ``text``."""
        model = view.model()
        for r in range(model.rowCount()):
            shown = str(model.index(r, column).data() or "")
            if plain(text) in plain(shown):
                return r
        raise AssertionError(f"no row {text!r} in {view.objectName() or view}")

    def click_row(self, view: QAbstractItemView, text: str, column: int = 0,
                  double: bool = False) -> None:
        index = view.model().index(self.row(view, text, column), column)
        view.scrollTo(index)
        pos = view.visualRect(index).center()
        self.qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        if double:  # a real double-click starts with a click on the same row
            self.qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)

    def wait(self, condition: Callable[[], object], timeout: int = 15000) -> None:
        self.qtbot.waitUntil(lambda: bool(condition()), timeout=timeout)

    # --- dialogs opened with exec() --------------------------------------------------------
    def expect_dialog(self, title_part: str, answer: Callable[[QDialog], None]) -> None:
        """Answer the next modal dialog whose title or text contains ``title_part``."""
        self.expected.append((title_part, answer))

    def expect_question(self, title_part: str, choose: str) -> None:
        """Answer a question box by clicking the button reading ``choose``."""
        self.expect_dialog(title_part, lambda box: self.click(self.button(choose, box)))

    def expect_save_file(self, title_part: str, path: Path) -> None:
        """Put ``path`` in the file dialog's name field and press its Save button."""
        def answer(dialog: QDialog) -> None:
            assert isinstance(dialog, QFileDialog)
            name = dialog.findChild(QLineEdit, "fileNameEdit")
            name.setText(str(path))  # pasted: typed, the folder completer takes the keys
            box = dialog.findChild(QDialogButtonBox, "buttonBox")
            self.click(box.button(QDialogButtonBox.StandardButton.Save))
        self.expect_dialog(title_part, answer)

    def expect_text(self, title_part: str, text: str, ok: str) -> None:
        """Type ``text`` into an input dialog and confirm with ``ok``."""
        def answer(dialog: QDialog) -> None:
            edits = [w for kind in (QPlainTextEdit, QLineEdit)
                     for w in dialog.findChildren(kind) if _shown(w)]
            self.type_into(edits[0], text)
            self.click(self.button(ok, dialog))
        self.expect_dialog(title_part, answer)

    def _watch(self) -> None:
        popup = QApplication.activePopupWidget()
        if self.cancel_everything and popup is not None:
            self.cancelled.append(f"menu {popup.objectName() or type(popup).__name__}")
            popup.close()
            return
        dialog = QApplication.activeModalWidget()
        if (self.cancel_everything and isinstance(dialog, QDialog) and dialog.isVisible()
                and id(dialog) not in self.keep_open):
            words = plain(f"{dialog.windowTitle()} {getattr(dialog, 'text', lambda: '')()}")
            icon = dialog.icon() if isinstance(dialog, QMessageBox) else None
            if icon in (QMessageBox.Icon.Warning, QMessageBox.Icon.Critical):
                self.surprises.append(words)  # a warning from a plain click is a fault
            self.cancelled.append(words)
            dialog.reject()
            return
        if not isinstance(dialog, (QMessageBox, QFileDialog, QInputDialog)) and not (
                isinstance(dialog, QDialog) and self.expected):
            return
        if not dialog.isVisible():
            return
        words = f"{dialog.windowTitle()} {getattr(dialog, 'text', lambda: '')()}"
        for i, (part, answer) in enumerate(self.expected):
            if part in words:
                del self.expected[i]
                self.answered.append(part)
                self._watchdog.stop()
                try:
                    answer(dialog)
                except Exception as exc:  # never leave a modal dialog blocking the test
                    self.surprises.append(f"answering {part!r} failed: {exc!r}")
                    if dialog.isVisible():
                        dialog.reject()
                finally:
                    self._watchdog.start()
                return
        if isinstance(dialog, (QMessageBox, QFileDialog, QInputDialog)):
            self.surprises.append(plain(words))
            dialog.reject()

    def assert_no_surprises(self) -> None:
        assert self.surprises == [], f"dialogs nobody expected: {self.surprises}"
        assert self.expected == [], f"dialogs that never came: {[p for p, _ in self.expected]}"

    def stop(self) -> None:
        self._watchdog.stop()


class LogWatch(logging.Handler):
    """Collects warnings and errors logged while a test drives the application."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(self.format(record))


def visible_texts(widgets: Iterable[QWidget]) -> list[str]:
    return [re.sub(r"\s+", " ", plain(getattr(w, "text", lambda: "")())) for w in widgets]
