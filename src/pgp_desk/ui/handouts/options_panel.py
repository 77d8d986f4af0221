"""The handout dialog's options: language, second language, paper, large print, compact,
the assessment page; ``changed`` fires whenever one of them changes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from pgp_desk.services.handouts.handout_options import PrintOptions
from pgp_desk.services.handouts.handout_snapshot import HandoutSnapshot
from pgp_desk.ui.style import set_role
from pgp_desk.ui.widgets.choices import add_languages, add_papers
from pgp_desk.ui.widgets.labels import paragraph
from pgp_desk.ui.widgets.named import named


class HandoutOptions(QWidget):
    """The choices, and ``status`` (the dialog's line about the PDF) underneath them."""

    changed = Signal()

    def __init__(self, status: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoutOptions")
        self.setMinimumWidth(270)
        self.setMaximumWidth(360)
        self.language = named(QComboBox(), "handoutLanguage")
        self.second = named(QComboBox(), "handoutSecondLanguage")
        self.second.addItem(self.tr("None"), None)
        add_languages(self.language)
        add_languages(self.second)
        self.paper = add_papers(QComboBox())
        self.paper.setObjectName("handoutPaper")
        self.large = named(QCheckBox(self.tr("Large print")), "handoutLargePrint")
        self.large.setToolTip(self.tr("Bigger type and pictures, for clients who see poorly."))
        self.compact = named(QCheckBox(self.tr("Compact (fewest pages)")), "handoutCompact")
        self.assessment = named(QCheckBox(self.tr("Pain drawing and scores")), "handoutAssessment")
        self.assessment.setToolTip(self.tr(
            "Adds the latest pain drawing and the PGQ and pain scores over time."))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        second_hint = paragraph(self.tr("Side by side, for a client who reads neither "
                                        "language well."))
        set_role(second_hint, "note")
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Second language"), self.second)
        form.addRow("", second_hint)
        form.addRow(self.tr("Paper"), self.paper)
        left = QVBoxLayout(self)
        left.setContentsMargins(0, 0, 8, 0)
        left.addWidget(QLabel(self.tr("<b>Options</b>")))
        left.addLayout(form)
        left.addSpacing(6)
        for box in (self.large, self.compact, self.assessment):
            left.addWidget(box)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        left.addSpacing(10)
        left.addWidget(line)
        left.addWidget(status)
        left.addStretch(1)
        for combo in (self.language, self.second, self.paper):
            combo.currentIndexChanged.connect(self.changed)
        for box in (self.large, self.compact, self.assessment):
            box.toggled.connect(self.changed)

    def _choices(self) -> tuple[QWidget, ...]:
        return (self.language, self.second, self.paper, self.large, self.compact,
                self.assessment)

    def options(self) -> PrintOptions:
        second = self.second.currentData()
        language = self.language.currentData()
        return PrintOptions(
            language=language,
            paper=self.paper.currentData(),
            large_print=self.large.isChecked(),
            compact=self.compact.isChecked() and not self.large.isChecked(),
            include_assessment=self.assessment.isChecked() and self.assessment.isEnabled(),
            second_language=second if second and second != language else None,
        )

    def apply_setup(self, setup: HandoutSnapshot) -> None:
        """The programme's language and the clinic's paper, without a ``changed``."""
        for widget in self._choices():
            widget.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(setup.language)))
        self.paper.setCurrentIndex(max(0, self.paper.findData(setup.paper)))
        self.assessment.setEnabled(setup.has_assessment)
        if not setup.has_assessment:
            self.assessment.setToolTip(self.tr("No assessment has been recorded yet."))
        for widget in self._choices():
            widget.blockSignals(False)

    def allow_compact(self, issued: bool) -> None:
        """Large print wins over compact; nothing changes once issued."""
        self.compact.setEnabled(not self.large.isChecked() and not issued)

    def lock(self) -> None:
        """Issued: the options are those of the stored copy."""
        for widget in self._choices():
            widget.setEnabled(False)
