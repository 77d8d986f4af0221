"""A handout's PDF saved to a file she chooses: the same for a handout being made and for an
issued copy. The file is owner-only, because a handout names the client."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QWidget

from pgp_desk.private_files import write_private
from pgp_desk.ui.i18n import translate
from pgp_desk.ui.operations import Operation
from pgp_desk.ui.widgets.file_dialogs import ask_save_path, suggested_name


def safe_file_stem(word: str, name: str, day: date) -> str:
    """'traeningsprogram-mette-soerensen-2026-03-12': plain letters only, whatever the
    name holds (``word`` is the translated word for the handout)."""
    return suggested_name(word, name, day, "pdf").removesuffix(".pdf")


def write_file(path: str, data: bytes) -> str:
    write_private(Path(path), data)
    return path


def choose_and_save(owner: QWidget, file_name: str, save_to: Callable[[str], object]) -> None:
    """Ask where to save (``file_name`` suggested), then ``save_to(path)``; nothing when
    she cancels."""
    path = ask_save_path(owner, translate("HandoutDialog", "Save handout as PDF"), file_name,
                         translate("HandoutDialog", "PDF files (*.pdf)"), "pdf")
    if path:
        save_to(path)


def save_pdf(owner: QWidget, path: str, pdf: bytes,
             saved: Callable[[str], object] | None = None) -> None:
    """Write ``pdf`` to ``path`` in the background; ``saved(path)`` after, or one sentence
    saying why it was not saved."""
    Operation(owner, lambda: write_file(path, pdf), saved) \
        .failure_title(translate("HandoutDialog", "Not saved")).run()
