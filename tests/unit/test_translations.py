"""Every user-visible string in the UI has a Danish and a Norwegian translation."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pgp_desk.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "src" / "pgp_desk" / "ui"
PLACEHOLDER = re.compile(r"%(?:\d|n)")


def ui_strings() -> set[str]:
    """Literal strings passed to tr(...) or QCoreApplication.translate(ctx, ...)."""
    found: set[str] = set()
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            args = node.args
            if name == "tr" and args and isinstance(args[0], ast.Constant):
                found.add(args[0].value)
            elif (name == "translate" and len(args) >= 2
                  and isinstance(args[1], ast.Constant) and isinstance(args[1].value, str)):
                found.add(args[1].value)
    return {s for s in found if isinstance(s, str)}


def translations(lang: str) -> dict[str, str]:
    from xml.etree import ElementTree

    root = ElementTree.parse(resource_path("i18n", f"pgp_desk_{lang}.ts")).getroot()
    result = {}
    for message in root.iter("message"):
        source = message.findtext("source")
        node = message.find("translation")
        if source is None or node is None:
            continue
        if node.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        forms = [n.text or "" for n in node.iter("numerusform")]
        text = " | ".join(forms) if forms else (node.text or "").strip()
        if text:
            result[source] = text
    return result


def test_the_ui_has_strings_to_translate() -> None:
    """The extractor finds the UI's strings (guards against a silently empty check)."""
    assert len(ui_strings()) > 100


@pytest.mark.parametrize("lang", ["da", "nb"])
def test_every_ui_string_is_translated(lang: str) -> None:
    """No English source string is left untranslated in the Danish or Norwegian UI."""
    done = translations(lang)
    missing = sorted(s for s in ui_strings() if s not in done)
    assert missing == [], f"{len(missing)} untranslated in {lang}: {missing[:15]}"


def _lupdate() -> str | None:
    beside_python = Path(sys.executable).with_name("pyside6-lupdate")
    return str(beside_python) if beside_python.exists() else shutil.which("pyside6-lupdate")


def test_lupdate_finds_every_string_in_the_ts_files() -> None:
    """lupdate on this tree changes no .ts file and leaves nothing unfinished.

    So the .ts files are the one source of UI translations: no string lupdate cannot see
    (tr() inside an f-string, a home-made wrapper) and none waiting for a translator.
    """
    lupdate = _lupdate()
    assert lupdate is not None, "pyside6-lupdate ships with PySide6 and must be installed"
    result = subprocess.run(["bash", str(ROOT / "scripts" / "update-translations.sh"), "--check"],
                            env={**os.environ, "LUPDATE": lupdate}, capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_no_translation_call_hides_where_lupdate_cannot_look() -> None:
    """tr()/translate() never sit inside an f-string and always get literal text.

    lupdate reads the source without running it: it skips f-strings, and a variable (or a
    home-made wrapper such as ``_t(text)``) gives it nothing to extract.
    """
    hidden: list[str] = []
    for path in UI.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            calls = [n for n in ast.walk(node) if isinstance(n, ast.Call)] \
                if isinstance(node, ast.JoinedStr) else []
            for call in calls:
                if _call_name(call) in ("tr", "translate"):
                    hidden.append(f"{path.name}:{call.lineno} inside an f-string")
            if isinstance(node, ast.Call) and _call_name(node) in ("tr", "translate"):
                text = node.args[0 if _call_name(node) == "tr" else 1] if node.args else None
                if not isinstance(text, ast.Constant) and not _is_catalogue_lookup(path, node):
                    hidden.append(f"{path.name}:{node.lineno} without literal text")
    assert hidden == []


def _call_name(call: ast.Call) -> str:
    """"tr" for obj.tr(...), "translate" for translate(...) / QCoreApplication.translate(...)."""
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute) and func.attr == "translate":
        owner = func.value
        return "translate" if isinstance(owner, ast.Name) and owner.id == "QCoreApplication" \
            else ""  # QPainterPath.translate and the like move things
    return func.attr if isinstance(func, ast.Attribute) else ""


def _is_catalogue_lookup(path: Path, call: ast.Call) -> bool:
    """Translating a value listed elsewhere with QT_TRANSLATE_NOOP under the same literal
    context (service error templates, the audit log's column words)."""
    context = call.args[0] if call.args else None
    return isinstance(context, ast.Constant) and context.value in _catalogue_contexts()


def _catalogue_contexts() -> set[str]:
    """The contexts of every QT_TRANSLATE_NOOP("Context", "text") in the UI."""
    found: set[str] = set()
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == \
                    "QT_TRANSLATE_NOOP" and node.args and isinstance(node.args[0], ast.Constant):
                found.add(node.args[0].value)
    return found


@pytest.mark.parametrize("lang", ["da", "nb"])
def test_every_message_has_a_real_context(lang: str) -> None:
    """Contexts are class names or given to translate(): no bare tr() helper or obj.tr()."""
    from xml.etree import ElementTree

    root = ElementTree.parse(resource_path("i18n", f"pgp_desk_{lang}.ts")).getroot()
    names = [context.findtext("name") or "" for context in root.iter("context")]
    assert [n for n in names if not n.lstrip("_")[:1].isupper()] == []


@pytest.mark.parametrize("lang", ["da", "nb"])
def test_placeholders_survive_translation(lang: str) -> None:
    """%1, %2 and %n in a source string appear in its translation too."""
    broken = [
        source for source, text in translations(lang).items()
        for form in text.split(" | ")
        if sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(form)))
    ]
    assert broken == []


ERROR_CLASSES = {"UserError", "DatabaseError", "HandoutIntegrityError", "DatabaseUrlError",
                 "SchemaTooNewError", "ImportCancelled", "MigrationFailedError",
                 "DataFolderError", "UnexpectedError"}


def raised_templates() -> set[str]:
    """Literal first arguments of the user-facing errors raised in services, db and config,
    and the file-system sentences ``services.failures`` picks by error number."""
    from pgp_desk.services.failures import FILE_SENTENCES

    root = UI.parent
    found: set[str] = set(FILE_SENTENCES.values())
    paths = [root / "config.py", *(path for folder in ("services", "db", "ui")
                                   for path in (root / folder).rglob("*.py"))]
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if (name in ERROR_CLASSES and node.args and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str) and node.args[0].value):
                found.add(node.args[0].value)
    return found


def test_every_service_error_is_in_the_catalogue() -> None:
    """Each sentence a service can raise is listed for translation in ui/service_errors.py."""
    from pgp_desk.ui.service_errors import TEMPLATES

    templates = raised_templates()
    assert len(templates) > 20
    assert sorted(templates - set(TEMPLATES)) == []


def test_service_error_is_shown_in_danish(qapp) -> None:  # type: ignore[no-untyped-def]
    """A service error reaches a Danish user in Danish, with its values filled in."""
    from pgp_desk.services.errors import UserError
    from pgp_desk.ui.errors import describe_error
    from pgp_desk.ui.i18n import install_language

    install_language("da")
    try:
        text = describe_error(UserError("the file %1 does not exist", "/tmp/x.csv"))
    finally:
        install_language("en")
    assert "/tmp/x.csv" in text
    assert "does not exist" not in text
