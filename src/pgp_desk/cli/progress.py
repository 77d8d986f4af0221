"""A progress line for long command-line work: redrawn in place on a terminal."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class ProgressLine:
    def __init__(self, label: str, stream: TextIO | None = None, every: float = 0.2):
        self.label = label
        self.stream = stream or sys.stderr
        self.every = every
        self._last = 0.0
        self._tty = self.stream.isatty()

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        final = done >= total
        if not final and now - self._last < (self.every if self._tty else 2.0):
            return
        self._last = now
        percent = 100 * done // total if total else 100
        text = f"{self.label}: {done:,}/{total:,} ({percent}%)"
        if self._tty:
            self.stream.write("\r" + text + ("\n" if final else ""))
        else:
            self.stream.write(text + "\n")
        self.stream.flush()

    def message(self, text: str) -> None:
        self.stream.write(f"{self.label}: {text}\n")
        self.stream.flush()
