"""Import clients from a CSV file: choose it, read the check report, then import all or none.

The check (services.client_import.check_file) and the import both run off the GUI thread;
the Import button is enabled only for a file without problems, and a progress bar shows the
import, which can be stopped (nothing is then written).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from pgp_desk.domain.i18n import fill
from pgp_desk.services.clients import client_import
from pgp_desk.services.clients.client_import import ImportCancelled, ImportProblem, ImportReport
from pgp_desk.services.context import AppContext
from pgp_desk.services.errors import FieldError
from pgp_desk.ui.clients.field_labels import client_field_labels
from pgp_desk.ui.errors import describe_error
from pgp_desk.ui.messages import field_message
from pgp_desk.ui.operations import Operation, Report
from pgp_desk.ui.widgets.file_dialogs import ask_open_path
from pgp_desk.ui.widgets.labels import paragraph
from pgp_desk.ui.widgets.layouts import column, side_by_side
from pgp_desk.ui.widgets.named import named, titled
from pgp_desk.ui.widgets.progress_estimate import ProgressEstimate
from pgp_desk.ui.widgets.screen_fit import fit_window
from pgp_desk.ui.widgets.tables import record_table


class ImportClientsDialog(QDialog):
    imported = Signal(int)  # how many clients were created

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path: Path | None = None
        self.report: ImportReport | None = None
        self.import_result: client_import.ImportResult | None = None
        self._generation = 0
        self._importing = False
        self._stop_requested = False
        titled(self, "importClientsDialog", self.tr("Import clients"))
        fit_window(self, 820, 600)

        intro = paragraph(self.tr(
            "Choose a CSV file exported from another system (UTF-8 or Windows-1252, "
            "separated by ; or ,). The whole file is checked first; clients are imported "
            "only when no row has a problem, and then all at once."))
        self.path_field = named(QLineEdit(), "importFile")
        self.path_field.setReadOnly(True)
        self.path_field.setPlaceholderText(self.tr("No file chosen"))
        self.browse_button = named(QPushButton(self.tr("Choose file …")), "importBrowse")
        self.encoding = named(QComboBox(), "importEncoding")
        self.encoding.addItem(self.tr("Detect automatically"), "auto")
        self.encoding.addItem("UTF-8", "utf-8")
        self.encoding.addItem("Windows-1252", "cp1252")
        self.skip_duplicates = named(QCheckBox(
            self.tr("Leave out clients who are already registered")), "importSkipDuplicates")
        options = QFormLayout()
        options.addRow(self.tr("File"), side_by_side((self.path_field, 1), self.browse_button))
        options.addRow(self.tr("Character set"), self.encoding)
        options.addRow("", self.skip_duplicates)

        self.summary = paragraph(name="importSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.columns = paragraph(name="importColumns")
        self.columns.setTextFormat(Qt.TextFormat.PlainText)
        self.problems = record_table(named(QTableWidget(0, 2), "importProblems"))
        self.problems.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Problem")])
        self.problems.setWordWrap(True)
        header = self.problems.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.progress_row = ProgressEstimate()
        self.progress = named(self.progress_row.bar, "importProgress")
        self.progress.setVisible(False)
        self.estimate = named(self.progress_row.estimate, "importEstimate")

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("importClose")

        column(self, intro, options, self.summary, self.columns, (self.problems, 1),
               self.progress_row, self.buttons)

        self.browse_button.clicked.connect(self.choose_file)
        self.encoding.currentIndexChanged.connect(lambda _i: self.check())
        self.skip_duplicates.toggled.connect(lambda _on: self.check())
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)

    # --- choosing and checking -----------------------------------------------------------
    def choose_file(self) -> None:
        path = ask_open_path(self, self.tr("Import clients"),
                             self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Check ``path`` and show the report (also what the file chooser calls)."""
        self.path = Path(path)
        self.path_field.setText(str(self.path))
        self.check()

    def check(self) -> None:
        if self.path is None or self._importing:
            return
        self._generation += 1
        generation = self._generation
        self.report = None
        self.import_button.setEnabled(False)
        self.problems.setRowCount(0)
        self.columns.clear()
        self.summary.setText(self.tr("Checking the file …"))
        ctx, path = self.ctx, self.path
        encoding = self.encoding.currentData()
        skip = self.skip_duplicates.isChecked()
        self.progress_row.start(0)  # busy until the first report of lines read
        Operation(
            self,
            lambda report_progress: client_import.check_file(
                ctx.db, ctx.actor, path, encoding=encoding, skip_duplicates=skip,
                progress=report_progress),
            lambda report: self._checked(generation, report),
        ).failure(lambda exc: self._check_failed(generation, exc)).with_progress(
            lambda done, total: self._check_progressed(generation, done, total)).run()

    def _check_progressed(self, generation: int, done: int, total: int) -> None:
        if generation == self._generation and not self._importing:
            self.progress_row.report(done, total)

    def _checked(self, generation: int, report: ImportReport) -> None:
        if generation != self._generation:
            return  # the options changed meanwhile; a newer check is under way
        self.progress_row.finish()
        self.report = report
        self._show_columns(report)
        self.problems.setRowCount(len(report.problems))
        for row, problem in enumerate(report.problems):
            line = QTableWidgetItem(str(problem.line))
            line.setData(Qt.ItemDataRole.UserRole, problem)
            self.problems.setItem(row, 0, line)
            self.problems.setItem(row, 1, QTableWidgetItem(self.problem_text(problem)))
        self.problems.resizeRowsToContents()
        ready, bad = report.ready, report.error_line_count
        text = fill(self.tr("%1 client rows read (%2)."),
                    f"{report.row_count:,}", report.encoding_name)
        if bad:
            text += " " + self.tr(
                "%n row(s) have problems: correct the file and choose it again. "
                "Nothing can be imported until every row is right.", "", bad)
        elif ready:
            text += " " + self.tr("%n client(s) ready to import.", "", ready)
        else:
            text += " " + self.tr("There is nobody to import.")
        if report.skipped_count:
            text += " " + self.tr("%n already registered and left out.", "",
                                  report.skipped_count)
        self.summary.setText(text)
        self.import_button.setEnabled(report.ok)

    def _show_columns(self, report: ImportReport) -> None:
        used = [name for name, target in report.columns if target]
        ignored = [name for name, target in report.columns if not target and name]
        text = fill(self.tr("Columns used: %1"), ", ".join(used))
        if ignored:
            text += "\n" + fill(self.tr("Ignored: %1"), ", ".join(ignored))
        self.columns.setText(text)

    def _check_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.progress_row.finish()
        self.summary.setText(fill(self.tr("The file cannot be imported: %1"), describe_error(exc)))

    # --- importing -----------------------------------------------------------------------
    def start_import(self) -> None:
        report = self.report
        if report is None or not report.ok or self._importing:
            return
        self._importing = True
        self._stop_requested = False
        for widget in (self.import_button, self.browse_button, self.encoding,
                       self.skip_duplicates):
            widget.setEnabled(False)
        self.close_button.setText(self.tr("Stop"))
        self.progress_row.start(report.row_count)
        self.summary.setText(self.tr("Importing …"))
        ctx = self.ctx

        def work(report_progress: Report) -> client_import.ImportResult:
            def progress(done: int, total: int) -> None:
                if self._stop_requested:
                    raise ImportCancelled("the import was stopped; nothing was imported")
                report_progress(done, total)

            return client_import.import_clients(ctx.db, ctx.actor, report, progress)

        Operation(self, work, self._imported).failure(self._import_failed) \
            .with_progress(self._progressed).run()

    def _progressed(self, done: int, total: int) -> None:
        self.progress_row.report(done, total)
        if done >= total and not self._stop_requested:
            self.summary.setText(self.tr(
                "Every row is read; the clients are now added in one step …"))

    def _imported(self, result: client_import.ImportResult) -> None:
        self._importing = False
        self.import_result = result
        self.progress_row.finish(keep_bar=True)
        self.summary.setText(self.tr("Done: %n client(s) imported.", "", result.created))
        self.close_button.setText(self.tr("Close"))
        for widget in (self.browse_button, self.encoding, self.skip_duplicates):
            widget.setEnabled(True)
        self.imported.emit(result.created)

    def _import_failed(self, exc: BaseException) -> None:
        self._importing = False
        self.progress_row.finish()
        self.close_button.setText(self.tr("Close"))
        for widget in (self.browse_button, self.encoding, self.skip_duplicates):
            widget.setEnabled(True)
        if isinstance(exc, ImportCancelled):
            self.summary.setText(self.tr("The import was stopped. Nothing was imported."))
        else:
            self.summary.setText(fill(self.tr("Nothing was imported: %1"), describe_error(exc)))

    def reject(self) -> None:
        if self._importing:  # "Stop": the worker rolls back at its next progress report
            self._stop_requested = True
            self.summary.setText(self.tr("Stopping …"))
            return
        super().reject()

    # --- wording -------------------------------------------------------------------------
    def field_label(self, name: str) -> str:
        labels = {**client_field_labels(), "name": self.tr("Name"), "row": self.tr("Row")}
        return labels.get(name, name)

    def problem_text(self, problem: ImportProblem) -> str:
        """The problem in the user's language, with the value from the file."""
        code, other = problem.code, str(problem.other_line or "")
        by_id = problem.field == "national_id"
        if code == "duplicate_in_file":
            text = fill(self.tr("The same CPR / fødselsnummer as line %1.") if by_id
                        else self.tr("The same name and birth date as line %1."), other)
        elif code == "duplicate_in_database":
            text = fill(self.tr("Already registered as client %1 (same CPR / fødselsnummer).")
                        if by_id else
                        self.tr("Already registered as client %1 (same name and birth date)."),
                        problem.client_id)
            if not problem.blocking:
                text += " " + self.tr("It will be left out.")
        elif code == "too_many_values":
            text = self.tr("More values than columns: a separator inside a value must be "
                           "in quotes.")
        elif code == "max_length":
            text = self.tr("Too long for this field.")
        elif code == "leading_zero":
            text = self.tr("One digit short: a spreadsheet may have dropped the leading 0.")
        elif problem.field == "language":
            text = self.tr("Write da, nb or en (Danish, Norwegian, English).")
        else:
            text = field_message(FieldError(problem.field, code, problem.message))
        label = self.field_label(problem.field)
        if problem.value:
            return fill(self.tr("%1 “%2”: %3", "import problem: field, value, what is wrong"),
                        label, problem.value, text)
        return fill(self.tr("%1: %2", "import problem: field, what is wrong"), label, text)
