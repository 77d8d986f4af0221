"""The administrator's Audit log window: filter by person, client, dates and action, and
export what was found as CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from pgp_desk.domain.i18n import fill
from pgp_desk.services.audit import audit_log
from pgp_desk.services.context import AppContext
from pgp_desk.ui.audit.events_model import AuditEventsModel, action_label
from pgp_desk.ui.operations import Operation
from pgp_desk.ui.widgets.button_box import close_box, close_button
from pgp_desk.ui.widgets.labels import paragraph
from pgp_desk.ui.widgets.layouts import column, grid, side_by_side
from pgp_desk.ui.widgets.named import named, titled
from pgp_desk.ui.widgets.qdate import python_date
from pgp_desk.ui.widgets.tables import record_table


class AuditLogDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        titled(self, "auditLogDialog", self.tr("Audit log"))
        self.person = named(QComboBox(), "auditPerson")
        self.action = named(QComboBox(), "auditAction")
        for combo in (self.person, self.action):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.client = named(QLineEdit(), "auditClient")
        self.client.setValidator(QIntValidator(1, 2_000_000_000, self))
        self.client.setPlaceholderText(self.tr("client number"))
        self.use_since = QCheckBox(self.tr("From"))
        self.use_until = QCheckBox(self.tr("To"))
        today = QDate.currentDate()
        self.since = QDateEdit(today.addDays(-30))
        self.until = QDateEdit(today)
        for check, edit in ((self.use_since, self.since), (self.use_until, self.until)):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
        self.search_button = named(QPushButton(self.tr("Search")), "auditSearch")
        self.search_button.setDefault(True)
        self.clear_button = named(QPushButton(self.tr("Clear filter")), "auditClear")
        self.export_button = named(QPushButton(self.tr("Export CSV …")), "auditExport")
        filters = grid([QLabel(self.tr("Person")), self.person, QLabel(self.tr("Action")),
                        self.action, QLabel(self.tr("Client")), self.client],
                       [self.use_since, self.since, self.use_until, self.until])
        buttons = side_by_side(self.search_button, self.clear_button, 1, self.export_button)
        filters.addLayout(buttons, 1, 4, 1, 2)
        self.model = AuditEventsModel()
        self.table = record_table(named(QTableView(), "auditTable"))
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status = paragraph(name="auditStatus")
        close = close_box(self)
        self.close_button = close_button(close)
        column(self, filters, (self.table, 1), self.status, close)
        self.search_button.clicked.connect(self.search)
        self.clear_button.clicked.connect(self.clear)
        self.export_button.clicked.connect(self.choose_export)
        self.resize(1120, 640)
        ctx_ = ctx
        Operation(self, lambda: audit_log.filter_choices(ctx_.db, ctx_.actor),
                  self._choices).run()

    def _choices(self, choices: audit_log.FilterChoices) -> None:
        self.person.clear()
        self.person.addItem(self.tr("Everyone"), "")
        for name in choices.people:
            self.person.addItem(name, name)
        self.action.clear()
        self.action.addItem(self.tr("Every action"), "")
        for action in choices.actions:
            self.action.addItem(action_label(action), action)
        self.search()

    def current_filter(self) -> audit_log.AuditFilter:
        text = self.client.text().strip()
        return audit_log.AuditFilter(
            person=str(self.person.currentData() or ""),
            client_id=int(text) if text else None,
            since=python_date(self.since.date()) if self.use_since.isChecked() else None,
            until=python_date(self.until.date()) if self.use_until.isChecked() else None,
            action=str(self.action.currentData() or ""))

    def search(self) -> None:
        ctx, wanted = self.ctx, self.current_filter()
        Operation(self, lambda: audit_log.find_events(ctx.db, ctx.actor, wanted),
                  self._show).failure_title(self.tr("Audit log")) \
            .disabling(self.search_button, self.export_button).run()

    def _show(self, rows: list[audit_log.AuditRow]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        if len(rows) >= audit_log.LIMIT:
            self.status.setText(fill(self.tr(
                "The newest %1 events; narrow the filter to see older ones."), len(rows)))
        else:
            self.status.setText(fill(self.tr("%1 events"), len(rows)))

    def clear(self) -> None:
        self.person.setCurrentIndex(0)
        self.action.setCurrentIndex(0)
        self.client.clear()
        self.use_since.setChecked(False)
        self.use_until.setChecked(False)
        self.search()

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the audit log"),
                                              "audit-log.csv", self.tr("CSV (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        ctx, wanted = self.ctx, self.current_filter()
        Operation(self, lambda: audit_log.export_csv(ctx.db, ctx.actor, wanted, path),
                  lambda count: self.status.setText(fill(
                      self.tr("%1 events written to %2 (readable by you only)."),
                      count, path.name))) \
            .failure_title(self.tr("Not exported")) \
            .disabling(self.search_button, self.export_button).run()
