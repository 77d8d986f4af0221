"""The data folder is found without platformdirs (before the first window), in the very
folder platformdirs names on Linux, macOS and Windows: nobody's records move."""

from __future__ import annotations

from pathlib import Path

import platformdirs.macos
import platformdirs.unix
import platformdirs.windows
import pytest

from pgp_desk import config

XDG = ("/srv/xdg-data", "", "relative/data")  # set and absolute, empty, relative (ignored)


@pytest.mark.parametrize("xdg", XDG)
@pytest.mark.parametrize(("platform", "theirs"), [("linux", platformdirs.unix.Unix),
                                                  ("darwin", platformdirs.macos.MacOS)])
def test_linux_and_macos_folders_are_platformdirs_folders(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, platform: str,
        theirs: type[platformdirs.unix.Unix | platformdirs.macos.MacOS], xdg: str) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "anna"))
    monkeypatch.setenv("XDG_DATA_HOME", xdg)
    expected = theirs(config.APP_SLUG, False).user_data_dir
    assert config.user_data_folder(platform) == Path(expected)


@pytest.mark.parametrize("local", ["/Users/anna/AppData/Local", "/Users/anna/AppData/Local/"])
def test_the_windows_folder_is_platformdirs_folder(monkeypatch: pytest.MonkeyPatch,
                                                   local: str) -> None:
    """Windows' shell names the same folder as %LOCALAPPDATA%: platformdirs reads that
    variable where it cannot ask the shell, as here."""
    monkeypatch.setenv("LOCALAPPDATA", local)
    monkeypatch.delenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", raising=False)
    monkeypatch.setattr(platformdirs.windows, "_RESOLVE_WIN_FOLDER",
                        platformdirs.windows.get_win_folder_from_env_vars)
    expected = platformdirs.windows.Windows(config.APP_SLUG, False).user_data_dir
    assert config.user_data_folder("win32") == Path(expected)


def test_the_data_folder_is_the_system_folder_unless_overridden(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(config.DATA_DIR_ENV)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "local"))
    assert config.data_dir() == config.user_data_folder()
    assert config.data_dir().is_dir()
    monkeypatch.setenv(config.DATA_DIR_ENV, str(tmp_path / "own"))
    assert config.data_dir() == tmp_path / "own"
