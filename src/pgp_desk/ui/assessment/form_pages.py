"""Pages of the assessment form that assemble section widgets: pain map, questionnaires,
plan & notes. Each page edits its part in memory; the form collects and stores it."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date, timedelta
from html import escape

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pgp_desk.domain.dates import format_date
from pgp_desk.domain.i18n import fill
from pgp_desk.domain.instrument_model import InstrumentDefinition
from pgp_desk.domain.painmap import PainMap
from pgp_desk.services.assessments.assessment_model import AddendumRecord, QuestionnaireEntry
from pgp_desk.ui.assessment.common import heading, hint, number_text, text_in
from pgp_desk.ui.assessment.questionnaire_widget import QuestionnaireWidget
from pgp_desk.ui.painmap import PainMapComparisonWidget, PainMapWidget
from pgp_desk.ui.style import set_role
from pgp_desk.ui.widgets.layouts import side_by_side, take_widgets
from pgp_desk.ui.widgets.qdate import python_date
from pgp_desk.ui.widgets.stepwise import build_at_once


class PainMapPage(QWidget):
    """Draw the map, or compare it with the map of an earlier assessment of the episode."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("painMapPage")
        self.editor = PainMapWidget()
        # made on the first "Compare with …": two more charts the form need not wait for
        self.comparison: PainMapComparisonWidget | None = None
        self.earlier: list[tuple[int, date, PainMap]] = []
        self.draw_button = QPushButton(self.tr("Draw"))
        self.draw_button.setObjectName("painMapDrawMode")
        self.draw_button.setCheckable(True)
        set_role(self.draw_button, "segment")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.editor)
        self.draw_button.clicked.connect(lambda: self.stack.setCurrentWidget(self.editor))
        self.compare_buttons: list[QPushButton] = []
        self.modes = QButtonGroup(self)
        self.modes.setExclusive(True)
        self.bar = QHBoxLayout()
        self.bar.setSpacing(0)
        layout = QVBoxLayout(self)
        layout.addLayout(self.bar)
        layout.addWidget(self.stack, 1)
        self.editor.painMapChanged.connect(self._edited)
        self.set_earlier([])

    def set_earlier(self, maps: list[tuple[int, date, PainMap]]) -> None:
        """Earlier assessments' maps (oldest first); one "Compare with" button each."""
        self.earlier = maps
        for widget in take_widgets(self.bar):
            if widget is not self.draw_button:
                widget.hide()
                widget.deleteLater()
        for button in self.modes.buttons():
            self.modes.removeButton(button)
        self.compare_buttons = []
        self.bar.addWidget(self.draw_button)
        self.modes.addButton(self.draw_button)
        self.draw_button.setChecked(True)
        for i, entry in enumerate(reversed(maps)):
            when = entry[1]
            button = QPushButton(fill(self.tr("Compare with %1"), format_date(when)))
            button.setObjectName(f"painMapCompare_{i}")
            button.setCheckable(True)
            set_role(button, "segment")
            button.clicked.connect(lambda _c=False, m=entry: self.compare(m))
            self.modes.addButton(button)
            self.compare_buttons.append(button)
            self.bar.addWidget(button)
        if not maps:
            note = QLabel(self.tr("No earlier pain map in this pregnancy to compare with."))
            note.setObjectName("noEarlierPainMap")
            set_role(note, "hint")
            self.bar.addSpacing(12)  # the segment buttons touch; the hint stands apart
            self.bar.addWidget(note)
        self.bar.addStretch(1)
        self.stack.setCurrentWidget(self.editor)

    def compare(self, earlier: tuple[int, date, PainMap]) -> None:
        _aid, when, pain_map = earlier
        if self.comparison is None:
            self.comparison = PainMapComparisonWidget(chart=self.editor.chart)
            self.stack.addWidget(self.comparison)
        self.comparison.set_maps(pain_map, when, self.editor.pain_map(), None)
        self.stack.setCurrentWidget(self.comparison)

    def _edited(self, pain_map: PainMap) -> None:
        if self.comparison is not None:
            self.comparison.set_current(pain_map)
        self.changed.emit()

    def pain_map(self) -> PainMap:
        return self.editor.pain_map()

    def set_pain_map(self, pain_map: PainMap) -> None:
        self.editor.set_pain_map(pain_map)
        if self.comparison is not None:
            self.comparison.set_current(pain_map)

    def set_read_only(self, read_only: bool) -> None:
        """Signed: the map can be looked at and compared, no longer drawn on."""
        self.editor.set_read_only(read_only)
        self.draw_button.setText(self.tr("This assessment") if read_only else self.tr("Draw"))


