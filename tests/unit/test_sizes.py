"""Size limits of issue 15 for all of src: no class over 300 lines, no function over 60
lines outside the constructors of UI widgets (a widget's ``__init__`` lays out its fields,
one line each). The UI's other shape rules (no mixins, no undeclared attributes) are in
``test_ui_shape.py``.

Sizes count from the first decorator to the last line, blank lines and docstrings
included, so what a reader scrolls through is what is measured.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "pgp_desk"
CLASS_LIMIT = 300
FUNCTION_LIMIT = 60

def _walk(node: ast.AST, module: str, prefix: str) -> Iterator[tuple[str, str, int]]:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            start = min([child.lineno, *(d.lineno for d in child.decorator_list)])
            name = prefix + child.name
            kind = "class" if isinstance(child, ast.ClassDef) else "function"
            assert child.end_lineno is not None
            yield f"{module}::{name}", kind, child.end_lineno - start + 1
            yield from _walk(child, module, name + ".")


def _sizes() -> Iterator[tuple[str, str, int]]:
    """(module::qualified name, kind, lines) of every class and function in src."""
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        yield from _walk(tree, path.relative_to(SRC).as_posix(), "")


def _too_long() -> dict[str, int]:
    found = {}
    for name, kind, lines in _sizes():
        module, _, qualified = name.partition("::")
        ui_constructor = module.startswith("ui/") and qualified.endswith(".__init__")
        limit = CLASS_LIMIT if kind == "class" else FUNCTION_LIMIT
        if lines > limit and not ui_constructor:
            found[name] = lines
    return found


def test_no_class_or_function_is_over_its_limit() -> None:
    """No exceptions: a function that grows past the limit is split into named parts."""
    assert _too_long() == {}


def test_the_check_finds_a_long_function_and_a_long_class(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """One line over is too long; a UI widget's constructor is not counted, its class is."""
    def lines(indent: int, count: int) -> str:
        return "".join(f"{' ' * indent}x{i} = {i}\n" for i in range(count))

    (tmp_path / "ui").mkdir()
    (tmp_path / "long.py").write_text("def long():\n" + lines(4, FUNCTION_LIMIT))
    (tmp_path / "fits.py").write_text("def fits():\n" + lines(4, FUNCTION_LIMIT - 1))
    (tmp_path / "ui" / "wide.py").write_text(
        "class Wide:\n    def __init__(self):\n" + lines(8, CLASS_LIMIT))
    monkeypatch.setattr(sys.modules[__name__], "SRC", tmp_path)
    assert _too_long() == {"long.py::long": FUNCTION_LIMIT + 1,
                           "ui/wide.py::Wide": CLASS_LIMIT + 2}
