"""Qt's own buttons and menus speak the user's language too ("Ja", not "Yes", on a question
that signs an assessment)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QMessageBox

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
