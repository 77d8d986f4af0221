"""The log file is set up before anything can fail, but opened by its first line: a start
that logs nothing never loads ``logging.handlers``, and no line is lost."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import json, logging, sys
from pgp_desk.services import logbook

logbook.start()
seen = {"started": "logging.handlers" in sys.modules}
logging.getLogger("pgp_desk.demo").warning("the first line")
seen["after"] = "logging.handlers" in sys.modules
logbook.record_failure(ValueError("hidden 010190-1234"), "early failure")
print(json.dumps(seen))
"""


def test_the_first_line_opens_the_log_file_and_nothing_is_lost(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                            timeout=60, check=True,
                            env=os.environ | {"PGP_DESK_DATA_DIR": str(tmp_path)})
    assert json.loads(result.stdout) == {"started": False, "after": True}
    log = tmp_path / "logs" / "pgp-desk.log"
    lines = log.read_text(encoding="utf-8").splitlines()
    assert [line.split(" ", 2)[2] for line in lines] == [
        "WARNING pgp_desk.demo the first line",
        "ERROR pgp_desk early failure: builtins.ValueError"]
    assert oct(log.stat().st_mode & 0o777) == oct(0o600)
    assert result.stderr == ""  # nothing went to the console instead


def test_the_log_file_rotates_and_every_file_is_owner_only(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from pgp_desk.services import log_file, logbook

    monkeypatch.setattr(log_file, "MAX_BYTES", 300)
    for number in range(40):
        logbook.logger().warning("line %d of a log that rotates", number)
    folder = logbook.log_path().parent
    names = sorted(path.name for path in folder.iterdir())
    assert names[:3] == ["pgp-desk.log", "pgp-desk.log.1", "pgp-desk.log.2"]
    assert len(names) == 1 + log_file.KEEP
    assert {oct(path.stat().st_mode & 0o777) for path in folder.iterdir()} == {oct(0o600)}
    assert "line 39 of" in logbook.log_path().read_text(encoding="utf-8")
