"""Writing many new rows at once, as fast as each database takes them (the demo clinic).

PostgreSQL: ids are drawn from the table's own sequence in one query and the rows sent by
COPY; row triggers fire for COPY as for INSERT, so the audit trail still records each row.
Columns a row leaves out get the model's Python default, as an ORM insert would give them.
SQLite: one executemany without RETURNING inside the write transaction; no other
connection can write until the commit, so the new ids are the consecutive ones ending at
the last rowid.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import JSON, Table, insert, text
from sqlalchemy.orm import Session


def insert_rows(session: Session, table: Table, rows: Sequence[Mapping[str, Any]],
                with_ids: bool = False) -> list[int]:
    """Insert ``rows`` (all with the same keys) in the session's transaction; their new ids
    in the rows' order when ``with_ids``."""
    if not rows:
        return []
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        connection.execute(insert(table), list(rows))
        if not with_ids:
            return []
        last = int(connection.execute(text("SELECT last_insert_rowid()")).scalar_one())
        return list(range(last - len(rows) + 1, last + 1))
    given = list(rows[0])
    defaults = {c.name: c.default.arg(None) if c.default.is_callable else c.default.arg  # type: ignore[attr-defined]
                for c in table.columns
                if c.name not in given and c.default is not None and not c.primary_key}
    ids: list[int] = []
    if with_ids:
        ids = sorted(connection.execute(
            text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) "
                 "FROM generate_series(1, :count)"),
            {"table": table.name, "count": len(rows)}).scalars())
    columns = (["id"] if with_ids else []) + given + list(defaults)
    as_json = {name for name in [*given, *defaults] if isinstance(table.c[name].type, JSON)}
    driver = connection.connection.driver_connection
    assert driver is not None
    fixed = [_value(name, value, as_json) for name, value in defaults.items()]
    with driver.cursor() as cursor, cursor.copy(
            f"COPY {table.name} ({', '.join(columns)}) FROM STDIN") as copy:
        for n, row in enumerate(rows):
            values = [_value(name, row[name], as_json) for name in given] + fixed
            copy.write_row([ids[n], *values] if with_ids else values)
    return ids


def _value(name: str, value: Any, as_json: set[str]) -> Any:
    """JSON columns take the document's text, as SQLAlchemy's JSON type writes it."""
    return json.dumps(value) if name in as_json and value is not None else value
