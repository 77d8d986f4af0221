"""No button or action hands its ``checked`` flag to a slot's optional parameter.

``clicked(bool)`` connected straight to ``export_report(path=None)`` passes ``False`` as the
path: the *Report (PDF)…* button did nothing but raise. This scans every ``clicked``,
``triggered`` and ``toggled`` connection in the user interface, finds the connected method
on the real class (mixins included) and fails when it has a parameter with a default.
Connect such slots through ``lambda: self.method()``.
"""

from __future__ import annotations

import ast
import importlib
import inspect
from pathlib import Path

import pgp_desk.ui

UI = Path(pgp_desk.ui.__file__).parent

# Qt's signals that send the button's or action's checked state along.
CHECKED_SIGNALS = {"clicked", "triggered", "toggled"}


def _violations() -> list[str]:
    found: list[str] = []
    for path in sorted(UI.rglob("*.py")):
        module_name = "pgp_desk." + ".".join(path.relative_to(UI.parent).with_suffix("").parts)
        module = importlib.import_module(module_name)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls_node in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
            cls = getattr(module, cls_node.name, None)
            if cls is None:
                continue
            for call in ast.walk(cls_node):
                if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                        and call.func.attr == "connect" and call.args
                        and isinstance(call.func.value, ast.Attribute)):
                    continue
                signal = call.func.value.attr
                slot = call.args[0]
                if signal not in CHECKED_SIGNALS or not (
                        isinstance(slot, ast.Attribute) and isinstance(slot.value, ast.Name)
                        and slot.value.id == "self"):
                    continue
                method = getattr(cls, slot.attr, None)
                if method is None or not inspect.isfunction(method):
                    continue
                optional = [p.name for p in inspect.signature(method).parameters.values()
                            if p.default is not inspect.Parameter.empty]
                if optional:
                    found.append(f"{path.name}:{call.lineno} {signal} -> "
                                 f"{cls.__name__}.{slot.attr} (optional {', '.join(optional)})")
    return found


def test_no_signal_argument_reaches_an_optional_parameter() -> None:
    assert _violations() == []
