"""No module of PGP Desk imports a module that imports it back, not even for types.

A cycle hidden under ``if TYPE_CHECKING:`` still ties two modules together: a window's
part that imports the window to type it cannot be read, tested or moved without the whole
window. A part states what it uses of its window in a ``Protocol`` instead
(``ui/widgets/parts.py``). Imports inside a function count too when they import back a
module that imports this one; the one exception is a module loaded ahead of time, off the
GUI thread, without using anything from it.

Read from the source with ``ast``; nothing is imported.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"

# (importer, imported): a function imports the module only to load it early, never uses it.
PRELOADS = {
    # the sign-in windows' modules are imported while the start-up dialog is painted
    ("pgp_desk.ui.startup", "pgp_desk.ui.signin.flow"),
}


def _name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_name(path): path for path in sorted(SRC.rglob("*.py"))}


def _imported(node: ast.Import | ast.ImportFrom, module: str, package: bool) -> Iterator[str]:
    """The project's modules an import statement loads (``from a import b``: ``a.b`` when
    ``b`` is a module, else ``a``)."""
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    else:
        base = node.module or ""
        if node.level:
            anchor = module.split(".")
            anchor = anchor[:len(anchor) - node.level + (1 if package else 0)]
            base = ".".join([*anchor, *([base] if base else [])])
        names = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base
                 for alias in node.names]
    yield from (name for name in names if name in MODULES and name != module)


@cache
def _imports(module: str) -> tuple[frozenset[str], frozenset[str]]:
    """(imported at module level or under TYPE_CHECKING, imported inside a function)."""
    path = MODULES[module]
    eager: set[str] = set()
    deferred: set[str] = set()

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inside = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            if isinstance(child, ast.Import | ast.ImportFrom):
                found = _imported(child, module, path.name == "__init__.py")
                (deferred if inside else eager).update(found)
            visit(child, inside)

    visit(ast.parse(path.read_text(encoding="utf-8")), False)
    return frozenset(eager), frozenset(deferred)


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Groups of modules that reach each other through ``graph`` (Tarjan's algorithm)."""
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        order[node] = low[node] = len(order)
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            if target not in order:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], order[target])
        if low[node] == order[node]:
            group = []
            while (member := stack.pop()) != node:
                group.append(member)
            if group:
                found.append(sorted([node, *group]))

    for node in sorted(graph):
        if node not in order:
            visit(node)
    return found


def test_the_cycle_finder_finds_a_cycle_through_three_modules():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_module_imports_one_that_imports_it_back():
    eager = {module: set(_imports(module)[0]) for module in MODULES}
    assert cycles(eager) == []


def test_no_function_imports_back_a_module_that_imports_its_own():
    back = sorted((module, target)
                  for module in MODULES for target in _imports(module)[1]
                  if module in _imports(target)[0])
    assert [pair for pair in back if pair not in PRELOADS] == []
    assert set(back) >= PRELOADS, "a preload is no longer one: remove it from PRELOADS"


def test_window_parts_reach_their_window_through_a_protocol():
    """The parts of the assessment form and the programme builder import neither window."""
    windows = {"pgp_desk.ui.assessment.form", "pgp_desk.ui.programme.builder"}
    parts = {target for window in windows for target in _imports(window)[0]
             if target.rsplit(".", 1)[0] == window.rsplit(".", 1)[0]}
    offenders = sorted(f"{part} imports {window}" for part in parts for window in windows
                       if window in _imports(part)[0] | _imports(part)[1])
    assert offenders == []
