"""Quotation marks are a language's own (Danish »…«, Norwegian «…», English “…”), so a
quote around a shown value is part of a translated text, never typed into UI code."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "src" / "pgp_desk" / "ui"
QUOTES = set("“”»«„")
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP"}


def _called(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def quoted_outside_translations(source: str) -> list[int]:
    """Lines of string constants holding quotation marks that no tr()/translate() gets."""
    tree = ast.parse(source)
    translated = {id(arg) for node in ast.walk(tree)
                  if isinstance(node, ast.Call) and _called(node) in TRANSLATING
                  for arg in ast.walk(node)}
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef,
                                       ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr)}
    return sorted({node.lineno for node in ast.walk(tree)
                  if isinstance(node, ast.Constant) and isinstance(node.value, str)
                  and QUOTES & set(node.value)
                  and id(node) not in translated and id(node) not in docstrings})


def test_the_finder_sees_a_quote_typed_around_a_value():
    assert quoted_outside_translations('shown = f" “{value}”"\n') == [1]
    assert quoted_outside_translations('x = self.tr("“%1” is wrong")\n') == []
    assert quoted_outside_translations('def f():\n    """A “doc”."""\n') == []


def test_no_ui_code_types_quotation_marks_outside_a_translation():
    found = [f"{path.relative_to(UI)}:{line}" for path in sorted(UI.rglob("*.py"))
             for line in quoted_outside_translations(path.read_text(encoding="utf-8"))]
    assert found == []
