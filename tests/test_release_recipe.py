"""The Windows/macOS release recipe agrees with the spec (it cannot run on these machines)."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def test_release_workflow_builds_and_signs_every_platform_from_the_one_spec() -> None:
    """Linux, Windows and macOS jobs use packaging/pgp-desk.spec; signing steps depend on
    the secrets being set, and notarisation follows macOS signing."""
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "release.yml").read_text())
    jobs = workflow["jobs"]
    assert {"linux", "windows", "macos", "release"} <= set(jobs)
    text = (ROOT / ".github" / "workflows" / "release.yml").read_text()
    for job, builder in (("linux", "scripts/build-bundle.sh"),
                         ("windows", "pyinstaller --noconfirm packaging/pgp-desk.spec"),
                         ("macos", "pyinstaller --noconfirm packaging/pgp-desk.spec")):
        assert any(builder in step.get("run", "") for step in jobs[job]["steps"]), job
    for job, secret in (("windows", "WINDOWS_CERT_PFX_BASE64"), ("macos", "MACOS_CERT_P12_BASE64")):
        assert secret in jobs[job]["env"]["SIGN"]
        signing = [s for s in jobs[job]["steps"] if "sign" in s.get("name", "").lower()]
        assert signing and all(s["if"] == "env.SIGN == 'true'" for s in signing)
    assert "notarytool submit" in text and "stapler staple" in text
    assert "signtool" in text and "ISCC.exe" in text


def test_installer_starts_the_executable_the_spec_builds() -> None:
    """The Inno Setup shortcuts point at the windowed executable's name in the spec."""
    spec = (ROOT / "packaging" / "pgp-desk.spec").read_text()
    gui_name = re.search(r'GUI_NAME = "([^"]+)" if', spec).group(1)
    iss = (ROOT / "packaging" / "windows" / "pgp-desk.iss").read_text()
    assert f'Filename: "{{app}}\\{gui_name}.exe"' in iss
    assert "PrivilegesRequired=lowest" in iss  # no administrator needed by default
    launch = (ROOT / "packaging" / "launch.py").read_text()
    assert 'stem == "pgp-desk"' in launch and 'name="pgp-desk", console=True' in spec
