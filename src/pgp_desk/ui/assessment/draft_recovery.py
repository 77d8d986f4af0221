"""At start: assessments and programmes PGP Desk closed on before they were saved.

The drafts themselves are ``services.drafts``; the assessment form and the programme
builder also offer their own draft when they open. This small window lists all of them
right after start, so a crash or power cut in the middle of a visit is noticed even before
the client is looked up again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pgp_desk.domain.dates import format_date_time
from pgp_desk.services import drafts
from pgp_desk.services.clients import clients, episodes
from pgp_desk.services.context import AppContext
from pgp_desk.services.errors import UserError
from pgp_desk.ui.operations import Operation
from pgp_desk.ui.widgets.labels import paragraph
from pgp_desk.ui.widgets.named import named, titled
from pgp_desk.ui.widgets.parts import as_widget
from pgp_desk.ui.widgets.screen_fit import fit_window

if TYPE_CHECKING:
    from pgp_desk.ui.clients.workspace import ClientWorkspace

OpenDraft = Callable[[drafts.Draft], None]


def found_drafts(ctx: AppContext) -> list[tuple[drafts.Draft, str]]:
    """(draft, client name) for this database's drafts; drafts of erased clients are skipped."""
    out = []
    for draft in drafts.list_drafts(ctx.drafts_scope):
        try:
            client_id = draft.client_id
            if client_id is None and draft.episode_id is not None:  # a new programme
                client_id = episodes.get_episode(ctx.db, ctx.actor, draft.episode_id).client_id
            if client_id is None:
                continue
            client = clients.get_client(ctx.db, ctx.actor, client_id)
        except UserError:
            continue
        if draft.client_id is None:
            draft = replace(draft, client_id=client_id)
        out.append((draft, client.display_name))
    return out


class DraftRecoveryDialog(QDialog):
    """Lists unsaved assessments; "Open" takes the therapist to the chosen one."""

    def __init__(self, found: list[tuple[drafts.Draft, str]], on_open: OpenDraft,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        titled(self, "draftRecoveryDialog", self.tr("Unsaved work"))
        self.on_open = on_open
        intro = paragraph(self.tr(
            "PGP Desk closed before these assessments and programmes were saved. Open one to "
            "restore the unsaved changes, or leave them for later."))
        self.list = named(QListWidget(), "draftList")
        for draft, name in found:
            when = format_date_time(draft.saved_at)
            if draft.is_programme:
                what = (self.tr("new programme") if draft.programme_id is None
                        else self.tr("programme"))
            else:
                what = (self.tr("new assessment") if draft.assessment_id is None
                        else self.tr("assessment"))
            item = QListWidgetItem(f"{name} · {what} · {when}")
            item.setData(Qt.ItemDataRole.UserRole, draft)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(self.tr("Open"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.clicked.connect(self._open)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self._open())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        fit_window(self, 520, 300)

    def _open(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.on_open(item.data(Qt.ItemDataRole.UserRole))
        self.accept()


class DraftsWindow(Protocol):
    """What offering and opening drafts use of the main window."""

    draft_dialog: DraftRecoveryDialog | None  # kept while shown

    pages: QStackedWidget
    def open_client(self, client_id: int) -> ClientWorkspace | None: ...


def offer_drafts(window: DraftsWindow, ctx: AppContext) -> None:
    """Look for drafts in the background; if any, show the dialog over ``window``.

    ``window`` is the main window: "Open" opens the client's workspace and, once it has
    loaded, the assessment (whose form then offers the draft back).
    """
    def show(found: list[tuple[drafts.Draft, str]]) -> None:
        if not found:
            return
        dialog = DraftRecoveryDialog(found, lambda draft: open_draft(window, draft),
                                     as_widget(window))
        window.draft_dialog = dialog
        dialog.open()

    Operation(as_widget(window), lambda: found_drafts(ctx), show).run()


def open_draft(window: DraftsWindow, draft: drafts.Draft) -> None:
    """Open the draft's client, then its assessment form (or a new one for its episode) or
    its programme; the form or the builder then offers the draft back."""
    if draft.client_id is None:
        return
    workspace = window.open_client(draft.client_id)
    if workspace is None:
        return
    if draft.is_programme:
        _open_programme(workspace, draft)
        return
    tab = getattr(workspace, "assessments_tab", None)
    if tab is None:
        return

    def loaded() -> None:
        workspace.loaded.disconnect(loaded)
        workspace.tabs.setCurrentWidget(tab)
        if draft.episode_id is not None:
            index = tab.episode_box.findData(draft.episode_id)
            if index >= 0:
                tab.episode_box.setCurrentIndex(index)
        if draft.assessment_id is not None:
            tab.open_assessment(draft.assessment_id)
        else:
            tab.new_assessment(draft.kind or "initial")

    workspace.loaded.connect(loaded)


def _open_programme(workspace: ClientWorkspace, draft: drafts.Draft) -> None:
    """The workspace's Programme tab, on the draft's programme once the builder is ready."""
    tab = getattr(workspace, "programme_tab", None)
    if tab is None:
        return

    def loaded() -> None:
        workspace.loaded.disconnect(loaded)
        workspace.tabs.setCurrentWidget(tab)  # makes the builder, which loads the newest
        builder = tab.builder
        if builder is None or draft.programme_id is None:
            return

        def builder_loaded() -> None:
            builder.loaded.disconnect(builder_loaded)
            if builder.record is None or builder.record.id != draft.programme_id:
                builder.reload(draft.programme_id)

        builder.loaded.connect(builder_loaded)

    workspace.loaded.connect(loaded)
