"""Client mode: the client answers a questionnaire herself on the therapist's screen.

One question per screen in large type with large buttons, a progress line, back and next,
and no scores: she should answer freely, not towards a number. Her words are shown in
*her* language (``lang``), which may differ from the therapist's UI language, so the few
texts of this window are content texts (``client_mode`` in resources/texts), not Qt ones.
When she presses "Færdig – giv skærmen tilbage" the window closes and ``completed``
carries her answers back to the therapist's form.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLayout,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pgp_desk.content import texts
from pgp_desk.domain.i18n import lang_or_fallback
from pgp_desk.domain.instrument_model import NOT_APPLICABLE, Answer, InstrumentDefinition, Item
from pgp_desk.ui.assessment.answer_controls import ControlKind, control_kind
from pgp_desk.ui.assessment.common import text_in
from pgp_desk.ui.style import set_role
from pgp_desk.ui.widgets.labels import paragraph
from pgp_desk.ui.widgets.layouts import column, side_by_side, take_widgets
from pgp_desk.ui.widgets.named import named

ADVANCE_MS = 350
NA_VALUE = -1


def _t(key: str, lang: str, **params: int) -> str:
    """The client's own words for this screen (``client_mode`` in resources/texts)."""
    return texts.text(lang_or_fallback(lang), f"client_mode.{key}", **params)


