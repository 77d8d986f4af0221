"""Qt's own buttons and menus speak the user's language too ("Ja", not "Yes", on a question
that signs an assessment)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QMessageBox, QPushButton

from pgp_desk.ui.i18n import current_language, install_language

BUTTONS = (QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
           | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)


@pytest.mark.parametrize(("language", "expected", "menu"), [
    ("da", {"&Ja", "&Nej", "Kassér", "Annuller"}, {"&Kopiér", "&Indsæt", "Markér alt"}),
    ("nb", {"&Ja", "&Nei", "Forkast", "Avbryt"}, {"&Kopier", "&Lim inn", "Merk alt"}),
])
def test_standard_buttons_and_field_menu_are_translated(qtbot, language, expected, menu) -> None:  # type: ignore[no-untyped-def]
    previous = current_language()
    install_language(language)
    try:
        box = QMessageBox(QMessageBox.Icon.Question, "t", "t", BUTTONS)
        qtbot.addWidget(box)
        assert {b.text() for b in box.buttons()} == expected
        field = QLineEdit("tekst")
        qtbot.addWidget(field)
        actions = {a.text().split("\t")[0] for a in field.createStandardContextMenu().actions()}
        assert menu <= actions, actions
    finally:
        install_language(previous)


@pytest.mark.parametrize(("language", "expected"), [
    ("da", {"&Søg i:", "&Filnavn:", "Fil&type:", "&Gem", "Annuller"}),
    ("nb", {"&Se i:", "&Filnavn:", "Fil&type:", "&Lagre", "Avbryt"}),
])
def test_qt_own_file_dialog_is_translated(qtbot, language, expected) -> None:  # type: ignore[no-untyped-def]
    """Where the platform has no file dialog of its own, Qt's speaks the user's language
    (Qt ships no Bokmål: PGP Desk carries the words it shows)."""
    previous = current_language()
    install_language(language)
    try:
        dialog = QFileDialog(None, "t")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        qtbot.addWidget(dialog)
        shown = {w.text() for w in dialog.findChildren(QLabel)}
        shown |= {b.text() for b in dialog.findChildren(QPushButton)}
        assert expected <= shown, shown
        assert not {"&Look in:", "File &name:", "Files of &type:"} & shown
    finally:
        install_language(previous)
