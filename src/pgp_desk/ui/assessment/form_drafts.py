"""The assessment form's crash-safe drafts: written every few seconds, offered back on open.

The files are ``services.drafts`` (atomic writes, one folder per database).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QObject

from pgp_desk.domain.i18n import fill
from pgp_desk.services import drafts
from pgp_desk.services.assessments.assessment_model import (
    AssessmentInput,
    AssessmentRecord,
    input_from_payload,
)
from pgp_desk.services.clients.clients import ClientRecord
from pgp_desk.services.clients.episodes import EpisodeRecord
from pgp_desk.services.context import AppContext
from pgp_desk.ui.assessment.form_header import FormHeader
from pgp_desk.ui.widgets.draft_banner import autosave_timer, offer_text
from pgp_desk.ui.widgets.parts import Owner, as_widget


class DraftsForm(Protocol):
    """What the drafts use of their form (the assessment form)."""

    ctx: AppContext
    client: ClientRecord
    episode: EpisodeRecord
    record: AssessmentRecord | None
    kind: str
    clean: str
    busy: bool
    @property
    def signed(self) -> bool: ...
    header: FormHeader
    def collect(self) -> AssessmentInput: ...
    def payload_text(self, data: AssessmentInput) -> str: ...
    def show_input(self, data: AssessmentInput) -> None: ...


class FormDrafts(QObject):
    """Writes the form's unsaved changes to a draft file every few seconds (``timer``),
    and offers a draft found on opening in the form's header."""

    def __init__(self, form: DraftsForm) -> None:
        super().__init__(as_widget(form))
        self._last_draft: str | None = None
        self._found_draft: drafts.Draft | None = None
        self.timer = autosave_timer(self, "autosaveTimer", self.write_draft)

    form = Owner[DraftsForm]()

    @property
    def draft_key(self) -> str:
        record = self.form.record
        if record is not None:
            return drafts.draft_key(assessment_id=record.id)
        return drafts.draft_key(episode_id=self.form.episode.id)

    def write_draft(self) -> bool:
        """Keep the unsaved form on disk (called by the autosave timer); True if written."""
        form = self.form
        if form.signed or form.busy:
            return False
        text = form.payload_text(form.collect())
        if text == form.clean or text == self._last_draft:
            return False
        record = form.record
        drafts.write_draft(form.ctx.drafts_scope, self.draft_key, json.loads(text),
                           assessment_id=record.id if record else None,
                           episode_id=form.episode.id, client_id=form.client.id,
                           base_version=record.version if record else None,
                           kind=form.kind)
        self._last_draft = text
        form.header.saved.setText(fill(self.tr("Draft kept on this computer %1"),
                                       datetime.now().strftime("%H:%M:%S")))
        return True

    def offer(self) -> None:
        """After the form opened: offer a draft of it that PGP Desk closed on."""
        form = self.form
        found = drafts.read_draft(form.ctx.drafts_scope, self.draft_key)
        self._found_draft = found
        if found is None:
            return
        if form.signed:
            self.forget()
            return
        try:
            restored = input_from_payload(found.payload)
        except (ValueError, KeyError, TypeError):
            self._found_draft = None
            return
        if form.payload_text(restored) == form.clean:
            self.forget()
            return
        since = self.tr("The assessment has been saved since; restoring replaces those changes "
                        "when you save.")
        form.header.show_draft_offer(offer_text(found, form.record, self.tr(
            "Unsaved changes from %1 were found on this computer: PGP Desk closed before they "
            "were saved."), since))

    def restore_draft(self) -> None:
        if self._found_draft is None:
            return
        data = input_from_payload(self._found_draft.payload)
        self.form.show_input(data)
        self._last_draft = self.form.payload_text(data)
        self.form.header.show_draft_offer("")
        self._found_draft = None

    def discard_found_draft(self) -> None:
        self.forget()
        self.form.header.show_draft_offer("")

    def forget(self, *keys: str) -> None:
        """Remove the draft files (this form's, or ``keys``): saved, signed or thrown away."""
        for key in set(keys or (self.draft_key,)):
            drafts.discard_draft(self.form.ctx.drafts_scope, key)
        self._found_draft = None
        self._last_draft = None
