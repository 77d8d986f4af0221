"""Writing many new rows at once, as fast as each database takes them (the demo clinic,
the client import), and the temporary tables such a write is staged in.

PostgreSQL: ids are drawn from the table's own sequence in one query and the rows sent by
COPY; the audit trigger records COPY as it records INSERT, one event per row. SQLite: one
executemany straight to the driver inside the write transaction, each value converted by
its column type's own SQLAlchemy bind processor (looked up once per column, not per row);
no other connection can write until the commit, so the new ids are the consecutive ones
ending at the last rowid. Columns a row leaves out get the model's Python default, as an
ORM insert would give them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import JSON, Column, Connection, Engine, Table, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.schema import ColumnDefault


def _python_default(column: Column[Any]) -> Any:
    """The value an ORM insert gives a column the row leaves out (its model default)."""
    default = column.default
    if not isinstance(default, ColumnDefault):
        raise TypeError(f"{column.name}: only a model's Python default can be filled in")
    return default.arg(None) if default.is_callable else default.arg


@contextmanager
def staging(engine: Engine, *tables: Table) -> Iterator[Connection]:
    """A connection of its own holding the TEMPORARY ``tables`` (created and committed, so
    each batch staged in them can be committed without a lock on the clinic's tables).
    However the block ends, what it left uncommitted is rolled back and the tables are
    dropped."""
    with engine.connect() as connection:
        for table in tables:
            table.create(connection)
        connection.commit()
        try:
            yield connection
        finally:
            connection.rollback()
            for table in reversed(tables):
                table.drop(connection, checkfirst=True)
            connection.commit()


def insert_rows(session: Session, table: Table, rows: Sequence[Mapping[str, Any]],
                with_ids: bool = False) -> list[int]:
    """Insert ``rows`` (all with the same keys) in the session's transaction; their new ids
    in the rows' order when ``with_ids``."""
    if not rows:
        return []
    connection = session.connection()
    given = list(rows[0])
    defaults = {c.name: _python_default(c) for c in table.columns
                if c.name not in given and c.default is not None and not c.primary_key}
    if connection.dialect.name != "postgresql":
        _sqlite_rows(connection, table, rows, given, defaults)
        if not with_ids:
            return []
        last = int(connection.execute(text("SELECT last_insert_rowid()")).scalar_one())
        return list(range(last - len(rows) + 1, last + 1))
    ids: list[int] = []
    if with_ids:
        ids = sorted(connection.execute(
            text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) "
                 "FROM generate_series(1, :count)"),
            {"table": table.name, "count": len(rows)}).scalars())
    columns = (["id"] if with_ids else []) + given + list(defaults)
    as_json = [i for i, name in enumerate(given) if isinstance(table.c[name].type, JSON)]
    fixed = [_json_text(value) if isinstance(table.c[name].type, JSON) else value
             for name, value in defaults.items()]
    driver = connection.connection.driver_connection
    assert driver is not None
    with driver.cursor() as cursor, cursor.copy(
            f"COPY {table.name} ({', '.join(columns)}) FROM STDIN") as copy:
        for n, row in enumerate(rows):
            values = [row[name] for name in given]
            for i in as_json:  # JSON columns take the document's text, as SQLAlchemy writes it
                values[i] = _json_text(values[i])
            copy.write_row([ids[n], *values, *fixed] if with_ids else [*values, *fixed])
    return ids


def _sqlite_rows(connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]],
                 given: list[str], defaults: dict[str, Any]) -> None:
    dialect = connection.dialect
    columns = given + list(defaults)
    processors = {name: table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
                  for name in columns}
    process: list[tuple[int, Callable[[Any], Any]]] = [
        (i, p) for i, name in enumerate(given) if (p := processors[name]) is not None]
    fixed = [value if (p := processors[name]) is None else p(value)
             for name, value in defaults.items()]
    data = []
    for row in rows:
        values = [row[name] for name in given]
        for i, convert in process:
            values[i] = convert(values[i])
        values += fixed
        data.append(tuple(values))
    connection.exec_driver_sql(
        f"INSERT INTO {table.name} ({', '.join(columns)}) "
        f"VALUES ({', '.join('?' * len(columns))})", data)


def _json_text(value: Any) -> Any:
    return json.dumps(value) if value is not None else value
