"""Find a client in a keystroke: a search field over the lazy client list."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pgp_desk.domain.i18n import fill
from pgp_desk.services.audit import audit
from pgp_desk.services.clients import clients
from pgp_desk.services.context import AppContext
from pgp_desk.ui.clients.list_model import ClientListModel
from pgp_desk.ui.operations import Operation
from pgp_desk.ui.widgets.named import named
from pgp_desk.ui.widgets.tables import record_table

TYPING_PAUSE_MS = 120
SEARCH_SETTLED_MS = 2000  # the list left standing this long is a finished search


class ClientSearchPage(QWidget):
    client_chosen = Signal(int)
    new_client_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.include_archived = QCheckBox(self.tr("Show archived"))
        self.model = ClientListModel(self._fetch, self)

        self.search_field = named(QLineEdit(), "clientSearch")
        self.search_field.setPlaceholderText(
            self.tr("Search name, birth date, phone or CPR number …")
        )
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumHeight(34)
        font = self.search_field.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.search_field.setFont(font)
        self.new_button = named(QPushButton(self.tr("New client")), "newClient")
        self.status = named(QLabel(), "searchStatus")

        self.table = record_table(named(QTableView(), "clientTable"))
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ClientListModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (ClientListModel.BIRTH, ClientListModel.STAGE, ClientListModel.PHONE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ClientListModel.BIRTH, 110)
        header.resizeSection(ClientListModel.STAGE, 190)
        header.resizeSection(ClientListModel.PHONE, 150)

        top = QHBoxLayout()
        top.addWidget(self.search_field, 1)
        top.addWidget(self.include_archived)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self._run_search)
        self.search_field.textChanged.connect(lambda _t: self._timer.start())
        self.search_field.returnPressed.connect(self._open_first)
        self.include_archived.toggled.connect(lambda _on: self._run_search())
        self.table.activated.connect(self._open_index)
        self.new_button.clicked.connect(self.new_client_requested)
        self.model.loading_changed.connect(self._show_status)
        self.model.page_loaded.connect(self._show_status)
        self.model.search_failed.connect(self._show_error)
        # A search is audited once it is finished: a result opened, or the list left
        # standing after the typing stopped; never per keystroke.
        self._settled = QTimer(self)
        self._settled.setSingleShot(True)
        self._settled.setInterval(SEARCH_SETTLED_MS)
        self._settled.timeout.connect(self._audit_search)
        self._audited = ""
        self.model.page_loaded.connect(self._settled.start)
        self.search_field.textChanged.connect(lambda _t: self._settled.stop())
        self.client_chosen.connect(lambda _id: self._audit_search())
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.search_field, self._focus_table)
        self.table.installEventFilter(self)  # Home / End: first and last client

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.table and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress):
            key = event.key()
            if key in (Qt.Key.Key_Home, Qt.Key.Key_End) and self.model.rowCount():
                row = 0 if key == Qt.Key.Key_Home else self.model.rowCount() - 1
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return True
        return super().eventFilter(watched, event)

    def _fetch(self, query: str, after: tuple[str, int] | None) -> clients.SearchPage:
        return clients.search_clients(
            self.ctx.db, self.ctx.actor, query, limit=100, after=after,
            include_archived=self._archived,
        )

    def start(self) -> None:
        self._run_search()
        self.focus_search()

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def _run_search(self) -> None:
        self._archived = self.include_archived.isChecked()
        self.model.search(self.search_field.text())

    _archived = False

    def _show_status(self, *_args: object) -> None:
        if self.model.loading:
            self.status.setText(self.tr("Searching …"))
            return
        count = self.model.rowCount()
        if count == 0:
            text = (self.tr("No clients match the search.") if self.model.query.strip()
                    else self.tr("No clients yet. Press “New client” to register the first."))
        elif self.model.canFetchMore():
            text = self.tr("%n clients shown; scroll for more", "", count)
        else:
            text = self.tr("%n clients", "", count)
        self.status.setText(text)

    def _audit_search(self) -> None:
        self._settled.stop()
        query = self.model.query.strip()
        if not query or query == self._audited or self.model.loading:
            return
        self._audited = query
        ctx, length, hits = self.ctx, len(query), self.model.rowCount()
        Operation(self, lambda: audit.search_finished(ctx.db, ctx.actor, length, hits)).run()

    def _show_error(self, message: str) -> None:
        self.status.setText(fill(self.tr("Search failed: %1"), message))

    def _focus_table(self) -> None:
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def _open_first(self) -> None:
        if self.model.rowCount():
            self.client_chosen.emit(self.model.row_at(0).id)

    def _open_index(self, index: QModelIndex) -> None:
        self.client_chosen.emit(self.model.row_at(index.row()).id)
