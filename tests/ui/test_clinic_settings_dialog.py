"""The clinic settings dialog saves through the real widgets and keeps bad input."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QTableWidget

from pgp_desk.services import clinic
from pgp_desk.ui.settings.clinic_settings import ClinicSettingsDialog, logo_png_from_file
from pgp_desk.ui.widgets.conflict import ConflictDialog


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
    qtbot.waitUntil(lambda: dialog.edited.base is not None, timeout=5000)  # loaded off-thread
    dialog.name.clear()
    dialog.save()
    assert dialog.form.rows["name"].error.isVisible()
    qtbot.keyClicks(dialog.name, "Bækkenklinikken Østerbro")
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save()
    stored = clinic.get_settings(ctx.db, ctx.actor)
    assert (stored.name, stored.paper_size) == ("Bækkenklinikken Østerbro", "Letter")


def test_dialog_sets_the_numbers_under_the_stop_signs(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """Maternity ward, out-of-hours doctor and emergency number are typed in the dialog;
    letters in a number are shown as an error by that field."""
    dialog = ClinicSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.edited.base is not None, timeout=5000)
    dialog.name.setText("Bækkenklinikken")
    qtbot.keyClicks(dialog.maternity_phone, "35 45 35 45")
    qtbot.keyClicks(dialog.out_of_hours_phone, "lægevagt")
    dialog.save()
    assert dialog.form.rows["out_of_hours_phone"].error.isVisible()
    dialog.out_of_hours_phone.clear()
    qtbot.keyClicks(dialog.out_of_hours_phone, "1813")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save()
    stored = clinic.get_settings(ctx.db, ctx.actor)
    assert (stored.maternity_phone, stored.out_of_hours_phone, stored.emergency_phone) == (
        "35 45 35 45", "1813", "112")


def _conflicted(qtbot, ctx, monkeypatch, choice):  # type: ignore[no-untyped-def]
    """The dialog is open while another workstation saves a new phone number; the conflict
    dialog answers `choice` and records the rows it showed."""
    stored = clinic.get_settings(ctx.db, ctx.actor)
    if not stored.name:
        clinic.update_settings(ctx.db, ctx.actor, replace(stored, name="Fysio Syd"))
    dialog = ClinicSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.edited.base is not None, timeout=5000)
    clinic.update_settings(ctx.db, ctx.actor, replace(dialog.edited.base, phone="11 11 11 11"))
    shown: list[list[str]] = []

    def answer(window: ConflictDialog) -> int:
        table = window.findChild(QTableWidget, "conflictTable")
        shown.append([table.item(r, c).text() for r in range(table.rowCount())
                      for c in range(3)])
        window.choice = choice
        return 0 if choice is None else 1

    monkeypatch.setattr(ConflictDialog, "exec", answer)
    dialog.name.setText("Bækkenklinikken Nord")
    dialog.phone.setText("22 22 22 22")
    return dialog, shown


def test_conflict_is_shown_and_typing_kept(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A save over newer details shows the changed field; nothing is saved, typing stays."""
    dialog, shown = _conflicted(qtbot, ctx, monkeypatch, None)
    dialog.save()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown == [["Telefon", "11 11 11 11", "22 22 22 22"]]
    assert clinic.get_settings(ctx.db, ctx.actor).phone == "11 11 11 11"
    assert (dialog.name.text(), dialog.phone.text()) == ("Bækkenklinikken Nord", "22 22 22 22")


def test_conflict_keep_mine_and_take_theirs(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """'Use theirs' shows the stored details; 'save mine' stores the form over them."""
    dialog, _ = _conflicted(qtbot, ctx, monkeypatch, ConflictDialog.TAKE_THEIRS)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.phone.text() == "11 11 11 11", timeout=5000)
    assert dialog.name.text() != "Bækkenklinikken Nord"

    dialog, _ = _conflicted(qtbot, ctx, monkeypatch, ConflictDialog.KEEP_MINE)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save()
    stored = clinic.get_settings(ctx.db, ctx.actor)
    assert (stored.name, stored.phone) == ("Bækkenklinikken Nord", "22 22 22 22")
