"""The assessment form: every section one click (or Ctrl+1-8) away, drafts kept as you type.

Left: the sections (history, red flags, pain map, tests, questionnaires, classification,
plan & notes, progress), each on its own page so none has to be scrolled past to reach
another. Top: a sticky header with client, date, stage on that date, status and the actions.
While the form has unsaved changes a draft is written to disk every few seconds
(``services.drafts``), and offered back when the assessment is opened again. Saving and
signing go through ``services.assessments``; a signed assessment opens read-only.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QListWidget,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from pgp_desk.content.bodychart import load_body_chart
from pgp_desk.content.stage_words import stage_long_label
from pgp_desk.domain.dates import format_date
from pgp_desk.domain.i18n import fill
from pgp_desk.domain.instrument_model import InstrumentDefinition
from pgp_desk.domain.painmap import PainMap, compare_pain_maps
from pgp_desk.domain.pelvic_tests import context_for_phase
from pgp_desk.domain.pregnancy import stage_on
from pgp_desk.services.assessments import assessments as svc
from pgp_desk.services.assessments.assessment_model import (
    FOLLOW_UP,
    INITIAL,
    AssessmentInput,
    AssessmentRecord,
    stage_columns,
    to_payload,
)
from pgp_desk.services.assessments.assessment_progress import (
    ProgressSeries,
    assessment_progress,
    episode_progress,
)
from pgp_desk.services.assessments.assessment_rules import available_instruments, reported_regions
from pgp_desk.services.clients.clients import ClientRecord
from pgp_desk.services.clients.episodes import EpisodeRecord
from pgp_desk.services.context import AppContext
from pgp_desk.ui.assessment.answer_controls import AnswerControl
from pgp_desk.ui.assessment.classification_section import ClassificationSection
from pgp_desk.ui.assessment.common import number_text, resolve_lang
from pgp_desk.ui.assessment.form_drafts import FormDrafts
from pgp_desk.ui.assessment.form_header import FormHeader
from pgp_desk.ui.assessment.form_pages import PainMapPage, PlanNotesPage, QuestionnairesPage
from pgp_desk.ui.assessment.form_report import FormReport
from pgp_desk.ui.assessment.form_saving import FormSaving, Then
from pgp_desk.ui.assessment.form_sections import SectionNav
from pgp_desk.ui.assessment.history_section import HistorySection
from pgp_desk.ui.assessment.progress_view import ProgressView
from pgp_desk.ui.assessment.read_only import lock
from pgp_desk.ui.assessment.red_flag_section import RedFlagSection
from pgp_desk.ui.assessment.tests_section import TestsSection
from pgp_desk.ui.i18n import translate
from pgp_desk.ui.painmap.scene import warm_chart
from pgp_desk.ui.widgets.saving import ask_to_save
from pgp_desk.ui.widgets.screen_fit import scrolled
from pgp_desk.ui.widgets.stepwise import build_at_once, measured

SECTIONS = ("history", "red_flags", "pain_map", "tests", "questionnaires", "classification",
            "plan", "progress")


@dataclass
class FormData:
    """What the form needs to open, loaded off the GUI thread by ``load_form_data``."""

    client: ClientRecord
    episode: EpisodeRecord
    record: AssessmentRecord | None
    kind: str
    instruments: dict[str, InstrumentDefinition]
    earlier_maps: list[tuple[int, date, PainMap]]
    progress: ProgressSeries | None
    start: AssessmentInput | None = None  # what a new assessment starts with
    carried_flags: list[str] = field(default_factory=list)  # open at the last visit


class AssessmentForm(QWidget):
    """One assessment, new or stored. ``saved``/``signedOff`` carry the stored record.

    The form shows the sections and keeps what is shown (``record``, and ``clean``, the
    stored state to compare with); its parts act on it: ``saving`` (save, sign,
    addenda), ``drafts`` (autosave and restore) and ``report`` (the PDF)."""

    saved = Signal(object)
    signedOff = Signal(object)

    def __init__(self, ctx: AppContext, data: FormData, parent: QWidget | None = None,
                 *, stepwise: bool = False) -> None:
        """``stepwise``: the opener runs ``steps``, a turn of the event loop each."""
        super().__init__(parent)
        self.setObjectName("assessmentForm")
        self.ctx = ctx
        self.client, self.episode = data.client, data.episode
        self.record = data.record
        self.kind = data.record.kind if data.record else data.kind
        self.lang = resolve_lang(None)
        self.busy = False
        self.clean = ""
        self.built = False  # every section made and the record shown (``steps``)
        self._loading = False
        self.earlier_maps = [m for m in data.earlier_maps
                             if self.record is None or m[0] != self.record.id]
        self.header = FormHeader()
        self.sections = SectionNav(section_titles())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.sections, 1)
        # the sections still to make, one per next(), each page sized as it is made
        self.steps = measured(self._build(data), self.sections.latest_page, self)
        if not stepwise:
            build_at_once(self.steps)

    def _build(self, data: FormData) -> Iterator[None]:
        """A section per step, each joining the window as made; then the record shown."""
        self.history = HistorySection(self.lang)
        self.sections.add_section("history", scrolled(self.history))
        yield
        self.red_flags = RedFlagSection(None, self.lang, stepwise=True)
        self.sections.add_section("red_flags", scrolled(self.red_flags))
        yield
        yield from self.red_flags.build_steps()
        self.red_flags.set_carried(data.carried_flags)
        yield
        self.pain = PainMapPage()
        self.sections.add_section("pain_map", self.pain)
        yield
        self.tests = TestsSection(lang=self.lang)
        self.sections.add_section("tests", scrolled(self.tests))
        yield
        self.questionnaires = QuestionnairesPage({}, self.lang, self.client.language)
        self.sections.add_section("questionnaires", self.questionnaires)
        for code, definition in data.instruments.items():
            yield from self.questionnaires.add_steps(code, definition)
        self.classification = ClassificationSection(self.lang)
        self.sections.add_section("classification", scrolled(self.classification))
        yield
        self.plan = PlanNotesPage()
        self.sections.add_section("plan", self.plan)
        self.progress = ProgressView(self.lang)
        self.sections.add_section("progress", scrolled(self.progress))
        yield
        self.saving = FormSaving(self)
        self.drafts = FormDrafts(self)
        self.report = FormReport(self)
        self._connect()
        _shortcuts(self)
        yield
        self.show_record(data.record.as_input() if data.record else
                         data.start or AssessmentInput(assessed_on=date.today()))
        self.progress.set_series(data.progress, unsaved=data.record is None)
        yield
        # a flag still open from the last visit is the first thing to ask about
        self.sections.show_section("red_flags" if self.red_flags.carried and not self.signed
                                   else SECTIONS[0])
        self.drafts.offer()
        self.drafts.timer.start()
        self.built = True

    def _connect(self) -> None:
        for signal in (self.history.changed, self.red_flags.changed, self.plan.changed,
                       self.classification.changed):
            signal.connect(self._edited)
        self.red_flags.flagsChanged.connect(lambda _codes: self._refresh_flags())
        self.pain.changed.connect(self._findings_changed)
        self.tests.findingsChanged.connect(self._findings_changed)
        self.questionnaires.changed.connect(self._edited)
        self.header.dateChanged.connect(self._date_changed)
        self.header.save_button.clicked.connect(lambda: self.save())
        self.header.sign_button.clicked.connect(self.saving.sign)
        self.header.addendum_button.clicked.connect(lambda: self.saving.add_addendum())
        self.header.report_button.clicked.connect(lambda: self.report.export())
        self.header.restore_button.clicked.connect(self.drafts.restore_draft)
        self.header.discard_button.clicked.connect(self.drafts.discard_found_draft)

    @property
    def nav(self) -> QListWidget:
        """The list of sections (what the window-size check walks through)."""
        return self.sections.nav

    def show_section(self, key: str) -> None:
        self.sections.show_section(key)

    def jump_to(self, key: str) -> None:
        """Show a section and put the cursor where typing starts (Ctrl+1 … Ctrl+8), so the
        first key pressed after the shortcut is not lost."""
        self.show_section(key)
        target: QWidget | None = {"tests": self.tests.table, "plan": self.plan.plan}.get(key)
        if key == "questionnaires":
            current = self.questionnaires.currentWidget()
            controls = current.findChildren(AnswerControl) if current else []
            target = controls[0] if controls else None
        if target is not None and target.isEnabled():
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # ----- showing a record ------------------------------------------------------------------

    @property
    def signed(self) -> bool:
        return self.record is not None and self.record.signed

    def show_record(self, data: AssessmentInput) -> None:
        """Fill every section from ``data`` without counting it as an edit."""
        self.header.set_client(self.client.display_name,
                               self.tr("Follow-up") if self.kind == FOLLOW_UP
                               else self.tr("Initial assessment"))
        self.header.set_date(data.assessed_on)
        self.show_input(data)
        self.show_status()
        self.clean = self.payload_text(self.collect())

    def show_input(self, data: AssessmentInput) -> None:
        self._loading = True
        try:
            self._fill_sections(data)
        finally:
            self._loading = False

    def _fill_sections(self, data: AssessmentInput) -> None:
        phase = self._phase_on(data.assessed_on)
        self.header.set_date(data.assessed_on)
        self.history.set_value(data.history)
        self.red_flags.set_phase(*self._screening_stage(data.assessed_on))
        self.red_flags.set_value(data.screening)
        self.pain.set_pain_map(data.pain_map)
        self.pain.set_earlier(self.earlier_maps)
        self.tests.set_findings(data.tests)
        if phase:
            self.tests.set_context(context_for_phase(phase))
        self.questionnaires.set_entries(data.questionnaires)
        self.classification.set_value({"chosen": data.classification_chosen or None})
        self.plan.set_texts(data.plan, data.notes)
        self.plan.set_next_visit(data.next_visit, data.assessed_on)
        self.plan.set_addenda(self.record.addenda if self.record else [])
        self._update_stage(data.assessed_on)
        self._findings_changed(edited=False)
        self._refresh_flags()

    def show_status(self) -> None:
        rec = self.record
        detail = ""
        if rec is not None and rec.signed and rec.signed_at is not None:
            when = format_date(rec.signed_at.astimezone())
            detail = fill(self.tr("%1 by %2"), when, rec.signed_by_name)
        self.header.set_status(self.signed, detail, new=rec is None)
        self.header.report_button.setEnabled(rec is not None)
        self._apply_read_only(self.signed)
        name = self.client.display_name
        when = format_date(self.header.current_date())
        self.setWindowTitle(fill(self.tr("Assessment – %1 – %2"), name, when))

    def _apply_read_only(self, read_only: bool) -> None:
        """Signed: every section shows as it is, nothing can be changed (one way only)."""
        if not read_only:
            return
        for widget in (self.history, self.red_flags, self.tests,
                       *self.questionnaires.widgets.values()):
            lock(widget)
        lock(self.classification, keep=(self.classification.rule_toggle,))
        self.pain.set_read_only(True)
        self.plan.set_read_only(True)

    # ----- live updates -------------------------------------------------------------------

    def _phase_on(self, on: date) -> str | None:
        stage = stage_on(self.episode.due_date, self.episode.birth_date, on)
        return stage.phase.value if stage else None

    def _screening_stage(self, on: date) -> tuple[str | None, int | None]:
        """(phase, stage days) on a date: what the screening asks depends on both."""
        return stage_columns(stage_on(self.episode.due_date, self.episode.birth_date, on))

    def _update_stage(self, on: date) -> None:
        stage = stage_on(self.episode.due_date, self.episode.birth_date, on)
        self.header.set_stage(stage_long_label(stage, self.lang))

    def _date_changed(self, on: date) -> None:
        self._update_stage(on)
        phase = self._phase_on(on)
        self.red_flags.set_phase(*self._screening_stage(on))
        if phase:
            self.tests.set_context(context_for_phase(phase))
        self._edited()

    def _findings_changed(self, *_args: object, edited: bool = True) -> None:
        self.classification.update_from(self.tests.findings(),
                                        reported_regions(self.pain.pain_map()))
        self._update_nav()
        if edited:
            self._edited()

    def _refresh_flags(self) -> None:
        self.header.show_flags(self.red_flags.open_flags(), self.lang)
        self._update_nav()

    def _update_nav(self) -> None:
        """Section names carry what matters most: open flags, positive tests, PGQ."""
        flags = len(self.red_flags.open_flags())
        derived = self.tests.derived_values()
        pgq = self.questionnaires.main_score("PGQ", "total")
        self.sections.set_notes({
            "red_flags": (f"  ⚠ {flags}" if flags else ""),
            "tests": (fill(self.tr("  · %1 positive"), str(derived["positive_tests"]))
                      if derived["tests_done"] else ""),
            "questionnaires": f"  · PGQ {number_text(pgq, 1)}" if pgq is not None else "",
        })

    def _edited(self, *_args: object) -> None:
        if self._loading or self.busy or self.signed:
            return
        self.header.show_message("")
        self.header.saved.setText(self.tr("Unsaved changes"))

    # ----- collecting ---------------------------------------------------------------

    def collect(self) -> AssessmentInput:
        """What the sections show now, as the services take it."""
        plan, notes = self.plan.plan.toPlainText(), self.plan.notes.toPlainText()
        return AssessmentInput(
            assessed_on=self.header.current_date(),
            history=self.history.value(),
            screening=self.red_flags.value(),
            pain_map=self.pain.pain_map(),
            tests=self.tests.findings(),
            questionnaires=self.questionnaires.entries(),
            classification_chosen=self.classification.chosen_code() or "",
            plan=plan,
            notes=notes,
            next_visit=self.plan.next_visit_date(),
        )

    @staticmethod
    def payload_text(data: AssessmentInput) -> str:
        return json.dumps(to_payload(data), sort_keys=True, ensure_ascii=False)

    def is_dirty(self) -> bool:
        return self.built and not self.signed and self.payload_text(self.collect()) != self.clean

    def set_busy(self, busy: bool, text: str = "") -> None:
        """While saving, signing or writing: the actions wait (``text`` says what runs)."""
        self.busy = busy
        for button in (self.header.save_button, self.header.sign_button,
                       self.header.report_button, self.header.addendum_button):
            button.setEnabled(not busy)
        if text:
            self.header.saved.setText(text)

    def save(self, then: Then | None = None) -> None:
        self.saving.save(then)

    # ----- closing ---------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_dirty():
            answer = ask_to_save(
                self, self.tr("Save the changes to this assessment before closing?"))
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save:
                event.ignore()
                self.save(then=lambda _rec: self.close())
                return
            self.drafts.forget()
        if self.built:  # a form closed while still being made has no autosave yet
            self.drafts.timer.stop()
        super().closeEvent(event)


def section_titles() -> dict[str, str]:
    return {
        "history": translate("AssessmentForm", "History"),
        "red_flags": translate("AssessmentForm", "Red flags"),
        "pain_map": translate("AssessmentForm", "Pain map"),
        "tests": translate("AssessmentForm", "Pelvic tests"),
        "questionnaires": translate("AssessmentForm", "Questionnaires"),
        "classification": translate("AssessmentForm", "Classification"),
        "plan": translate("AssessmentForm", "Plan and notes"),
        "progress": translate("AssessmentForm", "Progress"),
    }


def _shortcuts(form: AssessmentForm) -> None:
    QShortcut(QKeySequence.StandardKey.Save, form, lambda: form.save())
    # Esc and Ctrl+W close the window (asking about unsaved changes, as the X does)
    QShortcut(QKeySequence.StandardKey.Close, form, form.close)
    QShortcut(QKeySequence(Qt.Key.Key_Escape), form, form.close)
    for number in range(1, len(SECTIONS) + 1):
        QShortcut(QKeySequence(f"Ctrl+{number}"), form,
                  lambda n=number: form.jump_to(SECTIONS[n - 1]))


def load_form_data(ctx: AppContext, client: ClientRecord, episode: EpisodeRecord,
                   assessment_id: int | None = None, kind: str = INITIAL) -> FormData:
    """Everything the form shows, read in the background (in an ``Operation``)."""
    record = svc.get_assessment(ctx.db, ctx.actor, assessment_id) if assessment_id else None
    progress = (assessment_progress(ctx.db, ctx.actor, assessment_id) if assessment_id
                else episode_progress(ctx.db, ctx.actor, episode.id))
    follow_up = (record.kind if record else kind) == FOLLOW_UP
    carried = (svc.open_red_flags(ctx.db, ctx.actor, client.id)
               if follow_up and not (record and record.signed) else [])
    # the chart's outline cells, measured once per process: here rather than on the GUI
    # thread, where the pain map comparison would first need them
    compare_pain_maps(PainMap(), PainMap(), load_body_chart())
    warm_chart(load_body_chart())  # and the pain map page's outlines
    return FormData(client, episode, record, kind, available_instruments(ctx.db, ctx.actor),
                    svc.pain_map_history(ctx.db, ctx.actor, episode.id), progress,
                    None if record else _start(ctx, episode, kind, progress), carried)


def _start(ctx: AppContext, episode: EpisodeRecord, kind: str,
           progress: ProgressSeries | None) -> AssessmentInput:
    """A new follow-up starts with the history of the assessment before it (most of the
    story stays the same); a new initial one with the onset week recorded for the episode."""
    start = AssessmentInput(assessed_on=date.today())
    points = progress.points if progress else []
    if kind == FOLLOW_UP and points:
        previous = svc.get_assessment(ctx.db, ctx.actor, points[-1].assessment_id)
        start.history = dict(previous.history)
    elif episode.onset_week is not None:
        start.history = {"onset": {"timing": "pregnancy", "week": episode.onset_week}}
    return start

