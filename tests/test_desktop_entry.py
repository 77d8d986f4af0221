"""The GUI launcher and the Linux menu entry: `pgp-desk-gui` and `pgp-desk desktop`."""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
from pathlib import Path

from PIL import Image

from pgp_desk.services.desktop_entry import ICON_SIZES, desktop_entry


def _pgp_desk(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pgp_desk", *args], capture_output=True,
                          text=True, env=env, timeout=120, check=False)


def test_menu_entry_and_icons_are_installed_and_removed(tmp_path: Path) -> None:
    """`desktop install` writes a valid entry that starts the GUI launcher by its full path,
    and the icon in every hicolor size; `desktop remove` takes all of it away again."""
    share = tmp_path / "share"
    env = os.environ | {"PGP_DESK_DATA_DIR": str(tmp_path / "data")}
    result = _pgp_desk("desktop", "install", "--data-dir", str(share), env=env)
    assert result.returncode == 0, result.stderr
    entry_file = share / "applications" / "pgp-desk.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(entry_file, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Terminal"] == "false"
    assert section["Icon"] == "pgp-desk"
    assert section["Name"] == "PGP Desk" and "bækkenløsning" in section["Comment[da]"]
    launcher = section["Exec"].split()[0]
    assert Path(launcher).is_absolute() and Path(launcher).exists()
    for size in ICON_SIZES:
        png = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "pgp-desk.png"
        assert Image.open(png).size == (size, size)
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "pgp-desk.svg").exists()

    removed = _pgp_desk("desktop", "remove", "--data-dir", str(share), env=env)
    assert removed.returncode == 0, removed.stderr
    assert not entry_file.exists()
    assert not list((share / "icons").rglob("pgp-desk.*"))


def test_exec_line_quotes_a_path_with_spaces() -> None:
    """A bundle unpacked into 'Program Files'-like folders still starts from the menu."""
    text = desktop_entry(["/opt/PGP Desk/pgp-desk", "gui"])
    assert 'Exec="/opt/PGP Desk/pgp-desk" gui\n' in text
    assert "TryExec=/opt/PGP Desk/pgp-desk\n" in text


def test_gui_launcher_starts_the_desktop_application(tmp_path: Path) -> None:
    """`pgp-desk-gui` (no console on Windows) runs the GUI with the usual options: without
    a display it says so in one sentence instead of crashing."""
    launcher = Path(sys.executable).parent / "pgp-desk-gui"
    assert launcher.exists()
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PGP_DESK_DATA_DIR"] = str(tmp_path / "data")
    result = subprocess.run([str(launcher), "--database", f"sqlite:///{tmp_path / 'x.db'}"],
                            capture_output=True, text=True, env=env, timeout=120, check=False)
    assert result.returncode == 1
    assert "no display found" in result.stderr
    assert "Traceback" not in result.stderr