class QuestionnairesPage(QTabWidget):
    """One tab per instrument; only questionnaires with answers are stored."""

    changed = Signal()

    def __init__(self, instruments: Mapping[str, InstrumentDefinition], lang: str,
                 client_lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionnairesPage")
        self.lang = lang
        self.client_lang = client_lang
        self.widgets: dict[str, QuestionnaireWidget] = {}
        for code, definition in instruments.items():
            self.add(code, definition)

    def add(self, code: str, definition: InstrumentDefinition) -> None:
        """One more instrument's tab."""
        build_at_once(self.add_steps(code, definition))

    def add_steps(self, code: str, definition: InstrumentDefinition) -> Iterator[None]:
        """One more instrument's tab, made a few rows per step while the form opens."""
        widget = QuestionnaireWidget(definition, self.lang, self.client_lang, stepwise=True)
        self.addTab(widget, code)  # before its rows: each row then joins the window alone
        yield
        yield from widget.build_steps()
        widget.answersChanged.connect(self._answered)
        self.widgets[code] = widget
        self._retitle()

    def _answered(self) -> None:
        self._retitle()
        self.changed.emit()

    def _retitle(self) -> None:
        """Tab titles carry the main score, so the page can be read at a glance."""
        for i, (code, widget) in enumerate(self.widgets.items()):
            first = widget.definition.scores[0]
            value = widget.result().value(first.id) if widget.answers() else None
            decimals = widget.definition.decimals
            title = code if value is None else f"{code}  {number_text(value, decimals)}"
            self.setTabText(i, title)
            self.setTabToolTip(i, text_in(widget.definition.names, self.lang))

    def entries(self) -> dict[str, QuestionnaireEntry]:
        out = {}
        for code, widget in self.widgets.items():
            value = widget.value()
            if value["answers"] or any(v.strip() for v in value["labels"].values()):
                out[code] = QuestionnaireEntry.from_dict(code, value)
        return out

    def set_entries(self, entries: Mapping[str, QuestionnaireEntry]) -> None:
        for code, widget in self.widgets.items():
            entry = entries.get(code)
            widget.set_value(entry.to_dict() if entry else None)
        self._retitle()

    def main_score(self, code: str, score_id: str) -> float | None:
        widget = self.widgets.get(code)
        if widget is None or not widget.answers():
            return None
        return widget.result().value(score_id)


class PlanNotesPage(QWidget):
    """The plan (one step per line; each line is a bullet in the report), notes, addenda."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planNotesPage")
        self.plan = QPlainTextEdit()
        self.plan.setAccessibleName(self.tr("Plan"))
        self.plan.setObjectName("planEdit")
        self.plan.setTabChangesFocus(True)
        self.plan.setPlaceholderText(self.tr("One step per line, e.g.\nExplain the pain and "
                                             "everyday advice\nStabilising exercises\nReview "
                                             "in 3 weeks"))
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setObjectName("notesEdit")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Anything else worth recording"))
        self.addenda = QLabel()
        self.addenda.setObjectName("addendaList")
        self.addenda.setWordWrap(True)
        self.addenda.setTextFormat(Qt.TextFormat.RichText)
        self.addenda.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.addenda_heading = heading(self.tr("Addenda"))
        # the next visit: ticked, a date; unticked, none agreed
        self.next_visit_box = QCheckBox(self.tr("Next visit"))
        self.next_visit_box.setObjectName("nextVisitSet")
        self.next_visit = QDateEdit()
        self.next_visit.setObjectName("nextVisit")
        self.next_visit.setAccessibleName(self.tr("Date of the next visit"))
        self.next_visit.setCalendarPopup(True)
        self.next_visit.setDisplayFormat("dd.MM.yyyy")
        self.next_visit.setEnabled(False)
        self.next_visit_box.toggled.connect(self._next_visit_toggled)
        self.next_visit.dateChanged.connect(lambda _d: self.changed.emit())
        visit_row = side_by_side(self.next_visit_box, self.next_visit, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Plan")))
        layout.addWidget(hint(self.tr("Each line becomes a point in the report.")))
        layout.addWidget(self.plan, 2)
        layout.addLayout(visit_row)
        layout.addWidget(heading(self.tr("Notes")))
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.addenda_heading)
        layout.addWidget(self.addenda)
        self.plan.textChanged.connect(self.changed)
        self.notes.textChanged.connect(self.changed)
        self.set_addenda([])

    def set_texts(self, plan: str, notes: str) -> None:
        for edit, text in ((self.plan, plan), (self.notes, notes)):
            edit.blockSignals(True)
            edit.setPlainText(text)
            edit.blockSignals(False)

    def _next_visit_toggled(self, on: bool) -> None:
        self.next_visit.setEnabled(on and not self.plan.isReadOnly())
        if on:  # the day selected, so the date can be typed at once (ddmmyyyy)
            self.next_visit.setFocus(Qt.FocusReason.TabFocusReason)
        self.changed.emit()

    def set_next_visit(self, when: date | None, assessed_on: date) -> None:
        """Show the agreed date; none agreed: unticked, offering three weeks after the
        assessment when ticked (a usual interval between visits)."""
        shown = when or assessed_on + timedelta(weeks=3)
        for widget in (self.next_visit_box, self.next_visit):
            widget.blockSignals(True)
        self.next_visit.setDate(QDate(shown.year, shown.month, shown.day))
        self.next_visit_box.setChecked(when is not None)
        self.next_visit.setEnabled(when is not None and not self.plan.isReadOnly())
        for widget in (self.next_visit_box, self.next_visit):
            widget.blockSignals(False)

    def next_visit_date(self) -> date | None:
        if not self.next_visit_box.isChecked():
            return None
        return python_date(self.next_visit.date())

    def set_addenda(self, addenda: list[AddendumRecord]) -> None:
        self.addenda_heading.setVisible(bool(addenda))
        self.addenda.setVisible(bool(addenda))
        self.addenda.setText("".join(
            f"<p><b>{escape(format_date(a.created_at.date()) if a.created_at else '')} · "
            f"{escape(a.author_name)}</b><br>{escape(a.text).replace(chr(10), '<br>')}</p>"
            for a in addenda))

    def set_read_only(self, read_only: bool) -> None:
        self.next_visit_box.setEnabled(not read_only)
        self.next_visit.setEnabled(not read_only and self.next_visit_box.isChecked())
        for edit in (self.plan, self.notes):
            edit.setReadOnly(read_only)
            if read_only:
                edit.setPlaceholderText("")  # a hint is not part of a signed record
