"""Save a record in the background and settle a conflict with another workstation: one way.

Every editor that saves a versioned record (client, pregnancy, clinic details, assessment,
programme) hands its save to a ``SaveController``:

- the save runs as an ``Operation`` with the editor busy;
- a ``ConflictError`` opens the one ``ConflictDialog`` with the editor's own wording.
  "Save mine" fetches the newer record and gives it to ``keep_mine`` (which makes it the
  base and saves again); "Use theirs" fetches it and gives it to ``take_theirs``;
  "Keep editing" changes nothing, so nothing typed is lost;
- a ``ValidationError`` goes to ``invalid`` (the form marks its fields), any other failure
  to ``failed``, else one translated sentence in a warning;
- a save still running after two seconds (waiting for a busy database) says so in the
  window's title until it ends.

An editing dialog of one record (client, pregnancy, clinic details) declares its save in
one ``EditedRecord``: its conflict sentence and how to fetch the newer record.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, Protocol, TypeVar, cast

import shiboken6
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from pgp_desk.services.errors import ConflictError, FieldError, ValidationError
from pgp_desk.ui.operations import Operation, show_failure
from pgp_desk.ui.widgets.conflict import ConflictDialog, ConflictView
from pgp_desk.ui.widgets.form import ErrorForm

SLOW_MS = 2000
R = TypeVar("R")  # what a save returns
B = TypeVar("B")  # the newer record fetched after a conflict
F = TypeVar("F", contravariant=True)  # what an editing dialog can show in its fields


class SaveController(Generic[B]):
    """Saves for ``owner`` and settles its conflicts; see the module docstring."""

    def __init__(
        self,
        owner: QWidget,
        *,
        view: Callable[[ConflictError], ConflictView],
        newer: Callable[[ConflictError], B],
        keep_mine: Callable[[B], object],
        take_theirs: Callable[[B], object],
        busy: Callable[[bool], object] | None = None,
        invalid: Callable[[list[FieldError]], object] | None = None,
        failed: Callable[[Exception], object] | None = None,
        failure_title: str = "",
    ) -> None:
        self.owner = owner
        self._view = view
        self._newer = newer
        self._keep_mine = keep_mine
        self._take_theirs = take_theirs
        self._busy = busy
        self._invalid = invalid
        self._failed = failed
        self._title = failure_title
        self.dialog: ConflictDialog | None = None  # the last conflict shown

    def save(self, work: Callable[[], R], saved: Callable[[R], object]) -> None:
        """Run ``work`` (the service call) off the GUI thread; ``saved(record)`` after."""
        self._run(work, saved)

    def route(self, exc: Exception) -> None:
        """Where a failed save (or sign) goes: conflict window, form, or one sentence."""
        if isinstance(exc, ConflictError):
            self.resolve(exc)
        elif isinstance(exc, ValidationError) and self._invalid is not None:
            self._invalid(exc.errors)
        elif self._failed is not None:
            self._failed(exc)
        else:
            show_failure(self.owner, exc, self._title)

    def resolve(self, conflict: ConflictError) -> None:
        """Show the conflict; continue from the newer record the way she chooses."""
        self.dialog = dialog = ConflictDialog(conflict, self._view(conflict), self.owner)
        dialog.exec()
        if dialog.choice is None:
            return  # keep editing; nothing is lost
        then = self._keep_mine if dialog.choice == ConflictDialog.KEEP_MINE \
            else self._take_theirs
        newer = self._newer
        self._run(lambda: newer(conflict), then)

    def _run(self, work: Callable[[], R], then: Callable[[R], object]) -> None:
        operation = Operation(self.owner, work, then).failure(self.route)
        if self._busy is not None:
            operation.busy(self._busy)
        operation.busy(_WaitingNotice(self.owner).switch)
        operation.run()


class RecordDialog(Protocol[F]):
    """An editing dialog of one record: its fields in an ``ErrorForm``, Save/Cancel in
    ``buttons``, ``fill`` shows a record in the fields."""

    @property
    def buttons(self) -> QWidget: ...

    @property
    def form(self) -> ErrorForm: ...

    def save(self) -> None: ...

    def fill(self, record: F, /) -> None: ...

    def accept(self) -> None: ...


class EditedRecord(Generic[B]):
    """The record an editing dialog (client, pregnancy, clinic details) edits, and its save.

    ``base`` is the version she opened (None for a new record), ``saved`` what was stored;
    the dialog closes once saved. A conflict shows ``text`` and theirs beside yours for the
    form's ``labels``; either way the newer record becomes the base, then "save mine" saves
    the form again and "use theirs" fills the form with it.
    """

    def __init__(self, dialog: RecordDialog[B], base: B | None, *, text: str,
                 newer: Callable[[ConflictError], B],
                 labels: dict[str, str] | None = None) -> None:
        self.dialog = dialog
        self.base = base
        self.saved: B | None = None
        self._text = text
        self._newer = newer
        self._labels = labels

    def save(self, work: Callable[[], B]) -> None:
        """Run ``work`` (the service call) off the GUI thread through a ``SaveController``."""
        dialog = self.dialog
        labels = dialog.form.labels if self._labels is None else self._labels
        SaveController(
            cast(QWidget, dialog), view=lambda _conflict: ConflictView(self._text, labels),
            newer=self._newer, keep_mine=self._keep_mine, take_theirs=self._take_theirs,
            busy=lambda on: dialog.buttons.setEnabled(not on),
            invalid=dialog.form.show_errors,
            failure_title=QCoreApplication.translate("SaveController", "Not saved"),
        ).save(work, self._saved)

    def _saved(self, record: B) -> None:
        self.saved = record
        self.dialog.accept()

    def _keep_mine(self, current: B) -> None:
        self.base = current  # the newer version becomes the base; the form keeps mine
        self.dialog.save()

    def _take_theirs(self, current: B) -> None:
        self.base = current
        self.dialog.fill(current)


def ask_to_save(parent: QWidget, question: str) -> QMessageBox.StandardButton:
    """Before closing something with unsaved changes: Save (the default), Discard or
    Cancel, asked the same way for an assessment and a programme."""
    Button = QMessageBox.StandardButton
    return QMessageBox.question(
        parent, QCoreApplication.translate("SaveController", "Unsaved changes"), question,
        Button.Save | Button.Discard | Button.Cancel, Button.Save)


class _WaitingNotice:
    """A save that takes longer than ``SLOW_MS`` is usually waiting for the database (a
    long import on another workstation holds SQLite's write lock; PGP Desk keeps trying for
    30 s): the window's title says so until the save ends, so nobody thinks it hangs."""

    def __init__(self, owner: QWidget) -> None:
        self.owner = owner
        self.title: str | None = None
        self.timer = QTimer(owner)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._show)

    def switch(self, on: bool) -> None:
        if on:
            self.timer.start(SLOW_MS)
            return
        if shiboken6.isValid(self.timer):
            self.timer.stop()
            self.timer.deleteLater()  # one timer per save, gone with it
        if self.title is not None and shiboken6.isValid(self.owner):
            self.owner.window().setWindowTitle(self.title)
        self.title = None

    def _show(self) -> None:
        window = self.owner.window()
        self.title = window.windowTitle()
        window.setWindowTitle(self.title + " — " + QCoreApplication.translate(
            "SaveController", "still saving: the database is busy with another task, "
            "PGP Desk keeps trying …"))
