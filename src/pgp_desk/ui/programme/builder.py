"""The programme builder: the clinic's library on the left, this client's programme in the
middle with the dosage of the chosen exercise, suggestions, warnings and advice on the right.

Personalising is the point (CLINICAL.md §7): every change is one click or one drag, is
undoable, and shows at once what the client will read. The builder is made of parts that
each keep their own state: the toolbar, the programme list (with its undo history), the
dosage pane, the side panel, the drafts and the saving; the builder itself holds what was
loaded and which programme is shown, and keeps the parts in step.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QListWidgetItem, QSplitter, QVBoxLayout, QWidget

from pgp_desk.content.red_flag_text import referral_advice
from pgp_desk.content.stage_words import stage_long_label
from pgp_desk.content.suggestion_text import warning_label
from pgp_desk.domain.i18n import fill
from pgp_desk.domain.red_flags import ITEMS
from pgp_desk.domain.suggestions import BLOCK, ProgrammeWarning, suggested_advice
from pgp_desk.services.context import AppContext
from pgp_desk.services.programmes import programmes as programme_service
from pgp_desk.services.programmes.programme_suggestions import suggestions, warnings_for
from pgp_desk.services.programmes.programmes import (
    ProgrammeInput,
    ProgrammeItemData,
    ProgrammeRecord,
)
from pgp_desk.ui.i18n import current_language
from pgp_desk.ui.operations import Operation, show_failure
from pgp_desk.ui.programme.builder_data import (
    BuilderData,
    Catalogue,
    LibraryData,
    after_birth,
    load_builder,
    load_library,
)
from pgp_desk.ui.programme.builder_drafts import BuilderDrafts
from pgp_desk.ui.programme.builder_saving import BuilderSaving
from pgp_desk.ui.programme.builder_toolbar import BuilderToolbar
from pgp_desk.ui.programme.delegate import CODE_ROLE
from pgp_desk.ui.programme.dosage_editor import DosageEditor
from pgp_desk.ui.programme.dosage_pane import DosagePane
from pgp_desk.ui.programme.library_panel import LibraryPanel
from pgp_desk.ui.programme.programme_list import ProgrammeList
from pgp_desk.ui.programme.side_panel import SidePanel
from pgp_desk.ui.programme.template_menu import TemplateMenu
from pgp_desk.ui.programme.thumbnails import Thumbnails
from pgp_desk.ui.style import set_tone
from pgp_desk.ui.widgets.stepwise import build_at_once

DEFAULT_ADVICE = ("everyday", "pain_rule", "stop_signs")


class ProgrammeBuilder(QWidget):
    """Builds one episode's programme. ``loaded`` fires after every (re)load."""

    loaded = Signal()
    loadFailed = Signal()
    saved = Signal(object)
    handoutIssued = Signal(object)  # IssuedHandoutRecord, for the client's timeline

    def __init__(self, ctx: AppContext, episode_id: int, parent: QWidget | None = None,
                 *, stepwise: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("programmeBuilder")
        self.ctx = ctx
        self.episode_id = episode_id
        self.ui_lang = current_language()
        self.data: BuilderData | None = None
        self.record: ProgrammeRecord | None = None
        self.saved_input = ProgrammeInput()
        self.catalogue = Catalogue()
        self.busy = stepwise  # until it has been made and has read the programme
        self._suggested_for: tuple[object, ...] = ()
        self.thumbnails = Thumbnails()
        self.templates = TemplateMenu(self)
        self.toolbar = BuilderToolbar(self.templates.button)
        self.banner = _banner()
        self.splitter = _splitter(Qt.Orientation.Horizontal)  # panes join it as made
        self.main_layout = QVBoxLayout(self)
        self.main_layout.addWidget(self.toolbar)
        self.main_layout.addWidget(self.banner)
        self.main_layout.addWidget(self.splitter, 1)
        self.steps = self._make()  # ``stepwise``: the opener runs them (widgets.stepwise)
        if not stepwise:
            build_at_once(self.steps)

    def _make(self) -> Iterator[None]:
        """A pane per step, then the parts acting on them; then the programme is read."""
        self.library_panel = LibraryPanel(self.thumbnails, self.ui_lang)
        self.splitter.addWidget(self.library_panel)
        yield
        self.programme = ProgrammeList(self.thumbnails, self.catalogue, self.ui_lang)
        middle = _splitter(Qt.Orientation.Vertical, "programmeSplitter")
        middle.addWidget(self.programme)
        self.splitter.addWidget(middle)
        yield
        editor = DosageEditor(self.ui_lang)
        yield
        self.dosage = DosagePane(editor)  # placing the editor sizes it: a step of its own
        middle.addWidget(self.dosage)
        yield
        self.side = SidePanel(self.thumbnails, self.ui_lang, stepwise=True)
        self.splitter.addWidget(self.side)
        yield from self.side.build_steps()
        _stretch(middle, 3, 2)
        _stretch(self.splitter, 3, 5, 3)
        self.splitter.setSizes([360, 620, 380])
        self.drafts = BuilderDrafts(self)
        self.saving = BuilderSaving(self)
        self.main_layout.insertWidget(1, self.drafts.banner)
        self._connect()
        self.reload()

    def _connect(self) -> None:
        toolbar, programme = self.toolbar, self.programme
        toolbar.follow(programme.undo_stack)
        programme.undo_stack.indexChanged.connect(self._programme_changed)
        QShortcut(QKeySequence.StandardKey.Undo, self, programme.undo_stack.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, programme.undo_stack.redo)
        QShortcut(QKeySequence.StandardKey.Save, self, lambda: self.save())
        self.library_panel.exercise_activated.connect(programme.add_exercise)
        self.side.suggestions.add_requested.connect(programme.add_exercise)
        self.side.advice.changed.connect(self._update_state)
        self.side.warnings.itemActivated.connect(self._warning_activated)
        programme.currentChanged.connect(self._show_dosage)
        self.dosage.edited.connect(programme.edit_selected)
        toolbar.title.textEdited.connect(self._update_state)
        toolbar.language.currentIndexChanged.connect(self._language_changed)
        toolbar.history.activated.connect(self.saving.history_chosen)
        toolbar.save_button.clicked.connect(lambda: self.save())
        toolbar.issue_button.clicked.connect(self.saving.issue)
        toolbar.next_button.clicked.connect(self.saving.start_next)
        toolbar.clinic_button.clicked.connect(self.open_clinic_exercises)

    # ================================================================= loading
    def reload(self, programme_id: int | None = None) -> None:
        ctx, episode_id, lang = self.ctx, self.episode_id, self.ui_lang
        self.set_busy(True)
        Operation(self, lambda: load_builder(ctx, episode_id, programme_id, lang),
                  self._show).failure(self.failed).run()

    def _show(self, data: BuilderData) -> None:
        self.data = data
        self._take_library(data.library)
        self.library_panel.model.set_picture(data.source.picture)
        self.templates.set_lists(data.templates)
        self.toolbar.fill_history(data.history)
        self._open_record(data.record)
        self.set_busy(False)
        self.loaded.emit()

    def _take_library(self, library: LibraryData) -> None:
        self.catalogue.update(library)
        self.thumbnails.update(library.svgs, library.photos, library.images)
        self.library_panel.model.set_library(list(self.catalogue.offered.values()))

    def failed(self, exc: BaseException) -> None:
        """A load or a new programme failed: the builder is usable again, the reason shown."""
        self.set_busy(False)
        self.loadFailed.emit()
        show_failure(self, exc, self.tr("Programme"))

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
            self.toolbar.show_programme(record.id)
        self._set_read_only(record is not None and record.issued)
        self.show_input(data)
        self.drafts.offer()

    def show_input(self, data: ProgrammeInput) -> None:
        """Show ``data`` in every part (a programme opened, or a draft restored)."""
        self.toolbar.title.setText(data.title)
        self.toolbar.set_language_code(data.language)
        self.side.advice.set_values(data.advice, data.personal_note)
        self._apply_language(data.language)
        self.programme.show_items(data.items)
        self.toolbar.clear_undo()
        self._programme_changed()

    def show_saved(self, record: ProgrammeRecord, data: ProgrammeInput) -> None:
        """``record`` was stored from ``data``: it is now the base of the builder."""
        if self.record is None:
            self.drafts.forget_draft()  # the draft of the new, unsaved programme
        self.record = record
        self.drafts.forget_draft()
        self.saved_input = data
        if self.data is not None:
            assert record.created_at is not None and record.updated_at is not None  # stored
            summary = programme_service.ProgrammeSummary(
                record.id, record.status, record.title, record.language, len(record.items),
                record.therapist_name, record.created_at, record.updated_at, record.issued_at)
            history = [h for h in self.data.history if h.id != record.id]
            position = next((n for n, h in enumerate(self.data.history) if h.id == record.id), 0)
            history.insert(position, summary)
            self.data.history = history
            self.toolbar.fill_history(history)
            self.toolbar.show_programme(record.id)
        self._update_state()
        self.saved.emit(record)

    # ================================================================= state
    @property
    def read_only(self) -> bool:
        return self.programme.read_only

    def _set_read_only(self, read_only: bool) -> None:
        self.programme.set_read_only(read_only)
        for widget in (self.library_panel, self.dosage.editor, self.toolbar.title,
                       self.toolbar.language, self.side.advice,
                       self.side.suggestions.add_button):
            widget.setEnabled(not read_only)
        self.toolbar.next_button.setVisible(read_only)
        self.templates.set_can_start(not read_only)

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_state()

    def current_input(self) -> ProgrammeInput:
        return ProgrammeInput(
            title=self.toolbar.title.text().strip(),
            personal_note=self.side.advice.personal_note().strip(),
            language=self.toolbar.language_code(),
            advice=self.side.advice.advice(),
            items=self.programme.data(),
        )

    def is_dirty(self) -> bool:
        mine, base = self.current_input(), self.saved_input
        return (mine.title, mine.personal_note, mine.language, sorted(mine.advice),
                mine.items) != (base.title.strip(), base.personal_note.strip(), base.language,
                                sorted(base.advice), base.items)

    def has_unsaved_changes(self) -> bool:
        return self.data is not None and not self.read_only and self.is_dirty()

    def _update_state(self, *_args: object) -> None:
        dirty = self.is_dirty() if self.data is not None else False
        self.toolbar.show_state(self.record, dirty, self.busy,
                                self.programme.items.rowCount() > 0)

    def _programme_changed(self, *_args: object) -> None:
        """After any change to the items: headings, warnings, suggestions, buttons."""
        if self.data is None:
            return
        self.programme.show_count(stage_long_label(self.data.source.stage, self.ui_lang))
        codes = self.programme.codes()
        self.library_panel.model.set_in_programme(set(codes))
        picture = self.data.source.picture
        library, offered = self.catalogue.library, self.catalogue.offered
        warnings = warnings_for(picture, library, codes)
        self.side.warnings.show_warnings(warnings, library, self.ui_lang)
        blocking = any(w.severity == BLOCK for w in warnings)
        self.side.set_warning_count(len(warnings), blocking)
        key = (tuple(codes), id(self.data), len(offered))
        if key != self._suggested_for:  # typing a dosage does not change the suggestions
            self._suggested_for = key
            result = suggestions(picture, offered, codes)
            self.side.suggestions.show_result(self.data.source, result, offered)
        self._show_banner(blocking, warnings)
        self.programme.update_buttons()
        self._show_dosage()
        self._update_state()

    def _show_banner(self, blocking: bool, warnings: list[ProgrammeWarning]) -> None:
        if self.record is not None and self.record.issued:
            self.banner.setText(self.tr("This programme has been issued and is part of the "
                                        "record. To change it, start a new programme from it."))
            set_tone(self.banner, "good")
            self.banner.show()
        elif blocking:
            texts = [warning_label(w, self.ui_lang) for w in warnings if w.severity == BLOCK]
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

    def _show_dosage(self) -> None:
        item = self.programme.selected_item()
        exercise = self.catalogue.library.get(item.code) if item else None
        name = exercise.name(self.ui_lang) if exercise else (item.code if item else "")
        self.dosage.show_item(item, name, item is not None and not self.read_only)

    def _apply_language(self, lang: str) -> None:
        picture = self.data.source.picture if self.data else None
        if picture is not None:
            self.programme.items.set_context(self.catalogue.library, lang, picture)
        self.dosage.editor.set_language(lang)
        self.side.advice.set_language(lang)

    def _language_changed(self) -> None:
        self._apply_language(self.toolbar.language_code())
        self._programme_changed()

    def _warning_activated(self, item: QListWidgetItem) -> None:
        """Clicking a warning about an exercise selects that exercise in the programme."""
        self.programme.select_code(item.data(CODE_ROLE))

    # ================================================================= actions
    def save(self, then: Callable[[ProgrammeRecord], None] | None = None) -> None:
        self.saving.save(then)

    def leave(self, then: Callable[[], None]) -> None:
        self.saving.leave(then)

    def apply_template(self, name: str, items: list[ProgrammeItemData],
                       advice: list[str]) -> None:
        """Replace the programme's exercises with a template's (one undo step)."""
        self.programme.replace_all(items, fill(self.tr("Start from %1"), name))
        self.side.advice.set_values(list(advice), self.side.advice.personal_note())
        if not self.toolbar.title.text().strip():
            self.toolbar.title.setText(name)
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
        ctx, born = self.ctx, self.data is not None and after_birth(self.data.source)
        Operation(self, lambda: load_library(ctx, born), self._show_library) \
            .failure(self.failed).run()

    def _show_library(self, library: LibraryData) -> None:
        if self.data is None:
            return
        self.data.library = library
        self._suggested_for = ()
        self._take_library(library)
        self._apply_language(self.toolbar.language_code())
        self._programme_changed()


def _banner() -> QLabel:
    banner = QLabel()
    banner.setObjectName("programmeBanner")
    banner.setWordWrap(True)
    banner.hide()
    return banner


def _splitter(orientation: Qt.Orientation, name: str = "") -> QSplitter:
    splitter = QSplitter(orientation)
    splitter.setObjectName(name)
    splitter.setChildrenCollapsible(False)
    return splitter


def _stretch(splitter: QSplitter, *factors: int) -> None:
    for column, factor in enumerate(factors):
        splitter.setStretchFactor(column, factor)
