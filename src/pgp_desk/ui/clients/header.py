"""The client header: who she is and where she is in pregnancy, on every client screen."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from pgp_desk.content.stage_words import stage_long_label
from pgp_desk.domain.dates import format_date
from pgp_desk.domain.i18n import fill
from pgp_desk.services.clients.clients import ClientRecord
from pgp_desk.services.clients.episodes import EpisodeRecord
from pgp_desk.ui.i18n import current_language
from pgp_desk.ui.style import set_role
from pgp_desk.ui.widgets.layouts import column, side_by_side
from pgp_desk.ui.widgets.named import named


def age_on(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


class ClientHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientHeader")
        self.name = named(QLabel(), "clientName")
        self.name.setWordWrap(True)
        self.details = named(QLabel(), "clientDetails")
        self.stage = named(QLabel(), "clientStage")
        self.flags = named(QLabel(), "redFlagBanner")
        self.flags.setWordWrap(True)
        set_role(self.flags, "alert")
        self.flags.hide()
        left = QVBoxLayout()
        left.addWidget(self.name)
        left.addWidget(self.details)
        column(self, side_by_side((left, 1), self.stage), self.flags).setContentsMargins(0, 0, 0, 0)

    def show_client(self, client: ClientRecord, episode: EpisodeRecord | None,
                    today: date | None = None) -> None:
        today = today or date.today()
        name = client.display_name
        if client.archived:
            name += self.tr(" (archived)")
        self.name.setText(name)
        self.name.setToolTip(client.display_name)
        parts = []
        if client.birth_date:
            parts.append(fill(self.tr("born %1 (%2 years)"),
                              format_date(client.birth_date),
                              str(age_on(client.birth_date, today))))
        if client.phone:
            parts.append(client.phone)
        parts.append(fill(self.tr("handouts in %1"), {
            "da": self.tr("Danish"), "nb": self.tr("Norwegian"), "en": self.tr("English"),
        }.get(client.language, client.language)))
        self.details.setText(" · ".join(parts))
        stage = episode.stage(today) if episode else None
        text = stage_long_label(stage, current_language())
        self.stage.setText(text or self.tr("no pregnancy recorded"))

    def show_red_flags(self, labels: list[str], advice: str = "") -> None:
        """The open flags and what to do: ``advice`` is the domain's referral text (the same
        words the assessment and the programme builder show), or a general line."""
        if not labels:
            self.flags.hide()
            return
        self.flags.setText(fill(self.tr("Red flag: %1."), "; ".join(labels)) + " "
                           + (advice or self.tr("Refer to the midwife or doctor before "
                                                "exercise.")))
        self.flags.show()
