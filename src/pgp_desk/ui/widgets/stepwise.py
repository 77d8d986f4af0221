"""Build a large window in steps, one per turn of the event loop.

Widgets can only be made on the GUI thread, and the assessment form or the programme
builder take several hundred milliseconds to make in one go: the window would stop
answering that long. Their data is read in an ``Operation``; their widgets are made here,
a section per step, so clicks, typing and repaints get in between (no step near 100 ms).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import shiboken6
from PySide6.QtCore import QObject, QTimer

from pgp_desk.services import logbook


class _Steps:
    """One window being made; kept in ``_making`` until done, holding nothing after."""

    def __init__(self, owner: QObject, steps: Iterator[object],
                 done: Callable[[], object] | None,
                 failed: Callable[[Exception], object] | None) -> None:
        self.owner: QObject | None = owner
        self.steps: Iterator[object] | None = steps
        self.done = done
        self.failed = failed

    def step(self) -> None:
        if self.owner is None or self.steps is None:
            return
        if not shiboken6.isValid(self.owner):
            self._release()
            return
        try:
            next(self.steps)
        except StopIteration:
            done = self.done
            self._release()
            if done is not None:
                done()
            return
        except Exception as exc:  # the window cannot be made: say so, never half-show it
            failed = self.failed
            self._release()
            if failed is None:
                raise
            logbook.record_failure(exc, "making a window")
            failed(exc)
            return
        QTimer.singleShot(0, self.step)

    def _release(self) -> None:
        self.owner = self.steps = self.done = self.failed = None
        _making.discard(self)


_making: set[_Steps] = set()


def build_stepwise(owner: QObject, steps: Iterator[object],
                   done: Callable[[], object] | None = None,
                   failed: Callable[[Exception], object] | None = None) -> None:
    """Run ``next(steps)`` once per event-loop turn, then ``done()``; stops quietly if
    ``owner`` is deleted meanwhile (the window was closed, another client opened). A step
    that raises ends it: ``failed(exc)`` (the error logged), or the error goes on."""
    making = _Steps(owner, steps, done, failed)
    _making.add(making)
    QTimer.singleShot(0, making.step)


def build_at_once(steps: Iterator[object]) -> None:
    """Run every step now (a window opened where nothing else waits, and in tests)."""
    for _ in steps:
        pass
