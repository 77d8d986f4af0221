"""Where PGP Desk keeps its data and which database it talks to: declared once."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "PGP Desk"
APP_SLUG = "pgp-desk"
DATABASE_ENV = "PGP_DESK_DATABASE_URL"
DATA_DIR_ENV = "PGP_DESK_DATA_DIR"
DEFAULT_LANGUAGE = "da"  # of the user interface; the languages are domain.i18n.LANGUAGES


def data_dir() -> Path:
    """The per-user data folder (created on demand); PGP_DESK_DATA_DIR overrides it."""
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_SLUG, False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "pgp-desk.sqlite3"


def demo_database_path() -> Path:
    """The demo clinic lives in its own file so it never mixes with real records."""
    return data_dir() / "pgp-desk-demo.sqlite3"


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def drafts_dir() -> Path:
    path = data_dir() / "drafts"
    path.mkdir(parents=True, exist_ok=True)
    return path


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


@dataclass(frozen=True)
class DatabaseChoice:
    url: str
    source: str  # "option", "environment", "demo" or "default"


def choose_database(option_url: str | None = None, demo: bool = False) -> DatabaseChoice:
    """The database a command uses: --database, then --demo's own file, then the environment.

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
    return DatabaseChoice(sqlite_url(default_database_path()), "default")
