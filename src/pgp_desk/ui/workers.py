"""Run service calls off the GUI thread and hand the result back on it.

In the spirit of anki's ``aqt.operations``: a plain function does the work in the thread
pool and never touches a widget; ``on_done``/``on_error`` run on the GUI thread.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], relay: _Relay, with_progress: bool):
        super().__init__()
        self.fn = fn
        self.relay = relay
        self.with_progress = with_progress
        self.setAutoDelete(True)

    @Slot()
    def run(self) -> None:
        try:
            if self.with_progress:
                result = self.fn(lambda done, total: self.relay.progress.emit(done, total))
            else:
                result = self.fn()
        except Exception as exc:  # delivered to the GUI thread, shown to the user there
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


_alive: set[_Relay] = set()


def run_in_background(
    fn: Callable[..., Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    parent: QObject | None = None,
) -> _Relay:
    """Run ``fn`` in the thread pool; with ``on_progress`` it is given report(done, total)."""
    relay = _Relay(parent)
    _alive.add(relay)

    def finish(_value: object = None) -> None:
        _alive.discard(relay)

    if on_done is not None:
        relay.done.connect(on_done)
    if on_error is not None:
        relay.failed.connect(on_error)
    if on_progress is not None:
        relay.progress.connect(on_progress)
    relay.done.connect(finish)
    relay.failed.connect(finish)
    QThreadPool.globalInstance().start(_Job(fn, relay, on_progress is not None))
    return relay


def wait_for_background(msecs: int = 10000) -> bool:
    """Let running jobs finish (used when closing the window and in tests)."""
    return QThreadPool.globalInstance().waitForDone(msecs)
