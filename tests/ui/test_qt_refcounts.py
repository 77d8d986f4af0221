"""Guards the PySide6 pin: Qt calls and signals must not eat references to None/True.

PySide6 6.12.0 on Python 3.11 drops one reference to None on every void method call and
one to True on every signal emit, until the interpreter aborts (none_dealloc). The
pyproject pins PySide6 below 6.12; this test fails if a broken build comes back.
"""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QPainterPath

class Emitter(QObject):
    changed = Signal(int)

path, emitter = QPainterPath(), Emitter()
none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
for i in range(2000):
    path.lineTo(i, i)
    emitter.changed.emit(i)
print(sys.getrefcount(None) - none_before, sys.getrefcount(True) - true_before)
"""


def test_void_calls_and_emits_keep_refcounts() -> None:
    """2,000 void calls and emits leave None's and True's reference counts where they were."""
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                            timeout=120, check=False,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr[-500:]
    none_delta, true_delta = (int(x) for x in result.stdout.split())
    assert abs(none_delta) < 50 and abs(true_delta) < 50
