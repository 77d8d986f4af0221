"""One helper to find PGP Desk's plain-file resources, installed or in a source checkout.

In a wheel the build puts `resources/` and `alembic/` inside the package
(`pgp_desk/resources`, `pgp_desk/alembic`); in a source checkout (editable install or
PYTHONPATH=src) they stand at the repository root.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _root(name: str) -> Path:
    packaged = _PACKAGE_DIR / name
    if packaged.is_dir():
        return packaged
    checkout = _PACKAGE_DIR.parent.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"PGP Desk's {name!r} folder is missing from this installation")


def resource_path(*parts: str) -> Path:
    """Return the path of a resource file or folder, e.g. resource_path("exercises", "X.yaml")."""
    return _root("resources").joinpath(*parts)


def alembic_path() -> Path:
    """Return the folder holding alembic's env.py and versions/."""
    return _root("alembic")
