"""Print a programme's handout: choose the options, see the real PDF, then print, save or issue.

The programme is read from the database once, when the dialog opens (a snapshot); each
preview is made from that snapshot off the GUI thread, once per set of options (going back
to options already seen shows their PDF again without rendering it). The preview draws the
very bytes that are printed, saved or issued: issuing hands the shown preview to the
service, which keeps those bytes while the programme and clinic are as they were. A
handout printed for the client should be issued, so Print offers to issue first.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
    QPushButton,
    QSplitter,
    QWidget,
)

from pgp_desk.content.red_flag_text import describe_code
from pgp_desk.domain.dates import format_date_time
from pgp_desk.domain.i18n import fill
from pgp_desk.domain.paper import paper_or_default
from pgp_desk.services.context import AppContext
from pgp_desk.services.errors import ConflictError
from pgp_desk.services.handouts import handouts
from pgp_desk.services.handouts.handout_options import PrintOptions
from pgp_desk.services.handouts.handout_snapshot import HandoutSnapshot
from pgp_desk.ui.errors import describe_error
from pgp_desk.ui.handouts.made_previews import MadePreviews
from pgp_desk.ui.handouts.options_panel import HandoutOptions
from pgp_desk.ui.handouts.pdf_file import choose_and_save, safe_file_stem, save_pdf
from pgp_desk.ui.handouts.preview import PdfPreview
from pgp_desk.ui.handouts.printing import start_printing
from pgp_desk.ui.handouts.red_flag_dialog import RedFlagConfirmDialog
from pgp_desk.ui.i18n import current_language
from pgp_desk.ui.operations import Operation, show_failure
from pgp_desk.ui.style import MUTED_FG, POSITIVE_FG
from pgp_desk.ui.widgets.labels import notice, paragraph
from pgp_desk.ui.widgets.layouts import column, side_by_side
from pgp_desk.ui.widgets.named import named, titled
from pgp_desk.ui.widgets.screen_fit import fit_window

# Language names are shown in their own language, as language pickers usually do.
PREVIEW_DELAY_MS = 250


class HandoutDialog(QDialog):
    """The handout of one programme; ``issued`` carries the IssuedHandoutRecord."""

    issued = Signal(object)
    preview_ready = Signal(int)  # pages

    def __init__(self, ctx: AppContext, programme_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.programme_id = programme_id
        self.setup: HandoutSnapshot | None = None
        self.record: handouts.IssuedHandoutRecord | None = None
        self.pdf: bytes = b""
        self.pdf_options: PrintOptions | None = None
        self.previews = MadePreviews()
        self._pages = 0
        self._busy = False
        titled(self, "handoutDialog", self.tr("Print handout"))
        fit_window(self, 1180, 860)
        self.setSizeGripEnabled(True)

        self.heading = paragraph(self.tr("Handout"), "handoutHeading")
        self.flag_banner = notice("alert", "handoutRedFlag")
        self.glyph_warning = paragraph(name="handoutUnprintable")
        self.glyph_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.glyph_warning.hide()

        self.status = paragraph(name="handoutStatus")
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.choices = HandoutOptions(self.status)

        self.preview = PdfPreview()
        splitter = QSplitter()
        splitter.addWidget(self.choices)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 880])

        self.save_button = named(QPushButton(self.tr("Save as PDF …")), "handoutSave")
        self.print_button = named(QPushButton(self.tr("Print …")), "handoutPrint")
        self.issue_button = named(QPushButton(self.tr("Issue to client")), "handoutIssue")
        self.issue_button.setToolTip(self.tr(
            "Keeps an exact copy of this PDF in the client's record and marks the programme "
            "as issued."))
        self.close_button = named(QPushButton(self.tr("Close")), "handoutClose")
        buttons = side_by_side(self.save_button, self.print_button, 1, self.issue_button,
                               self.close_button)
        column(self, self.heading, self.flag_banner, self.glyph_warning, (splitter, 1), buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self.choices.changed.connect(self._options_changed)
        self.save_button.clicked.connect(self.choose_file_and_save)
        self.print_button.clicked.connect(self.print_handout)
        self.issue_button.clicked.connect(lambda: self.issue())
        self.close_button.clicked.connect(self.reject)
        self._set_enabled(False)
        self._load_setup()

    # --- setup -------------------------------------------------------------------------
    def _load_setup(self) -> None:
        ctx, pid = self.ctx, self.programme_id
        Operation(self, lambda: handouts.prepare_handout(ctx.db, ctx.actor, pid),
                  self._apply_setup).failure(self._failed).run()

    def _reload(self) -> None:
        """Read the programme again and forget every PDF made from the old reading."""
        self.setup = None
        self.previews.forget()
        self._load_setup()

    def _apply_setup(self, setup: HandoutSnapshot) -> None:
        self.setup = setup
        what = setup.programme_title or self.tr("Home programme")
        self.heading.setText(fill(self.tr("Handout for %1"), setup.client_name)
                             + f"  <span style='color:{MUTED_FG}; font-weight:400'>· {_h(what)}"
                             "</span>")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.choices.apply_setup(setup)
        if setup.red_flags:
            lang = current_language()
            labels = [describe_code(c, lang) for c in setup.red_flags]
            self.flag_banner.setText(fill(self.tr("Open red flag: %1. Issuing needs your "
                                                  "confirmation."), "; ".join(labels)))
            self.flag_banner.show()
        if setup.item_count == 0:
            self.preview.show_message(self.tr("This programme has no exercises yet."))
        self.refresh_preview()

    # --- options and preview -------------------------------------------------------------
    def options(self) -> PrintOptions:
        return self.choices.options()

    def _options_changed(self) -> None:
        self.choices.allow_compact(issued=self.record is not None)
        self._timer.start()

    def refresh_preview(self) -> None:
        """Show the PDF for the current options: nothing to do when it is shown already,
        the kept PDF when these options were seen before, else made from the snapshot in
        the background (no database); a result for options no longer wanted is dropped."""
        snapshot = self.setup
        if self.record is not None or snapshot is None:
            return
        options = self.options()
        show, render = self.previews.want(options)
        if show is not None:
            self._show_made(show)
        if not render:
            return
        self._set_enabled(False)
        self.preview.show_busy(self.tr("Preparing the preview …"))
        self.status.setText(self.tr("Preparing the preview …"))
        Operation(self, lambda: handouts.make(snapshot, options), self._keep_made) \
            .failure(self._failed).run()

    def _keep_made(self, made: handouts.HandoutPreview) -> None:
        if self.previews.add(made):
            self._show_made(made)

    def _show_made(self, made: handouts.HandoutPreview) -> None:
        if self.record is not None:
            return
        self.previews.show(made)
        self.pdf, self.pdf_options = made.pdf, made.options
        pages = self._pages = self.preview.show_pdf(made.pdf)
        if self.setup is not None and self.setup.programme_status == "issued":
            # Issued before without a stored copy (for example from the command line):
            # issuing now keeps this copy in her record.
            self.status.setText(self.tr("%n page(s). The programme is issued; no copy of "
                                        "its handout is kept yet.", "", pages))
        else:
            self.status.setText(self.tr("%n page(s), not issued yet.", "", pages))
        self.show_unprintable(made.unprintable)
        self._set_enabled(True)
        self.preview_ready.emit(pages)

    def show_unprintable(self, found: list[handouts.Unprintable]) -> None:
        """Name the texts with characters the PDF prints as boxes, before issuing."""
        if not found:
            self.glyph_warning.hide()
            return
        places = {
            "client": self.tr("the client's name"), "clinic": self.tr("the clinic's details"),
            "therapist": self.tr("the therapist's name"), "note": self.tr("your note"),
            "advice": self.tr("the advice"),
        }
        parts = [(fill(self.tr("exercise %1"), str(item.number))
                  if item.where == "exercise" else places.get(item.where, item.where))
                 + f": {item.characters}" for item in found]
        self.glyph_warning.setText(fill(self.tr(
            "Some characters cannot be printed and will show as \u25a1 — %1. Write them "
            "differently if they matter."), "; ".join(parts)))
        self.glyph_warning.show()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.preview.show_message(describe_error(exc))
        self.status.setText(f"<span style='color:{POSITIVE_FG}'>{_h(describe_error(exc))}</span>")
        self._set_enabled(bool(self.pdf))

    def _set_enabled(self, ready: bool) -> None:
        ready = ready and not self._busy
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)
        self.issue_button.setEnabled(ready and self.record is None)

    # --- save ----------------------------------------------------------------------------
    def default_file_name(self) -> str:
        name = self.setup.client_name if self.setup else ""
        return safe_file_stem(self.tr("training programme"), name, date.today()) + ".pdf"

    def choose_file_and_save(self) -> None:
        choose_and_save(self, self.default_file_name(), self.save_to)

    def save_to(self, path: str) -> None:
        """Write the PDF shown (the issued one once issued) to ``path``, in the background."""
        save_pdf(self, path, self.pdf,
                 lambda p: self.status.setText(fill(self.tr("Saved to %1"), _h(p))))

    # --- issue ---------------------------------------------------------------------------
    def issue(self, confirmation: str | None = None,
              then: Callable[[], None] | None = None) -> None:
        """Store the handout in the client's record (asks for a red-flag confirmation)."""
        if self.record is not None or self._busy:
            return
        options = self.options()
        previewed = self.previews.for_issue(options)
        ctx, pid = self.ctx, self.programme_id
        self._busy = True
        self._set_enabled(False)
        self.status.setText(self.tr("Issuing …"))

        def done(record: handouts.IssuedHandoutRecord) -> None:
            self._busy = False
            self._issued(record)
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            self._busy = False
            if isinstance(exc, handouts.RedFlagConfirmationRequired):
                self._set_enabled(True)
                self.status.setText(self.tr("Not issued yet."))
                dialog = RedFlagConfirmDialog(exc.labels(current_language()), self)
                if dialog.exec() == QDialog.DialogCode.Accepted:
                    self.issue(dialog.confirmation(), then)
                return
            self._failed(exc)
            show_failure(self, exc, self.tr("Not issued"))
            if isinstance(exc, ConflictError):  # saved by someone else: show theirs
                self._reload()

        Operation(self, lambda: handouts.issue_handout(
            ctx.db, ctx.actor, pid, options, confirmation, previewed=previewed),
            done).failure(failed).run()

    def _issued(self, record: handouts.IssuedHandoutRecord) -> None:
        self.record = record
        self._timer.stop()
        self.previews.wanted = None  # a preview still being made is no longer wanted
        pages = self._pages
        if record.pdf != self.pdf:  # rendered again: the clinic's details changed meanwhile
            pages = self._pages = self.preview.show_pdf(record.pdf)
        self.pdf = record.pdf
        when = format_date_time(record.issued_at)
        self.status.setText(
            fill(self.tr("<b>Issued</b> %1 by %2: an exact copy is kept in the client's record "
                         "(%n page(s)).", "", pages), when, _h(record.issued_by)))
        self.choices.lock()
        self.issue_button.setText(self.tr("Issued"))
        self._set_enabled(True)
        self.issued.emit(record)

    # --- print ---------------------------------------------------------------------------
    def print_handout(self) -> None:
        if self.record is None:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Print handout"),
                              self.tr("Issue the handout before printing? The client's "
                                      "record then keeps an exact copy of what she takes "
                                      "home."), parent=self)
            issue_first = box.addButton(self.tr("Issue and print"),
                                        QMessageBox.ButtonRole.AcceptRole)
            only = box.addButton(self.tr("Print without issuing"),
                                 QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(issue_first)
            box.exec()
            if box.clickedButton() is issue_first:
                self.issue(then=self._ask_printer)
            elif box.clickedButton() is only:
                self._ask_printer()
            return
        self._ask_printer()

    def _ask_printer(self) -> None:
        paper = paper_or_default(self.pdf_options.paper if self.pdf_options else None)
        name = self.setup.client_name if self.setup else ""
        started = start_printing(self, self.pdf, paper, self.default_file_name(),
                                 on_done=self._printed)
        if started:
            self.status.setText(fill(self.tr("Printing %1 …"), _h(name)))

    def _printed(self, pages: int) -> None:
        text = self.tr("%n page(s) sent to the printer.", "", pages)
        if self.record is None:
            text += " " + self.tr("Not issued.")
        self.status.setText(text)


def _h(text: str) -> str:
    from html import escape

    return escape(text)
