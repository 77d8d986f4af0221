"""The pelvic tests of one assessment: the table, the ASLR repeat and the derived values.

Filled from the keyboard (see ``tests_table``); the values and every derived number come
from ``domain.pelvic_tests`` (Vleeming et al. 2008; ASLR: Mens et al. 2001).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from pgp_desk.domain.i18n import fill
from pgp_desk.domain.pelvic_tests import Context, PelvicTestFindings, context_for_phase
from pgp_desk.ui.assessment.common import heading, hint, resolve_lang
from pgp_desk.ui.assessment.tests_model import (
    COL_LEFT,
    COMPRESSION,
    TestsModel,
    convert_context,
)
from pgp_desk.ui.assessment.tests_table import TestsTable
from pgp_desk.ui.style import POSITIVE_FG, set_role
from pgp_desk.ui.widgets.layouts import side_by_side
from pgp_desk.ui.widgets.named import named


class TestsSection(QWidget):
    """The pelvic tests of one assessment, bound to a ``PelvicTestFindings``."""

    findingsChanged = Signal()

    def __init__(self, context: Context | str = Context.PREGNANCY, lang: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("testsSection")
        self.lang = resolve_lang(lang)
        self._stash: dict[str, dict[str, Any]] = {}
        self.model = TestsModel(self.lang, self)
        self.model.findings = PelvicTestFindings(context=Context(context))
        self.table = TestsTable(self.model, self)
        self.compression = QCheckBox(self.tr("Repeat the ASLR with pelvic compression"))
        self.compression.setObjectName("aslrCompressionToggle")
        self.context_label = named(QLabel(), "testsContext")
        set_role(self.context_label, "hint")
        self.derived = named(QLabel(), "derivedLine")
        self.derived.setTextFormat(Qt.TextFormat.RichText)
        self.derived.setWordWrap(True)
        self.keys = hint("")
        self.keys.setObjectName("testsKeys")

        layout = QVBoxLayout(self)
        layout.addLayout(side_by_side(heading(self.tr("Pelvic tests")), 1, self.context_label))
        layout.addWidget(self.table)
        layout.addWidget(self.compression)
        layout.addWidget(self.derived)
        layout.addWidget(self.keys)
        layout.addStretch(1)

        self.model.dataChanged.connect(self._changed)
        self.model.modelReset.connect(self._refresh)
        self.compression.toggled.connect(self._toggle_compression)
        self.table.rejected.connect(self._rejected)
        self._refresh()

    # ----- public API

    def findings(self) -> PelvicTestFindings:
        """A copy of the findings as shown; safe to keep or store (``to_dict()``)."""
        return PelvicTestFindings.from_dict(self.model.findings.to_dict())

    def set_findings(self, findings: PelvicTestFindings) -> None:
        """Show findings (a copy is kept); their context becomes the table's context."""
        self._stash.clear()
        self.model.set_findings(PelvicTestFindings.from_dict(findings.to_dict()))
        self.compression.blockSignals(True)
        self.compression.setChecked(bool(findings.aslr_compression))
        self.compression.blockSignals(False)
        self._refresh()

    def set_context(self, context: Context | str) -> None:
        """Pregnancy or postpartum (a phase code such as "t2" or "pp_0_6" works too).

        LDL is recorded differently in the two contexts; values that do not fit are put
        aside and come back if the context is switched back.
        """
        text = str(context)
        new = Context(text) if text in (c.value for c in Context) else context_for_phase(text)
        if new == self.model.findings.context:
            return
        converted = convert_context(self.model.findings, new, self._stash)
        self.model.set_findings(converted)
        self.findingsChanged.emit()

    def context(self) -> Context:
        return Context(self.model.findings.context)

    def derived_values(self) -> dict[str, int | None]:
        """The numbers of the derived line, for tests and the form's summary."""
        f = self.model.findings
        return {
            "positive_tests": f.provocation_positive_count(),
            "positive_sides": f.provocation_positive_sides(),
            "tests_done": f.provocation_tested_count(),
            "aslr_sum": f.aslr_sum(),
            "aslr_compression_sum": f.aslr_compression_sum(),
            "ldl_sum": f.ldl_sum(),
        }

    # ----- reacting

    def _toggle_compression(self, on: bool) -> None:
        row = self.model.row_of(COMPRESSION)
        if not on and self.model.findings.aslr_compression:
            for side in list(self.model.findings.aslr_compression):
                self.model.findings.set_aslr_compression(side, None)
            self.model.dataChanged.emit(self.model.index(row, 0), self.model.index(row, 3))
        self.table.setRowHidden(row, not on)
        self.table.fit_height()
        self._refresh()
        if on:
            self.table.setCurrentIndex(self.model.index(row, COL_LEFT))
            self.table.setFocus()

    def _changed(self) -> None:
        self._refresh()
        self.findingsChanged.emit()

    def _rejected(self, text: str) -> None:
        message = _escape(fill(self.tr("“%1” is not a value for this test."), text))
        self.derived.setText(
            f"{self._derived_html()}<br><span style='color:{POSITIVE_FG}'>{message}</span>")

    def _refresh(self) -> None:
        postpartum = self.context() is Context.POSTPARTUM
        self.context_label.setText(self.tr("After birth: LDL graded 0-3") if postpartum
                                   else self.tr("Pregnant: LDL and symphysis by the 5-second "
                                                "rule"))
        self.keys.setText(
            self.tr("Keys: + positive · − or 0 negative · 0-3 LDL grade · 0-5 ASLR · "
                    "Delete = not tested · Space opens the list · Tab and arrows move")
            if postpartum else
            self.tr("Keys: + positive · − or 0 negative · t tenderness (under 5 s) · "
                    "0-5 ASLR · Delete = not tested · Space opens the list · Tab and arrows "
                    "move"))
        self.table.setRowHidden(self.model.row_of(COMPRESSION), not self.compression.isChecked())
        self.table.apply_spans()
        self.table.fit_height()
        self.derived.setText(self._derived_html())

    def _derived_html(self) -> str:
        d = self.derived_values()
        parts = [fill(self.tr("<b>Positive provocation tests: %1 of 6</b> "
                              "(%2 sides; %3 tests done)"),
                      d["positive_tests"], d["positive_sides"], d["tests_done"])]
        def out_of(value: int | None, top: int) -> str:
            return "–" if value is None else f"<b>{value}</b>/{top}"

        aslr = fill(self.tr("ASLR sum: %1"), out_of(d["aslr_sum"], 10))
        if self.compression.isChecked():
            aslr += fill(self.tr(", with compression %1"), out_of(d["aslr_compression_sum"], 10))
        parts.append(aslr)
        if self.context() is Context.POSTPARTUM:
            parts.append(fill(self.tr("LDL sum: %1"), out_of(d["ldl_sum"], 6)))
        return " &nbsp;·&nbsp; ".join(parts)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
