"""Every window and dialog fits the clinic laptops PGP Desk supports, opened for a client
with a long Danish name: 1366×768 at 100 % and 1920×1080 at 150 % (1280×720 logical), and
in Norwegian on the small screen; every one of them reads as words in its language
(``code_scan``: no internal code, none of our English source sentences).

A screen's size is fixed when Qt starts, so each screen gets its own process running
``screens/every_window.py`` under the offscreen platform with a screen description.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
SCREENS = {  # screen, scale, language of the screens
    "1366x768 at 100 %": ({"width": 1366, "height": 768}, "1", "da"),
    "1920x1080 at 150 %": ({"width": 1920, "height": 1080}, "1.5", "da"),
    "1366x768 at 100 %, in Norwegian": ({"width": 1366, "height": 768}, "1", "nb"),
}
EXPECTED_WINDOWS = 38  # a window that stops opening must not pass unnoticed
SOURCE = HERE.parents[1] / "src" / "pgp_desk" / "ui"
WINDOW_CLASS = re.compile(r"^class (\w+)\((?:QDialog|QMainWindow)\)", re.MULTILINE)


def window_classes() -> set[str]:
    """Every dialog and main window class PGP Desk defines."""
    return {name for path in SOURCE.rglob("*.py")
            for name in WINDOW_CLASS.findall(path.read_text(encoding="utf-8"))}


@pytest.mark.slow
@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_window_fits_the_screen(screen: str, tmp_path: Path) -> None:
    size, scale, language = SCREENS[screen]
    description = tmp_path / "screen.json"
    description.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, **size,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={description}",
               QT_SCALE_FACTOR=scale, PYTHONPATH=str(HERE.parent),
               PGP_DESK_SCREENS_LANGUAGE=language,
               PGP_DESK_DATA_DIR=str(tmp_path / "data"))
    run = subprocess.run([sys.executable, str(HERE / "screens" / "every_window.py")],
                         env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "Traceback" not in run.stderr, run.stderr[-3000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert len(result["opened"]) == EXPECTED_WINDOWS, result["opened"]
    assert result["problems"] == []
    # every window reads as words: no internal code, none of our English sentences
    assert result["not_words"] == []
    assert window_classes() - set(result["classes"]) == set()  # a new window is checked too
