"""Text printed to a terminal never carries control characters from the data.

A name holding ESC or BEL (typed by accident or imported from another system) would
otherwise move the cursor, recolour or ring the terminal, or hide the rest of the line.
Every character of Unicode category Cc is printed as an escape (``\\x1b``) except the
newline and tab the commands themselves write, and on stderr the carriage return the
progress line redraws with. Format characters (zero-width joiner, bidi marks) stay: names
in Arabic script and emoji need them.
"""

from __future__ import annotations

import contextlib
import sys
import unicodedata
from collections.abc import Iterator
from typing import Any, TextIO


def escape_controls(text: str, keep: str = "\n\t") -> str:
    """``text`` with every control character except those in ``keep`` written as \\xNN."""
    if text.isprintable():
        return text
    return "".join(
        ch if ch in keep or unicodedata.category(ch) != "Cc" else ch.encode(
            "unicode_escape").decode("ascii")
        for ch in text
    )


class _EscapingStream:
    """A text stream that escapes control characters on their way to the real one."""

    def __init__(self, stream: TextIO, keep: str):
        self._stream = stream
        self._keep = keep

    def write(self, text: str) -> int:
        self._stream.write(escape_controls(text, self._keep))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextlib.contextmanager
def escaping_streams() -> Iterator[None]:
    """Within the block, ``sys.stdout`` and ``sys.stderr`` escape control characters."""
    out, err = sys.stdout, sys.stderr
    sys.stdout = _EscapingStream(out, "\n\t")
    sys.stderr = _EscapingStream(err, "\n\t\r")
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err
