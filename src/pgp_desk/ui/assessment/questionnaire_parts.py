"""The pieces of a questionnaire on screen: one item's row and one score's card."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from pgp_desk.content.score_text import reason_text
from pgp_desk.domain.i18n import fill
from pgp_desk.domain.instrument_model import Direction, InstrumentDefinition, Item
from pgp_desk.domain.instruments import ScoreValue
from pgp_desk.ui.assessment.answer_controls import AnswerControl, ControlKind
from pgp_desk.ui.assessment.common import number_text, text_in
from pgp_desk.ui.style import MUTED_FG, set_role, set_tone


class _ClickLabel(QLabel):
    """A statement that ticks its box when clicked, like a checkbox's own text."""

    clicked = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)


class ItemRow(QFrame):
    """Number, text (or the client's own name for the activity) and the answer control."""

    def __init__(self, number: int, item: Item, definition: InstrumentDefinition, lang: str,
                 na_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemRow")
        self.setProperty("current", False)
        self.item = item
        self.control = AnswerControl(definition.options_for(item), lang,
                                     item.allows_not_applicable, na_label)
        self.control.setObjectName(f"answer_{item.id}")
        self.control.focusChanged.connect(self._focus)
        self.name_edit: QLineEdit | None = None
        num = QLabel(f"{number}.")
        set_role(num, "hint")
        num.setFixedWidth(num.fontMetrics().horizontalAdvance("00.") + 4)
        list_kind = self.control.kind is ControlKind.LIST
        num.setAlignment(Qt.AlignmentFlag.AlignRight | (
            Qt.AlignmentFlag.AlignTop if list_kind else Qt.AlignmentFlag.AlignVCenter))
        if item.client_named:
            self.name_edit = QLineEdit()
            self.name_edit.setObjectName(f"name_{item.id}")
            self.name_edit.setMaxLength(200)
            self.name_edit.setPlaceholderText(
                fill(self.tr("%1: in the client's own words"), text_in(item.texts, lang)))
            text: QWidget = self.name_edit
        else:
            label = _ClickLabel(text_in(item.texts, lang))
            label.setWordWrap(True)
            if self.control.kind is ControlKind.TICK:
                label.clicked.connect(self._toggle_tick)
            text = label
        self.text_widget = text
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 5, 6, 5)
        layout.setSpacing(10)
        layout.addWidget(num)
        if self.control.kind is ControlKind.TICK:
            layout.addWidget(self.control)
            layout.addWidget(text, 1)
        elif self.control.kind is ControlKind.LIST:
            column = QVBoxLayout()
            column.addWidget(text)
            column.addWidget(self.control)
            layout.addLayout(column, 1)
        else:
            layout.addWidget(text, 1)
            layout.addWidget(self.control, 0, Qt.AlignmentFlag.AlignVCenter)

    def _toggle_tick(self) -> None:
        self.control.setFocus(Qt.FocusReason.MouseFocusReason)
        self.control.toggle()

    def _focus(self, focused: bool) -> None:
        self.setProperty("current", focused)
        self.style().unpolish(self)
        self.style().polish(self)


class ScoreCard(QFrame):
    """One score: its name, the value (or "–") and, when not computed, why."""

    def __init__(self, definition: InstrumentDefinition, score_id: str, lang: str) -> None:
        super().__init__()
        self.setObjectName("scoreCard")
        self.lang = lang
        self.definition = definition
        sd = definition.score_definition(score_id)
        self.score_def = sd
        self.name = QLabel(text_in(sd.names, lang))
        set_role(self.name, "note")
        self.value = QLabel("–")
        self.value.setObjectName(f"score_{score_id}")
        set_role(self.value, "score")
        self.reason = QLabel()
        self.reason.setObjectName(f"reason_{score_id}")
        self.reason.setWordWrap(True)
        set_role(self.reason, "caption")
        self.reason.hide()
        worse = (self.tr("higher is worse") if sd.direction is Direction.HIGHER_WORSE
                 else self.tr("higher is better"))
        tip = fill(self.tr("Range %1-%2, %3."),
                   number_text(sd.minimum), number_text(sd.maximum), worse)
        if sd.threshold is not None:
            tip += "\n" + sd.threshold.source
        self.setToolTip(tip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        layout.addWidget(self.name)
        layout.addWidget(self.value)
        layout.addWidget(self.reason)

    def show_value(self, value: ScoreValue) -> None:
        sd = self.score_def
        if value.value is None:
            self.value.setText("–")
            set_tone(self.value, "muted")
            self.reason.setText(reason_text(value, self.lang))
            self.reason.setVisible(value.reason != "no_answers")
            return
        set_tone(self.value, None)
        self.value.setText(
            f"{number_text(value.value, self.definition.decimals)}"
            f"<span style='font-size:9pt; font-weight:400; color:{MUTED_FG}'> / "
            f"{number_text(sd.maximum)}</span>")
        self.reason.hide()
