"""One item's answer control: option buttons, a 0-10 row, a vertical list or a tick box.

Which control an item gets depends only on its option set (instruments are data): two
options 0/1 make a tick box (a checklist: an unticked statement is "no", RMDQ manual),
long option texts a vertical list (an imported ODI), numbers alone a compact number row
(NRS, PSFS), anything else a row of labelled buttons (PGQ).

The control takes keyboard focus itself: digits pick a value (1 then 0 quickly gives 10),
``n`` or ``.`` not applicable, Space toggles a tick box, Delete clears; it asks to move on
(``advance``) after a typed or clicked answer so a therapist can enter a paper form without
the mouse, or mix clicks and digits without one answer overwriting the last.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pgp_desk.domain.instrument_model import NOT_APPLICABLE, Answer, OptionSet
from pgp_desk.ui.assessment.common import text_in
from pgp_desk.ui.style import set_role

NA_ID = 999_999  # QButtonGroup reserves negative ids
LONG_LABEL = 28
TEN_WINDOW_MS = 700

class ControlKind(StrEnum):
    TICK = "tick"
    NUMBERS = "numbers"
    SEGMENTS = "segments"
    LIST = "list"


def control_kind(options: OptionSet, lang: str) -> ControlKind:
    """The control an option set gets (see the module docstring)."""
    labels = [text_in(o.labels, lang) for o in options.options]
    if options.values == (0, 1) and len(options.options) == 2:
        return ControlKind.TICK
    middle = options.options[1:-1]
    if len(options.options) >= 5 and all(text_in(o.labels, lang) in ("", str(o.value))
                                         for o in middle):
        return ControlKind.NUMBERS
    if any(len(label) > LONG_LABEL for label in labels):
        return ControlKind.LIST
    return ControlKind.SEGMENTS


class AnswerControl(QWidget):
    """Buttons for one item; ``answered`` carries the new Answer (None when cleared)."""

    answered = Signal(object)
    advance = Signal(int)
    focusChanged = Signal(bool)

    def __init__(self, options: OptionSet, lang: str, allows_na: bool, na_label: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.options = options
        self.kind = control_kind(options, lang)
        self.allows_na = allows_na
        self._value: Answer = None
        self._digits = ""
        self._timer = QElapsedTimer()
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(TEN_WINDOW_MS)
        self._pending.timeout.connect(self._digit_timeout)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setObjectName("answerControl")
        self.buttons: dict[int, QAbstractButton] = {}
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.tick: QCheckBox | None = None
        if self.kind is ControlKind.TICK:
            self._build_tick(options, lang)
        elif self.kind is ControlKind.LIST:
            self._build_list(options, lang, na_label)
        else:
            self._build_row(options, lang, na_label)
        self.group.idClicked.connect(self._clicked)

    # ----- building

    def _button(self, text: str, value: int, na: bool = False) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setProperty("na", na)
        set_role(button, "answer")
        button.setObjectName("na" if na else f"option_{value}")
        button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.group.addButton(button, value)
        self.buttons[value] = button
        return button

    def _build_row(self, options: OptionSet, lang: str, na_label: str) -> None:
        row = QHBoxLayout()
        row.setSpacing(4)
        row.setContentsMargins(0, 0, 0, 0)
        numbers = self.kind is ControlKind.NUMBERS
        for option in options.options:
            # a labelled button shows the digit that types it: "0  Slet ikke"
            text = (str(option.value) if numbers
                    else f"{option.value}  {text_in(option.labels, lang)}")
            button = self._button(text, option.value)
            if numbers:
                button.setFixedWidth(button.fontMetrics().horizontalAdvance("10") + 22)
                anchor = text_in(option.labels, lang)
                if anchor and anchor != str(option.value):
                    button.setToolTip(anchor)
            row.addWidget(button)
        if self.allows_na:
            row.addSpacing(10)
            row.addWidget(self._button(na_label, NA_ID, na=True))
        layout: QBoxLayout
        if not numbers:
            layout = row
        else:
            layout = QVBoxLayout()
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(1)
            layout.addLayout(row)
            anchors = self._anchor_line(options, lang)
            if anchors is not None:
                layout.addLayout(anchors)
        self.setLayout(layout)

    def _anchor_line(self, options: OptionSet, lang: str) -> QHBoxLayout | None:
        first, last = options.options[0], options.options[-1]
        low, high = text_in(first.labels, lang), text_in(last.labels, lang)
        if low == str(first.value) and high == str(last.value):
            return None
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        for text, align in ((low, Qt.AlignmentFlag.AlignLeft),
                            (high, Qt.AlignmentFlag.AlignRight)):
            label = QLabel(text if text not in (str(first.value), str(last.value)) else "")
            set_role(label, "caption")
            label.setAlignment(align)
            line.addWidget(label)
        return line

    def _build_list(self, options: OptionSet, lang: str, na_label: str) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        entries = [(o.value, f"{o.value}  {text_in(o.labels, lang)}") for o in options.options]
        if self.allows_na:
            entries.append((NA_ID, na_label))
        for value, text in entries:
            button = QRadioButton(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoExclusive(False)
            button.setObjectName("na" if value == NA_ID else f"option_{value}")
            self.group.addButton(button, value)
            self.buttons[value] = button
            layout.addWidget(button)

    def _build_tick(self, options: OptionSet, lang: str) -> None:
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tick = QCheckBox()
        self.tick.setToolTip(text_in(options.options[1].labels, lang))
        self.tick.setObjectName("tick")
        self.tick.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tick.clicked.connect(lambda on: self._user_set(1 if on else 0))
        layout.addWidget(self.tick)

    # ----- value

    def value(self) -> Answer:
        return self._value

    def set_value(self, value: Answer) -> None:
        """Show a value without emitting ``answered``."""
        self._value = value
        if self.tick is not None:
            self.tick.setChecked(value == 1)
            return
        wanted = NA_ID if value == NOT_APPLICABLE else value
        for button_value, button in self.buttons.items():
            button.setChecked(button_value == wanted)

    def _clicked(self, button_id: int) -> None:
        """A click answers and moves on, exactly like typing the digit, so typing after
        a click answers the next question rather than overwriting this one."""
        if self._value == (NOT_APPLICABLE if button_id == NA_ID else button_id):
            self._user_set(None)
            self.setFocus(Qt.FocusReason.MouseFocusReason)
        else:
            self._digits = ""
            self._pending.stop()
            self._user_set(NOT_APPLICABLE if button_id == NA_ID else button_id)
            self.advance.emit(1)

    def toggle(self) -> None:
        """Tick or untick a tick box, as a click on its statement does."""
        self._user_set(0 if self._value == 1 else 1)

    def _user_set(self, value: Answer) -> None:
        self.set_value(value)
        self.answered.emit(value)

    # ----- keyboard

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text().lower()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.advance.emit(1 if key == Qt.Key.Key_Down else -1)
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._user_set(None)
            return
        if self.tick is not None and key == Qt.Key.Key_Space:
            self.toggle()
            return
        if self.allows_na and text in ("n", "."):
            self._user_set(NOT_APPLICABLE)
            self.advance.emit(1)
            return
        if text.isdigit() and len(text) == 1:
            self._type_digit(text)
            return
        super().keyPressEvent(event)

    def _type_digit(self, digit: str) -> None:
        values = self.options.values
        joined = self._digits + digit
        if self._digits and self._timer.elapsed() < TEN_WINDOW_MS and int(joined) in values:
            self._digits = ""
            self._pending.stop()
            self._user_set(int(joined))
            self.advance.emit(1)
            return
        if int(digit) not in values:
            QApplication.beep()
            return
        self._user_set(int(digit))
        if any(str(v).startswith(digit) and v != int(digit) for v in values):
            self._digits = digit
            self._timer.start()
            self._pending.start()
            return
        self._digits = ""
        self.advance.emit(1)

    def _digit_timeout(self) -> None:
        """A lone "1" on a 0-10 scale: it stays 1, and the form moves on."""
        if self._digits:
            self._digits = ""
            if self.hasFocus():
                self.advance.emit(1)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focusChanged.emit(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._digits = ""
        self._pending.stop()
        self.focusChanged.emit(False)
