"""The questionnaires dialog lists shipped ones and imports a clinic's own."""

from __future__ import annotations

from pathlib import Path

from pgp_desk.ui.settings.instruments_dialog import InstrumentsDialog

ODI = Path(__file__).resolve().parents[1] / "unit" / "data" / "odi_example.yaml"


def test_dialog_imports_and_switches_off(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """Shipped questionnaires are listed; an imported ODI appears and can be switched off."""
    dialog = InstrumentsDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() >= 4, timeout=5000)
    codes = {dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())}
    assert {"PGQ", "NRS", "PSFS", "RMDQ"} <= codes
    dialog.import_path(ODI, licence="Licence no. 123")
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 5, timeout=5000)
    row = next(r for r in range(5) if dialog.table.item(r, 0).text() == "ODI")
    dialog.table.selectRow(row)
    assert dialog.toggle_button.isEnabled()
    dialog.toggle()
    qtbot.waitUntil(lambda: not dialog.entries[row].active, timeout=5000)


def test_every_status_fits_on_one_line(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """"leveres med PGP Desk" is not wrapped into a row one line high: the short columns are
    as wide as their words, the name takes the rest."""
    dialog = InstrumentsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() >= 4, timeout=5000)
    table = dialog.table
    qtbot.waitUntil(lambda: table.columnWidth(3) > 0, timeout=5000)
    metrics = table.fontMetrics()
    for row in range(table.rowCount()):
        for column in (0, 2, 3):
            text = table.item(row, column).text()
            assert table.columnWidth(column) >= metrics.horizontalAdvance(text), text
