"""Every ``# type: ignore`` says which error it silences and why, on the same line.

Issue 15's target: a bare ignore hides every later error on its line, and one without a
reason cannot be judged by the next reader; the project types its code instead. Where the
checker is wrong (a third-party stub), the ignore stays, narrow and explained::

    x = stub.call()  # type: ignore[attr-defined]  # the stub lacks call() (added in 2.1)

mypy checks all of ``src`` with ``warn_unused_ignores``, so an ignore that no longer
silences anything fails there; the rule here also holds in ``bench`` and ``scripts``.
"""

from __future__ import annotations

import io
import re
import tokenize
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHECKED = ("src", "bench", "scripts")

_IGNORE = re.compile(r"type:\s*ignore")
# "# type: ignore[code, other-code]  # the reason, in words"
_EXPLAINED = re.compile(
    r"#\s*type:\s*ignore\[[a-z][a-z-]*(?:,\s*[a-z][a-z-]*)*\]\s+#\s*\S.*\S.*\S")


def unexplained(source: str) -> list[int]:
    """Line numbers of ``type: ignore`` comments without error codes or a reason."""
    found = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type != tokenize.COMMENT or not _IGNORE.search(token.string):
            continue
        if not _EXPLAINED.fullmatch(token.string.strip()):
            found.append(token.start[0])
    return found


def test_the_rule_catches_bare_and_unexplained_ignores():
    """The check itself: only a coded ignore with a reason passes."""
    source = (
        "a = 1  # type: ignore\n"
        "b = 2  # type: ignore[arg-type]\n"
        "c = 3  # type:ignore[arg-type]  #\n"
        "d = 4  # type: ignore  # the stub is wrong\n"
        "e = 5  # type: ignore[attr-defined]  # reportlab-stubs lack Group.add\n"
        "f = 6  # type: ignore[arg-type, union-attr]  # psycopg types pgconn as optional\n"
        "g = '# type: ignore'\n"
    )
    assert unexplained(source) == [1, 2, 3, 4]


def test_every_type_ignore_names_its_error_and_its_reason():
    offenders = []
    for folder in CHECKED:
        for path in sorted((ROOT / folder).rglob("*.py")):
            for line in unexplained(path.read_text(encoding="utf-8")):
                offenders.append(f"{path.relative_to(ROOT)}:{line}")
    assert offenders == [], (
        "write the types instead, or keep the ignore as "
        "'# type: ignore[error-code]  # why the checker is wrong here': " + ", ".join(offenders))


def test_mypy_checks_all_of_src_and_reports_unused_ignores():
    """An ignore in src that no longer silences anything fails mypy, so none pile up."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    assert config["warn_unused_ignores"] is True
    roots = [ROOT / name for name in config["files"]]
    unchecked = [path.relative_to(ROOT).as_posix()
                 for path in sorted((ROOT / "src" / "pgp_desk").rglob("*.py"))
                 if not any(path == root or root in path.parents for root in roots)]
    assert unchecked == []
