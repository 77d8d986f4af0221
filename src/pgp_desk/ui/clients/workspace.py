"""A client's workspace: header, pregnancies and the timeline, with the record's actions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
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

from pgp_desk.domain.dates import format_date
from pgp_desk.domain.stage_text import stage_long_label
from pgp_desk.services import clients, episodes, privacy, timeline
from pgp_desk.services.context import AppContext
from pgp_desk.ui.clients.editor import ClientEditorDialog
from pgp_desk.ui.clients.episode_editor import EpisodeEditorDialog
from pgp_desk.ui.clients.header import ClientHeader
from pgp_desk.ui.clients.timeline_view import TimelineView
from pgp_desk.ui.i18n import current_language
from pgp_desk.ui.workers import run_in_background


class ClientWorkspace(QWidget):
    closed = Signal()
    loaded = Signal()

    def __init__(self, ctx: AppContext, client_id: int, parent=None):  # type: ignore[no-untyped-def]
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
        self.erase_button = QPushButton(self.tr("Erase …"))
        self.erase_button.setObjectName("eraseClient")
        bar = QHBoxLayout()
        bar.addWidget(self.back)
        bar.addStretch(1)
        for button in (self.edit_button, self.new_episode_button, self.archive_button,
                       self.export_button, self.erase_button):
            bar.addWidget(button)

        self.header = ClientHeader()
        self.episode_list = QListWidget()
        self.episode_list.setObjectName("episodeList")
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
        overview = QSplitter()
        overview.addWidget(episodes_box)
        overview.addWidget(timeline_box)
        overview.setSizes([380, 700])
        self.tabs = QTabWidget()
        self.tabs.setObjectName("clientTabs")
        self.tabs.addTab(overview, self.tr("Overview"))

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)

        self.back.clicked.connect(self.closed)
        self.edit_button.clicked.connect(self.edit)
        self.new_episode_button.clicked.connect(lambda: self.edit_episode(None))
        self.episode_list.itemActivated.connect(
            lambda item: self.edit_episode(item.data(256)))
        self.archive_button.clicked.connect(self.toggle_archive)
        self.export_button.clicked.connect(self.export)
        self.erase_button.clicked.connect(self.erase)
        self.reload()

    # --- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        ctx, client_id = self.ctx, self.client_id

        def load():  # type: ignore[no-untyped-def]
            return (clients.get_client(ctx.db, ctx.actor, client_id),
                    episodes.list_episodes(ctx.db, client_id),
                    timeline.client_timeline(ctx.db, client_id))

        run_in_background(load, on_done=self._show, on_error=self._load_failed, parent=self)

    def _show(self, result) -> None:  # type: ignore[no-untyped-def]
        self.client, self.episodes, entries = result
        current = self.current_episode()
        self.header.show_client(self.client, current)
        self.archive_button.setText(self.tr("Bring back") if self.client.archived
                                    else self.tr("Archive"))
        self.episode_list.clear()
        for episode in reversed(self.episodes):
            stage = stage_long_label(episode.stage(), current_language())
            due = format_date(episode.due_date)
            text = self.tr("Due %1").replace("%1", due) if due else self.tr("Pregnancy")
            if episode.birth_date:
                text += " · " + self.tr("born %1").replace("%1", format_date(episode.birth_date))
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
        self.loaded.emit()

    def _load_failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Cannot open client"), str(exc))
        self.closed.emit()

    def current_episode(self) -> episodes.EpisodeRecord | None:
        open_ones = [e for e in self.episodes if not e.closed]
        return (open_ones or self.episodes or [None])[-1]

    # --- actions -------------------------------------------------------------------------
    def edit(self) -> None:
        if self.client is None:
            return
        dialog = ClientEditorDialog(self.ctx, self.client, self)
        if dialog.exec():
            self.reload()

    def edit_episode(self, record: episodes.EpisodeRecord | None) -> None:
        dialog = EpisodeEditorDialog(self.ctx, self.client_id, record, self)
        if dialog.exec():
            self.reload()

    def toggle_archive(self) -> None:
        if self.client is None:
            return
        clients.set_archived(self.ctx.db, self.ctx.actor, self.client_id,
                             not self.client.archived)
        self.reload()

    def export(self) -> None:
        if self.client is None:
            return
        default = f"client-{self.client_id}.json"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export client data"), default,
                                              self.tr("JSON (*.json)"))
        if not path:
            return
        ctx, client_id = self.ctx, self.client_id

        def work() -> Path:
            from pgp_desk.services.export_files import write_client_export

            return write_client_export(ctx.db, ctx.actor, client_id, Path(path))

        run_in_background(
            work,
            on_done=lambda pdf: QMessageBox.information(
                self, self.tr("Exported"),
                self.tr("Saved %1 and a readable summary %2.").replace("%1", path)
                .replace("%2", str(pdf))),
            on_error=lambda exc: QMessageBox.warning(self, self.tr("Export failed"), str(exc)),
            parent=self,
        )

    def erase(self) -> None:
        if self.client is None:
            return
        name = self.client.display_name
        text, ok = QInputDialog.getText(
            self, self.tr("Erase client"),
            self.tr("This removes all personal data and clinical records of %1 for good. "
                    "The audit trail is kept without personal data. Check first that the "
                    "duty to keep patient records does not apply.\n\nType the client's full "
                    "name to confirm:").replace("%1", name),
        )
        if not ok:
            return
        try:
            privacy.erase_client(self.ctx.db, self.ctx.actor, self.client_id, text)
        except Exception as exc:  # UserError: the name did not match
            QMessageBox.warning(self, self.tr("Not erased"), str(exc))
            return
        self.closed.emit()


