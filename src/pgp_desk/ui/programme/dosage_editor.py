"""The dosage of one programme item (CERT fields; Slade et al. 2016), shown in plain words
as it will be printed, while the therapist types."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pgp_desk.content.dosage_text import render_dosage, render_pain_rule
from pgp_desk.content.exercise_terms import term
from pgp_desk.domain.dosage import (
    LIMITS,
    PAIN_RULE_MAX_CHARS,
    PAIN_RULES,
    SIDES,
    Dosage,
)
from pgp_desk.ui.style import mark_invalid, set_role
from pgp_desk.ui.widgets.layouts import side_by_side

OWN_RULE = "__own__"


def _spin(name: str, suffix: str = "") -> QSpinBox:
    """A spin box whose lowest value means "not set" and shows a dash."""
    low, high = LIMITS[name]
    spin = QSpinBox()
    spin.setObjectName(f"dosage_{name}")
    spin.setRange(low - 1, high)
    spin.setSpecialValueText("–")
    spin.setSuffix(suffix)
    spin.setAccelerated(True)
    spin.setMinimumWidth(78)
    spin.setMaximumWidth(120)
    return spin


class DosageEditor(QWidget):
    """Emits ``edited(dosage, note)`` on every change the user makes."""

    edited = Signal(object, str)

    def __init__(self, ui_lang: str, with_note: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui_lang = ui_lang
        self.lang = ui_lang
        self._loading = False
        self.sets = _spin("sets")
        self.reps = _spin("reps")
        self.hold = _spin("hold_seconds", self.tr(" s"))
        self.minutes = _spin("duration_minutes", self.tr(" min"))
        self.rest = _spin("rest_seconds", self.tr(" s"))
        self.times = _spin("times_per_day")
        self.days = _spin("days_per_week")
        self.tempo = QLineEdit()
        self.tempo.setObjectName("dosage_tempo")
        self.tempo.setPlaceholderText(self.tr("e.g. 3-1-3"))
        self.tempo.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"\d{0,2}(-\d{0,2}){0,3}"), self.tempo))
        self.tempo.setMaximumWidth(110)
        self.side = QComboBox()
        self.side.setObjectName("dosage_side")
        for code in SIDES:
            self.side.addItem(term("side", code, ui_lang), code)
        self.pain_rule = QComboBox()
        self.pain_rule.setObjectName("dosage_pain_rule")
        self.own_rule = QLineEdit()
        self.own_rule.setObjectName("dosage_own_rule")
        self.own_rule.setMaxLength(PAIN_RULE_MAX_CHARS)
        self.own_rule.setPlaceholderText(self.tr("Your own wording for this client"))
        self.note = QPlainTextEdit()
        self.note.setObjectName("dosage_note")
        self.note.setPlaceholderText(self.tr("A note for this client, printed with the "
                                             "exercise (e.g. “keep a pillow between your "
                                             "knees”)"))
        self.note.setFixedHeight(58)
        if not with_note:  # setVisible(True) on it, still parentless, made it a window
            self.note.hide()
        self.preview = QLabel()
        self.preview.setObjectName("dosagePreview")
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        cells = ((self.tr("Sets"), self.sets), (self.tr("Repetitions"), self.reps),
                 (self.tr("Hold"), self.hold), (self.tr("Rest"), self.rest),
                 (self.tr("Times a day"), self.times), (self.tr("Days a week"), self.days),
                 (self.tr("Tempo"), self.tempo), (self.tr("Side"), self.side),
                 (self.tr("Minutes each time"), self.minutes))
        for n, (label, widget) in enumerate(cells):
            row, column = divmod(n, 4)
            caption = QLabel(label)
            set_role(caption, "hint")
            caption.setBuddy(widget)
            widget.setAccessibleName(label)
            grid.addWidget(caption, row * 2, column)
            grid.addWidget(widget, row * 2 + 1, column)
        self.side.setMaximumWidth(170)
        grid.setColumnStretch(4, 1)
        self.pain_rule.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.pain_rule.setMinimumContentsLength(18)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.addRow(self.tr("Pain rule"), side_by_side((self.pain_rule, 1), (self.own_rule, 1)))
        self.pain_rule.setAccessibleName(self.tr("Pain rule"))
        if with_note:
            form.addRow(self.tr("Note for the client"), self.note)
            self.note.setAccessibleName(self.tr("Note for the client"))
        words = QLabel(self.tr("As the client reads it:"))
        set_role(words, "hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addLayout(form)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        set_role(line, "separator")
        layout.addWidget(line)
        layout.addWidget(words)
        layout.addWidget(self.preview)
        self._fill_rules()

        for spin in (self.sets, self.reps, self.hold, self.rest, self.times, self.days,
                     self.minutes):
            spin.valueChanged.connect(self._changed)
        self.tempo.textEdited.connect(self._changed)
        self.side.currentIndexChanged.connect(self._changed)
        self.pain_rule.currentIndexChanged.connect(self._rule_changed)
        self.own_rule.textEdited.connect(self._changed)
        self.note.textChanged.connect(self._changed)
        self.load(Dosage(), "")

    # ---------------------------------------------------------------- public
    def set_language(self, lang: str) -> None:
        """The programme's language: the pain rules and the preview are in it."""
        self.lang = lang
        current = self.dosage()
        self._loading = True
        self._fill_rules()
        self._set_rule(current.pain_rule)
        self._loading = False
        self._show_preview(current)

    def load(self, dosage: Dosage, note: str) -> None:
        self._loading = True
        for spin, value in ((self.sets, dosage.sets), (self.reps, dosage.reps),
                            (self.hold, dosage.hold_seconds), (self.rest, dosage.rest_seconds),
                            (self.times, dosage.times_per_day),
                            (self.days, dosage.days_per_week),
                            (self.minutes, dosage.duration_minutes)):
            spin.setValue(spin.minimum() if value is None else value)
        self.tempo.setText(dosage.tempo or "")
        self.side.setCurrentIndex(max(0, self.side.findData(dosage.side)))
        self._set_rule(dosage.pain_rule)
        if self.note.toPlainText() != note:
            self.note.setPlainText(note)
        self._loading = False
        self._show_preview(dosage)

    def dosage(self) -> Dosage:
        def value(spin: QSpinBox) -> int | None:
            return None if spin.value() == spin.minimum() else spin.value()

        tempo = self.tempo.text().strip()
        rule = self.pain_rule.currentData()
        if rule == OWN_RULE:
            rule = self.own_rule.text().strip() or None
        return Dosage(sets=value(self.sets), reps=value(self.reps),
                      hold_seconds=value(self.hold), rest_seconds=value(self.rest),
                      tempo=tempo if Dosage(tempo=tempo).validate() == [] and tempo else None,
                      side=self.side.currentData() or "none",
                      times_per_day=value(self.times), days_per_week=value(self.days),
                      pain_rule=rule, duration_minutes=value(self.minutes))

    def note_text(self) -> str:
        return self.note.toPlainText()

    # ---------------------------------------------------------------- internals
    def _fill_rules(self) -> None:
        self.pain_rule.blockSignals(True)
        self.pain_rule.clear()
        self.pain_rule.addItem(self.tr("No pain rule"), None)
        for code in PAIN_RULES:
            self.pain_rule.addItem(render_pain_rule(code, self.lang), code)
        self.pain_rule.addItem(self.tr("Own wording …"), OWN_RULE)
        self.pain_rule.blockSignals(False)

    def _set_rule(self, rule: str | None) -> None:
        if rule is None or rule in PAIN_RULES:
            self.pain_rule.setCurrentIndex(max(0, self.pain_rule.findData(rule)))
            self.own_rule.clear()
            self.own_rule.setEnabled(False)
        else:
            self.pain_rule.setCurrentIndex(self.pain_rule.findData(OWN_RULE))
            self.own_rule.setText(rule)
            self.own_rule.setEnabled(True)

    def _rule_changed(self) -> None:
        own = self.pain_rule.currentData() == OWN_RULE
        self.own_rule.setEnabled(own)
        if own and not self._loading:
            self.own_rule.setFocus()
        self._changed()

    def _show_preview(self, dosage: Dosage) -> None:
        words = render_dosage(dosage, self.lang, with_pain_rule=True)
        self.preview.setText(words or self.tr("No dosage: the exercise is printed without "
                                              "numbers."))

    def _mark_tempo(self) -> None:
        """A half-typed tempo ("3-") is not used yet: shown with a red frame."""
        text = self.tempo.text().strip()
        bad = bool(text) and Dosage(tempo=text).validate() != []
        mark_invalid(self.tempo, bad)
        self.tempo.setToolTip(self.tr("Write the tempo as seconds, e.g. 3-1-3") if bad else "")

    def _changed(self, *_args: object) -> None:
        self._mark_tempo()
        if self._loading:
            return
        dosage = self.dosage()
        self._show_preview(dosage)
        self.edited.emit(dosage, self.note_text())
