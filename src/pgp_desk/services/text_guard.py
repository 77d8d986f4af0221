"""No control character reaches the database, whichever service writes the text.

Services validate their own fields first (``clients.validate`` names the field, and the
import check names the line); this guard is the boundary behind them all: before every
flush it looks at each text column and JSON document of the rows being written and refuses
the flush with a ``ValidationError`` naming the field. Multi-line columns (``Text``, JSON
documents) keep newlines and tabs; see ``domain.text_rules``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import JSON, String, Text, event, inspect
from sqlalchemy.orm import Session, sessionmaker

from pgp_desk.domain.text_rules import control_characters, describe_character
from pgp_desk.services.errors import FieldError, ValidationError

CODE = "control_character"


def field_error(field: str, found: list[str]) -> FieldError:
    return FieldError(field, CODE, "contains an invisible control character "
                      f"({describe_character(found[0])}); remove it")


def check(field: str, value: str, multi_line: bool = False) -> FieldError | None:
    """A FieldError when ``value`` holds a control character the field may not hold."""
    found = control_characters(value, multi_line)
    return field_error(field, found) if found else None


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def _problems(row: object) -> list[FieldError]:
    state = inspect(row)
    errors: list[FieldError] = []
    for attribute in state.mapper.column_attrs:
        column_type = attribute.columns[0].type
        if not isinstance(column_type, String | JSON):
            continue
        history = state.attrs[attribute.key].history
        if state.persistent and not history.added:
            continue  # unchanged: old rows are printed escaped, not refused
        value = getattr(row, attribute.key)
        multi_line = isinstance(column_type, Text | JSON)
        for text in _strings(value):
            found = control_characters(text, multi_line)
            if found:
                errors.append(field_error(attribute.key, found))
                break
    return errors


def _before_flush(session: Session, _context: object, _instances: object) -> None:
    errors = [e for row in (*session.new, *session.dirty) for e in _problems(row)]
    if errors:
        raise ValidationError(errors)


def install(sessions: sessionmaker[Session]) -> None:
    """Guard every session this factory makes."""
    event.listen(sessions, "before_flush", _before_flush)
