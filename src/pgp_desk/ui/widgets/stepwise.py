"""Build a large window in steps, one per turn of the event loop.

Widgets can only be made on the GUI thread, and the assessment form or the programme
builder take several hundred milliseconds to make in one go: the window would stop
answering that long. Their data is read in an ``Operation``; their widgets are made here,
a section per step, so clicks, typing and repaints get in between (no step near 100 ms).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

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
        # A timer object, not ``QTimer.singleShot(0, …)``: that one is a posted call, and
        # two steps could then run back to back while a due timer (the heartbeat, a
        # repaint, the idle lock) waited, making one pause of two steps.
        self.timer: QTimer | None = QTimer()
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.step)

    def next_turn(self) -> None:
        if self.timer is not None:
            self.timer.start()

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
        self.next_turn()

    def _release(self) -> None:
        if self.timer is not None:
            self.timer.stop()
            self.timer.deleteLater()
        self.owner = self.steps = self.done = self.failed = self.timer = None
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
    making.next_turn()


def build_at_once(steps: Iterator[object]) -> None:
    """Run every step now (a window opened where nothing else waits, and in tests)."""
    for _ in steps:
        pass


def measured(steps: Iterator[object], latest: Callable[[], QWidget | None],
             window: QWidget) -> Iterator[object]:
    """``steps``, each followed by working out the size of the part it made (``latest()``),
    then one more step laying ``window`` out. Qt would otherwise size every part at once
    when the window is first shown: for the assessment form that took 70–130 ms, all its
    pages' word-wrapped labels and button rows in one turn. Sizes once worked out are kept
    by Qt's layouts until something in that part changes."""
    for step in steps:
        part = latest()
        if part is not None:
            part.sizeHint()
        yield step
    yield from laid_out(window)


def laid_out(window: QWidget) -> Iterator[None]:
    """One step: lay ``window`` out (every part's size) while it is still hidden, so that
    showing it, a turn later, has little left to do."""
    layout = window.layout()
    if layout is not None:
        layout.activate()
    yield None


def shown_part_by_part(window: QWidget, parts: Sequence[QWidget]) -> Iterator[None]:
    """Show ``window`` with ``parts`` held back from painting, then let one part paint per
    step. Qt paints a newly shown window in one event; for the programme builder's lists
    and pictures that took 50-130 ms. Each part's first paint is now an event of its own,
    and the window keeps answering in between (a part shows the window's background for a
    turn or so). Whatever fills its own background (a list's viewport) stops doing so
    while held back: nothing would paint its area, left black on screen."""
    filling = [[w for w in (part, *part.findChildren(QWidget)) if w.autoFillBackground()]
               for part in parts]
    for part, fills in zip(parts, filling, strict=True):
        for widget in fills:
            widget.setAutoFillBackground(False)
        part.setUpdatesEnabled(False)
    window.show()
    for part, fills in zip(parts, filling, strict=True):
        yield None
        for widget in fills:
            widget.setAutoFillBackground(True)
        part.setUpdatesEnabled(True)
