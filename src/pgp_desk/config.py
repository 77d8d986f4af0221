"""Where PGP Desk keeps its data and which database it talks to: declared once."""

from __future__ import annotations

import os
import posixpath
import sys
from dataclasses import dataclass
from pathlib import Path

from pgp_desk.domain.i18n import TemplateMessage
from pgp_desk.private_files import make_private, private_folder, write_private

APP_NAME = "PGP Desk"
APP_SLUG = "pgp-desk"
DATABASE_ENV = "PGP_DESK_DATABASE_URL"
DATA_DIR_ENV = "PGP_DESK_DATA_DIR"
DEFAULT_LANGUAGE = "da"  # of the user interface; the languages are domain.i18n.LANGUAGES


class DataFolderError(TemplateMessage, OSError):
    """The data folder (or one inside it) cannot be created or used."""

    def __init__(self, template: str, *params: object):
        super().__init__(self._set_message(template, params))


def _own_folder(path: Path) -> Path:
    """Create one of PGP Desk's own folders owner-only, or say in one sentence why not."""
    try:
        private_folder(path)
        make_private(path)
    except OSError as exc:
        raise DataFolderError(
            "PGP Desk cannot create its data folder %1 (%2); set %3 to a folder you may "
            "write to", path, exc.strerror or type(exc).__name__, DATA_DIR_ENV,
        ) from exc
    return path


def user_data_folder(platform: str = sys.platform) -> Path:
    """The system's per-user data folder for PGP Desk, the one platformdirs names
    (``user_data_dir("pgp-desk", False)``), found without loading it before the first
    window: Windows' local application data; ``$XDG_DATA_HOME`` when it is an absolute
    path (macOS too); else macOS' Application Support or ``~/.local/share``."""
    if platform == "win32":
        local = os.environ.get("LOCALAPPDATA") or os.path.expanduser(r"~\AppData\Local")
        return Path(os.path.join(os.path.normpath(local), APP_SLUG))
    xdg = os.environ.get("XDG_DATA_HOME", "")
    if posixpath.isabs(xdg):
        base = xdg
    elif platform == "darwin":
        base = os.path.expanduser("~/Library/Application Support")
    else:
        base = os.path.expanduser("~/.local/share")
    return Path(os.path.join(base, APP_SLUG))


def data_dir() -> Path:
    """The per-user data folder (created on demand, owner-only); PGP_DESK_DATA_DIR overrides it."""
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else user_data_folder()
    return _own_folder(path.expanduser())


def default_database_path() -> Path:
    return data_dir() / "pgp-desk.sqlite3"


def demo_database_path() -> Path:
    """The demo clinic lives in its own file so it never mixes with real records."""
    return data_dir() / "pgp-desk-demo.sqlite3"


def backup_dir() -> Path:
    return _own_folder(data_dir() / "backups")


def drafts_dir() -> Path:
    return _own_folder(data_dir() / "drafts")


def log_dir() -> Path:
    return _own_folder(data_dir() / "logs")


def cache_dir() -> Path:
    """What PGP Desk can make again from its own files (kept to save time): deletable."""
    return _own_folder(data_dir() / "cache")


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def names_missing_file(url: str) -> bool:
    """A SQLite URL whose file does not exist yet. Read without the database libraries:
    the GUI chooses its first window by it before they load."""
    prefix = "sqlite:///"
    path = url[len(prefix):].split("?", 1)[0] if url.startswith(prefix) else ""
    return bool(path) and not Path(path).expanduser().exists()


@dataclass(frozen=True)
class DatabaseChoice:
    url: str
    source: str  # "option", "environment", "demo", "saved" or "default"


def saved_database_path() -> Path:
    """The connection window's choice of clinic server (a URL, never a user or password)."""
    return data_dir() / "database-url.txt"


def save_database_url(url: str) -> None:
    write_private(saved_database_path(), (url.strip() + "\n").encode("utf-8"))


def saved_database_url() -> str | None:
    try:
        url = saved_database_path().read_text("utf-8").strip()
    except FileNotFoundError:
        return None
    return url or None


def choose_database(option_url: str | None = None, demo: bool = False) -> DatabaseChoice:
    """The database a command uses: --database, then --demo's own file, then the environment,
    then the clinic server saved in the connection window.

    --demo wins over the environment so that a workstation pointed at the clinic server can
    still open the demo clinic without ever writing fictional clients into real records.
    """
    if option_url:
        return DatabaseChoice(option_url, "option")
    if demo:
        return DatabaseChoice(sqlite_url(demo_database_path()), "demo")
    env_url = os.environ.get(DATABASE_ENV)
    if env_url:
        return DatabaseChoice(env_url, "environment")
    saved = saved_database_url()
    if saved:
        return DatabaseChoice(saved, "saved")
    return DatabaseChoice(sqlite_url(default_database_path()), "default")
