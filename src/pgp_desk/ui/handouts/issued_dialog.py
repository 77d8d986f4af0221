"""An issued handout from the client's timeline: the stored PDF, reprinted byte for byte."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QPushButton,
    QWidget,
)

from pgp_desk.domain.dates import format_date_time
from pgp_desk.domain.i18n import LANGUAGE_NAMES, fill
from pgp_desk.domain.paper import paper_or_default
from pgp_desk.services.context import AppContext
from pgp_desk.services.handouts import handouts
from pgp_desk.ui.errors import describe_error
from pgp_desk.ui.handouts.pdf_file import choose_and_save, safe_file_stem, save_pdf
from pgp_desk.ui.handouts.preview import PdfPreview
from pgp_desk.ui.handouts.printing import start_printing
from pgp_desk.ui.operations import Operation
from pgp_desk.ui.style import MUTED_FG, POSITIVE_FG
from pgp_desk.ui.widgets.labels import paragraph
from pgp_desk.ui.widgets.layouts import column, side_by_side
from pgp_desk.ui.widgets.named import named, titled
from pgp_desk.ui.widgets.screen_fit import fit_window


class IssuedHandoutDialog(QDialog):
    loaded = Signal(int)  # pages

    def __init__(self, ctx: AppContext, handout_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.handout_id = handout_id
        self.record: handouts.IssuedHandoutRecord | None = None
        self.pdf = b""
        titled(self, "issuedHandoutDialog", self.tr("Issued handout"))
        fit_window(self, 980, 860)
        self.setSizeGripEnabled(True)
        self.details = paragraph(self.tr("Opening the stored copy …"), "issuedDetails")
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.preview = PdfPreview()
        self.save_button = named(QPushButton(self.tr("Save as PDF …")), "issuedSave")
        self.print_button = named(QPushButton(self.tr("Reprint …")), "issuedPrint")
        close = QPushButton(self.tr("Close"))
        column(self, self.details, (self.preview, 1),
               side_by_side(self.save_button, self.print_button, 1, close))
        self.save_button.clicked.connect(self.choose_file_and_save)
        self.print_button.clicked.connect(self.reprint)
        close.clicked.connect(self.reject)
        self.save_button.setEnabled(False)
        self.print_button.setEnabled(False)
        ctx_, hid = ctx, handout_id

        def load() -> tuple[handouts.IssuedHandoutRecord, bytes]:
            return (handouts.get_issued(ctx_.db, ctx_.actor, hid),
                    handouts.reprint(ctx_.db, ctx_.actor, hid))

        Operation(self, load, self._show).failure(self._failed).run()

    def _show(self, result: tuple[handouts.IssuedHandoutRecord, bytes]) -> None:
        self.record, self.pdf = result
        r = self.record
        pages = self.preview.show_pdf(self.pdf)
        language = LANGUAGE_NAMES.get(r.language, r.language)
        extras = []
        if r.options.large_print:
            extras.append(self.tr("large print"))
        if r.options.compact:
            extras.append(self.tr("compact"))
        if r.options.second_language:
            extras.append(fill(self.tr("with %1"),
                               LANGUAGE_NAMES.get(r.options.second_language, "")))
        text = fill(self.tr("<b>Handout for %1</b>, issued %2 by %3"),
                    _h(r.client_name), format_date_time(r.issued_at), _h(r.issued_by or "—"))
        text += "<br>" + " · ".join([language, *extras, self.tr("%n page(s)", "", pages)])
        identical = fill(self.tr("Identical to the copy given to the client (SHA-256 %1…)."),
                         r.sha256[:16])
        text += f"<br><span style='color:{MUTED_FG}'>{identical}</span>"
        if r.red_flag_confirmation:
            despite = fill(self.tr("Issued despite an open red flag: %1"),
                           _h(r.red_flag_confirmation))
            text += f"<br><span style='color:{POSITIVE_FG}'>{despite}</span>"
        self.details.setText(text)
        self.save_button.setEnabled(True)
        self.print_button.setEnabled(True)
        self.loaded.emit(pages)

    def _failed(self, exc: BaseException) -> None:
        self.details.setText(f"<span style='color:{POSITIVE_FG}'>{_h(describe_error(exc))}</span>")
        self.preview.show_message(describe_error(exc))

    def file_name(self) -> str:
        if self.record is None:
            return "handout.pdf"
        return safe_file_stem(self.tr("training programme"), self.record.client_name,
                              self.record.issued_at.astimezone().date()) + ".pdf"

    def choose_file_and_save(self) -> None:
        choose_and_save(self, self.file_name(), lambda path: save_pdf(self, path, self.pdf))

    def reprint(self) -> None:
        if self.record is not None:
            start_printing(self, self.pdf, paper_or_default(self.record.options.paper),
                           self.file_name())


def _h(text: str) -> str:
    from html import escape

    return escape(text)
