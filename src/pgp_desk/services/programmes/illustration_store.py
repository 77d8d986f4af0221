"""The disk half of the illustration cache: ``cache/illustrations`` in the data folder.

The pdf layer keeps pictures' drawing operators in memory; where they are kept between
runs is the services' decision, owner-only like everything in the data folder.
"""

from __future__ import annotations

import logging
from pathlib import Path

from pgp_desk import config
from pgp_desk.pdf import illustration_cache
from pgp_desk.private_files import private_folder, write_private

_log = logging.getLogger(__name__)


class FolderStore:
    def __init__(self, folder: Path | None = None):
        self.folder = folder

    def _where(self) -> Path:
        return self.folder or config.data_dir() / "cache" / "illustrations"

    def read(self, name: str) -> str | None:
        try:
            return (self._where() / name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None

    def write(self, name: str, text: str) -> None:
        try:
            folder = self._where()
            private_folder(private_folder(folder.parent) / folder.name)
            write_private(folder / name, text.encode("utf-8"))
        except OSError:
            _log.debug("illustration cache not written", exc_info=True)


def install() -> None:
    """Keep drawn illustrations in the data folder from now on (this process)."""
    illustration_cache.keep_on_disk(FolderStore())
