"""The client list as a lazy table model: pages fetched off the GUI thread as you scroll.

Every new query bumps a generation number; a page that arrives for an older query is
dropped, so fast typing never shows stale results.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal

from pgp_desk.content.stage_words import stage_label
from pgp_desk.domain.dates import format_date
from pgp_desk.services.clients.clients import ClientRow, SearchPage
from pgp_desk.ui.errors import describe_error
from pgp_desk.ui.i18n import current_language
from pgp_desk.ui.operations import Operation
from pgp_desk.ui.widgets.model_index import Index

Fetch = Callable[[str, tuple[str, int] | None], SearchPage]


class ClientListModel(QAbstractTableModel):
    NAME, BIRTH, STAGE, PHONE = range(4)

    loading_changed = Signal(bool)
    search_failed = Signal(str)
    page_loaded = Signal()

    def __init__(self, fetch: Fetch, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._rows: list[ClientRow] = []
        self._query = ""
        self._generation = 0
        self._cursor: tuple[str, int] | None = None
        self._has_more = False
        self._loading = False

    # --- queries -------------------------------------------------------------------------
    def search(self, query: str) -> None:
        """Start a new search; results replace the list when they arrive."""
        self._generation += 1
        self._query = query
        self._cursor = None
        self._has_more = False
        self._request(replace=True)

    def refresh(self) -> None:
        self.search(self._query)

    @property
    def query(self) -> str:
        return self._query

    @property
    def loading(self) -> bool:
        return self._loading

    def _set_loading(self, value: bool) -> None:
        if value != self._loading:
            self._loading = value
            self.loading_changed.emit(value)

    def _request(self, replace: bool) -> None:
        generation, query, cursor = self._generation, self._query, self._cursor
        self._set_loading(True)
        Operation(self, lambda: self._fetch(query, cursor),
                  lambda page: self._arrived(generation, page, replace)) \
            .failure(lambda exc: self._failed(generation, exc)).run()

    def _arrived(self, generation: int, page: SearchPage, replace: bool) -> None:
        if generation != self._generation:
            return  # a newer query is under way; this page is stale
        if replace:
            self._replace(list(page.rows))
        elif page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self._cursor = page.cursor
        self._has_more = page.has_more
        self._set_loading(False)
        self.page_loaded.emit()

    def _replace(self, rows: list[ClientRow]) -> None:
        """Show ``rows``; the list is laid out and painted again only where they differ. A
        refresh (a client closed, saved) mostly finds the same clients: resetting the model
        made the view lay out and repaint every row, about 100 ms on a busy laptop."""
        if [row.id for row in rows] != [row.id for row in self._rows]:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            return
        old, self._rows = self._rows, rows
        for number, (before, after) in enumerate(zip(old, rows, strict=True)):
            if before != after:
                self.dataChanged.emit(self.index(number, 0),
                                      self.index(number, self.columnCount() - 1))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._set_loading(False)
        self.search_failed.emit(describe_error(exc))

    # --- lazy loading --------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._has_more and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._request(replace=False)

    # --- table ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def row_at(self, row: int) -> ClientRow:
        return self._rows[row]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("Birth date"), self.tr("Stage"),
                self.tr("Phone"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                name = row.display_name
                return name + self.tr(" (archived)") if row.archived else name
            if column == self.BIRTH:
                return format_date(row.birth_date)
            if column == self.STAGE:
                return stage_label(row.stage, current_language())
            if column == self.PHONE:
                return row.phone
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return row.display_name
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

