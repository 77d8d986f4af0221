"""The audit log speaks words: every action and record name the services write, and every
table the database's triggers name, has a label (a raw "pain_maps" or "sign_in" in the
audit log window is PGP Desk talking to itself)."""

from __future__ import annotations

import ast
from pathlib import Path

from pgp_desk.db.models import Base
from pgp_desk.services.audit.audit import DATABASE_ACTIONS
from pgp_desk.ui.audit.events_model import action_labels, entity_labels

SOURCE = Path(__file__).resolve().parents[2] / "src" / "pgp_desk"


def _strings(node: ast.expr) -> set[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        return _strings(node.body) | _strings(node.orelse)
    raise AssertionError(f"an audit record with a computed name: {ast.unparse(node)}")


def recorded() -> tuple[set[str], set[str]]:
    """(actions, record names) of every ``record(session, actor, ACTION, ENTITY, …)``."""
    actions: set[str] = set()
    entities: set[str] = set()
    for path in SOURCE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 4:
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else \
                getattr(node.func, "id", "")
            if name == "record":
                actions |= _strings(node.args[2])
                entities |= _strings(node.args[3])
    return actions, entities


def test_every_recorded_action_and_record_has_words() -> None:
    actions, entities = recorded()
    assert {"sign_in", "read", "issue"} <= actions and {"pain_maps", "client"} <= entities
    assert actions - set(action_labels()) == set()
    assert DATABASE_ACTIONS - set(action_labels()) == set()
    assert entities - set(entity_labels()) == set()
    assert set(Base.metadata.tables) - set(entity_labels()) == set()
