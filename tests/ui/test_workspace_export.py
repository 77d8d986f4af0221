"""The client workspace's Export button writes the JSON and the PDF summary."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from clinician import Clinician
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from code_scan import codes_in
from pgp_desk.services.clients import clients
from pgp_desk.ui.clients import workspace as workspace_module
from pgp_desk.ui.clients.workspace import ClientWorkspace


def test_export_button_writes_both_files(qtbot, ctx, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Choosing a file name in the save dialog writes JSON + PDF off the GUI thread."""
    made = clients.create_client(ctx.db, ctx.actor, clients.ClientInput(
        first_name="Ingrid", last_name="Håland & <Co>", birth_date=date(1990, 3, 24),
        language="nb"))
    target = tmp_path / "ingrid.json"
    told: list[str] = []
    user = Clinician(qtbot)
    suggested: list[str] = []

    def save_here(dialog) -> None:  # type: ignore[no-untyped-def]
        suggested.append(dialog.findChild(QLineEdit, "fileNameEdit").text())
        user.expect_save_file("", target)
        user._watch()  # answer the same dialog now: type the path, press Save

    user.expect_dialog("Eksportér patientdata", save_here)
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
    user.stop()
    # the suggested name is in the UI's language, in plain letters
    assert suggested == [f"patientdata-ingrid-haaland-co-{date.today().isoformat()}.json"]
    assert str(tmp_path / "ingrid.pdf") in told[0]
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["client"]["last_name"] == "Håland & <Co>"
    assert (tmp_path / "ingrid.pdf").read_bytes().startswith(b"%PDF")
    summary = " ".join(p.extract_text() or "" for p in PdfReader(tmp_path / "ingrid.pdf").pages)
    assert codes_in(summary) == []  # her summary reads as words, not PGP Desk's codes
