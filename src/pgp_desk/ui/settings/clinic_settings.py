"""The clinic's details for every handout: name, address, contact, logo, language, paper,
and the numbers the stop signs tell a client to call."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QImageWriter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pgp_desk.domain import retention
from pgp_desk.services import clinic
from pgp_desk.services.context import AppContext
from pgp_desk.ui.operations import Operation
from pgp_desk.ui.widgets.button_box import save_button, save_cancel
from pgp_desk.ui.widgets.choices import add_languages, add_papers
from pgp_desk.ui.widgets.file_dialogs import ask_open_path
from pgp_desk.ui.widgets.form import ErrorForm
from pgp_desk.ui.widgets.labels import paragraph
from pgp_desk.ui.widgets.named import named, titled
from pgp_desk.ui.widgets.saving import EditedRecord
from pgp_desk.ui.widgets.screen_fit import fit_window

LOGO_MAX_PX = 600


def logo_png_from_file(path: str) -> bytes | None:
    """Read a PNG/JPEG, shrink it to at most 600 px and re-encode it as PNG."""
    image = QImage(path)
    if image.isNull():
        return None
    if max(image.width(), image.height()) > LOGO_MAX_PX:
        image = image.scaled(LOGO_MAX_PX, LOGO_MAX_PX, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"PNG")).write(image)
    return bytes(data.data())


class ClinicSettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        titled(self, "clinicSettings", self.tr("Clinic settings"))
        self.edited = EditedRecord(self, None, text=self.tr(
            "Someone saved the clinic's details on another workstation after you opened "
            "them. These fields differ. Choose which version to keep; nothing is saved "
            "until you do."), newer=lambda _conflict: clinic.get_settings(ctx.db, ctx.actor))
        self.name = QLineEdit()
        self.address = QPlainTextEdit()
        self.address.setFixedHeight(64)
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.language = add_languages(QComboBox())
        self.paper = add_papers(QComboBox())
        self.maternity_phone = QLineEdit()
        self.out_of_hours_phone = QLineEdit()
        self.emergency_phone = QLineEdit()
        self.maternity_phone.setPlaceholderText(self.tr("e.g. 38 68 35 00"))
        self.out_of_hours_phone.setPlaceholderText(self.tr("e.g. 1813 or 116 117"))
        self.emergency_phone.setPlaceholderText(self.tr("e.g. 112 or 113"))
        self.retention = named(QSpinBox(), "retentionYears")
        self.retention.setRange(retention.MIN_YEARS, retention.MAX_YEARS)
        self.retention.setSuffix(self.tr(" years after the last entry"))
        self.retention.setToolTip(self.tr(
            "How long a client's records are kept before they may be erased (the Danish "
            "duty to keep records: at least 10 years). Erasing earlier needs an "
            "administrator to record the legal basis."))
        self.idle_lock = named(QSpinBox(), "idleLockMinutes")
        self.idle_lock.setRange(clinic.IDLE_LOCK_MIN, clinic.IDLE_LOCK_MAX)
        self.idle_lock.setValue(clinic.IDLE_LOCK_DEFAULT)
        self.idle_lock.setSuffix(self.tr(" min"))
        self.logo_preview = named(QLabel(self.tr("No logo")), "logoPreview")
        self.logo_preview.setFixedSize(220, 90)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        choose = QPushButton(self.tr("Choose logo …"))
        remove = QPushButton(self.tr("Remove logo"))
        logo_row = QWidget()
        logo_layout = QHBoxLayout(logo_row)
        logo_layout.setContentsMargins(0, 0, 0, 0)
        logo_layout.addWidget(self.logo_preview)
        logo_layout.addWidget(choose)
        logo_layout.addWidget(remove)
        logo_layout.addStretch(1)
        self.logo_png: bytes | None = None

        self.form = ErrorForm()
        self.form.add("name", self.tr("Clinic name"), self.name)
        self.form.add("address", self.tr("Address"), self.address)
        self.form.add("phone", self.tr("Phone"), self.phone)
        self.form.add("email", self.tr("Email"), self.email)
        self.form.add("logo_png", self.tr("Logo"), logo_row)
        self.form.add("default_language", self.tr("Default handout language"), self.language)
        self.form.add("paper_size", self.tr("Paper size"), self.paper)
        # The numbers printed under the stop signs of every handout.
        self.form.add("maternity_phone", self.tr("Maternity ward (for the stop signs)"),
                      self.maternity_phone)
        self.form.add("out_of_hours_phone", self.tr("Out-of-hours doctor"),
                      self.out_of_hours_phone)
        self.form.add("emergency_phone", self.tr("Emergency number"), self.emergency_phone)
        self.form.add("retention_years", self.tr("Keep records"), self.retention)
        self.form.add("idle_lock_minutes", self.tr("Lock after idle"), self.idle_lock)
        self.note = paragraph()
        self.buttons = save_cancel(self, self.save)
        choose.clicked.connect(self.choose_logo)
        remove.clicked.connect(lambda: self.set_logo(None))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("These details head every handout and report.")))
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        fit_window(self, 560, 460)
        self.load()
        if not ctx.actor.is_admin:
            self.note.setText(self.tr("Only an administrator can change the clinic's details."))
            for widget in (self.name, self.address, self.phone, self.email, self.language,
                           self.paper, self.maternity_phone, self.out_of_hours_phone,
                           self.emergency_phone, self.retention, self.idle_lock,
                           choose, remove):
                widget.setEnabled(False)
            save_button(self.buttons).setEnabled(False)

    def load(self) -> None:
        """Read the stored details off the GUI thread; Save waits until they are shown."""
        save_button(self.buttons).setEnabled(False)
        ctx = self.ctx
        Operation(self, lambda: clinic.get_settings(ctx.db, ctx.actor), self.fill).run()

    def fill(self, settings: clinic.ClinicSettings) -> None:
        self.edited.base = settings
        save_button(self.buttons).setEnabled(self.ctx.actor.is_admin)
        self.name.setText(settings.name)
        self.address.setPlainText(settings.address)
        self.phone.setText(settings.phone)
        self.email.setText(settings.email)
        self.language.setCurrentIndex(max(self.language.findData(settings.default_language), 0))
        self.paper.setCurrentIndex(max(self.paper.findData(settings.paper_size), 0))
        self.maternity_phone.setText(settings.maternity_phone)
        self.out_of_hours_phone.setText(settings.out_of_hours_phone)
        self.emergency_phone.setText(settings.emergency_phone)
        self.retention.setValue(settings.retention_years)
        self.idle_lock.setValue(settings.idle_lock_minutes)
        self.set_logo(settings.logo_png)

    def set_logo(self, png: bytes | None) -> None:
        self.logo_png = png
        if not png:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(png)
        self.logo_preview.setPixmap(pixmap.scaled(
            210, 80, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))

    def choose_logo(self) -> None:
        path = ask_open_path(self, self.tr("Choose logo"), self.tr("Images (*.png *.jpg *.jpeg)"))
        if not path:
            return
        png = logo_png_from_file(path)
        if png is None:
            self.form.set_error("logo_png", self.tr("This file is not a PNG or JPEG image."))
            return
        self.form.set_error("logo_png", "")
        self.set_logo(png)

    def collect(self) -> clinic.ClinicSettings:
        base = self.edited.base
        assert base is not None
        return clinic.ClinicSettings(
            name=self.name.text().strip(), address=self.address.toPlainText().strip(),
            phone=self.phone.text().strip(), email=self.email.text().strip(),
            logo_png=self.logo_png, default_language=self.language.currentData(),
            paper_size=self.paper.currentData(),
            maternity_phone=self.maternity_phone.text().strip(),
            out_of_hours_phone=self.out_of_hours_phone.text().strip(),
            emergency_phone=self.emergency_phone.text().strip(),
            idle_lock_minutes=self.idle_lock.value(),
            version=base.version,
            retention_years=self.retention.value(),
        )

    def save(self) -> None:
        base = self.edited.base
        if base is None:  # still loading; Save is disabled until then
            return
        settings = self.collect()
        self.form.clear_errors()
        errors = clinic.validate_settings(settings)
        if errors:
            self.form.show_errors(errors)
            return
        ctx = self.ctx
        self.edited.save(lambda: clinic.update_settings(ctx.db, ctx.actor, settings, base))
