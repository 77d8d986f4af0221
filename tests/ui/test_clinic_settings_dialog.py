"""The clinic settings dialog saves through the real widgets and keeps bad input."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QImage

from pgp_desk.services import clinic
from pgp_desk.ui.settings.clinic_settings import ClinicSettingsDialog, logo_png_from_file


def test_logo_is_shrunk_and_stored_as_png(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A large JPEG logo becomes a PNG of at most 600 px; a non-image is refused."""
    image = QImage(2000, 800, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    path = tmp_path / "logo.jpg"
    assert image.save(str(path), "JPEG")
    png = logo_png_from_file(str(path))
    assert png is not None and png.startswith(b"\x89PNG")
    shrunk = QImage.fromData(png)
    assert max(shrunk.width(), shrunk.height()) == 600
    text = tmp_path / "not-an-image.png"
    text.write_text("hello", encoding="utf-8")
    assert logo_png_from_file(str(text)) is None


def test_dialog_saves_and_shows_errors(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """An empty name shows an error by the field; a valid form saves off the GUI thread."""
    dialog = ClinicSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.settings is not None, timeout=5000)  # loaded off-thread
    dialog.name.clear()
    dialog.save()
    assert dialog.form.rows["name"].error.isVisible()
    qtbot.keyClicks(dialog.name, "Bækkenklinikken Østerbro")
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save()
    stored = clinic.get_settings(ctx.db, ctx.actor)
    assert (stored.name, stored.paper_size) == ("Bækkenklinikken Østerbro", "Letter")
