"""A thin table model over the audit rows a search returned."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from pgp_desk.domain.dates import format_date_time
from pgp_desk.services.audit_log import AuditRow
from pgp_desk.ui.i18n import translate

Index = QModelIndex | QPersistentModelIndex


def _headers() -> list[str]:
    return [translate("AuditEventsModel", "When"), translate("AuditEventsModel", "Person"),
            translate("AuditEventsModel", "Workstation"),
            translate("AuditEventsModel", "Action"), translate("AuditEventsModel", "Record"),
            translate("AuditEventsModel", "Client"),
            translate("AuditEventsModel", "Columns changed")]


class AuditEventsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[AuditRow] = []

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        record = row.entity if row.entity_id is None else f"{row.entity} {row.entity_id}"
        values = [format_date_time(row.at), row.person, row.workstation,
                  row.action, record, "" if row.client_id is None else str(row.client_id),
                  ", ".join(row.fields)]
        return values[index.column()]
