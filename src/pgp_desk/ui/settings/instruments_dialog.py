"""The questionnaires on offer, and the clinic's own licensed ones (e.g. ODI)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pgp_desk.services.assessments import clinic_instruments
from pgp_desk.services.context import AppContext
from pgp_desk.ui.i18n import current_language
from pgp_desk.ui.operations import Operation
from pgp_desk.ui.widgets.button_box import close_box
from pgp_desk.ui.widgets.file_dialogs import ask_open_path
from pgp_desk.ui.widgets.labels import paragraph
from pgp_desk.ui.widgets.layouts import side_by_side
from pgp_desk.ui.widgets.named import named, titled
from pgp_desk.ui.widgets.screen_fit import fit_window
from pgp_desk.ui.widgets.tables import record_table


class InstrumentsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[clinic_instruments.InstrumentEntry] = []
        titled(self, "instrumentsDialog", self.tr("Questionnaires"))
        intro = paragraph(self.tr(
            "PGP Desk ships PGQ, NRS, PSFS and RMDQ. A clinic holding a licence for another "
            "questionnaire (for example the Oswestry Disability Index) can add its definition "
            "file here; it is then offered in every assessment."))
        self.table = record_table(named(QTableWidget(0, 4), "instrumentsTable"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Name"), self.tr("Version"), self.tr("Status")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # short words
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the name takes the rest
        self.import_button = QPushButton(self.tr("Add the clinic's own …"))
        self.toggle_button = QPushButton(self.tr("Stop offering"))
        self.toggle_button.setEnabled(False)
        for button in (self.import_button, self.toggle_button):
            button.setEnabled(button is self.import_button and ctx.actor.is_admin)
        close = close_box(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(side_by_side(self.import_button, self.toggle_button, 1))
        if not ctx.actor.is_admin:
            layout.addWidget(QLabel(self.tr("Only an administrator can add questionnaires.")))
        layout.addWidget(close)
        self.import_button.clicked.connect(self.import_file)
        self.toggle_button.clicked.connect(self.toggle)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        fit_window(self, 720, 420)
        self.reload()

    def reload(self) -> None:
        ctx, lang = self.ctx, current_language()
        Operation(self, lambda: clinic_instruments.list_instruments(ctx.db, ctx.actor, lang),
                  self._show).run()

    def _show(self, entries: list[clinic_instruments.InstrumentEntry]) -> None:
        self.entries = entries
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            if entry.origin == "shipped":
                status = self.tr("shipped with PGP Desk")
            elif entry.active:
                status = self.tr("clinic's own · offered")
            else:
                status = self.tr("clinic's own · not offered")
            for column, text in enumerate((entry.code, entry.name, entry.version, status)):
                item = QTableWidgetItem(text)
                if column == 3 and entry.licence_note:
                    item.setToolTip(entry.licence_note)
                self.table.setItem(row, column, item)
        self._selection_changed()

    def _selected(self) -> clinic_instruments.InstrumentEntry | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.entries[rows.pop()] if len(rows) == 1 else None

    def _selection_changed(self) -> None:
        entry = self._selected()
        clinic_own = entry is not None and entry.origin == "clinic"
        self.toggle_button.setEnabled(clinic_own and self.ctx.actor.is_admin)
        self.toggle_button.setText(self.tr("Offer again") if entry is not None and clinic_own
                                   and not entry.active
                                   else self.tr("Stop offering"))

    def import_file(self) -> None:
        path = ask_open_path(self, self.tr("Questionnaire definition"),
                             self.tr("Definition files (*.yaml *.yml)"))
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path, licence: str | None = None) -> None:
        if licence is None:
            licence, ok = QInputDialog.getText(
                self, self.tr("Licence"),
                self.tr("Under which licence does the clinic use this questionnaire's wording?"))
            if not ok:
                return
        ctx = self.ctx
        Operation(self, lambda: clinic_instruments.import_instrument(ctx.db, ctx.actor, path,
                                                                     licence),
                  lambda _entry: self.reload()).run()

    def toggle(self) -> None:
        entry = self._selected()
        if entry is None or entry.origin != "clinic":
            return
        ctx = self.ctx
        Operation(self, lambda: clinic_instruments.set_active(ctx.db, ctx.actor, entry.code,
                                                              not entry.active),
                  lambda _none: self.reload()).run()

