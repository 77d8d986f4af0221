"""Run a service call off the GUI thread and hand its result back on it: one way to do it.

In the spirit of anki's ``aqt.operations.QueryOp``::

    Operation(self, lambda: clients.get_client(db, actor, client_id), self.show_client) \\
        .failure_title(self.tr("Not saved")).disabling(self.buttons).run()

- ``work`` runs in the thread pool and never touches a widget; its result (typed ``T``)
  goes to ``success`` on the GUI thread.
- A failure shows one translated sentence (``describe_error``) in a warning over the
  owner, unless ``failure(handler)`` takes it over. Unexpected errors are also logged
  with their traceback; the user never sees one.
- ``disabling(widgets)`` / ``busy(switch)`` mark the owner busy while the job runs.
- ``with_progress(handler)``: ``work`` is then called with ``report(done, total)``, and
  ``handler(done, total)`` runs on the GUI thread.
- ``latest(key)``: a newer operation of the same owner and key supersedes this one; a
  superseded result (the user opened another client, chose another pregnancy) is dropped
  and only the newest one is shown.
- If the owner is deleted before the job ends, nothing is delivered and nothing leaks:
  the result is dropped quietly (the window it was for is gone).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Generic, TypeVar, cast

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from pgp_desk.services import logbook
from pgp_desk.services.errors import UserError
from pgp_desk.ui.errors import describe_error

T = TypeVar("T")
# While an operation runs Python in the background, each call from Qt into Python on the
# GUI thread (a slot, a row painted by a delegate) waits until the worker hands over the
# interpreter lock: after Python's default 5 ms, which adds up to pauses of the window
# while a form opens. 1 ms hands it over sooner; the background work barely slows.
GIL_SWITCH_S = 0.001
Report = Callable[[int, int], None]


class _Relay(QObject):
    """Lives on the GUI thread without a parent, so the worker can always reach it; its
    slots run on the GUI thread whichever thread emits."""

    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)

    def __init__(self, operation: Operation[object]) -> None:
        super().__init__()
        self.operation: Operation[object] | None = operation
        self.done.connect(self._done)
        self.failed.connect(self._failed)
        self.progress.connect(self._progressed)

    @Slot(object)
    def _done(self, result: object) -> None:
        if self.operation is not None:
            self.operation._succeeded(result)

    @Slot(object)
    def _failed(self, exc: Exception) -> None:
        if self.operation is not None:
            self.operation._failed(exc)

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        if self.operation is not None:
            self.operation._progressed(done, total)


class _Job(QRunnable):
    def __init__(self, work: Callable[..., object], relay: _Relay, with_report: bool) -> None:
        super().__init__()
        self.work = work
        self.relay = relay
        self.with_report = with_report
        self.setAutoDelete(True)

    @Slot()
    def run(self) -> None:
        try:
            if self.with_report:
                result = self.work(lambda done, total: self.relay.progress.emit(done, total))
            else:
                result = self.work()
        except Exception as exc:  # delivered to the GUI thread, shown to the user there
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


_running: set[Operation[object]] = set()
_newest: dict[tuple[int, str], Operation[object]] = {}


def _alive(obj: QObject | None) -> bool:
    return obj is None or shiboken6.isValid(obj)


class Operation(Generic[T]):
    """One background job started by ``owner`` (a widget or model; ``None`` at start-up)."""

    def __init__(
        self,
        owner: QObject | None,
        work: Callable[[], T] | Callable[[Report], T],
        success: Callable[[T], object] | None = None,
    ) -> None:
        self._owner = owner
        self._work = work
        self._success = success
        self._failure: Callable[[Exception], object] | None = None
        self._title = ""
        self._progress: Callable[[int, int], object] | None = None
        self._busy: list[Callable[[bool], object]] = []
        self._relay: _Relay | None = None
        self._key: tuple[int, str] | None = None

    # --- configuration (each returns the operation, so calls chain) ---------------------
    def failure(self, handler: Callable[[Exception], object]) -> Operation[T]:
        """Handle a failure yourself instead of the default warning."""
        self._failure = handler
        return self

    def failure_title(self, title: str) -> Operation[T]:
        """The title of the default warning (else the owner's window title)."""
        self._title = title
        return self

    def with_progress(self, handler: Callable[[int, int], object]) -> Operation[T]:
        """Call ``work(report)`` and pass each ``report(done, total)`` to ``handler``."""
        self._progress = handler
        return self

    def latest(self, key: str) -> Operation[T]:
        """Only the newest operation of this owner with ``key`` delivers its result."""
        self._key = (id(self._owner), key)
        return self

    def busy(self, switch: Callable[[bool], object]) -> Operation[T]:
        """``switch(True)`` now, ``switch(False)`` when the job ends (before its result)."""
        self._busy.append(switch)
        return self

    def disabling(self, *widgets: QWidget) -> Operation[T]:
        """Disable ``widgets`` while the job runs; they get their former state back."""
        states = [(w, w.isEnabled()) for w in widgets]

        def switch(on: bool) -> None:
            for widget, enabled in states:
                if shiboken6.isValid(widget):
                    widget.setEnabled(enabled and not on)

        return self.busy(switch)

    # --- running ---------------------------------------------------------------------------
    def run(self) -> None:
        """Start the job in the thread pool; returns at once."""
        if sys.getswitchinterval() > GIL_SWITCH_S:
            sys.setswitchinterval(GIL_SWITCH_S)
        relay = _Relay(cast(Operation[object], self))
        self._relay = relay
        _running.add(cast(Operation[object], self))
        if self._key is not None:
            _newest[self._key] = cast(Operation[object], self)
        for switch in self._busy:
            switch(True)
        job = _Job(self._work, relay, self._progress is not None)
        QThreadPool.globalInstance().start(job)

    def _finish(self) -> bool:
        """Release the job; True when its owner is still there to hear the result."""
        _running.discard(cast(Operation[object], self))
        superseded = False
        if self._key is not None:
            superseded = _newest.get(self._key) is not self
            if not superseded:
                del _newest[self._key]
        if self._relay is not None:
            self._relay.operation = None
            self._relay.deleteLater()
            self._relay = None
        if not _alive(self._owner):
            return False
        if superseded:  # the newer operation is busy now, and its result is the one wanted
            return False
        for switch in self._busy:
            switch(False)
        return True

    def _succeeded(self, result: object) -> None:
        if self._finish() and self._success is not None:
            self._success(cast(T, result))

    def _failed(self, exc: Exception) -> None:
        if not isinstance(exc, UserError):  # its kind and lines, never its text (SQL, names)
            logbook.record_failure(exc, "background operation")
        if not self._finish():
            return
        if self._failure is not None:
            self._failure(exc)
        else:
            show_failure(self._owner, exc, self._title)

    def _progressed(self, done: int, total: int) -> None:
        if self._progress is not None and self._relay is not None and _alive(self._owner):
            self._progress(done, total)


def show_failure(owner: QObject | None, exc: BaseException, title: str = "") -> None:
    """The default failure: a warning with one translated sentence over ``owner``."""
    parent = owner if isinstance(owner, QWidget) else None
    if not title and parent is not None:
        title = parent.window().windowTitle()
    QMessageBox.warning(parent, title or QCoreApplication.applicationName(),
                        describe_error(exc))


def running_operations() -> int:
    """How many operations have not delivered their result yet."""
    return len(_running)


def wait_for_background(msecs: int = 10000) -> bool:
    """Let running jobs finish (used when closing the window and in tests)."""
    return QThreadPool.globalInstance().waitForDone(msecs)

