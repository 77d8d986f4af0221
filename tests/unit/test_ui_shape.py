"""The UI stays made of small parts that own their state (issue: "a house the next
engineer can walk"): no mixins, and every attribute a class uses is set in its own
methods. Class and function sizes are checked for all of src in ``test_sizes.py``.

Read from the source with ``ast``; nothing is imported or run.
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "src" / "pgp_desk" / "ui"


def _trees() -> list[tuple[str, ast.Module]]:
    return [(str(path.relative_to(UI)), ast.parse(path.read_text(encoding="utf-8")))
            for path in sorted(UI.rglob("*.py"))]


def test_no_mixins() -> None:
    """A widget is one class with one base; its parts are objects it holds."""
    mixed = [f"{name}: {node.name}({', '.join(ast.unparse(b) for b in node.bases)})"
             for name, tree in _trees() for node in ast.walk(tree)
             if isinstance(node, ast.ClassDef)
             and len([b for b in node.bases if ast.unparse(b) != "Generic"]) > 1]
    assert mixed == []


def _assigned(cls: ast.ClassDef) -> set[str]:
    """Attributes a class sets on ``self`` (anywhere in its methods), its class-level
    names (signals, constants, methods, properties) and its dataclass fields."""
    names = {n.name for n in cls.body if isinstance(n, ast.FunctionDef | ast.ClassDef)}
    for node in cls.body:
        if isinstance(node, ast.Assign):
            names |= {n.id for t in node.targets for n in ast.walk(t) if isinstance(n, ast.Name)}
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    for node in ast.walk(cls):
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = list(node.targets)
        elif isinstance(node, ast.AnnAssign | ast.AugAssign):
            targets = [node.target]
        for target in targets:
            for part in ast.walk(target):
                if (isinstance(part, ast.Attribute) and isinstance(part.value, ast.Name)
                        and part.value.id == "self"):
                    names.add(part.attr)
    return names


def test_classes_use_only_attributes_they_set() -> None:
    """The failure the mixins had: ``self.x`` read in a class that never sets it (and is
    not a Qt method or attribute of its base). Classes that derive from another class of
    the project are checked together with it."""
    classes = {node.name: node for _name, tree in _trees() for node in ast.walk(tree)
               if isinstance(node, ast.ClassDef)}
    missing = []
    for name, tree in _trees():
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            known = _assigned(cls)
            for base in cls.bases:
                parent = classes.get(ast.unparse(base))
                if parent is not None:
                    known |= _assigned(parent)
            own_base = any(ast.unparse(b) in classes for b in cls.bases)
            qt_base = not own_base and any(ast.unparse(b).startswith("Q") for b in cls.bases)
            for node in ast.walk(cls):
                if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                        and node.value.id == "self" and node.attr not in known
                        and not (qt_base and node.attr[:1].islower()
                                 and not node.attr.startswith("_"))):
                    missing.append(f"{name}: {cls.name}.{node.attr}")
    assert sorted(set(missing)) == []


def test_the_model_index_type_is_declared_once() -> None:
    """A model's or delegate's index parameter is ``widgets.model_index.Index``; the union
    is not written (or named) again in each model."""
    written = [name for name, tree in _trees() if name != "widgets/model_index.py"
               for node in ast.walk(tree)
               if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr)
               and {ast.unparse(node.left), ast.unparse(node.right)}
               == {"QModelIndex", "QPersistentModelIndex"}]
    assert written == []
