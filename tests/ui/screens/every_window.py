"""Open every window and dialog of PGP Desk for a client with a long Danish name.

Run as a program (``PYTHONPATH=tests python tests/ui/screens/every_window.py``) under
Qt's offscreen platform with a screen description; it prints one JSON object: the windows
it opened and what does not fit. ``tests/ui/test_window_sizes.py`` runs it once per
supported screen, because a screen's size is fixed when the application starts.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable

from PySide6.QtCore import QRect, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QLabel,
    QWidget,
)

from code_scan import codes_in, english_in, screen_text
from handout_world import worked

LONG_FIRST = "Anne-Sofie Marie-Louise Bjørnholm-Schrøder"
LONG_LAST = "Kristiansen-Østergaard Bækgaard-Nielsen"


def settle(rounds: int = 6) -> None:
    from pgp_desk.ui.operations import wait_for_background

    for _ in range(rounds):
        wait_for_background(10000)
        QTest.qWait(15)


def _scrolled(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def problems(name: str, window: QWidget) -> list[str]:
    """What keeps ``window`` from being used whole on this screen."""
    from pgp_desk.ui.widgets.screen_fit import FRAME_WIDTH, TITLE_BAR_HEIGHT, usable_size

    found: list[str] = []
    settle(2)
    area: QRect = QGuiApplication.primaryScreen().availableGeometry()
    usable = usable_size(window)
    size, minimum = window.size(), window.minimumSizeHint().expandedTo(window.minimumSize())
    if size.width() > usable.width() or size.height() > usable.height():
        found.append(f"{name}: opens {size.width()}×{size.height()}, "
                     f"the screen has room for {usable.width()}×{usable.height()}")
    if minimum.width() > usable.width() or minimum.height() > usable.height():
        found.append(f"{name}: cannot be made smaller than {minimum.width()}×"
                     f"{minimum.height()}, the screen has room for "
                     f"{usable.width()}×{usable.height()}")
    pos = window.pos()
    outer = QRect(pos.x(), pos.y(), size.width() + FRAME_WIDTH,
                  size.height() + TITLE_BAR_HEIGHT)
    if not area.contains(outer):
        found.append(f"{name}: placed at {pos.x()},{pos.y()}, partly off the screen")
    inside = window.rect()
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or not button.text() or button.window() is not window:
            continue
        label = button.text().replace("&", "")
        if button.width() < button.sizeHint().width():
            found.append(f"{name}: button {label!r} squeezed to {button.width()} px "
                         f"(needs {button.sizeHint().width()})")
        box = QRect(button.mapTo(window, button.rect().topLeft()), button.size())
        if not _scrolled(button) and not inside.contains(box):
            found.append(f"{name}: button {label!r} is outside the window")
    for label in window.findChildren(QLabel):
        if (label.isVisibleTo(window) and label.text() and not label.wordWrap()
                and label.window() is window and not _scrolled(label)
                and label.width() < label.sizeHint().width()):
            found.append(f"{name}: text {label.text()[:40]!r} cut off at {label.width()} px "
                         f"(needs {label.sizeHint().width()})")
    return found


def close_next_modal(check: Callable[[QDialog], None]) -> None:
    """Check the next modal dialog once it is shown, then cancel it (exec() blocks)."""
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or not dialog.isVisible():
            QTimer.singleShot(20, poll)
            return
        try:
            check(dialog)
        finally:
            dialog.reject()
    QTimer.singleShot(0, poll)


def main() -> int:
    data_dir = tempfile.mkdtemp(prefix="pgp-screens-")
    os.environ["PGP_DESK_DATA_DIR"] = data_dir
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")

    from people_world import populate
    from pgp_desk.services.context import AppContext
    from pgp_desk.services.database import open_database
    from pgp_desk.services.errors import Change, ConflictError
    from pgp_desk.services.handouts import handouts
    from pgp_desk.ui.i18n import install_language

    db = open_database(f"sqlite:///{data_dir}/clinic.sqlite3", upgrade=True, create=True)
    actor = populate(db)["therapist"]
    language = os.environ.get("PGP_DESK_SCREENS_LANGUAGE", "da")
    install_language(language)
    ctx = AppContext(db, actor, language)
    world = worked(db, actor, first=LONG_FIRST, last=LONG_LAST)
    issued = handouts.issue_handout(db, actor, world.programme_id)

    found: list[str] = []
    opened: list[str] = []
    classes: set[str] = set()
    not_words: list[str] = []  # internal codes or our English sentences on a screen

    def check(name: str, window: QWidget) -> None:
        opened.append(name)
        classes.add(type(window).__name__)
        found.extend(problems(name, window))
        shown = screen_text(window)
        not_words.extend(f"{name}: {token}" for token in
                         codes_in(shown) + english_in(shown, language))

    from pgp_desk.ui.main_window import MainWindow

    main_window = MainWindow(ctx)
    main_window.show()
    main_window.start()
    check("main window: client list", main_window)
    main_window.open_client(world.client_id)
    settle()
    workspace = main_window.pages.currentWidget()
    for index, tab in enumerate(("overview", "assessments", "programme")):
        workspace.tabs.setCurrentIndex(index)
        settle(10)
        check(f"main window: {tab}", main_window)

    workspace.assessments_tab.new_assessment("initial")
    for _ in range(200):  # the form is made a section per event-loop turn, then shown
        if workspace.assessments_tab.forms:
            break
        settle(1)
    settle()
    form = next(iter(workspace.assessments_tab.forms.values()))
    for row in range(form.nav.count()):
        form.nav.setCurrentRow(row)
        check(f"assessment: {form.nav.item(row).text()}", form)

    from pgp_desk.ui.assessment.client_mode import ClientModeWindow

    pgq = form.questionnaires.widgets["PGQ"].definition
    client_mode = ClientModeWindow(pgq, language)
    client_mode.show()
    check("questionnaire on screen for the client", client_mode)
    client_mode.close()

    from pgp_desk.ui.handouts.dialog import HandoutDialog
    from pgp_desk.ui.handouts.issued_dialog import IssuedHandoutDialog
    from pgp_desk.ui.handouts.red_flag_dialog import RedFlagConfirmDialog

    dialogs: list[tuple[str, Callable[[], QWidget]]] = [
        ("handout", lambda: HandoutDialog(ctx, world.programme_id, main_window)),
        ("issued handout", lambda: IssuedHandoutDialog(ctx, issued.id, main_window)),
        ("red flag before issuing", lambda: RedFlagConfirmDialog(
            ["Stærke, konstante mavesmerter", "Blødning fra skeden"], main_window)),
    ]
    from pgp_desk.services.assessments import assessments
    from pgp_desk.services.people import people
    from pgp_desk.ui.assessment.draft_recovery import DraftRecoveryDialog
    from pgp_desk.ui.assessment.report_dialog import ReportDialog
    from pgp_desk.ui.audit.audit_log_dialog import AuditLogDialog
    from pgp_desk.ui.clients.editor import ClientEditorDialog
    from pgp_desk.ui.clients.episode_editor import EpisodeEditorDialog
    from pgp_desk.ui.clients.import_dialog import ImportClientsDialog
    from pgp_desk.ui.programme.clinic_exercises import ClinicExercisesDialog
    from pgp_desk.ui.settings.clinic_settings import ClinicSettingsDialog
    from pgp_desk.ui.settings.instruments_dialog import InstrumentsDialog
    from pgp_desk.ui.signin.connection_dialog import ConnectionDialog
    from pgp_desk.ui.signin.flow import demo_note
    from pgp_desk.ui.signin.people_dialog import PeopleDialog, PersonDialog
    from pgp_desk.ui.signin.profile_dialog import AdministratorDialog
    from pgp_desk.ui.signin.recovery_dialog import RecoveryCodeDialog
    from pgp_desk.ui.signin.sign_in_dialog import SignInDialog
    from pgp_desk.ui.startup import StartupDialog
    from pgp_desk.ui.widgets.conflict import ConflictDialog, ConflictView

    conflict = ConflictError(entity="client", entity_id=world.client_id, their_version=2,
                             changes=[Change("last_name", LONG_LAST, LONG_LAST + " Hansen")],
                             changed_by="Kirsten Bækgaard-Østergaard")
    dialogs += [
        ("client details", lambda: ClientEditorDialog(ctx, workspace.client, main_window)),
        ("new client", lambda: ClientEditorDialog(ctx, None, main_window)),
        ("pregnancy", lambda: EpisodeEditorDialog(ctx, world.client_id, workspace.episodes[0],
                                                   main_window)),
        ("import clients", lambda: ImportClientsDialog(ctx, main_window)),
        ("clinic settings", lambda: ClinicSettingsDialog(ctx, main_window)),
        ("questionnaires", lambda: InstrumentsDialog(ctx, main_window)),
        ("clinic exercises", lambda: ClinicExercisesDialog(ctx, main_window)),
        ("client conflict", lambda: ConflictDialog(conflict, ConflictView(
            "Kirsten Bækgaard-Østergaard har ændret klienten på en anden arbejdsstation.",
            {"last_name": "Efternavn"}), main_window)),
        ("assessment conflict", lambda: ConflictDialog(conflict, ConflictView(
            "Undersøgelsen er ændret på en anden arbejdsstation.", can_keep_mine=False),
            main_window)),
        ("unsaved drafts", lambda: DraftRecoveryDialog([], lambda _d: None, main_window)),
        ("starting", lambda: StartupDialog()),
        ("assessment report", lambda: ReportDialog(ctx, assessments.create_assessment(
            db, actor, world.episode_id).id, main_window)),
        ("audit log", lambda: AuditLogDialog(ctx, main_window)),
        ("sign in (demo)", lambda: SignInDialog(db, "mette", demo_note())),
        ("first administrator", lambda: AdministratorDialog(db)),
        ("connection", lambda: ConnectionDialog("mette")),
        ("recovery code", lambda: RecoveryCodeDialog("7KQ4-M2XD-9PLC-W3RT")),
        ("people", lambda: PeopleDialog(ctx, main_window)),
        ("new person", lambda: PersonDialog(ctx, None, parent=main_window)),
        ("person", lambda: PersonDialog(ctx, people.list_people(db, actor)[0],
                                        parent=main_window)),
        ("new password", lambda: PersonDialog(ctx, people.list_people(db, actor)[0],
                                              password_only=True, parent=main_window)),
    ]
    for name, make in dialogs:
        dialog = make()
        dialog.show()
        settle(8)
        check(name, dialog)
        if name == "clinic exercises":
            close_next_modal(lambda d: check("new exercise", d))
            dialog.new_exercise()
        dialog.close()
        settle(2)

    form.close()
    settle()
    print(json.dumps({"opened": opened, "classes": sorted(classes), "problems": found,
                      "not_words": not_words}, ensure_ascii=False))
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
