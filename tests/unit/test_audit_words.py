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


def _strings(node: ast.expr, constants: dict[str, set[str]]) -> set[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.Name) and node.id in constants:
        return constants[node.id]
    if isinstance(node, ast.IfExp):
        return _strings(node.body, constants) | _strings(node.orelse, constants)
    raise AssertionError(f"an audit record with a computed name: {ast.unparse(node)}")


def _constants(tree: ast.Module) -> dict[str, set[str]]:
    """The module's ``NAME = "text"`` and ``A, B = "a", "b"`` assignments."""
    found: dict[str, set[str]] = {}
    for node in tree.body:
        if not isinstance(node, ast.Assign):
            continue
        for target in node.targets:
            pairs = zip(target.elts, node.value.elts, strict=False) \
                if isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple) \
                else [(target, node.value)]
            for name, value in pairs:
                if isinstance(name, ast.Name) and isinstance(value, ast.Constant) \
                        and isinstance(value.value, str):
                    found[name.id] = {value.value}
    return found


def _written_directly(tree: ast.Module,
                      constants: dict[str, set[str]]) -> tuple[set[str], set[str]]:
    """(actions, record names) of ``AuditEvent(action=…, entity=…)`` made without
    ``record``; a value passed in as a parameter is followed to the function's callers."""
    actions: set[str] = set()
    entities: set[str] = set()
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef):
            continue
        params = [a.arg for a in function.args.args]
        for call in ast.walk(function):
            if not (isinstance(call, ast.Call) and getattr(call.func, "id", "") == "AuditEvent"):
                continue
            for keyword in call.keywords:
                if keyword.arg not in ("action", "entity"):
                    continue
                value = keyword.value
                if isinstance(value, ast.Name) and value.id in params:
                    position = params.index(value.id)
                    names = {text for c in ast.walk(tree)
                             if isinstance(c, ast.Call) and getattr(c.func, "id", "") ==
                             function.name and len(c.args) > position
                             for text in _strings(c.args[position], constants)}
                else:
                    names = _strings(value, constants)
                (actions if keyword.arg == "action" else entities).update(names)
    return actions, entities


REFUSING = {"require", "_require_in", "refuse_unless"}  # services.records: entity is arg 3


def _refused_entities(trees: list[ast.Module]) -> set[str]:
    """Every record name a refusal may carry (``records.write_refusal``'s ``entity``)."""
    found: set[str] = set()
    for tree in trees:
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else \
                getattr(node.func, "id", "")
            if name not in REFUSING:
                continue
            given = [node.args[3]] if len(node.args) > 3 else []
            given += [k.value for k in node.keywords if k.arg == "entity"]
            found |= {g.value for g in given
                      if isinstance(g, ast.Constant) and isinstance(g.value, str)}
    return found | {"client"}  # require's default


def recorded() -> tuple[set[str], set[str]]:
    """(actions, record names) of every ``record(session, actor, ACTION, ENTITY, …)``."""
    actions: set[str] = set()
    entities: set[str] = set()
    trees = {path: ast.parse(path.read_text(encoding="utf-8"))
             for path in SOURCE.rglob("*.py")}
    refused = _refused_entities(list(trees.values()))
    for path, tree in trees.items():
        constants = _constants(tree)
        if path.name == "records.py":  # write_refusal records the entity it was given
            constants["entity"] = refused
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or len(node.args) < 4:
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else \
                getattr(node.func, "id", "")
            if name == "record":
                actions |= _strings(node.args[2], constants)
                entities |= _strings(node.args[3], constants)
        direct_actions, direct_entities = _written_directly(tree, constants)
        actions |= direct_actions
        entities |= direct_entities
    return actions, entities


def test_every_recorded_action_and_record_has_words() -> None:
    actions, entities = recorded()
    assert {"sign_in", "read", "issue", "refused"} <= actions
    assert {"pain_maps", "client", "issued_handout"} <= entities
    assert {"demo_started", "demo_ready"} <= actions and "demo" in entities
    assert actions - set(action_labels()) == set()
    assert DATABASE_ACTIONS - set(action_labels()) == set()
    assert entities - set(entity_labels()) == set()
    assert set(Base.metadata.tables) - set(entity_labels()) == set()


def test_every_column_a_change_can_name_has_words() -> None:
    """An update's changed fields are column names (the services' and PostgreSQL's own
    triggers'); the audit log shows each in words, so every column needs a label."""
    from pgp_desk.ui.audit.events_model import field_labels

    columns = {column.name for table in Base.metadata.tables.values() for column in table.columns}
    assert columns - set(field_labels()) == set()


def test_the_audit_log_shows_changed_fields_in_words() -> None:
    from datetime import UTC, datetime

    from pgp_desk.services.audit.audit_log import AuditRow
    from pgp_desk.ui.audit.events_model import AuditEventsModel

    model = AuditEventsModel()
    model.set_rows([AuditRow(1, datetime(2026, 12, 3, tzinfo=UTC), "mette", "pc-1", "update",
                             "client", 7, 7, ("national_id", "phone", "updated_at"))])
    assert model.data(model.index(0, 6)) == "CPR number, phone, last changed"
