"""Edit a clinic exercise: texts in da/nb/en, facts, default dosage and a photo.

The dialog edits the same YAML-shaped mapping a built-in exercise file holds, so the
service checks it with the library's own parser.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pgp_desk.content.exercise_terms import term
from pgp_desk.content.exercises import (
    ACTIVITIES,
    CATEGORIES,
    CAUTIONS,
    EQUIPMENT,
    PHASES,
    POSITIONS,
    TARGETS,
    Exercise,
)
from pgp_desk.domain.dosage import Dosage, DosageError
from pgp_desk.domain.i18n import LANGUAGE_NAMES, LANGUAGES, fill
from pgp_desk.services.context import AppContext
from pgp_desk.services.errors import ValidationError
from pgp_desk.services.programmes import exercise_library as lib
from pgp_desk.services.programmes.exercise_library import ClinicExerciseRecord
from pgp_desk.services.programmes.photos import prepare_photo
from pgp_desk.ui.errors import describe_error
from pgp_desk.ui.operations import Operation
from pgp_desk.ui.programme.dosage_editor import DosageEditor
from pgp_desk.ui.widgets.layouts import side_by_side
from pgp_desk.ui.widgets.screen_fit import fit_window, scrolled

NO_PHOTO_CHANGE = object()


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


class _TextTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.purpose = QLineEdit()
        self.steps = QPlainTextEdit()
        self.cues = QPlainTextEdit()
        self.avoid = QPlainTextEdit()
        self.steps.setPlaceholderText(self.tr("One step per line, 2-6 steps"))
        self.cues.setPlaceholderText(self.tr("What to feel or focus on, one per line"))
        self.avoid.setPlaceholderText(self.tr("When to stop or make it easier, one per line"))
        for edit in (self.cues, self.avoid):
            edit.setFixedHeight(64)
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Purpose (one line: why)"), self.purpose)
        form.addRow(self.tr("Steps"), self.steps)
        form.addRow(self.tr("Cues"), self.cues)
        form.addRow(self.tr("Stop or ease off"), self.avoid)

    def load(self, data: dict[str, Any]) -> None:
        self.name.setText(data.get("name", ""))
        self.purpose.setText(data.get("purpose", ""))
        self.steps.setPlainText("\n".join(data.get("steps", [])))
        self.cues.setPlainText("\n".join(data.get("cues", [])))
        self.avoid.setPlainText("\n".join(data.get("avoid", [])))

    def value(self) -> dict[str, Any] | None:
        if not self.name.text().strip():
            return None
        return {"name": self.name.text().strip(), "purpose": self.purpose.text().strip(),
                "steps": _lines(self.steps), "cues": _lines(self.cues),
                "avoid": _lines(self.avoid)}


class _Checks(QGroupBox):
    def __init__(self, title: str, kind: str, codes: tuple[str, ...], lang: str,
                 columns: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        for n, code in enumerate(codes):
            box = QCheckBox(term(kind, code, lang))
            self.boxes[code] = box
            grid.addWidget(box, n // columns, n % columns)

    def set_values(self, values: list[str]) -> None:
        for code, box in self.boxes.items():
            box.setChecked(code in values)

    def values(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]


class ExerciseEditorDialog(QDialog):
    """``record`` None with a ``definition`` creates a new exercise (based on ``based_on``)."""

    def __init__(self, ctx: AppContext, library: dict[str, Exercise], ui_lang: str,
                 record: ClinicExerciseRecord | None, definition: dict[str, Any],
                 based_on: str | None = None, photo: bytes | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exerciseEditor")
        self.ctx, self.record, self.based_on = ctx, record, based_on
        self.saved: ClinicExerciseRecord | None = None
        self.photo_change: object = NO_PHOTO_CHANGE
        self.kind = definition.get("kind", "exercise")
        self.setWindowTitle(fill(self.tr("Edit clinic exercise %1"), record.code)
                            if record else self.tr("New clinic exercise"))

        self.texts: dict[str, _TextTab] = {lang: _TextTab() for lang in LANGUAGES}
        text_tabs = QTabWidget()
        for lang, name in LANGUAGE_NAMES.items():
            text_tabs.addTab(self.texts[lang], name)
            self.texts[lang].load(definition.get("texts", {}).get(lang, {}))

        self.category = QComboBox()
        for code in CATEGORIES:
            self.category.addItem(term("category", code, ui_lang), code)
        self.position = QComboBox()
        for code in POSITIONS:
            self.position.addItem(term("position", code, ui_lang), code)
        self.level = QSpinBox()
        self.level.setRange(1, 5)
        self.progression = QComboBox()
        self.regression = QComboBox()
        for combo in (self.progression, self.regression):
            combo.addItem(self.tr("(none)"), None)
            for code, exercise in sorted(library.items(),
                                         key=lambda kv: kv[1].name(ui_lang).casefold()):
                if record is None or code != record.code:
                    combo.addItem(f"{exercise.name(ui_lang)} ({code})", code)
        self.author = QLineEdit(definition.get("author", ctx.actor.full_name))
        self.licence = QLineEdit(definition.get("licence", lib.DEFAULT_LICENCE))
        self.phases = _Checks(self.tr("Suits these phases"), "phase", PHASES, ui_lang)
        self.equipment = _Checks(self.tr("Equipment"), "equipment", EQUIPMENT, ui_lang, 4)
        self.targets = _Checks(self.tr("Suits pain at"), "target", TARGETS, ui_lang)
        self.helps = _Checks(self.tr("Trains these daily activities"), "activity", ACTIVITIES,
                             ui_lang)
        self.cautions = _Checks(self.tr("Cautions (the builder warns)"), "caution", CAUTIONS,
                                ui_lang, 2)
        facts = QWidget()
        facts_form = QFormLayout()
        facts_form.addRow(self.tr("Category"), self.category)
        facts_form.addRow(self.tr("Starting position"), self.position)
        facts_form.addRow(self.tr("Level (1 easiest – 5)"), self.level)
        facts_form.addRow(self.tr("Harder version"), self.progression)
        facts_form.addRow(self.tr("Easier version"), self.regression)
        facts_form.addRow(self.tr("Author"), self.author)
        facts_form.addRow(self.tr("Licence"), self.licence)
        facts_layout = QVBoxLayout(facts)
        facts_layout.addLayout(facts_form)
        for group in (self.phases, self.targets, self.equipment, self.helps, self.cautions):
            facts_layout.addWidget(group)
        facts_layout.addStretch(1)

        self.dosage = DosageEditor(ui_lang, with_note=False)
        dosage_page = QWidget()
        dosage_layout = QVBoxLayout(dosage_page)
        dosage_layout.addWidget(self.dosage)
        dosage_layout.addStretch(1)

        self.photo = QLabel(self.tr("No photo: the handout shows the line drawing."))
        self.photo.setObjectName("exercisePhoto")
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setMinimumSize(360, 270)
        choose = QPushButton(self.tr("Choose photo …"))
        remove = QPushButton(self.tr("Remove photo"))
        choose.clicked.connect(self._choose_photo)
        remove.clicked.connect(self._remove_photo)
        photo_page = QWidget()
        photo_layout = QVBoxLayout(photo_page)
        photo_layout.addWidget(self.photo, 1)
        photo_layout.addLayout(side_by_side(choose, remove, 1))
        photo_layout.addWidget(QLabel(self.tr("PNG or JPEG. Stored at most 1200 pixels wide, "
                                              "without the camera's hidden data.")))
        if photo:
            self._show_photo(photo)

        tabs = QTabWidget()
        tabs.addTab(text_tabs, self.tr("Texts"))
        tabs.addTab(scrolled(facts), self.tr("Facts"))
        tabs.addTab(scrolled(dosage_page), self.tr("Default dosage"))
        tabs.addTab(scrolled(photo_page), self.tr("Photo"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.buttons)
        fit_window(self, 780, 720)
        self._load(definition)

    def _load(self, d: dict[str, Any]) -> None:
        self.category.setCurrentIndex(max(0, self.category.findData(d.get("category"))))
        self.position.setCurrentIndex(max(0, self.position.findData(d.get("position"))))
        self.level.setValue(int(d.get("level") or 1))
        self.progression.setCurrentIndex(max(0, self.progression.findData(d.get("progression"))))
        self.regression.setCurrentIndex(max(0, self.regression.findData(d.get("regression"))))
        self.phases.set_values(d.get("phases", list(PHASES)))
        self.equipment.set_values(d.get("equipment", []))
        self.targets.set_values(d.get("targets", list(TARGETS)))
        self.helps.set_values(d.get("helps_with", []))
        self.cautions.set_values(d.get("cautions", []))
        try:
            self.dosage.load(Dosage.from_dict(d.get("default_dosage")), "")
        except (DosageError, TypeError):
            self.dosage.load(Dosage(), "")

    def definition(self) -> dict[str, Any]:
        texts = {lang: tab.value() for lang, tab in self.texts.items()}
        return {
            "kind": self.kind,
            "category": self.category.currentData(),
            "phases": self.phases.values(),
            "position": self.position.currentData(),
            "equipment": self.equipment.values(),
            "level": self.level.value(),
            "progression": self.progression.currentData(),
            "regression": self.regression.currentData(),
            "targets": self.targets.values(),
            "helps_with": self.helps.values(),
            "cautions": self.cautions.values(),
            "default_dosage": self.dosage.dosage().to_dict(),
            "licence": self.licence.text().strip(),
            "author": self.author.text().strip(),
            "texts": {lang: text for lang, text in texts.items() if text},
        }

    # ---------------------------------------------------------------- photo
    def _show_photo(self, data: bytes) -> None:
        pixmap = QPixmap()
        if pixmap.loadFromData(data):
            self.photo.setPixmap(pixmap.scaled(self.photo.minimumSize(),
                                               Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))

    def _choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose photo"), "",
                                              self.tr("Photos (*.png *.jpg *.jpeg)"))
        if path:
            self.set_photo_bytes(Path(path).read_bytes())

    def set_photo_bytes(self, data: bytes) -> None:
        self.photo_change = data
        self._show_photo(data)

    def _remove_photo(self) -> None:
        self.photo_change = None
        self.photo.clear()
        self.photo.setText(self.tr("No photo: the handout shows the line drawing."))

    # ---------------------------------------------------------------- saving
    def save(self) -> None:
        ctx, record, definition = self.ctx, self.record, self.definition()
        based_on, photo = self.based_on, self.photo_change

        def work() -> ClinicExerciseRecord:
            if isinstance(photo, bytes):
                prepare_photo(photo)  # a bad photo stops the save before anything is written
            if record is None:
                saved = lib.create_clinic_exercise(ctx.db, ctx.actor, definition, based_on)
            else:
                saved = lib.update_clinic_exercise(ctx.db, ctx.actor, record, definition)
            if photo is None or isinstance(photo, bytes):  # else: NO_PHOTO_CHANGE
                saved = lib.set_photo(ctx.db, ctx.actor, saved, photo)
            return saved

        Operation(self, work, self._saved).failure(self._failed).disabling(self.buttons).run()

    def _saved(self, record: ClinicExerciseRecord) -> None:
        self.saved = record
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        text = ("\n".join(e.message for e in exc.errors) if isinstance(exc, ValidationError)
                else describe_error(exc))
        QMessageBox.warning(self, self.tr("Not saved"), text)
