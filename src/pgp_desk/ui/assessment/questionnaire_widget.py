"""Any questionnaire from the instrument engine, with its scores updated as it is answered.

Nothing here knows PGQ, NRS, PSFS or RMDQ: items, options, subscales and scoring come from
the ``InstrumentDefinition`` (CLINICAL.md §4), scores from ``domain.instruments.score``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pgp_desk.domain.i18n import fill
from pgp_desk.domain.instrument_model import Answer, InstrumentDefinition, Wording
from pgp_desk.domain.instruments import ScoreResult, score
from pgp_desk.ui.assessment.answer_controls import ControlKind
from pgp_desk.ui.assessment.common import heading, hint, resolve_lang, text_in
from pgp_desk.ui.assessment.questionnaire_parts import ItemRow, ScoreCard
from pgp_desk.ui.style import set_role
from pgp_desk.ui.widgets.layouts import side_by_side
from pgp_desk.ui.widgets.named import named
from pgp_desk.ui.widgets.stepwise import build_at_once

ROWS_PER_STEP = 3  # item rows made per event-loop turn while the form opens


class QuestionnaireWidget(QWidget):
    """Renders one instrument definition; ``answersChanged`` fires on every answer."""

    answersChanged = Signal()

    def __init__(self, definition: InstrumentDefinition, lang: str | None = None,
                 client_lang: str | None = None, parent: QWidget | None = None,
                 *, stepwise: bool = False) -> None:
        """With ``stepwise`` the item rows are made by ``build_steps()``."""
        super().__init__(parent)
        self.setObjectName(f"questionnaire_{definition.code}")
        self.definition = definition
        self.lang = resolve_lang(lang)
        self.client_lang = resolve_lang(client_lang or self.lang)
        self._loading = False
        self.client_window: QWidget | None = None
        na_label = text_in(definition.not_applicable_labels, self.lang) or self.tr(
            "Not applicable")
        self.rows: dict[str, ItemRow] = {}
        self.cards: dict[str, ScoreCard] = {}

        header = QHBoxLayout()
        header.addWidget(heading(text_in(definition.names, self.lang)), 1)
        self.client_button = QPushButton(self.tr("Client fills in on screen…"))
        self.client_button.setObjectName("clientModeButton")
        self.client_button.setVisible(not any(i.client_named for i in definition.items))
        self.client_button.setEnabled(definition.client_can_fill_in)
        if definition.wording is Wording.LABELS:
            self.client_button.setToolTip(self.tr(
                "Off: these short labels lack the questions and time frame a client must "
                "read. Give her the official form, or import the licensed wording."))
        elif definition.wording is not Wording.ORIGINAL:
            self.client_button.setToolTip(self.tr(
                "The client will read the texts shown here, not the official questionnaire. "
                "Import the official wording for client use if your clinic has it."))
        self.client_button.clicked.connect(lambda: self.open_client_mode())
        header.addWidget(self.client_button)
        self.none_button = named(QPushButton(self.tr("Record the rest as “no”")), "noneApplyButton")
        self.none_button.setToolTip(self.tr("Every statement not ticked is recorded as no"))
        self.none_button.clicked.connect(self._rest_no)

        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addLayout(header)
        if definition.instructions:
            layout.addWidget(hint(text_in(definition.instructions, self.lang)))
        note = self._wording_note()
        if note:
            wording = hint(note)
            wording.setObjectName("wordingNote")
            layout.addWidget(wording)
        layout.addLayout(self._score_panel())
        self.counts = named(QLabel(), "answerCounts")
        set_role(self.counts, "hint")
        layout.addLayout(side_by_side((self.counts, 1), self.none_button))
        layout.addWidget(self._item_list(), 1)
        self._steps = self._make_rows(na_label)
        if not stepwise:
            build_at_once(self._steps)

    # ----- building

    def _wording_note(self) -> str:
        if self.definition.wording is Wording.LABELS:
            return self.tr("Short labels for entering the answers from the official form; "
                           "they are not the questionnaire's wording, so the client answers "
                           "on the official form, not on screen.")
        if self.definition.wording is Wording.PARAPHRASE:
            return self.tr("PGP Desk's own paraphrase, not the validated wording: compare "
                           "scores with published values only with care.")
        return ""

    def _score_panel(self) -> QHBoxLayout:
        panel = QHBoxLayout()
        panel.setSpacing(8)
        for sd in self.definition.scores:
            card = ScoreCard(self.definition, sd.id, self.lang)
            self.cards[sd.id] = card
            panel.addWidget(card)
        panel.addStretch(1)
        return panel

    def _item_list(self) -> QScrollArea:
        """The scrolling list the item rows go into (``_make_rows`` fills it)."""
        body = QWidget()
        body.setObjectName("itemList")
        self.column = QVBoxLayout(body)
        self.column.setContentsMargins(0, 0, 8, 0)
        self.column.setSpacing(0)
        scroll = QScrollArea()
        scroll.setObjectName("itemScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.item_scroll = scroll
        return scroll

    def build_steps(self) -> Iterator[None]:
        """The item rows still to make, a few per ``next()`` (see ``widgets.stepwise``)."""
        return self._steps

    def _make_rows(self, na_label: str) -> Iterator[None]:
        subscales = {s.id: s for s in self.definition.subscales}
        current: str | None = None
        for number, item in enumerate(self.definition.items, start=1):
            if item.subscale and item.subscale != current and item.subscale in subscales:
                current = item.subscale
                self.column.addWidget(heading(text_in(subscales[current].names, self.lang)))
            row = ItemRow(number, item, self.definition, self.lang, na_label)
            row.control.answered.connect(lambda value, i=item.id: self._answered(i, value))
            row.control.advance.connect(lambda step, i=item.id: self._move(i, step))
            if row.name_edit is not None:
                row.name_edit.textChanged.connect(self._labels_changed)
            self.rows[item.id] = row
            self.column.addWidget(row)
            if number % ROWS_PER_STEP == 0:
                yield
        self.column.addStretch(1)
        self.none_button.setVisible(any(
            r.control.kind is ControlKind.TICK for r in self.rows.values()))
        self._refresh()

    # ----- answers

    def answers(self) -> dict[str, Answer]:
        """Item id -> value or "NA" for the answered items (blank items are left out)."""
        return {item_id: row.control.value() for item_id, row in self.rows.items()
                if row.control.value() is not None}

    def set_answers(self, answers: Mapping[str, Answer]) -> None:
        """Show answers without emitting ``answersChanged``; ValueError if one is invalid."""
        score(self.definition, answers)  # the engine's checks: unknown items, bad values
        self._loading = True
        try:
            for item_id, row in self.rows.items():
                row.control.set_value(answers.get(item_id))
        finally:
            self._loading = False
        self._refresh()

    def labels(self) -> dict[str, str]:
        """The client's own names for client-named items (PSFS activities)."""
        return {item_id: row.name_edit.text().strip() for item_id, row in self.rows.items()
                if row.name_edit is not None and row.name_edit.text().strip()}

    def set_labels(self, labels: Mapping[str, str]) -> None:
        self._loading = True
        try:
            for item_id, row in self.rows.items():
                if row.name_edit is not None:
                    row.name_edit.setText(str(labels.get(item_id) or ""))
        finally:
            self._loading = False

    def value(self) -> dict[str, Any]:
        """JSON-safe: what ``Assessment.questionnaires[code]`` holds."""
        return {
            "instrument": self.definition.code,
            "version": self.definition.version,
            "answers": self.answers(),
            "labels": self.labels(),
        }

    def set_value(self, value: Mapping[str, Any] | None) -> None:
        value = value or {}
        self.set_answers(value.get("answers") or {})
        self.set_labels(value.get("labels") or {})

    def result(self) -> ScoreResult:
        return score(self.definition, self.answers())

    # ----- reacting

    def _answered(self, item_id: str, value: Answer) -> None:
        row = self.rows[item_id]
        if value is not None and row.control.kind is ControlKind.TICK:
            # A checklist (RMDQ manual): once she has ticked, unticked statements are "no".
            for other in self.rows.values():
                if other.control.kind is ControlKind.TICK and other.control.value() is None:
                    other.control.set_value(0)
        self._refresh()
        if not self._loading:
            self.answersChanged.emit()

    def _rest_no(self) -> None:
        for row in self.rows.values():
            if row.control.kind is ControlKind.TICK and row.control.value() is None:
                row.control.set_value(0)
        self._refresh()
        self.answersChanged.emit()

    def _labels_changed(self) -> None:
        if not self._loading:
            self.answersChanged.emit()

    def _move(self, item_id: str, step: int) -> None:
        ids = list(self.rows)
        i = ids.index(item_id) + step
        if 0 <= i < len(ids):
            target = self.rows[ids[i]]
            target.control.setFocus(Qt.FocusReason.TabFocusReason)
            self.item_scroll.ensureWidgetVisible(target, 0, 40)

    def _refresh(self) -> None:
        result = self.result()
        for score_id, card in self.cards.items():
            card.show_value(result.scores[score_id])
        total = sum(1 for item in self.definition.items if not item.optional) or len(
            self.definition.items)
        text = fill(self.tr("%1 of %2 answered"), str(result.answered), str(total))
        if result.not_applicable:
            text += " · " + fill(self.tr("%1 not applicable"), str(result.not_applicable))
        self.counts.setText(text)
        self.none_button.setEnabled(any(
            r.control.kind is ControlKind.TICK and r.control.value() is None
            for r in self.rows.values()))

    # ----- client mode

    def open_client_mode(self, fullscreen: bool = True) -> QWidget:
        """Hand the screen to the client; her answers replace these when she is done."""
        from pgp_desk.ui.assessment.client_mode import ClientModeWindow

        window = ClientModeWindow(self.definition, self.client_lang, self.answers())
        window.completed.connect(self._client_done)
        self.client_window = window
        window.start(fullscreen=fullscreen)
        return window

    def _client_done(self, answers: dict[str, Answer]) -> None:
        self.set_answers(answers)
        self.answersChanged.emit()
