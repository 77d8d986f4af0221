"""The client workspace's "Assessments" tab: the pregnancy's assessments, new ones, opening.

Each assessment opens in its own window (``AssessmentForm``), so the client's overview and
an earlier assessment can stay open beside it; opening one that is already open raises it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pgp_desk.content.stage_words import stage_label
from pgp_desk.domain.dates import format_date
from pgp_desk.domain.i18n import fill
from pgp_desk.services.assessments import assessments as svc
from pgp_desk.services.assessments.assessment_model import (
    FOLLOW_UP,
    INITIAL,
    AssessmentRecord,
    AssessmentRow,
    subgroup_text,
)
from pgp_desk.services.clients.clients import ClientRecord
from pgp_desk.services.clients.episodes import EpisodeRecord
from pgp_desk.services.context import AppContext
from pgp_desk.ui.assessment.common import number_text, resolve_lang
from pgp_desk.ui.assessment.form import AssessmentForm, FormData, load_form_data
from pgp_desk.ui.operations import Operation, show_failure
from pgp_desk.ui.style import CAUTION_FG, GOOD_FG, POSITIVE_FG, set_role
from pgp_desk.ui.widgets.layouts import side_by_side
from pgp_desk.ui.widgets.named import named
from pgp_desk.ui.widgets.screen_fit import fit_window
from pgp_desk.ui.widgets.stepwise import build_stepwise

ID_ROLE = Qt.ItemDataRole.UserRole


class AssessmentsTab(QWidget):
    """Lists an episode's assessments; New initial / New follow-up; double-click opens."""

    changed = Signal()  # an assessment was saved or signed: the client header may change
    formOpened = Signal(object)  # the AssessmentForm window

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentsTab")
        self.ctx = ctx
        self.lang = resolve_lang(None)
        self.client: ClientRecord | None = None
        self.episodes: list[EpisodeRecord] = []
        self.rows: list[AssessmentRow] = []
        self.forms: dict[object, AssessmentForm] = {}
        self.opening: set[object] = set()  # forms being read and built

        self.episode_box = named(QComboBox(), "assessmentEpisode")
        self.new_initial = QPushButton(self.tr("New initial assessment"))
        self.new_initial.setObjectName("newInitialAssessment")
        self.new_follow_up = named(QPushButton(self.tr("New follow-up")), "newFollowUp")
        self.open_button = named(QPushButton(self.tr("Open")), "openAssessment")
        self.episode_box.setMinimumWidth(260)
        bar = side_by_side(QLabel(self.tr("Pregnancy")), self.episode_box, 1, self.open_button,
                           self.new_follow_up, self.new_initial)

        self.table = named(QTreeWidget(), "assessmentTable")
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setUniformRowHeights(True)
        self.table.setHeaderLabels([self.tr("Date"), self.tr("Type"), self.tr("Stage"),
                                    self.tr("Therapist"), self.tr("PGQ"), self.tr("NRS"),
                                    self.tr("Classification"), self.tr("Status")])
        header = self.table.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.empty = named(QLabel(), "assessmentsEmpty")
        set_role(self.empty, "empty")
        self.empty.setWordWrap(True)
        self.opening_label = QLabel(self.tr("Opening the assessment …"))
        self.opening_label.setObjectName("assessmentOpening")
        set_role(self.opening_label, "hint")
        self.opening_label.hide()
        bar.insertWidget(3, self.opening_label)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)

        self.episode_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.new_initial.clicked.connect(lambda: self.new_assessment(INITIAL))
        self.new_follow_up.clicked.connect(lambda: self.new_assessment(FOLLOW_UP))
        self.open_button.clicked.connect(self.open_selected)
        self.table.itemActivated.connect(lambda item, _col: self.open_assessment(
            item.data(0, ID_ROLE)))
        self._update_buttons()

    # ----- data --------------------------------------------------------------------------

    def set_client(self, client: ClientRecord, episodes: list[EpisodeRecord]) -> None:
        """Show a client's pregnancies, the current one selected."""
        self.client, self.episodes = client, list(episodes)
        current = self.episode_box.currentData()
        self.episode_box.blockSignals(True)
        self.episode_box.clear()
        for episode in reversed(self.episodes):
            due = format_date(episode.due_date)
            text = fill(self.tr("Due %1"), due) if due else self.tr("Pregnancy")
            if episode.closed:
                text += " · " + self.tr("finished")
            self.episode_box.addItem(text, episode.id)
        open_ones = [e for e in self.episodes if not e.closed]
        newest = (open_ones or self.episodes)[-1] if self.episodes else None
        chosen_id = current if current in [e.id for e in self.episodes] else (
            newest.id if newest is not None else None)
        index = self.episode_box.findData(chosen_id)
        self.episode_box.setCurrentIndex(max(index, 0))
        self.episode_box.blockSignals(False)
        self.reload()

    def episode(self) -> EpisodeRecord | None:
        wanted = self.episode_box.currentData()
        return next((e for e in self.episodes if e.id == wanted), None)

    def reload(self) -> None:
        episode = self.episode()
        if episode is None:
            self._show([])
            return
        ctx = self.ctx
        Operation(self, lambda: svc.list_assessments(ctx.db, ctx.actor, episode.id),
                  self._show).latest("list") \
            .failure_title(self.tr("Cannot list assessments")).run()

    def _show(self, rows: list[AssessmentRow]) -> None:
        self.rows = rows
        self.table.clear()
        for row in reversed(rows):  # newest first
            signed = row.status == "signed"
            status = self.tr("Signed") if signed else self.tr("Draft")
            if row.red_flags:
                status += "  ⚠ " + self.tr("red flag")
            item = QTreeWidgetItem([
                format_date(row.assessed_on),
                self.tr("Follow-up") if row.kind == FOLLOW_UP else self.tr("Initial"),
                stage_label(row.stage, self.lang),
                row.therapist_name,
                "" if row.pgq_total is None else number_text(row.pgq_total, 1),
                "" if row.nrs_now is None else number_text(row.nrs_now),
                subgroup_text(row.classification, self.lang),
                status,
            ])
            item.setData(0, ID_ROLE, row.id)
            for col in (4, 5):
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
            colour = POSITIVE_FG if row.red_flags else (GOOD_FG if signed else CAUTION_FG)
            item.setForeground(7, QBrush(QColor(colour)))
            self.table.addTopLevelItem(item)
        first = self.table.topLevelItem(0)
        if first is not None:
            self.table.setCurrentItem(first)
        self.empty.setText("" if rows else (
            self.tr("No assessment in this pregnancy yet: start with “New initial assessment”.")
            if self.episode() else self.tr("Record a pregnancy first (“New pregnancy”).")))
        self.empty.setVisible(not rows)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_episode = self.episode() is not None
        opening_new = any(isinstance(k, tuple) for k in self.opening)
        self.new_initial.setEnabled(has_episode and not opening_new)
        self.new_follow_up.setEnabled(has_episode and bool(self.rows) and not opening_new)
        self.open_button.setEnabled(bool(self.rows))

    # ----- opening -----------------------------------------------------------------------

    def open_selected(self) -> None:
        item = self.table.currentItem()
        if item is not None:
            self.open_assessment(item.data(0, ID_ROLE))

    def open_assessment(self, assessment_id: int | None) -> None:
        episode = self.episode()
        if assessment_id is None or episode is None or self.client is None:
            return
        self._open(assessment_id, episode, assessment_id=assessment_id)

    def new_assessment(self, kind: str) -> None:
        episode = self.episode()
        if episode is None or self.client is None:
            return
        self._open(("new", episode.id), episode, kind=kind)

    def _open(self, key: object, episode: EpisodeRecord, assessment_id: int | None = None,
              kind: str = INITIAL) -> None:
        existing = self.forms.get(key)
        if existing is not None and not _alive(existing):
            self.forms.pop(key, None)
            existing = None
        if existing is not None:
            existing.showNormal()
            existing.raise_()
            existing.activateWindow()
            return
        if key in self.opening:
            return  # a second click while it opens: the one window is on its way
        ctx, client = self.ctx, self.client
        assert client is not None
        self.opening.add(key)
        self._show_opening()
        Operation(self, lambda: load_form_data(ctx, client, episode, assessment_id, kind),
                  lambda data: self._build_form(key, data)) \
            .failure(lambda exc: self._open_failed(key, exc)).run()

    def _show_opening(self) -> None:
        """While a form is read and built: say so, and keep the same buttons from being
        pressed twice; the rest of the window stays usable."""
        self.opening_label.setVisible(bool(self.opening))
        self._update_buttons()

    def _open_failed(self, key: object, exc: Exception) -> None:
        self.opening.discard(key)
        self._show_opening()
        show_failure(self, exc, self.tr("Cannot open assessment"))

    def _build_form(self, key: object, data: FormData) -> None:
        """Make the form a section per event-loop turn, then show it."""
        form = AssessmentForm(self.ctx, data, stepwise=True)
        form.setWindowFlag(Qt.WindowType.Window, True)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        build_stepwise(form, form.steps, lambda: self._show_form(key, form),
                       lambda exc: self._build_failed(key, form, exc))

    def _build_failed(self, key: object, form: AssessmentForm, exc: Exception) -> None:
        form.deleteLater()
        if _alive(self):
            self._open_failed(key, exc)

    def _show_form(self, key: object, form: AssessmentForm) -> None:
        if not _alive(self):  # the client was closed while the form was being made
            form.deleteLater()
            return
        self.opening.discard(key)
        self._show_opening()
        fit_window(form, 1320, 880)
        self.forms[key] = form

        # bound methods: Qt drops these connections if this tab is closed before the form
        form.saved.connect(self._form_saved)
        form.signedOff.connect(self._form_saved)
        form.destroyed.connect(self._form_destroyed)
        form.show()
        self.formOpened.emit(form)

    def _form_saved(self, record: AssessmentRecord) -> None:
        form = self.sender()
        for key, value in list(self.forms.items()):
            if value is form and key != record.id:  # a new assessment got its id
                del self.forms[key]
                self.forms[record.id] = form
        self.reload()
        self.changed.emit()

    def _form_destroyed(self, gone: QObject | None = None) -> None:
        alive = {k: f for k, f in self.forms.items() if f is not gone and _alive(f)}
        self.forms = alive


def _alive(widget: QWidget) -> bool:
    """False once the C++ side of a closed (WA_DeleteOnClose) window is gone."""
    try:
        widget.objectName()
    except RuntimeError:
        return False
    return True
