"""Screening before exercise: red flags and contraindications, with a banner when any is yes.

The questions, their phases and urgency and the referral advice are all
``domain.red_flags`` (CLINICAL.md §6); this widget only asks them and shows the result.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pgp_desk.content.red_flag_text import flag_action, flag_label, referral_advice, urgency_label
from pgp_desk.domain import red_flags as rf
from pgp_desk.ui.assessment.common import heading, resolve_lang
from pgp_desk.ui.i18n import translate
from pgp_desk.ui.style import set_role, set_tone
from pgp_desk.ui.widgets.labels import paragraph
from pgp_desk.ui.widgets.layouts import side_by_side
from pgp_desk.ui.widgets.named import named
from pgp_desk.ui.widgets.stepwise import build_at_once

YES, NO, NOT_ASKED = 1, 0, 2  # QButtonGroup treats -1 as "assign an id"


class _Row:
    """One question: its label, urgency tag and yes / no / not asked buttons."""

    def __init__(self, item: rf.ScreeningItem, lang: str, owner: QWidget) -> None:
        self.item = item
        self.label = paragraph(flag_label(item, lang))
        self.urgency = QLabel(urgency_label(item, lang))
        same_day = item.urgency is rf.Urgency.SAME_DAY
        set_role(self.urgency, "urgency")
        set_tone(self.urgency, "alarm" if same_day else "caution")
        self.urgency.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.urgency.setToolTip(translate("RedFlagSection", "What to do if the answer is yes")
                                + ": " + flag_action(item, lang))
        self.yes = QRadioButton(translate("RedFlagSection", "Yes"))
        self.no = QRadioButton(translate("RedFlagSection", "No"))
        self.not_asked = QRadioButton(translate("RedFlagSection", "Not asked"))
        for button, name in ((self.yes, "yes"), (self.no, "no"), (self.not_asked, "notAsked")):
            button.setObjectName(f"flag_{item.code}_{name}")
            # a screen reader (and a test) tells the row's "No" from every other "No"
            button.setAccessibleName(f"{flag_label(item, lang)}: {button.text()}")
        self.group = QButtonGroup(owner)
        self.group.addButton(self.yes, YES)
        self.group.addButton(self.no, NO)
        self.group.addButton(self.not_asked, NOT_ASKED)
        self.not_asked.setChecked(True)

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.label, self.urgency, self.yes, self.no, self.not_asked)

    def answer(self) -> bool | None:
        checked = self.group.checkedId()
        return None if checked == NOT_ASKED else checked == YES

    def set_answer(self, answer: bool | None) -> None:
        {True: self.yes, False: self.no, None: self.not_asked}[answer].setChecked(True)

    def mark(self) -> None:
        """A yes stands out in the list too, not only in the banner."""
        yes = self.answer() is True
        set_tone(self.label, "alarm" if yes else None)

    def set_visible(self, visible: bool) -> None:
        for widget in self.widgets():
            widget.setVisible(visible)


class RedFlagSection(QWidget):
    """Asks the screening questions of a phase; ``flagsChanged`` carries the open codes."""

    flagsChanged = Signal(list)
    changed = Signal()

    def __init__(self, phase: str | None = None, lang: str | None = None,
                 parent: QWidget | None = None, *, stepwise: bool = False) -> None:
        """With ``stepwise`` the two lists of questions are made by ``build_steps()``."""
        super().__init__(parent)
        self.setObjectName("redFlagSection")
        self.lang = resolve_lang(lang)
        self.phase = phase
        self.stage_days: int | None = None
        self._loading = False
        self._hidden_answers: dict[str, bool] = {}
        self._last_open: list[str] = []
        self.carried: set[str] = set()  # open at the last visit, to be asked again first

        self.banner = paragraph(name="redFlagBanner")
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        set_role(self.banner, "banner")
        self.banner.hide()
        self.status = paragraph(name="screeningStatus")
        self.all_no = named(QPushButton(self.tr("Answer the rest “No”")), "allNoButton")
        self.all_no.setToolTip(self.tr("Sets every question not asked yet to No"))
        self.all_no.clicked.connect(self._answer_rest_no)

        self.rows: dict[str, _Row] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(side_by_side((self.status, 1), self.all_no))
        self.carried_box = named(QWidget(), "carriedFlags")
        carried_layout = QVBoxLayout(self.carried_box)
        carried_layout.setContentsMargins(0, 0, 0, 0)
        carried_layout.addWidget(heading(self.tr("Open since the last assessment: ask again "
                                                 "first")))
        self.carried_grid = self._empty_grid()
        carried_layout.addLayout(self.carried_grid)
        self.carried_box.hide()
        layout.addWidget(self.carried_box)
        self._steps = self._make(layout, phase)
        if not stepwise:
            build_at_once(self._steps)

    def build_steps(self) -> Iterator[None]:
        return self._steps

    def _make(self, layout: QVBoxLayout, phase: str | None) -> Iterator[None]:
        layout.addWidget(heading(self.tr("Red flags: refer, do not treat")))
        layout.addLayout(self._grid(rf.RED_FLAGS))
        yield
        layout.addWidget(heading(self.tr("Contraindications to exercise")))
        layout.addLayout(self._grid(rf.CONTRAINDICATIONS))
        layout.addStretch(1)
        self.set_phase(phase)

    @staticmethod
    def _empty_grid() -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(0, 1)
        return grid

    def _grid(self, items: tuple[rf.ScreeningItem, ...]) -> QGridLayout:
        grid = self._empty_grid()
        for r, item in enumerate(items):
            row = _Row(item, self.lang, self)
            self.rows[item.code] = row
            for c, widget in enumerate(row.widgets()):
                grid.addWidget(widget, r, c)
            row.group.idToggled.connect(self._toggled)
        return grid

    # ----- phase and answers

    def set_phase(self, phase: str | None, stage_days: int | None = None) -> None:
        """Show the questions of a stage (all when None); answers are kept across stages.

        ``stage_days`` (days of gestation in pregnancy) hides preterm-labour signs from 37+0.
        """
        self.phase, self.stage_days = phase, stage_days
        for row in self.rows.values():
            row.set_visible(row.item.applies(phase, stage_days))
        self._refresh()

    def set_carried(self, codes: list[str]) -> None:
        """Flags still open from earlier assessments: listed first, under their own
        heading, and counted as open until this visit answers them."""
        self.carried = {c for c in codes if c in self.rows}
        for r, code in enumerate(c for c in self.rows if c in self.carried):
            for column, widget in enumerate(self.rows[code].widgets()):
                self.carried_grid.addWidget(widget, r, column)  # moves it out of its list
        self.carried_box.setVisible(bool(self.carried))
        self._refresh(emit=False)

    def answers(self) -> dict[str, bool]:
        """Code -> True (yes) / False (no); questions not asked are left out."""
        out = dict(self._hidden_answers)
        for code, row in self.rows.items():
            answer = row.answer()
            if answer is None:
                out.pop(code, None)
            else:
                out[code] = answer
        return out

    def value(self) -> dict[str, Any]:
        """The ``screening`` part of an assessment: the phase asked about and the answers."""
        return {"phase": self.phase, "answers": self.answers()}

    def set_value(self, value: Mapping[str, Any] | None) -> None:
        """Show stored answers (codes PGP Desk no longer knows are kept, not shown)."""
        answers = dict((value or {}).get("answers") or {})
        self._loading = True
        try:
            for code, row in self.rows.items():
                answer = answers.get(code)
                row.set_answer(answer if isinstance(answer, bool) else None)
            self._hidden_answers = {c: bool(a) for c, a in answers.items()
                                    if c not in self.rows and isinstance(a, bool)}
        finally:
            self._loading = False
        self._refresh(emit=False)

    def open_flags(self) -> list[rf.ScreeningItem]:
        """Items answered yes that apply to the current phase, in list order; a flag open
        since the last assessment stays open until it is answered "No"."""
        answers: dict[str, bool | None] = {code: True for code in self.carried}
        answers.update(self.answers())
        return rf.open_flags(answers, self.phase, self.stage_days)

    def unanswered(self) -> list[rf.ScreeningItem]:
        return rf.unanswered(self.answers(), self.phase, self.stage_days)

    def cleared_for_exercise(self) -> bool:
        return rf.cleared_for_exercise(self.answers(), self.phase, self.stage_days)

    # ----- reacting

    def _answer_rest_no(self) -> None:
        self._loading = True
        try:
            for row in self.rows.values():
                if row.item.applies(self.phase, self.stage_days) and row.answer() is None:
                    row.set_answer(False)
        finally:
            self._loading = False
        self._refresh()

    def _toggled(self, _id: int, checked: bool) -> None:
        if checked and not self._loading:
            self._refresh()

    def _refresh(self, emit: bool = True) -> None:
        flags = self.open_flags()
        missing = self.unanswered()
        for row in self.rows.values():
            row.mark()
        self._show_banner(flags)
        if flags:
            self.status.setText(self.tr("Exercise must not start until this is cleared."))
            set_tone(self.status, "alarm")
        elif missing:
            self.status.setText(self.tr("%n question(s) not asked yet.", "", len(missing)))
            set_tone(self.status, "muted")
        else:
            self.status.setText(self.tr("✓ All answered no: nothing stands in the way of "
                                        "exercise."))
            set_tone(self.status, "good")
        self.all_no.setEnabled(bool(missing))
        codes = [f.code for f in flags]
        if emit:
            self.changed.emit()
            if codes != self._last_open:
                self.flagsChanged.emit(codes)
        self._last_open = codes

    def _show_banner(self, flags: list[rf.ScreeningItem]) -> None:
        if not flags:
            self.banner.hide()
            return
        lines = [f"<li>{_escape(flag_label(flag, self.lang))} – "
                 f"{_escape(flag_action(flag, self.lang))} "
                 f"<i>({_escape(urgency_label(flag, self.lang))})</i></li>" for flag in flags]
        title = self.tr("⚠ Refer: do not start exercise")
        advice = referral_advice(flags, self.lang)
        self.banner.setText(
            f"<b style='font-size:12pt'>{title}</b>"
            f"<ul style='margin:4px 0 4px -20px'>{''.join(lines)}</ul>"
            f"<b>{_escape(advice)}</b>"
        )
        self.banner.show()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
