"""The Linux menu entry and icons: written for the current user (or system-wide) on request.

A wheel cannot put files into ~/.local/share, and a bundle is just a folder, so
``pgp-desk desktop install`` copies ``resources/desktop/pgp-desk.desktop`` with the real
path of the GUI launcher, and the icons into the hicolor theme (freedesktop.org icon theme
and desktop entry specifications).
"""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from pgp_desk.resources import resource_path

DESKTOP_ID = "pgp-desk"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SYSTEM_DATA = Path("/usr/local/share")


def user_data_home() -> Path:
    """$XDG_DATA_HOME, else ~/.local/share (where desktops look for a user's entries)."""
    value = os.environ.get("XDG_DATA_HOME")
    return Path(value) if value else Path.home() / ".local" / "share"


def launcher() -> list[str]:
    """The command that starts the GUI without a terminal, as absolute as it can be."""
    beside = Path(sys.executable).parent / "pgp-desk-gui"  # in a venv's bin/ or the bundle
    if getattr(sys, "frozen", False):  # a PyInstaller bundle
        return [str(beside)] if beside.exists() else [sys.executable, "gui"]
    if beside.exists():
        return [str(beside)]
    found = shutil.which("pgp-desk-gui")
    return [found] if found else [sys.executable, "-m", "pgp_desk", "gui"]


def _quote(arg: str) -> str:
    """Quoting of the desktop entry specification's Exec key."""
    if not any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`'):
        return arg
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return f'"{escaped}"'


def desktop_entry(command: list[str]) -> str:
    """The shipped entry with Exec and TryExec pointing at ``command``."""
    lines = []
    for line in resource_path("desktop", f"{DESKTOP_ID}.desktop").read_text(
            encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + " ".join(_quote(a) for a in command)
        elif line.startswith("TryExec="):
            line = "TryExec=" + command[0]
        lines.append(line)
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Installed:
    entry: Path
    icons: tuple[Path, ...]


def _targets(data: Path) -> tuple[Path, list[tuple[Path, Path]]]:
    icons = [(resource_path("icons", f"{DESKTOP_ID}-{size}.png"),
              data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png")
             for size in ICON_SIZES]
    icons.append((resource_path("icons", f"{DESKTOP_ID}.svg"),
                  data / "icons" / "hicolor" / "scalable" / "apps" / f"{DESKTOP_ID}.svg"))
    return data / "applications" / f"{DESKTOP_ID}.desktop", icons


def install(data: Path) -> Installed:
    """Write the menu entry and icons below ``data`` (a user's or the system's share/)."""
    entry, icons = _targets(data)
    for source, target in icons:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(desktop_entry(launcher()), encoding="utf-8")
    entry.chmod(0o755)  # some desktops only trust executable entries
    return Installed(entry, tuple(target for _source, target in icons))


def remove(data: Path) -> list[Path]:
    """Delete what ``install`` wrote; returns the files that were there."""
    entry, icons = _targets(data)
    removed = []
    for path in [entry, *(target for _source, target in icons)]:
        if path.exists():
            path.unlink()
            removed.append(path)
    return removed
