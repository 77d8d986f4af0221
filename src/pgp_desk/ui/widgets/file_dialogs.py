"""Choosing where to save a file, or which file to read: one way for every "Save as …" and
"Choose …" in PGP Desk.

The platform's own dialog is used where there is one (Windows, macOS and the Linux desktops
draw it in the system's language); where Qt draws its own, its words come from the
translations installed in ``ui.i18n``. The suggested name is in the user interface's
language and in plain letters: "traeningsprogram-aase-andersen-2026-12-02.pdf".
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from pgp_desk.domain.normalise import file_slug


def suggested_name(word: str, client_name: str, day: date, suffix: str) -> str:
    """'<word>-<client>-<date>.<suffix>', e.g. a translated "training programme"."""
    parts = [file_slug(word), file_slug(client_name), day.isoformat()]
    return "-".join(p for p in parts if p) + f".{suffix}"


def ask_save_path(parent: QWidget, title: str, file_name: str, file_filter: str,
                  suffix: str) -> str | None:
    """The path the user chose (ending in ``.suffix``), or None when cancelled."""
    folder = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / file_name),
                                          file_filter)
    if not path:
        return None
    return path if path.lower().endswith(f".{suffix}") else f"{path}.{suffix}"


def ask_open_path(parent: QWidget, title: str, file_filter: str) -> str | None:
    """The file the user chose to read, or None when cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, "", file_filter)
    return path or None
