"""The clinic's exercises: write your own, copy and adapt a built-in one, retire what the
clinic does not use. Built-in exercises are never edited."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pgp_desk.content.exercise_terms import term
from pgp_desk.content.exercises import PHASES, Exercise
from pgp_desk.domain.i18n import fill
from pgp_desk.services.context import AppContext
from pgp_desk.services.programmes import exercise_library as lib
from pgp_desk.services.programmes.exercise_library import (
    ClinicExerciseRecord,
    LibraryEntry,
    find_exercises,
)
from pgp_desk.ui.i18n import current_language
from pgp_desk.ui.operations import Operation
from pgp_desk.ui.programme.builder_data import LibraryData, load_library
from pgp_desk.ui.programme.delegate import CODE_ROLE, SUBTITLE_ROLE, CardDelegate
from pgp_desk.ui.programme.exercise_editor import ExerciseEditorDialog
from pgp_desk.ui.programme.thumbnails import PREVIEW, Thumbnails
from pgp_desk.ui.style import MUTED_FG
from pgp_desk.ui.widgets.labels import paragraph
from pgp_desk.ui.widgets.layouts import side_by_side
from pgp_desk.ui.widgets.named import named, titled
from pgp_desk.ui.widgets.screen_fit import fit_window

NEW_EXERCISE = {"kind": "exercise", "category": "global_strength", "phases": list(PHASES),
                "position": "standing", "equipment": [], "level": 1, "targets":
                ["sij", "symphysis", "general"], "helps_with": [], "cautions": [],
                "default_dosage": {"sets": 2, "reps": 10, "side": "none",
                                   "times_per_day": 1, "days_per_week": 5},
                "texts": {}}


class ClinicExercisesDialog(QDialog):
    """``changed`` is True once anything was saved, so the builder reloads its library."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        titled(self, "clinicExercisesDialog", self.tr("Clinic exercises"))
        self.ctx = ctx
        self.ui_lang = current_language()
        self.changed = False
        self.entries: list[LibraryEntry] = []
        self.photos: dict[str, bytes] = {}
        self.thumbnails = Thumbnails()

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search …"))
        self.search.setClearButtonEnabled(True)
        self.show_retired = named(QCheckBox(self.tr("Show retired")), "showRetired")
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setResizeMode(QListView.ResizeMode.Adjust)  # rows re-wrap on resize
        self.view.setObjectName("clinicExerciseList")
        self.view.setModel(self.model)
        self.view.setItemDelegate(CardDelegate(parent=self.view))
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(side_by_side((self.search, 1), self.show_retired))
        left_layout.addWidget(self.view, 1)

        self.picture = QLabel()
        self.picture.setFixedSize(PREVIEW)
        self.details = paragraph(name="exerciseDetails")
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.new_button = named(QPushButton(self.tr("New exercise …")), "newClinicExercise")
        self.copy_button = named(QPushButton(self.tr("Copy and adapt …")), "copyExercise")
        self.edit_button = named(QPushButton(self.tr("Edit …")), "editExercise")
        self.retire_button = named(QPushButton(self.tr("Retire")), "retireExercise")
        close = QPushButton(self.tr("Close"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.picture)
        right_layout.addWidget(self.details, 1)
        buttons = side_by_side(self.new_button, self.copy_button, self.edit_button,
                               self.retire_button, 1, close)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([420, 420])
        layout = QVBoxLayout(self)
        intro = paragraph(self.tr(
            "Built-in exercises cannot be changed: copy one to make the clinic's own version. "
            "Retired exercises leave the library; programmes that use them keep them."))
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        fit_window(self, 980, 680)

        self.search.textChanged.connect(self._fill)
        self.show_retired.toggled.connect(self._fill)
        self.view.selectionModel().currentChanged.connect(self._show_current)
        self.view.doubleClicked.connect(lambda _index: self.edit_or_copy())
        self.new_button.clicked.connect(self.new_exercise)
        self.copy_button.clicked.connect(self.copy_current)
        self.edit_button.clicked.connect(self.edit_or_copy)
        self.retire_button.clicked.connect(self.toggle_retired)
        close.clicked.connect(self.accept)
        self.reload()

    # ---------------------------------------------------------------- data
    def reload(self, select: str | None = None) -> None:
        ctx = self.ctx
        Operation(self, lambda: load_library(ctx), lambda data: self._loaded(data, select)).run()

    def _loaded(self, data: LibraryData, select: str | None) -> None:
        self.entries = data.entries
        self.photos = data.photos
        self.thumbnails.update(data.svgs, data.photos, data.images)
        self._fill()
        if select:
            for row in range(self.model.rowCount()):
                if self.model.item(row).data(CODE_ROLE) == select:
                    self.view.setCurrentIndex(self.model.index(row, 0))

    def _fill(self) -> None:
        shown = {e.code for e in find_exercises([e.exercise for e in self.entries],
                                                self.search.text())}
        self.model.clear()
        order = sorted(self.entries, key=lambda e: (not e.is_clinic, e.exercise.category,
                                                    e.exercise.name(self.ui_lang).casefold()))
        for entry in order:
            if entry.code not in shown or (entry.retired and not self.show_retired.isChecked()):
                continue
            exercise = entry.exercise
            item = QStandardItem(exercise.name(self.ui_lang))
            item.setData(self.thumbnails.pixmap(entry.code), Qt.ItemDataRole.DecorationRole)
            kind = self.tr("Clinic's own") if entry.is_clinic else self.tr("Built-in")
            bits = [kind, term("category", exercise.category, self.ui_lang)]
            if entry.retired:
                bits.insert(0, self.tr("Retired"))
            item.setData(" · ".join(bits), SUBTITLE_ROLE)
            item.setData(entry.code, CODE_ROLE)
            item.setEnabled(True)
            self.model.appendRow(item)
        self._show_current()

    def current(self) -> LibraryEntry | None:
        index = self.view.currentIndex()
        code = index.data(CODE_ROLE) if index.isValid() else None
        return next((e for e in self.entries if e.code == code), None)

    def _show_current(self, *_args: object) -> None:
        entry = self.current()
        for button in (self.copy_button, self.edit_button, self.retire_button):
            button.setEnabled(entry is not None)
        if entry is None:
            self.details.setText(self.tr("Choose an exercise."))
            self.picture.clear()
            return
        self.picture.setPixmap(self.thumbnails.pixmap(entry.code, PREVIEW))
        text = entry.exercise.text(self.ui_lang)
        steps = "".join(f"<li>{escape(s)}</li>" for s in text.steps)
        phases = ", ".join(term("phase", p, self.ui_lang) for p in entry.exercise.phases)
        based = (fill(self.tr("Adapted from %1"), entry.exercise.based_on)
                 if entry.exercise.based_on else "")
        self.details.setText(
            f"<h3>{escape(text.name)}</h3><p>{escape(text.purpose)}</p><ol>{steps}</ol>"
            f"<p style='color:{MUTED_FG}'>{escape(phases)}<br>{escape(based)}</p>")
        self.edit_button.setText(self.tr("Edit …") if entry.is_clinic
                                 else self.tr("Copy and adapt …"))
        self.copy_button.setVisible(entry.is_clinic)
        self.retire_button.setText(self.tr("Bring back") if entry.retired
                                   else self.tr("Retire"))

    # ---------------------------------------------------------------- actions
    def _library(self) -> dict[str, Exercise]:
        return {e.code: e.exercise for e in self.entries}

    def new_exercise(self) -> None:
        self._edit(None, dict(NEW_EXERCISE), None)

    def copy_current(self) -> None:
        entry = self.current()
        if entry is None:
            return
        if entry.is_clinic:
            self._open_record(entry.code, lambda record: self._edit(
                None, dict(record.definition), record.based_on or entry.code,
                self.photos.get(entry.code)))
        else:
            self._edit(None, lib.adaptation_of(entry.code, self.ctx.actor), entry.code)

    def edit_or_copy(self) -> None:
        entry = self.current()
        if entry is None:
            return
        if not entry.is_clinic:
            self.copy_current()
            return
        self._open_record(entry.code, lambda record: self._edit(
            record, record.definition, record.based_on, self.photos.get(entry.code)))

    def _open_record(self, code: str, then: Callable[[ClinicExerciseRecord], None]) -> None:
        ctx = self.ctx
        Operation(self, lambda: lib.get_clinic_exercise(ctx.db, ctx.actor, code), then).run()

    def _edit(self, record: ClinicExerciseRecord | None, definition: dict[str, Any],
              based_on: str | None, photo: bytes | None = None) -> None:
        dialog = ExerciseEditorDialog(self.ctx, self._library(), self.ui_lang, record,
                                      definition, based_on, photo, self)
        if dialog.exec() and dialog.saved is not None:
            self.changed = True
            self.reload(select=dialog.saved.code)

    def toggle_retired(self) -> None:
        entry = self.current()
        if entry is None:
            return
        ctx, code, retire = self.ctx, entry.code, not entry.retired

        def done(_result: object) -> None:
            self.changed = True
            if retire:
                self.show_retired.setChecked(True)
            self.reload(select=code)

        Operation(self, lambda: lib.set_retired(ctx.db, ctx.actor, code, retire), done).run()