class ClientModeWindow(QWidget):
    """A distraction-free window for one questionnaire; emits ``completed`` or ``cancelled``."""

    completed = Signal(dict)
    cancelled = Signal()

    def __init__(self, definition: InstrumentDefinition, lang: str,
                 answers: Mapping[str, Answer] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("clientMode")
        self.definition = definition
        self.lang = lang
        self.items = list(definition.items)
        self.answers: dict[str, Answer] = {k: v for k, v in (answers or {}).items()
                                           if v is not None}
        self.position = 0
        self._done = False
        self.option_buttons: dict[int, QPushButton] = {}
        self._advance = QTimer(self)
        self._advance.setSingleShot(True)
        self._advance.setInterval(ADVANCE_MS)
        self._advance.timeout.connect(self.go_next)
        self.setWindowTitle(text_in(definition.names, lang))

        self.pages = QStackedWidget()
        self.pages.addWidget(self._intro_page())
        self.pages.addWidget(self._item_page())
        self.pages.addWidget(self._end_page())
        self.cancel_button = named(QPushButton(_t("cancel", lang)), "clientCancel")
        self.cancel_button.setFlat(True)
        self.cancel_button.clicked.connect(self.cancel)
        layout = column(self, side_by_side(1, self.cancel_button), (self.pages, 1))
        layout.setContentsMargins(40, 16, 40, 32)

    # ----- pages

    def _intro_page(self) -> QWidget:
        page = QWidget()
        title = paragraph(text_in(self.definition.names, self.lang))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setObjectName("clientWelcome")
        intro = paragraph(_t("intro", self.lang), "clientIntro")
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start_button = named(QPushButton(_t("start", self.lang)), "clientStart")
        set_role(self.start_button, "clientFinish")
        self.start_button.clicked.connect(lambda: self.show_item(0))
        layout = QVBoxLayout(page)
        # Wide side margins keep the lines short. The label itself must span the width: a
        # word-wrapped label given an alignment in a layout gets too little height and is
        # cut off at the top and bottom.
        layout.setContentsMargins(120, 24, 120, 24)
        layout.addStretch(2)
        layout.addWidget(title)
        layout.addSpacing(20)
        layout.addWidget(intro)
        layout.addSpacing(36)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        return page

    def _item_page(self) -> QWidget:
        page = QWidget()
        self.progress_label = named(QLabel(), "clientProgress")
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedHeight(8)
        self.item_text = paragraph(name="clientItemText")
        self.item_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.options_box = named(QWidget(), "clientOptions")
        self.options_layout = QGridLayout(self.options_box)
        self.options_layout.setSpacing(12)
        self.back_button = named(QPushButton(_t("back", self.lang)), "clientBack")
        self.next_button = named(QPushButton(_t("next", self.lang)), "clientNext")
        for button in (self.back_button, self.next_button):
            set_role(button, "clientNav")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)

        _centred(page, side_by_side(self.progress_label, (self.progress_bar, 1)),
                 [self.item_text], self.options_box,
                 side_by_side(self.back_button, 1, self.next_button))
        return page

    def _end_page(self) -> QWidget:
        page = QWidget()
        title = QLabel(_t("thanks", self.lang))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setObjectName("clientTitle")
        self.end_summary = paragraph(name="clientSummary")
        self.end_summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.finish_button = named(QPushButton(_t("finish", self.lang)), "clientFinish")
        set_role(self.finish_button, "clientFinish")
        self.finish_button.clicked.connect(self.finish)
        back = named(QPushButton(_t("back", self.lang)), "clientEndBack")
        set_role(back, "clientNav")
        back.clicked.connect(lambda: self.show_item(len(self.items) - 1))
        _centred(page, None, [title, self.end_summary], self.finish_button, side_by_side(back, 1))
        return page

    # ----- navigation

    def start(self, fullscreen: bool = True) -> None:
        """Show the window full screen (or maximised) at the introduction."""
        self.pages.setCurrentIndex(0)
        if fullscreen:
            self.showFullScreen()
        else:
            self.showMaximized()
        self.raise_()
        self.activateWindow()

    def current_item(self) -> str | None:
        if self.pages.currentIndex() != 1:
            return None
        return self.items[self.position].id

    def show_item(self, position: int) -> None:
        self._advance.stop()
        self.position = max(0, min(position, len(self.items) - 1))
        item = self.items[self.position]
        total = len(self.items)
        self.progress_label.setText(_t("progress", self.lang, n=self.position + 1, total=total))
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(self.position + 1)
        self.item_text.setText(text_in(item.texts, self.lang))
        self._build_options(item)
        self.back_button.setEnabled(self.position > 0)
        self.pages.setCurrentIndex(1)
        self.setFocus()

    def _build_options(self, item: Item) -> None:
        for widget in take_widgets(self.options_layout):
            widget.deleteLater()
        self.option_buttons = {}
        options = self.definition.options_for(item)
        kind = control_kind(options, self.lang)
        entries = [(o.value, text_in(o.labels, self.lang)) for o in options.options]
        if kind is ControlKind.NUMBERS:
            for column, (value, _label) in enumerate(entries):
                button = self._option_button(str(value), value)
                button.setFixedSize(72, 72)
                self.options_layout.addWidget(button, 0, column)
            low, high = entries[0][1], entries[-1][1]
            self.anchor_low = QLabel(low if low != str(entries[0][0]) else "")
            self.anchor_high = QLabel(high if high != str(entries[-1][0]) else "")
            for anchor, column, align in ((self.anchor_low, 0, Qt.AlignmentFlag.AlignLeft),
                                          (self.anchor_high, max(0, len(entries) - 4),
                                           Qt.AlignmentFlag.AlignRight)):
                anchor.setObjectName("clientScaleEnd")
                anchor.setAlignment(align)
                self.options_layout.addWidget(anchor, 1, column, 1, 4)
            row = 2
        else:
            for row, (value, label) in enumerate(entries):
                button = self._option_button(label, value)
                button.setMinimumWidth(520)
                button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
                self.options_layout.addWidget(button, row, 0)
            row = len(entries)
        if item.allows_not_applicable:
            na = text_in(self.definition.not_applicable_labels, self.lang) or "–"
            button = self._option_button(na, NA_VALUE)
            button.setProperty("na", True)
            self.options_layout.addWidget(button, row, 0, 1, -1, Qt.AlignmentFlag.AlignHCenter)
        self._show_choice()

    def _option_button(self, text: str, value: int) -> QPushButton:
        button = QPushButton(text)
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setObjectName("na" if value == NA_VALUE else f"clientOption_{value}")
        button.clicked.connect(lambda _c=False, v=value: self.choose(v))
        self.option_buttons[value] = button
        return button

    def _show_choice(self) -> None:
        answer = self.answers.get(self.items[self.position].id)
        chosen = NA_VALUE if answer == NOT_APPLICABLE else answer
        for value, button in self.option_buttons.items():
            button.setChecked(value == chosen)

    def choose(self, value: int) -> None:
        """Record her answer to the current item (``NA_VALUE`` for not applicable)."""
        item = self.items[self.position]
        self.answers[item.id] = NOT_APPLICABLE if value == NA_VALUE else value
        self._show_choice()
        self._advance.start()

    def go_next(self) -> None:
        self._advance.stop()
        if self.pages.currentIndex() == 0:
            self.show_item(0)
        elif self.position + 1 < len(self.items):
            self.show_item(self.position + 1)
        else:
            self.show_end()

    def go_back(self) -> None:
        self._advance.stop()
        if self.position > 0:
            self.show_item(self.position - 1)

    def show_end(self) -> None:
        answered = sum(1 for item in self.items if item.id in self.answers)
        text = _t("answered", self.lang, n=answered, total=len(self.items))
        if answered < len(self.items):
            text += "\n" + _t("skipped", self.lang)
        self.end_summary.setText(text)
        self.pages.setCurrentIndex(2)

    def finish(self) -> None:
        self._done = True
        self.completed.emit(dict(self.answers))
        self.close()

    def cancel(self) -> None:
        self.close()

    # ----- keys and closing

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        if self.pages.currentIndex() == 1:
            values = self.definition.options_for(self.items[self.position]).values
            if text.isdigit() and int(text) in values:
                self.choose(int(text))
                return
            if key == Qt.Key.Key_Right:
                self.go_next()
                return
            if key == Qt.Key.Key_Left:
                self.go_back()
                return
        if key == Qt.Key.Key_Escape:
            return  # a stray Escape must not throw her answers away
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._advance.stop()
        if not self._done:
            self._done = True
            self.cancelled.emit()
        super().closeEvent(event)


def _centred(page: QWidget, top: QLayout | None, texts: list[QWidget], answer: QWidget,
             nav: QLayout) -> None:
    """The layout every page of client mode shares, so they line up as she goes from one
    to the next: the texts a little above the middle, the answer centred under them, the
    navigation at the foot."""
    layout = QVBoxLayout(page)
    if top is not None:
        layout.addLayout(top)
    layout.addStretch(2)
    for i, text in enumerate(texts):
        if i:
            layout.addSpacing(16)
        layout.addWidget(text)
    layout.addSpacing(36)
    layout.addWidget(answer, 0, Qt.AlignmentFlag.AlignHCenter)
    layout.addStretch(3)
    layout.addLayout(nav)
