"""The client workspace's Export button writes the JSON and the PDF summary."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from pgp_desk.services import clients
from pgp_desk.ui.clients import workspace as workspace_module
from pgp_desk.ui.clients.workspace import ClientWorkspace


def test_export_button_writes_both_files(qtbot, ctx, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Choosing a file name in the save dialog writes JSON + PDF off the GUI thread."""
    made = clients.create_client(ctx.db, ctx.actor, clients.ClientInput(
        first_name="Ingrid", last_name="Håland & <Co>", birth_date=date(1990, 3, 24),
        language="nb"))
    target = tmp_path / "ingrid.json"
    told: list[str] = []
    monkeypatch.setattr(workspace_module.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    monkeypatch.setattr(workspace_module.QMessageBox, "information",
                        staticmethod(lambda _parent, _title, text: told.append(text)))
    monkeypatch.setattr(workspace_module.QMessageBox, "warning",
                        staticmethod(lambda _parent, _title, text: told.append("FAIL " + text)))
    page = ClientWorkspace(ctx, made.id)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.client is not None, timeout=5000)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told), timeout=10000)
    assert not told[0].startswith("FAIL"), told
    assert str(tmp_path / "ingrid.pdf") in told[0]
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["client"]["last_name"] == "Håland & <Co>"
    assert (tmp_path / "ingrid.pdf").read_bytes().startswith(b"%PDF")
