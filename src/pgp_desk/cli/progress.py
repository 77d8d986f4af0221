"""A progress line for long command-line work: redrawn in place on a terminal, with an
estimate of the time left once the work has run long enough to judge."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

from pgp_desk.services import estimate


def time_left(seconds: float) -> str:
    """'about 40 s left', 'about 3 min left': rounded, never falsely exact."""
    amount, unit = estimate.rounded(seconds)
    return f"about {amount} {unit} left"


class ProgressLine:
    def __init__(self, label: str, stream: TextIO | None = None, every: float = 0.2,
                 clock: Callable[[], float] = time.monotonic):
        self.label = label
        self.stream = stream or sys.stderr
        self.every = every
        self.clock = clock
        self._last = 0.0
        self._started: float | None = None
        self._tty = self.stream.isatty()
        self._width = 0

    def __call__(self, done: int, total: int) -> None:
        now = self.clock()
        if self._started is None or done == 0:
            self._started = now
        final = done >= total
        if not final and now - self._last < (self.every if self._tty else 2.0):
            return
        self._last = now
        percent = 100 * done // total if total else 100
        text = f"{self.label}: {done:,}/{total:,} ({percent}%)"
        left = estimate.seconds_left(now - self._started, done, total)
        if left is not None:
            text += ", " + time_left(left)
        if self._tty:  # spaces cover a longer previous line (no terminal escape codes)
            self.stream.write("\r" + text.ljust(self._width) + ("\n" if final else ""))
            self._width = len(text)
        else:
            self.stream.write(text + "\n")
        self.stream.flush()

    def message(self, text: str) -> None:
        self.stream.write(f"{self.label}: {text}\n")
        self.stream.flush()
