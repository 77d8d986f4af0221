"""The layer rules of docs/architecture.md, enforced."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "pgp_desk"
QT_FREE = ("domain", "content", "db", "services", "pdf")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            if node.module == "pgp_desk":  # from pgp_desk import config
                names.update(f"pgp_desk.{alias.name}" for alias in node.names)
    return names


def _modules(package: str) -> list[Path]:
    return sorted((SRC / package).rglob("*.py"))


def test_core_layers_never_import_qt() -> None:
    """domain, content, db, services and pdf import nothing from PySide6/shiboken."""
    offenders = [
        f"{path.relative_to(SRC)} imports {name}"
        for package in QT_FREE
        for path in _modules(package)
        for name in _imports(path)
        if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt6", "PyQt5")
    ]
    assert offenders == []


def test_domain_is_pure_python() -> None:
    """domain imports neither SQLAlchemy nor ReportLab nor any other layer of the app."""
    offenders = [
        f"{path.relative_to(SRC)} imports {name}"
        for path in _modules("domain")
        for name in _imports(path)
        if name.split(".")[0] in ("sqlalchemy", "reportlab", "svglib", "alembic")
        or name.startswith(("pgp_desk.db", "pgp_desk.services", "pgp_desk.pdf", "pgp_desk.ui"))
    ]
    assert offenders == []


def test_pdf_never_touches_the_database_or_services() -> None:
    """pdf takes plain data and returns bytes: no SQLAlchemy, db or services imports."""
    offenders = [
        f"{path.relative_to(SRC)} imports {name}"
        for path in _modules("pdf")
        for name in _imports(path)
        if name.split(".")[0] in ("sqlalchemy", "alembic")
        or name.startswith(("pgp_desk.db", "pgp_desk.services", "pgp_desk.ui"))
    ]
    assert offenders == []


def test_services_do_not_import_the_ui() -> None:
    """services, db, content and domain never reach up into ui or the command line."""
    offenders = [
        f"{path.relative_to(SRC)} imports {name}"
        for package in ("domain", "content", "db", "services")
        for path in _modules(package)
        for name in _imports(path)
        if name.startswith(("pgp_desk.ui", "pgp_desk.cli"))
    ]
    assert offenders == []


def test_ui_never_touches_the_database() -> None:
    """ui reaches data only through services: no db package, SQLAlchemy or driver imports."""
    offenders = [
        f"{path.relative_to(SRC)} imports {name}"
        for path in _modules("ui")
        for name in _imports(path)
        if name.split(".")[0] in ("sqlalchemy", "alembic", "psycopg", "sqlite3")
        or name.startswith("pgp_desk.db")
    ]
    assert offenders == []


def test_domain_never_reads_content() -> None:
    """domain rules take their data as arguments; loading files is content's job."""
    offenders = [
        f"{path.relative_to(SRC)} imports {name}"
        for path in _modules("domain")
        for name in _imports(path)
        if name.startswith(("pgp_desk.content", "pgp_desk.resources", "pgp_desk.config"))
        or name.split(".")[0] == "yaml"
    ]
    assert offenders == []


# The arrows of docs/architecture.md: which parts of pgp_desk each layer may import
# (the package's own ``__version__`` aside).
ARROWS = {
    "domain": set(),
    "resources": set(),
    "private_files": set(),
    "config": {"domain", "private_files"},
    "content": {"domain", "resources"},
    "db": {"domain", "resources", "private_files", "config"},
    "pdf": {"domain", "content", "resources"},
    "services": {"domain", "content", "db", "pdf", "resources", "config", "private_files"},
    "ui": {"services", "domain", "content", "resources", "private_files", "config"},
    "cli": {"services", "db", "domain", "content", "config", "ui", "private_files"},
    "__main__": {"cli"},
}


def _layer_files(layer: str) -> list[Path]:
    return _modules(layer) if (SRC / layer).is_dir() else [SRC / f"{layer}.py"]


def test_every_part_of_the_package_is_a_layer() -> None:
    """A new top-level module or package gets its arrows drawn before it is used."""
    found = {path.stem for path in SRC.iterdir()
             if (path.suffix == ".py" or (path / "__init__.py").exists())
             and path.name != "__init__.py"}
    assert found == set(ARROWS)


def test_every_import_between_layers_is_drawn() -> None:
    """No layer imports one the architecture does not draw an arrow to, and no arrow loops."""
    placed: list[str] = []  # every layer after the layers it may import
    while len(placed) < len(ARROWS):
        ready = [k for k, v in ARROWS.items() if k not in placed and v & ARROWS.keys() <= {*placed}]
        assert ready, f"the arrows between {sorted(set(ARROWS) - set(placed))} form a loop"
        placed += ready
    offenders = [
        f"{path.relative_to(SRC)} imports {name}"
        for layer, allowed in ARROWS.items()
        for path in _layer_files(layer)
        for name in _imports(path)
        if name.startswith("pgp_desk.") and name != "pgp_desk.__version__"
        and name.split(".")[1] not in {layer, *allowed}
    ]
    assert offenders == []


def test_every_arrow_drawn_is_an_import() -> None:
    """The drawing is exact: an arrow no module uses any more is taken out of it."""
    used = {(layer, name.split(".")[1])
            for layer in ARROWS for path in _layer_files(layer) for name in _imports(path)
            if name.startswith("pgp_desk.") and name.split(".")[1] in ARROWS}
    drawn = {(layer, target) for layer, targets in ARROWS.items() for target in targets}
    assert drawn - used == set()


def test_core_runs_with_qt_unimportable() -> None:
    """Importing every core module works in a process where PySide6 cannot be imported."""
    modules = [
        ".".join(path.relative_to(SRC.parent).with_suffix("").parts)
        for package in QT_FREE
        for path in _modules(package)
        if path.name != "__main__.py"
    ]
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError('Qt is blocked in this test')\n"
        "sys.meta_path.insert(0, Block())\n"
        "import importlib\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m)\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
