"""The programme builder: the clinic's library on the left, this client's programme in the
middle with the dosage of the chosen exercise, suggestions, warnings and advice on the right.

Personalising is the point (CLINICAL.md §7): every change is one click or one drag, is
undoable, and shows at once what the client will read.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QMessageBox,
    QWidget,
)

from pgp_desk.content.exercises import Exercise
from pgp_desk.domain.dates import format_date
from pgp_desk.domain.dosage import Dosage
from pgp_desk.domain.i18n import fill
from pgp_desk.domain.progression import carried_dosage
from pgp_desk.domain.red_flags import ITEMS, referral_advice
from pgp_desk.domain.stage_text import stage_long_label
from pgp_desk.domain.suggestions import BLOCK, ProgrammeWarning, suggested_advice
from pgp_desk.services import programmes as programme_service
from pgp_desk.services.context import AppContext
from pgp_desk.services.programme_suggestions import suggestions, warnings_for
from pgp_desk.services.programmes import ProgrammeInput, ProgrammeRecord
from pgp_desk.ui.i18n import current_language
from pgp_desk.ui.operations import Operation, show_failure
from pgp_desk.ui.programme import commands
from pgp_desk.ui.programme.builder_data import (
    BuilderData,
    LibraryData,
    after_birth,
    load_builder,
    load_library,
)
from pgp_desk.ui.programme.builder_drafts import BuilderDrafts
from pgp_desk.ui.programme.builder_layout import BuilderLayout
from pgp_desk.ui.programme.builder_saving import BuilderSaving
from pgp_desk.ui.programme.delegate import CODE_ROLE
from pgp_desk.ui.programme.items_model import BuilderItem
from pgp_desk.ui.programme.thumbnails import Thumbnails
from pgp_desk.ui.style import set_tone

DEFAULT_ADVICE = ("everyday", "pain_rule", "stop_signs")


class ProgrammeBuilder(BuilderLayout, BuilderSaving, BuilderDrafts, QWidget):
    """Builds one episode's programme. ``loaded`` fires after every (re)load."""

    loaded = Signal()
    saved = Signal(object)
    handoutIssued = Signal(object)  # IssuedHandoutRecord, for the client's timeline

    def __init__(self, ctx: AppContext, episode_id: int, parent=None):  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("programmeBuilder")
        self.ctx = ctx
        self.episode_id = episode_id
        self.ui_lang = current_language()
        self.data: BuilderData | None = None
        self.record: ProgrammeRecord | None = None
        self.saved_input = ProgrammeInput()
        self.library: dict[str, Exercise] = {}  # retired ones too, for names
        self.offered: dict[str, Exercise] = {}
        self.busy = False
        self._editing = False
        self._suggested_for: tuple[object, ...] = ()
        self.thumbnails = Thumbnails()
        self.undo_stack = QUndoStack(self)
        self._build()
        self._connect()
        self._start_drafts()
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.reload()

    def _connect(self) -> None:
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_stack.undoTextChanged.connect(
            lambda text: self.undo_button.setToolTip(fill(self.tr("Undo: %1"), text)))
        self.undo_stack.redoTextChanged.connect(
            lambda text: self.redo_button.setToolTip(fill(self.tr("Redo: %1"), text)))
        self.undo_stack.indexChanged.connect(self._programme_changed)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_stack.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, self.undo_stack.redo)
        QShortcut(QKeySequence.StandardKey.Save, self, lambda: self.save())
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.view, self.remove_selected)
        self.library_panel.exercise_activated.connect(self.add_exercise)
        self.side.suggestions.add_requested.connect(self.add_exercise)
        self.side.advice.changed.connect(self._update_state)
        self.side.warnings.itemActivated.connect(self._warning_activated)
        self.view.selectionModel().currentChanged.connect(self._selection_changed)
        self.editor.edited.connect(self._dosage_edited)
        self.easier_button.clicked.connect(lambda: self.step_selected(-1))
        self.harder_button.clicked.connect(lambda: self.step_selected(+1))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        self.remove_button.clicked.connect(self.remove_selected)
        self.title.textEdited.connect(self._update_state)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.history.activated.connect(self._history_chosen)
        self.save_button.clicked.connect(lambda: self.save())
        self.issue_button.clicked.connect(self.issue)
        self.next_button.clicked.connect(self.start_next)
        self.clinic_button.clicked.connect(self.open_clinic_exercises)

    # ================================================================= loading
    def reload(self, programme_id: int | None = None) -> None:
        ctx, episode_id, lang = self.ctx, self.episode_id, self.ui_lang
        self._set_busy(True)
        Operation(self, lambda: load_builder(ctx, episode_id, programme_id, lang),
                  self._show).failure(self._failed).run()

    def _show(self, data: BuilderData) -> None:
        self.data = data
        self.library = {e.code: e.exercise for e in data.library.entries}
        self.offered = {e.code: e.exercise for e in data.library.entries if not e.retired}
        self.thumbnails.update(data.library.svgs, data.library.photos)
        self.library_panel.model.set_library(list(self.offered.values()))
        self.library_panel.model.set_picture(data.source.picture)
        self.templates.set_lists(data.templates)
        self._fill_history()
        self._open_record(data.record)
        self._set_busy(False)
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        show_failure(self, exc, self.tr("Programme"))

    def _fill_history(self) -> None:
        assert self.data is not None
        self.history.clear()
        for summary in self.data.history:
            when = summary.issued_at or summary.updated_at
            if summary.status == programme_service.ISSUED:
                text = fill(self.tr("Issued %1"), format_date(when.date()))
            else:
                text = fill(self.tr("Draft %1"), format_date(when.date()))
            if summary.title:
                text += f" · {summary.title}"
            self.history.addItem(text, summary.id)
        if not self.data.history:
            self.history.addItem(self.tr("New programme"), None)

    def _open_record(self, record: ProgrammeRecord | None) -> None:
        """Show ``record`` (None: a new, unsaved programme in the client's language)."""
        assert self.data is not None
        self.record = record
        if record is None:
            advice = [*DEFAULT_ADVICE, *suggested_advice(self.data.source.picture)]
            data = ProgrammeInput(language=self.data.client_language, advice=advice)
            self.saved_input = ProgrammeInput(language=data.language, advice=list(data.advice))
        else:
            data = record.as_input()
            self.saved_input = data
            self.history.setCurrentIndex(max(0, self.history.findData(record.id)))
        self._set_read_only(record is not None and record.issued)
        self._fill(data)
        self._offer_draft()

    def _fill(self, data: ProgrammeInput) -> None:
        """Show ``data`` in every widget (a programme opened, or a draft restored)."""
        self.title.setText(data.title)
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(data.language)))
        self.language.blockSignals(False)
        self.side.advice.set_values(data.advice, data.personal_note)
        self._apply_language(data.language)
        self.items.reset([BuilderItem.of(i) for i in data.items])
        self.undo_stack.clear()
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        if self.items.rowCount():
            self.view.setCurrentIndex(self.items.index(0))
        self._programme_changed()

    # ================================================================= state
    @property
    def read_only(self) -> bool:
        return self.items.read_only

    def _set_read_only(self, read_only: bool) -> None:
        self.items.read_only = read_only
        for widget in (self.library_panel, self.editor, self.title, self.language,
                       self.side.advice, self.side.suggestions.add_button):
            widget.setEnabled(not read_only)
        self.next_button.setVisible(read_only)
        self.templates.set_can_start(not read_only)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_state()

    def current_input(self) -> ProgrammeInput:
        return ProgrammeInput(
            title=self.title.text().strip(),
            personal_note=self.side.advice.personal_note().strip(),
            language=self.language.currentData() or "da",
            advice=self.side.advice.advice(),
            items=[i.data() for i in self.items.items],
        )

    def is_dirty(self) -> bool:
        mine, base = self.current_input(), self.saved_input
        return (mine.title, mine.personal_note, mine.language, sorted(mine.advice),
                mine.items) != (base.title.strip(), base.personal_note.strip(), base.language,
                                sorted(base.advice), base.items)

    def _update_state(self, *_args: object) -> None:
        dirty = self.is_dirty() if self.data is not None else False
        issued = self.record is not None and self.record.issued
        self.dirty_label.setText(self.tr("Unsaved changes") if dirty else "")
        self.save_button.setEnabled(dirty and not self.busy and not issued)
        self.issue_button.setEnabled(not self.busy and not issued and self.items.rowCount() > 0)
        self.next_button.setEnabled(not self.busy)
        if issued and self.record is not None and self.record.issued_at is not None:
            chip, tone = fill(self.tr("Issued %1"),
                              format_date(self.record.issued_at.date())), "good"
        elif self.record is None:
            chip, tone = self.tr("New"), "muted"
        else:
            chip, tone = self.tr("Draft"), "caution"
        self.status_chip.setText(chip)
        set_tone(self.status_chip, tone)

    def _programme_changed(self, *_args: object) -> None:
        """After any change to the items: headings, warnings, suggestions, buttons."""
        if self.data is None:
            return
        count = self.items.rowCount()
        stage = stage_long_label(self.data.source.stage, self.ui_lang)
        heading = (self.tr("Programme · 1 exercise") if count == 1 else
                   fill(self.tr("Programme · %1 exercises"), str(count)))
        self.programme_heading.setText(f"{heading}  ·  {stage}" if stage else heading)
        codes = [i.code for i in self.items.items]
        self.library_panel.model.set_in_programme(set(codes))
        picture = self.data.source.picture
        warnings = warnings_for(picture, self.library, codes)
        self.side.warnings.show_warnings(warnings, self.library, self.ui_lang)
        blocking = any(w.severity == BLOCK for w in warnings)
        self.side.set_warning_count(len(warnings), blocking)
        key = (tuple(codes), id(self.data), len(self.offered))
        if key != self._suggested_for:  # typing a dosage does not change the suggestions
            self._suggested_for = key
            result = suggestions(picture, self.offered, codes)
            self.side.suggestions.show_result(self.data.source, result, self.offered)
        self._show_banner(blocking, warnings)
        self._selection_changed()
        self._update_state()

    def _show_banner(self, blocking: bool, warnings: list[ProgrammeWarning]) -> None:
        if self.record is not None and self.record.issued:
            self.banner.setText(self.tr("This programme has been issued and is part of the "
                                        "record. To change it, start a new programme from it."))
            set_tone(self.banner, "good")
            self.banner.show()
        elif blocking:
            texts = [w.label(self.ui_lang) for w in warnings if w.severity == BLOCK]
            picture = self.data.source.picture if self.data else None
            if picture is not None:
                flags = [ITEMS[c] for c in picture.red_flags + picture.contraindications
                         if c in ITEMS]
                texts.append(referral_advice(flags, self.ui_lang))
            self.banner.setText("\n".join(t for t in texts if t))
            set_tone(self.banner, "alarm")
            self.banner.show()
        else:
            self.banner.hide()

    def _apply_language(self, lang: str) -> None:
        picture = self.data.source.picture if self.data else None
        if picture is not None:
            self.items.set_context(self.library, lang, picture)
        self.editor.set_language(lang)
        self.side.advice.set_language(lang)

    def _language_changed(self) -> None:
        lang = self.language.currentData() or "da"
        self._apply_language(lang)
        self._programme_changed()

    # ================================================================= selection
    def selected_row(self) -> int | None:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else None

    def _selection_changed(self, *_args: object) -> None:
        row = self.selected_row()
        item = self.items.items[row] if row is not None and row < self.items.rowCount() else None
        editable = item is not None and not self.read_only
        exercise = self.library.get(item.code) if item else None
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setEnabled(editable)
        self.up_button.setEnabled(editable and row is not None and row > 0)
        self.down_button.setEnabled(editable and row is not None
                                    and row < self.items.rowCount() - 1)
        for button, link, label in ((self.easier_button, "regression", self.tr("Easier: %1")),
                                    (self.harder_button, "progression",
                                     self.tr("Harder: %1"))):
            target = getattr(exercise, link) if exercise else None
            usable = bool(editable and target and target in self.offered)
            button.setEnabled(usable)
            button.setToolTip(fill(label, self.offered[target].name(self.ui_lang))
                              if usable and target else "")
        self.editor.setEnabled(editable)
        if item is None:
            self.editor_heading.setText(self.tr("Dosage: choose an exercise in the programme"))
            self.editor.load(Dosage(), "")
            return
        name = exercise.name(self.ui_lang) if exercise else item.code
        self.editor_heading.setText(fill(self.tr("Dosage for %1"), name))
        if not self._editing:
            self.editor.load(item.dosage, item.note)

    def _warning_activated(self, item) -> None:  # type: ignore[no-untyped-def]
        """Clicking a warning about an exercise selects that exercise in the programme."""
        code = item.data(CODE_ROLE)
        rows = [n for n, i in enumerate(self.items.items) if i.code == code]
        if rows:
            self.select_row(rows[0])
            self.view.scrollTo(self.items.index(rows[0]))

    def select_row(self, row: int) -> None:
        self.view.selectionModel().setCurrentIndex(
            self.items.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)

    # ================================================================= editing
    def add_exercise(self, code: str, row: int | None = None) -> None:
        """Add an exercise with its default dosage (at the end unless ``row``)."""
        if self.read_only or code not in self.library:
            return
        row = self.items.rowCount() if row is None else row
        exercise = self.library[code]
        item = BuilderItem(code, exercise.default_dosage)
        self.undo_stack.push(commands.AddItems(self.items, row, [item]))
        self.select_row(self.items.row_of(item.uid))

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row is None or self.read_only:
            return
        self.undo_stack.push(commands.RemoveItem(self.items, row))
        if self.items.rowCount():
            self.select_row(min(row, self.items.rowCount() - 1))

    def move_selected(self, delta: int) -> None:
        row = self.selected_row()
        if row is None or self.read_only:
            return
        target = row + delta
        if 0 <= target < self.items.rowCount():
            self.undo_stack.push(commands.MoveItem(self.items, row, target))
            self.select_row(target)

    def step_selected(self, direction: int) -> None:
        """Progress (+1) or regress (-1) the selected item to its linked exercise."""
        row = self.selected_row()
        if row is None or self.read_only:
            return
        item = self.items.items[row]
        exercise = self.library.get(item.code)
        target = (exercise.progression if direction > 0 else exercise.regression) \
            if exercise else None
        if not target or target not in self.offered:
            return
        new = self.offered[target]
        text = fill(self.tr("Progress to %1") if direction > 0 else self.tr("Regress to %1"),
                    new.name(self.ui_lang))
        note = item.note
        if note.strip():
            keep = self._keep_note(note, new.name(self.ui_lang))
            if keep is None:
                return
            note = note if keep else ""
        self.undo_stack.push(commands.SwapExercise(
            self.items, item.uid, target, carried_dosage(item.dosage, new.default_dosage),
            text, note))
        self.select_row(row)

    def _keep_note(self, note: str, new_name: str) -> bool | None:
        """The note was written for the exercise being replaced: ask whether it still fits
        (None: the therapist cancelled the change)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Keep the note?"), fill(self.tr(
            "Your note for the client was written for the previous exercise:\n\n“%1”\n\n"
            "Keep it for %2?"), note, new_name),
            QMessageBox.StandardButton.NoButton, self)
        keep = box.addButton(self.tr("Keep the note"), QMessageBox.ButtonRole.AcceptRole)
        remove = box.addButton(self.tr("Remove the note"),
                               QMessageBox.ButtonRole.DestructiveRole)
        box.setEscapeButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        return True if clicked is keep else False if clicked is remove else None

    def _dosage_edited(self, dosage, note: str) -> None:  # type: ignore[no-untyped-def]
        row = self.selected_row()
        if row is None or self.read_only:
            return
        item = self.items.items[row]
        if (item.dosage, item.note) == (dosage, note):
            return
        self._editing = True  # the editor already shows this; do not load it back
        try:
            self.undo_stack.push(commands.EditItem(self.items, item.uid, dosage, note))
        finally:
            self._editing = False

    def _dropped(self, codes: list[str], source: int | None, target: int) -> None:
        if source is not None:
            final = target - 1 if target > source else target
            final = max(0, min(final, self.items.rowCount() - 1))
            if final != source:
                self.undo_stack.push(commands.MoveItem(self.items, source, final))
                self.select_row(final)
            return
        items = [BuilderItem(c, self.library[c].default_dosage) for c in codes
                 if c in self.library]
        if items:
            target = max(0, min(target, self.items.rowCount()))
            self.undo_stack.push(commands.AddItems(self.items, target, items))
            self.select_row(self.items.row_of(items[0].uid))

    def apply_template(self, name: str, items: list, advice: list[str]) -> None:  # type: ignore[type-arg]
        """Replace the programme's exercises with a template's (one undo step)."""
        builder_items = [BuilderItem.of(i) for i in items if i.exercise_code in self.library]
        self.undo_stack.push(commands.ReplaceAll(
            self.items, builder_items, fill(self.tr("Start from %1"), name)))
        self.side.advice.set_values(list(advice), self.side.advice.personal_note())
        if not self.title.text().strip():
            self.title.setText(name)
        if builder_items:
            self.select_row(0)
        self._update_state()

    def open_clinic_exercises(self) -> None:
        from pgp_desk.ui.programme.clinic_exercises import ClinicExercisesDialog

        dialog = ClinicExercisesDialog(self.ctx, self)
        dialog.finished.connect(lambda _result: self._library_changed(dialog.changed))
        dialog.open()

    def _library_changed(self, changed: bool) -> None:
        """After the clinic's library changed: new exercises and pictures, same programme."""
        if not changed:
            return
        ctx = self.ctx
        born = self.data is not None and after_birth(self.data.source)
        Operation(self, lambda: load_library(ctx, born), self._show_library) \
            .failure(self._failed).run()

    def _show_library(self, library: LibraryData) -> None:
        if self.data is None:
            return
        self.data.library = library
        self._suggested_for = ()
        self.library = {e.code: e.exercise for e in library.entries}
        self.offered = {e.code: e.exercise for e in library.entries if not e.retired}
        self.thumbnails.update(library.svgs, library.photos)
        self.library_panel.model.set_library(list(self.offered.values()))
        self._apply_language(self.language.currentData() or "da")
        self._programme_changed()

