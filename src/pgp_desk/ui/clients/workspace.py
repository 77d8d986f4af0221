"""A client's workspace: header, pregnancies and the timeline, with the record's actions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pgp_desk.content.red_flag_text import describe, referral_advice
from pgp_desk.content.stage_words import stage_long_label
from pgp_desk.domain.dates import format_date, format_date_time
from pgp_desk.domain.i18n import fill
from pgp_desk.domain.red_flags import ITEMS
from pgp_desk.services.clients import clients, episodes, privacy, timeline
from pgp_desk.services.clients.client_overview import ClientOverview, client_overview
from pgp_desk.services.clients.timeline import TimelineEntry
from pgp_desk.services.context import AppContext
from pgp_desk.ui.assessment.assessment_list import AssessmentsTab
from pgp_desk.ui.clients.editor import ClientEditorDialog
from pgp_desk.ui.clients.episode_editor import EpisodeEditorDialog
from pgp_desk.ui.clients.header import ClientHeader
from pgp_desk.ui.clients.snapshot import ClientSnapshot
from pgp_desk.ui.clients.timeline_view import TimelineView
from pgp_desk.ui.errors import describe_error
from pgp_desk.ui.i18n import current_language
from pgp_desk.ui.operations import Operation, show_failure
from pgp_desk.ui.programme.tab import ProgrammeTab
from pgp_desk.ui.widgets.file_dialogs import ask_save_path, suggested_name
from pgp_desk.ui.widgets.layouts import side_by_side
from pgp_desk.ui.widgets.named import named


class ClientWorkspace(QWidget):
    closed = Signal()
    loaded = Signal()

    def __init__(self, ctx: AppContext, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id = client_id
        self.client: clients.ClientRecord | None = None
        self.episodes: list[episodes.EpisodeRecord] = []
        self.setObjectName("clientWorkspace")

        self.back = QPushButton(self.tr("← Clients"))
        self.edit_button = QPushButton(self.tr("Edit details"))
        self.new_episode_button = QPushButton(self.tr("New pregnancy"))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.export_button = QPushButton(self.tr("Export data"))
        self.erase_button = named(QPushButton(self.tr("Erase …")), "eraseClient")
        self.handout_button = QPushButton(self.tr("Print handout …"))
        self.handout_button.setObjectName("printHandout")
        self.record_buttons = (self.handout_button, self.edit_button, self.new_episode_button,
                        self.archive_button, self.export_button, self.erase_button)
        bar = side_by_side(self.back, 1, *self.record_buttons)

        self.header = ClientHeader()
        self.episode_list = named(QListWidget(), "episodeList")
        self.episode_list.setAlternatingRowColors(True)
        self.timeline = TimelineView()
        episodes_box = QWidget()
        episodes_layout = QVBoxLayout(episodes_box)
        episodes_layout.setContentsMargins(0, 0, 0, 0)
        episodes_layout.addWidget(QLabel(self.tr("<b>Pregnancies</b>")))
        episodes_layout.addWidget(self.episode_list)
        timeline_box = QWidget()
        timeline_layout = QVBoxLayout(timeline_box)
        timeline_layout.setContentsMargins(0, 0, 0, 0)
        timeline_layout.addWidget(QLabel(self.tr("<b>Timeline</b>")))
        timeline_layout.addWidget(self.timeline)
        splitter = QSplitter()
        splitter.addWidget(episodes_box)
        splitter.addWidget(timeline_box)
        splitter.setSizes([380, 700])
        # where she stands, at a glance: the latest assessment's scores and subgroup
        self.snapshot = ClientSnapshot()
        overview = QWidget()
        overview_layout = QVBoxLayout(overview)
        overview_layout.setContentsMargins(0, 0, 0, 0)
        overview_layout.addWidget(self.snapshot)
        overview_layout.addWidget(splitter, 1)
        self.tabs = named(QTabWidget(), "clientTabs")
        self.tabs.addTab(overview, self.tr("Overview"))
        self.assessments_tab = AssessmentsTab(ctx)
        self.programme_tab = ProgrammeTab(ctx)
        # a secretary: contact details and pregnancy dates; nothing clinical (the timeline is)
        self.clinical = ctx.actor.is_therapist
        if self.clinical:
            self.tabs.addTab(self.assessments_tab, self.tr("Assessments"))
            self.tabs.addTab(self.programme_tab, self.tr("Programme"))
        else:  # kept for the record's code, never shown
            self.assessments_tab.setParent(self)
            self.programme_tab.setParent(self)
            for part in (self.assessments_tab, self.programme_tab, self.handout_button,
                         self.export_button, self.new_episode_button, timeline_box):
                part.hide()
        self.assessments_tab.changed.connect(self.reload)
        self.programme_tab.handoutIssued.connect(lambda _record: self.refresh_timeline())

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)

        self.back.clicked.connect(lambda: self.leave(self.closed.emit))
        self.edit_button.clicked.connect(self.edit)
        self.new_episode_button.clicked.connect(lambda: self.edit_episode(None))
        self.episode_list.itemActivated.connect(
            lambda item: self.edit_episode(item.data(256)))
        self.archive_button.clicked.connect(self.toggle_archive)
        self.export_button.clicked.connect(self.export)
        self.erase_button.clicked.connect(lambda: self.erase())
        self.handout_button.clicked.connect(self.print_handout)
        self.timeline.entry_activated.connect(self._open_timeline_handout)
        self.reload()

    # --- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        ctx, client_id = self.ctx, self.client_id
        Operation(self, lambda: client_overview(ctx.db, ctx.actor, client_id), self._show) \
            .latest("client").busy(self._set_loading).failure(self._load_failed).run()

    def _set_loading(self, loading: bool) -> None:
        """Reading her record: say so (the first time); its actions wait meanwhile."""
        if loading and self.client is None:
            self.header.name.setText(self.tr("Opening the client …"))
        for button in self.record_buttons:
            button.setEnabled(not loading)

    def refresh_timeline(self) -> None:
        """Show what just happened (a handout issued) without reloading the whole client."""
        ctx, client_id = self.ctx, self.client_id
        Operation(self, lambda: timeline.client_timeline(ctx.db, client_id),
                  self.timeline.show_entries).run()

    def _show(self, overview: ClientOverview) -> None:
        self.client, self.episodes = overview.client, overview.episodes
        entries, assessed = overview.timeline, overview.assessments
        current = self.current_episode()
        self.header.show_client(self.client, current)
        self.snapshot.show_rows([a for a in assessed if current and a.episode_id == current.id],
                                self.clinical)
        self.archive_button.setText(self.tr("Bring back") if self.client.archived
                                    else self.tr("Archive"))
        self.episode_list.clear()
        for episode in reversed(self.episodes):
            stage = stage_long_label(episode.stage(), current_language())
            due = format_date(episode.due_date)
            text = fill(self.tr("Due %1"), due) if due else self.tr("Pregnancy")
            if episode.birth_date:
                text += " · " + fill(self.tr("born %1"), format_date(episode.birth_date))
            if episode.closed:
                text += " · " + self.tr("finished")
            elif stage:
                text += f" · {stage}"
            item = QListWidgetItem(text)
            item.setData(256, episode)
            self.episode_list.addItem(item)
        if not self.episodes:
            self.episode_list.addItem(self.tr("No pregnancy recorded: press “New pregnancy”."))
        self.timeline.show_entries(entries)
        if self.clinical:
            self.assessments_tab.set_client(self.client, self.episodes)
            self.programme_tab.set_episode(current.id if current else None)
            self._show_red_flags(overview.red_flags)
        self.loaded.emit()

    def has_unsaved_changes(self) -> bool:
        builder = self.programme_tab.builder
        return builder is not None and builder.has_unsaved_changes()

    def leave(self, then: Callable[[], None]) -> None:
        """Run ``then()`` once unsaved programme changes are saved or let go of."""
        builder = self.programme_tab.builder
        if builder is None:
            then()
        else:
            builder.leave(then)

    def _load_failed(self, exc: BaseException) -> None:
        show_failure(self, exc, self.tr("Cannot open client"))
        self.closed.emit()

    def _show_red_flags(self, codes: list[str]) -> None:
        """Open red flags of the current pregnancy, shown in the header with the advice."""
        lang = current_language()
        flags = [ITEMS[c] for c in codes if c in ITEMS]
        self.header.show_red_flags([describe(f, lang) for f in flags],
                                   referral_advice(flags, lang))

    def current_episode(self) -> episodes.EpisodeRecord | None:
        open_ones = [e for e in self.episodes if not e.closed]
        return (open_ones or self.episodes)[-1] if self.episodes else None

    # --- actions -------------------------------------------------------------------------
    def edit(self) -> None:
        if self.client is None:
            return
        dialog = ClientEditorDialog(self.ctx, self.client, self)
        if dialog.exec():
            self.reload()

    def edit_episode(self, record: episodes.EpisodeRecord | None) -> None:
        if not self.clinical:  # a pregnancy record is clinical
            return
        dialog = EpisodeEditorDialog(self.ctx, self.client_id, record, self)
        if dialog.exec():
            self.reload()

    def toggle_archive(self) -> None:
        if self.client is None:
            return
        ctx, client_id, archive = self.ctx, self.client_id, not self.client.archived
        Operation(self, lambda: clients.set_archived(ctx.db, ctx.actor, client_id, archive),
                  lambda _record: self.reload()).failure_title(self.tr("Not saved")).run()

    def export(self) -> None:
        if self.client is None:
            return
        default = suggested_name(self.tr("client data"), self.client.display_name,
                                 date.today(), "json")
        path = ask_save_path(self, self.tr("Export client data"), default,
                             self.tr("JSON (*.json)"), "json")
        if not path:
            return
        ctx, client_id = self.ctx, self.client_id

        def work() -> Path:
            from pgp_desk.services.handouts.export_files import write_client_export

            return write_client_export(ctx.db, ctx.actor, client_id, Path(path))

        Operation(self, work, lambda pdf: QMessageBox.information(
            self, self.tr("Exported"),
            fill(self.tr("Saved %1 and a readable summary %2."),
                 path, str(pdf)))).failure_title(self.tr("Export failed")).run()

    def erase(self, legal_basis: str | None = None, typed: str | None = None) -> None:
        if self.client is None:
            return
        name = self.client.display_name
        if typed is None:
            typed, ok = QInputDialog.getText(
                self, self.tr("Erase client"),
                fill(self.tr("This removes all personal data and clinical records of %1 for "
                             "good. The audit trail is kept without personal data. Check "
                             "first that the duty to keep patient records does not apply."
                             "\n\nType the client's full name to confirm:"), name),
            )
            if not ok:
                return
        ctx, client_id, text = self.ctx, self.client_id, typed
        Operation(self, lambda: privacy.erase_client(ctx.db, ctx.actor, client_id, text,
                                                     legal_basis),
                  self._erased).failure(lambda exc: self._erase_refused(exc, text)).run()

    def _erase_refused(self, exc: Exception, typed: str) -> None:
        """Inside the retention period an administrator may erase by giving the legal basis."""
        if isinstance(exc, privacy.RetentionPeriodRunning) and self.ctx.actor.is_admin:
            basis, ok = QInputDialog.getMultiLineText(
                self, self.tr("Erase before the retention period ends"),
                fill(self.tr("%1.\n\nWrite the legal basis for erasing now; the audit trail "
                             "keeps it (for example: GDPR art. 17(1)(d), recorded by "
                             "mistake):"), describe_error(exc)))
            if ok and basis.strip():
                self.erase(basis, typed)
            return
        show_failure(self, exc, self.tr("Not erased"))

    def _erased(self, held: list[privacy.BackupCopy]) -> None:
        """Offer to delete the backups that still hold her, then close her page."""
        if held:
            listed = "\n".join(f"{format_date_time(copy.taken)}   {copy.path.name}"
                                for copy in held)
            answer = QMessageBox.question(
                self, self.tr("Erase client"),
                fill(self.tr("These backups in PGP Desk's backups folder still hold the "
                             "client's data:\n\n%1\n\nDelete them now? Copies kept "
                             "elsewhere (a USB disk, the clinic server's backups) must be "
                             "deleted there."), listed))
            if answer == QMessageBox.StandardButton.Yes:
                paths = [copy.path for copy in held]
                owner = self.window() if self.window() is not self else None
                Operation(owner, lambda: privacy.delete_backups(paths)) \
                    .failure_title(self.tr("Erase client")).run()
        self.closed.emit()

    # --- handouts ------------------------------------------------------------------------
    def print_handout(self) -> None:
        """The handout of the current pregnancy's newest programme."""
        from pgp_desk.services.handouts.handouts import latest_programme_id

        ctx, client_id = self.ctx, self.client_id
        Operation(self, lambda: latest_programme_id(ctx.db, ctx.actor, client_id),
                  self._open_handout_dialog).failure_title(self.tr("Print handout")).run()

    def _open_handout_dialog(self, programme_id: int | None) -> None:
        if programme_id is None:
            QMessageBox.information(self, self.tr("Print handout"), self.tr(
                "There is no home programme yet: build one in the Programme tab first."))
            return
        from pgp_desk.ui.handouts import open_handout_dialog

        open_handout_dialog(self.ctx, programme_id, self,
                            on_issued=lambda _r: self.refresh_timeline())

    def _open_timeline_handout(self, entry: TimelineEntry | None) -> None:
        """An issued handout in the timeline opens its stored copy, for an identical reprint."""
        if entry is None or entry.kind != "handout":
            return
        from pgp_desk.ui.handouts import open_issued_handout

        open_issued_handout(self.ctx, entry.entity_id, self)
