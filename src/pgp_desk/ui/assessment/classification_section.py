"""The subgroup suggestion (Albert et al. 2000/2001) with its reasons, and the therapist's own
choice stored beside it. The rule itself is ``domain.classification``; this widget shows it.

Subgroups are stored as codes; a one-sided SI syndrome carries its side after a colon
(``one_sided_sij:left``), which fits the assessment's ``classification_*`` columns.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pgp_desk.content.classification_text import (
    joint_label,
    subgroup_label,
    suggestion_note,
)
from pgp_desk.content.classification_text import (
    reasons as reasons_of,
)
from pgp_desk.content.pelvic_test_text import side_label, test_name
from pgp_desk.domain.classification import (
    JOINT_TESTS,
    Subgroup,
    SubgroupSuggestion,
    suggest_subgroup,
)
from pgp_desk.domain.pelvic_tests import PelvicTestFindings, Side
from pgp_desk.ui.assessment.common import heading, hint, resolve_lang
from pgp_desk.ui.style import set_role, set_tone
from pgp_desk.ui.widgets.labels import paragraph
from pgp_desk.ui.widgets.layouts import side_by_side
from pgp_desk.ui.widgets.named import named

CHOICES: tuple[str, ...] = (
    Subgroup.PELVIC_GIRDLE_SYNDROME.value,
    Subgroup.SYMPHYSIOLYSIS.value,
    f"{Subgroup.ONE_SIDED_SIJ.value}:left",
    f"{Subgroup.ONE_SIDED_SIJ.value}:right",
    Subgroup.DOUBLE_SIDED_SIJ.value,
    Subgroup.MISCELLANEOUS.value,
    Subgroup.NONE.value,
    Subgroup.NOT_CLASSIFIABLE.value,
)


def choice_code(subgroup: Subgroup | str, side: Side | str | None = None) -> str:
    """``"one_sided_sij:left"`` for a one-sided SI syndrome, the subgroup code otherwise."""
    if Subgroup(subgroup) is Subgroup.ONE_SIDED_SIJ and side:
        return f"{Subgroup(subgroup).value}:{Side(side).value}"
    return Subgroup(subgroup).value


def parse_choice(code: str) -> tuple[Subgroup, Side | None]:
    subgroup, _, side = code.partition(":")
    return Subgroup(subgroup), Side(side) if side else None


def choice_label(code: str, lang: str) -> str:
    subgroup, side = parse_choice(code)
    return subgroup_label(subgroup, lang, side)


class ClassificationSection(QWidget):
    """Shows the suggestion for the current findings and pain; keeps the therapist's choice."""

    changed = Signal()

    def __init__(self, lang: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("classificationSection")
        self.lang = resolve_lang(lang)
        self._suggestion: SubgroupSuggestion | None = None
        self._stored: dict[str, Any] = {}

        caption = QLabel(self.tr("PGP Desk suggests"))
        set_role(caption, "hint")
        self.suggested = paragraph(self.tr("No findings yet"), "suggestedLabel")
        self.reasons = paragraph(name="reasonsLabel")
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        note = hint(suggestion_note(self.lang))
        note.setObjectName("suggestionNote")
        card = named(QFrame(), "suggestionCard")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(14, 10, 14, 10)
        inner.addWidget(caption)
        inner.addWidget(self.suggested)
        inner.addWidget(self.reasons)
        inner.addWidget(note)

        self.chosen = named(QComboBox(), "chosenCombo")
        self.chosen.setAccessibleName(self.tr("Your classification"))
        self.chosen.addItem(self.tr("Agree with the suggestion"), None)
        for code in CHOICES:
            self.chosen.addItem(choice_label(code, self.lang), code)
        self.differs = QLabel(self.tr("✎ Your choice differs from the suggestion"))
        self.differs.setObjectName("differsLabel")
        set_tone(self.differs, "caution")
        self.differs.hide()
        choice_row = side_by_side(QLabel(self.tr("Your classification")), (self.chosen, 1),
                                  self.differs)

        self.rule_toggle = named(QToolButton(), "ruleToggle")
        self.rule_toggle.setText(self.tr("How the suggestion is made"))
        self.rule_toggle.setCheckable(True)
        self.rule_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.rule_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.rule_toggle.setAutoRaise(True)
        self.rule = hint(self._rule_text())
        self.rule.setObjectName("ruleText")
        self.rule.setTextFormat(Qt.TextFormat.RichText)
        self.rule.hide()
        self.rule_toggle.toggled.connect(self._toggle_rule)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Classification")))
        layout.addWidget(card)
        layout.addSpacing(6)
        layout.addLayout(choice_row)
        layout.addWidget(self.rule_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.rule)
        layout.addStretch(1)
        self.chosen.currentIndexChanged.connect(self._chosen_changed)

    # ----- public API

    def update_from(self, findings: PelvicTestFindings,
                    painful_region_ids: Iterable[str] | Mapping[str, Any]) -> None:
        """Recompute the suggestion from the tests and the pain map (region ids, or a
        mapping of region id to its intensity as the pain map stores it)."""
        self._suggestion = suggest_subgroup(findings, painful_region_ids)
        self._show()
        self.changed.emit()

    def suggestion(self) -> SubgroupSuggestion | None:
        return self._suggestion

    def suggested_code(self) -> str | None:
        if self._suggestion is not None:
            return choice_code(self._suggestion.subgroup, self._suggestion.side)
        return self._stored.get("suggested")

    def chosen_code(self) -> str | None:
        code = self.chosen.currentData()
        return str(code) if code else None

    def effective(self) -> str | None:
        """The therapist's choice if she made one, else the suggestion."""
        return self.chosen_code() or self.suggested_code()

    def value(self) -> dict[str, Any]:
        """``{"suggested", "chosen", "reasons", "suggestion"}``; ``chosen`` is None when the
        therapist agrees with the suggestion."""
        if self._suggestion is not None:
            reasons = reasons_of(self._suggestion, self.lang)
            detail: dict[str, Any] | None = self._suggestion.to_dict()
        else:
            reasons = list(self._stored.get("reasons") or [])
            detail = self._stored.get("suggestion")
        return {
            "suggested": self.suggested_code(),
            "chosen": self.chosen_code(),
            "reasons": reasons,
            "suggestion": detail,
        }

    def set_value(self, value: Mapping[str, Any] | None) -> None:
        """Show a stored classification until ``update_from`` recomputes the suggestion."""
        self._stored = dict(value or {})
        self._suggestion = None
        self.chosen.blockSignals(True)
        index = self.chosen.findData(self._stored.get("chosen"))
        self.chosen.setCurrentIndex(index if index > 0 else 0)
        self.chosen.blockSignals(False)
        self._show()

    # ----- display

    def _show(self) -> None:
        code = self.suggested_code()
        self.suggested.setText(choice_label(code, self.lang) if code
                               else self.tr("No findings yet"))
        reasons = self.value()["reasons"]
        if not reasons:
            self.reasons.setText("")
        else:  # one line per joint, then the conclusion (content.classification_text.reasons)
            joints = "".join(f"<li>{_escape(r)}</li>" for r in reasons[:-1])
            self.reasons.setText(f"<ul style='margin:0 0 0 -24px'>{joints}</ul>"
                                 f"<p style='margin-top:4px'><b>{_escape(reasons[-1])}</b></p>")
        self._update_differs()

    def _chosen_changed(self) -> None:
        self._update_differs()
        self.changed.emit()

    def _update_differs(self) -> None:
        chosen = self.chosen_code()
        self.differs.setVisible(chosen is not None and chosen != self.suggested_code())

    def _toggle_rule(self, on: bool) -> None:
        self.rule.setVisible(on)
        self.rule_toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)

    def _rule_text(self) -> str:
        lines = []
        for joint, tests in JOINT_TESTS.items():
            parts = []
            for code, side in tests:
                side_text = "" if side is Side.MIDLINE else f" {side_label(side, self.lang)}"
                name = test_name(code, self.lang)
                parts.append(_escape(f"{name}{side_text}"))
            lines.append(f"<b>{_escape(joint_label(joint, self.lang))}</b>: "
                         + ", ".join(parts))
        intro = self.tr("A joint counts as confirmed when the client reports pain there on the "
                        "pain map and at least one of its tests is positive:")
        return f"{_escape(intro)}<br>" + "<br>".join(lines)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
