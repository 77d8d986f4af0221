"""PGP Desk uses only the Qt modules of the PySide6-Essentials wheel (no 439 MB Addons)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# What the PySide6-Essentials wheel holds that PGP Desk may use.
ESSENTIALS_USED = {"QtCore", "QtGui", "QtWidgets", "QtSvg", "QtSvgWidgets", "QtPrintSupport",
                   "QtNetwork", "QtTest"}


def _qt_modules(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                 else [node.module] if isinstance(node, ast.ImportFrom) and node.module else [])
        found.update(n.split(".")[1] for n in names
                     if n.startswith("PySide6.") and n.count(".") >= 1)
    return found


def test_only_essentials_modules_are_imported() -> None:
    """No source, test or benchmark needs QtPdf, QtCharts or any other Addons module (the
    PDF comparison benchmark imports QtPdf only when it happens to be installed)."""
    offenders = sorted(
        f"{path.relative_to(ROOT)}: {module}"
        for folder in ("src", "tests", "scripts")
        for path in (ROOT / folder).rglob("*.py")
        for module in _qt_modules(path) - ESSENTIALS_USED)
    assert offenders == []


def test_addons_is_not_a_dependency() -> None:
    """The wheel asks for Essentials and pypdfium2, never the Addons or full PySide6."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    dependencies = text.split("dependencies = [", 1)[1].split("]", 1)[0]
    wanted = [line.strip().strip('",').lower() for line in dependencies.splitlines()
              if line.strip().startswith('"')]
    assert any(d.startswith("pyside6-essentials") for d in wanted)
    assert any(d.startswith("pypdfium2") for d in wanted)
    assert not any(d.startswith(("pyside6-addons", "pyside6>", "pyside6=", "pyside6 "))
                   or d == "pyside6" for d in wanted)
