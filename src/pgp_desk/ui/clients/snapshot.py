"""Where she stands, at a glance, at the top of the client's overview: the latest
assessment's PGQ, pain and subgroup, and the next visit the plan agreed."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QWidget

from pgp_desk.domain.dates import format_date
from pgp_desk.domain.i18n import fill
from pgp_desk.services.assessments.assessment_model import AssessmentRow, subgroup_text
from pgp_desk.ui.assessment.common import number_text
from pgp_desk.ui.i18n import current_language, translate


class ClientSnapshot(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientSnapshot")
        self.setWordWrap(True)

    def show_rows(self, rows: list[AssessmentRow], clinical: bool = True) -> None:
        """The pregnancy's assessments (oldest first): the latest in one line; below it
        the next visit of the latest plan that set one (none once the day has passed). A
        person without the therapist role is told whose these are."""
        if not clinical:
            self.setText(translate("ClientWorkspace", "Assessments and home programmes are "
                                   "seen by the clinic's therapists."))
            return
        if not rows:
            self.setText(translate("ClientWorkspace", "No assessment in this pregnancy yet."))
            return
        latest = rows[-1]
        parts = [fill(translate("ClientWorkspace", "Latest assessment %1"),
                      format_date(latest.assessed_on))]
        if latest.pgq_total is not None:
            parts.append(fill(translate("ClientWorkspace", "PGQ %1"),
                              number_text(latest.pgq_total)))
        if latest.nrs_now is not None:
            parts.append(fill(translate("ClientWorkspace", "pain %1 of 10"),
                              number_text(latest.nrs_now)))
        subgroup = subgroup_text(latest.classification, current_language())
        if subgroup:
            parts.append(subgroup)
        text = " · ".join(parts)
        agreed = [r.next_visit for r in rows if r.next_visit is not None]
        if agreed and agreed[-1] >= date.today():
            text += "\n" + fill(translate("ClientWorkspace", "Next visit %1"),
                                format_date(agreed[-1]))
        self.setText(text)
