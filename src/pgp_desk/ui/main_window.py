"""The main window: the client list first, a client's workspace when one is opened."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QWidget,
)

from pgp_desk.domain.dates import format_date
from pgp_desk.domain.i18n import fill
from pgp_desk.services import backups
from pgp_desk.services.context import AppContext
from pgp_desk.services.support import support_information
from pgp_desk.ui.assessment.draft_recovery import DraftRecoveryDialog, offer_drafts
from pgp_desk.ui.audit_sealer import AuditSealer
from pgp_desk.ui.clients.search_page import ClientSearchPage
from pgp_desk.ui.errors import describe_error
from pgp_desk.ui.operations import Operation, wait_for_background
from pgp_desk.ui.signin.idle_lock import IdleLock
from pgp_desk.ui.style import set_tone
from pgp_desk.ui.widgets.named import named
from pgp_desk.ui.widgets.screen_fit import fit_window
from pgp_desk.ui.widgets.stepwise import build_stepwise, laid_out
from pgp_desk.ui.widgets.when_painted import WhenPainted

if TYPE_CHECKING:  # imported on first use: opening the window stays quick
    from pgp_desk.ui.clients.workspace import ClientWorkspace

BACKUP_CHECK_MS = 60 * 60 * 1000  # once an hour: a copy is made when the last is a day old


class MainWindow(QMainWindow):
    switch_user_requested = Signal()  # drafts are kept; the app signs the next person in
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._leaving = False
        self.draft_dialog: DraftRecoveryDialog | None = None  # drafts found at start
        self.setObjectName("mainWindow")
        self._set_title()
        fit_window(self, 1280, 820)
        self.pages = QStackedWidget()
        self.search_page = ClientSearchPage(ctx)
        self.pages.addWidget(self.search_page)
        self.setCentralWidget(self.pages)
        self._build_menus()
        self._build_status_bar()
        self.audit_sealer = AuditSealer(ctx.db, self)
        self.search_page.client_chosen.connect(self.open_client)
        self.search_page.new_client_requested.connect(self.new_client)

    def _set_title(self) -> None:
        title = "PGP Desk"
        if self.ctx.demo:
            title += " — " + self.tr("DEMO CLINIC (fictional data)")
        self.setWindowTitle(title)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._add_action(file_menu, self.tr("Find client"), self.show_search,
                         shortcut=QKeySequence("Ctrl+K"))
        self._add_action(file_menu, self.tr("New client"), self.new_client,
                         shortcut=QKeySequence(QKeySequence.StandardKey.New))
        self._add_action(file_menu, self.tr("Import clients …"), self.import_clients,
                         "importClientsAction")
        file_menu.addSeparator()
        for name, text, slot in (
                ("clinicSettingsAction", self.tr("Clinic settings …"), self.clinic_settings),
                ("peopleAction", self.tr("People …"), self.people),
                ("instrumentsAction", self.tr("Questionnaires …"), self.questionnaires)):
            clinic_wide = self._add_action(file_menu, text, slot, name)
            clinic_wide.setEnabled(self.ctx.actor.is_admin)  # only she may change them
        if self.ctx.db.is_sqlite and not self.ctx.demo:
            self._add_action(file_menu, self.tr("Daily backups …"), self.choose_backup_folder,
                             "dailyBackupsAction")
        if self.ctx.actor.is_admin:
            self._add_action(file_menu, self.tr("Audit log …"), self.audit_log,
                             "auditLogAction")
        file_menu.addSeparator()
        self._add_action(file_menu, self.tr("Switch user …"), self.switch_user,
                         "switchUserAction")
        # Windows has no standard Quit key
        self._add_action(file_menu, self.tr("Quit"), self.close, shortcut=QKeySequence("Ctrl+Q"))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        support = self._add_action(help_menu, self.tr("Copy support information"),
                                   self.copy_support_information, "copySupportAction")
        support.setToolTip(self.tr("Version, database and the last log lines, for your IT "
                                   "contact; no client data and no password"))
        about = self._add_action(help_menu, self.tr("About PGP Desk"), self.about,
                                 "aboutAction")
        about.setMenuRole(QAction.MenuRole.AboutRole)  # macOS: in the application menu

    def _add_action(self, menu: QMenu, text: str, slot: Callable[[], object],
                    name: str = "", shortcut: QKeySequence | None = None) -> QAction:
        """A menu entry; ``name`` lets tests and screen scripts find it."""
        action = QAction(text, self)
        if name:
            action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_status_bar(self) -> None:
        db = self.ctx.db
        if self.ctx.demo:
            where = self.tr("Demo database")
        elif db.is_sqlite:
            where = self.tr("Records on this computer")
        else:
            where = fill(self.tr("Clinic server %1"), db.location)
            if db.unverified_connection:
                where += " · " + self.tr("connection not verified (sslmode in the URL)")
        label = QLabel(fill(self.tr("Signed in as %1 · %2"), self.ctx.actor.signature, where))
        label.setToolTip(db.location)  # IT support can still see exactly which database
        label.setObjectName("databaseLabel")
        self.statusBar().addPermanentWidget(label)
        self.backup_status = named(QLabel(), "backupStatus")
        set_tone(self.backup_status, "alarm")
        self.backup_status.hide()
        self.statusBar().addPermanentWidget(self.backup_status)

    def start(self) -> None:
        """The first page of clients, alone: the start's other work waits until its rows
        (or its message) are painted. On a clinic server the page then has the open
        connection to itself instead of opening another, and its rows do not wait for
        the interpreter while other work runs in the background."""
        self.idle_lock = IdleLock(self, self.ctx)
        self.search_page.model.loading_changed.connect(self._first_page_done)
        self.search_page.start()
        self.audit_sealer.start()

    def _first_page_done(self, loading: bool) -> None:
        if not loading:
            self.search_page.model.loading_changed.disconnect(self._first_page_done)
            WhenPainted(self.search_page.table.viewport(), self._after_first_page)

    def _after_first_page(self) -> None:
        """The clinic's idle time, assessments left unsaved by a crash, the daily backup,
        and the client's screens read in the background, so opening the first client does
        not freeze the window while Python loads them."""
        self.idle_lock.load_minutes()
        offer_drafts(self, self.ctx)
        if self.ctx.db.is_sqlite and not self.ctx.demo:
            self.backup_now()
            self._backup_timer = QTimer(self)
            self._backup_timer.timeout.connect(self.backup_now)
            self._backup_timer.start(BACKUP_CHECK_MS)
        Operation(self, _load_client_screens).failure(lambda _exc: None).run()

    def backup_now(self, force: bool = False) -> None:
        """Make the daily copy if it is due (in the background), then show its state."""
        db = self.ctx.db

        def work() -> datetime | None:
            plan = backups.load_plan()
            backups.backup_if_due(db, plan, force=force)
            return backups.last_backup(db, plan)

        Operation(self, work, self._show_backup_state) \
            .failure(lambda exc: self._show_backup_state(None, describe_error(exc))).run()

    def _show_backup_state(self, last: datetime | None, problem: str = "") -> None:
        if problem:
            text = fill(self.tr("⚠ Backup failed: %1"), problem)
        elif last is None:
            text = self.tr("⚠ No daily backup yet: File → Daily backups …")
        elif datetime.now() - last > backups.WARN_AFTER:
            text = fill(self.tr("⚠ Last backup %1: check the backup disk"),
                        format_date(last.date()))
        else:
            self.backup_status.hide()
            return
        self.backup_status.setText(text)
        self.backup_status.show()

    def choose_backup_folder(self) -> None:
        """Choose the folder (an external disk, a network share) for the daily copies."""
        plan = backups.load_plan()
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for daily backups"), str(plan.folder) if plan else "")
        if not folder:
            return
        keep = plan.keep if plan else backups.DEFAULT_KEEP
        db = self.ctx.db

        def work() -> datetime | None:
            chosen = backups.save_plan(backups.BackupPlan(Path(folder), keep))
            backups.backup_if_due(db, chosen, force=True)
            return backups.last_backup(db, chosen)

        def done(last: datetime | None) -> None:
            self._show_backup_state(last)
            self.statusBar().showMessage(fill(self.tr("Backup written to %1; a new copy is "
                                                      "made every day."), folder), 10000)

        Operation(self, work, done).failure_title(self.tr("Daily backups")).run()

    def show_search(self) -> None:
        self.pages.setCurrentWidget(self.search_page)
        self.search_page.focus_search()

    def open_client(self, client_id: int) -> ClientWorkspace | None:
        """Open a client's workspace (shown two event-loop turns later) and return it; a
        secretary, who keeps contact details and may not open clinical records, gets the
        client's details instead (None)."""
        if not self.ctx.actor.is_therapist:
            self._edit_contact(client_id)
            return None
        from pgp_desk.ui.clients.workspace import ClientWorkspace

        workspace = ClientWorkspace(self.ctx, client_id, self)
        workspace.closed.connect(lambda: self._close_workspace(workspace))
        self.pages.addWidget(workspace)
        # made in this turn, laid out in the next, shown in the one after (each was about
        # 30-60 ms): the window answers in between, and her record is read meanwhile
        build_stepwise(workspace, laid_out(workspace),
                       lambda: self.pages.setCurrentWidget(workspace))
        return workspace

    def _edit_contact(self, client_id: int) -> None:
        from pgp_desk.services.clients import clients
        from pgp_desk.ui.clients.editor import ClientEditorDialog

        ctx = self.ctx

        def edit(record: clients.ClientRecord) -> None:
            dialog = ClientEditorDialog(ctx, record, self)
            if dialog.exec() and dialog.edited.saved is not None:
                self.search_page.model.refresh()

        Operation(self, lambda: clients.get_client(ctx.db, ctx.actor, client_id), edit).run()

    def _close_workspace(self, workspace: QWidget) -> None:
        self.pages.removeWidget(workspace)
        workspace.deleteLater()
        self.search_page.model.refresh()
        self.show_search()

    def import_clients(self) -> None:
        from pgp_desk.ui.clients.import_dialog import ImportClientsDialog

        dialog = ImportClientsDialog(self.ctx, self)
        dialog.imported.connect(lambda _count: self.search_page.model.refresh())
        dialog.exec()

    def new_client(self) -> None:
        from pgp_desk.ui.clients.editor import ClientEditorDialog

        dialog = ClientEditorDialog(self.ctx, None, self)
        if dialog.exec() and dialog.edited.saved is not None:
            self.search_page.model.refresh()
            if self.ctx.actor.is_therapist:  # a secretary has just seen all she keeps
                self.open_client(dialog.edited.saved.id)

    def questionnaires(self) -> None:
        from pgp_desk.ui.settings.instruments_dialog import InstrumentsDialog

        InstrumentsDialog(self.ctx, self).exec()

    def people(self) -> None:
        from pgp_desk.ui.signin.people_dialog import PeopleDialog

        PeopleDialog(self.ctx, self).exec()

    def clinic_settings(self) -> None:
        from pgp_desk.ui.settings.clinic_settings import ClinicSettingsDialog

        ClinicSettingsDialog(self.ctx, self).exec()

    def copy_support_information(self) -> None:
        """Put version, database, schema and the last log lines on the clipboard for IT."""
        db = self.ctx.db

        def copied(text: str) -> None:
            QGuiApplication.clipboard().setText(text)
            self.statusBar().showMessage(
                self.tr("Support information copied: paste it into an email to your IT "
                        "contact."), 10000)

        Operation(self, lambda: support_information(db), copied) \
            .failure_title(self.tr("Copy support information")).run()

    def about(self) -> None:
        from pgp_desk.ui.about import show_about

        show_about(self, self.ctx)

    def audit_log(self) -> None:
        from pgp_desk.ui.audit.audit_log_dialog import AuditLogDialog

        AuditLogDialog(self.ctx, self).exec()

    def switch_user(self) -> None:
        """Keep every open form as a draft of its author, then sign out."""
        from pgp_desk.ui.assessment.form_drafts import FormDrafts
        from pgp_desk.ui.programme.builder_drafts import BuilderDrafts

        for keeper in self.findChildren(QObject):
            if isinstance(keeper, (FormDrafts, BuilderDrafts)):
                keeper.write_draft()
        self._leaving = True  # the drafts hold what was not saved: no question on close
        self.switch_user_requested.emit()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        from pgp_desk.ui.clients.workspace import ClientWorkspace

        # Quit (Ctrl+Q) or closing this window ends PGP Desk: assessment windows close
        # first, each asking about its unsaved changes; a "Cancel" keeps everything open.
        for other in QApplication.topLevelWidgets():
            if (other is not self and other.isVisible() and other.parentWidget() is None
                    and other.windowType() == Qt.WindowType.Window and not other.close()):
                event.ignore()
                return
        page = self.pages.currentWidget()
        if (isinstance(page, ClientWorkspace) and not self._leaving
                and page.has_unsaved_changes()):
            event.ignore()  # ask about the unsaved programme first, then close for real
            page.leave(lambda: QTimer.singleShot(0, self._close_now))
            return
        wait_for_background(5000)
        super().closeEvent(event)

    def _close_now(self) -> None:
        self._leaving = True
        self.close()


def _load_client_screens() -> None:
    """Import the workspace with the assessment form and programme builder (~0.3 s of
    Python) and read the advice modules the builder lists. No widget is made here: the
    modules only define classes."""
    import pgp_desk.ui.clients.workspace  # noqa: F401
    from pgp_desk.content.advice import builtin_advice

    builtin_advice()
