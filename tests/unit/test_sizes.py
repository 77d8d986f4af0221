"""Size limits of issue 15 for all of src: no class over 300 lines, no function over 60
lines outside the constructors of UI widgets (a widget's ``__init__`` lays out its fields,
one line each). The UI's other shape rules (no mixins, no undeclared attributes) are in
``test_ui_shape.py``.

Sizes count from the first decorator to the last line, blank lines and docstrings
included, so what a reader scrolls through is what is measured.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "pgp_desk"
CLASS_LIMIT = 300
FUNCTION_LIMIT = 60

# Over the limit today, each being reworked on its own branch; the test fails once an entry
# fits, so the list only shrinks.
ALLOWED = {
    # the handout path (load once, render once) is being rebuilt (issue 15, item 8)
    "pdf/cards.py::paired_card",
    "pdf/diary.py::diary_section",
    # the client import is being reworked for faults in bad files
    "services/clients/client_import.py::_parse_row",
    # one drawing of the body outline, point after point
    "content/figure_body.py::build_body",
}


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
    assert {n: lines for n, lines in _too_long().items() if n not in ALLOWED} == {}


def test_the_allowed_list_names_only_what_is_still_too_long() -> None:
    """An entry that fits now (or was renamed) comes off the list."""
    assert sorted(ALLOWED - _too_long().keys()) == []
