"""Tables of records (clients, audit events, people, questionnaires, import problems) made
one way: she picks whole rows, edits in the record's own dialog, and no row numbers show."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QAbstractItemView, QTableView

Table = TypeVar("Table", bound=QTableView)


def record_table(table: Table) -> Table:
    """``table`` set up to list records: rows selected whole, nothing edited in place, no
    row numbers."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    return table
