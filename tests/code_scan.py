"""Internal codes must never reach a page a person reads.

"P4 og GAENSLEN positive", "one_sided_sij:left" and "PP-BRIDGE-MARCH" in a client's PDF are
PGP Desk talking to itself. ``codes_in(text)`` finds such tokens in the text of a screen or
a PDF: any code PGP Desk uses internally (exercise, test, subgroup, red flag, region) and
anything shaped like one (snake_case, or UPPER-CASE joined by dashes), except the clinical
abbreviations a physiotherapist writes herself.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

from pgp_desk.content.exercises import builtin_library
from pgp_desk.domain.classification import Subgroup
from pgp_desk.domain.painmap_regions import REGIONS
from pgp_desk.domain.pelvic_tests import TESTS
from pgp_desk.domain.red_flags import ALL_ITEMS
from pgp_desk.resources import resource_path

# Real abbreviations, as clinicians (and, for the checksum, IT people) write them.
CLINICAL = {"PGQ", "NRS", "ASLR", "P4", "PGP", "LDL", "ODI", "PSFS", "RMDQ", "SI", "CPR",
            "PDF", "FABER", "PPPP", "BMI", "SHA-256", "UTF-8"}

_SNAKE = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")
_RECOVERY_CODE = re.compile(r"\b[A-Z0-9]{4}(?:-[A-Z0-9]{4}){3}\b")
_DASHED = re.compile(r"\b[A-Z][A-Z0-9]*(?:-[A-Z0-9]+){1,}\b")


def _internal_codes() -> set[str]:
    codes = set(builtin_library())
    codes |= {code for code in TESTS if code not in CLINICAL}
    codes |= {s.value for s in Subgroup if "_" in s.value}
    codes |= {item.code for item in ALL_ITEMS if "_" in item.code}
    codes |= {r.id for r in REGIONS if "_" in r.id}
    return codes


CODES = _internal_codes()
_WORD = re.compile(r"[A-Za-z0-9_:\-]+")


def codes_in(text: str) -> list[str]:
    """Code-shaped tokens in ``text`` (empty when the text reads as words); file paths
    (a saved report's) are what the user chose, not codes."""
    text = re.sub(r"\S*[/\\]\S*", " ", text)
    text = _RECOVERY_CODE.sub(" ", text)  # shown on purpose, to be written down
    found = {m.group(0) for m in _SNAKE.finditer(text)}
    found |= {m.group(0) for m in _DASHED.finditer(text)
              if m.group(0) not in CLINICAL and not re.fullmatch(r"[\d-]+", m.group(0))}
    found |= {w.strip(":-") for w in _WORD.findall(text) if w.strip(":-") in CODES}
    return sorted(found - CLINICAL)


@cache
def _english_sources(language: str = "da") -> frozenset[str]:
    """Our own English UI sentences whose translation differs: seen on a Danish or
    Norwegian page, they are texts that missed translation."""
    root = ET.parse(resource_path("i18n", f"pgp_desk_{language}.ts")).getroot()
    found = set()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        plain = " ".join(source.replace("&", "").split())
        if ("%" not in plain and "<" not in plain and len(plain) >= 14 and " " in plain
                and translation.strip() and translation.strip() != source.strip()):
            found.add(plain)
    return frozenset(found)


def english_in(text: str, language: str = "da") -> list[str]:
    """English source sentences of our own UI found in a Danish (or ``language``) screen
    or PDF."""
    flat = " ".join(text.split())
    return sorted(s for s in _english_sources(language) if s in flat)


def screen_text(root: QWidget) -> str:
    """Every text ``root`` shows: its title, labels, buttons, tab titles, grey hints, list
    and table rows and headers (hidden widgets and pages not shown are left out)."""
    texts = [root.windowTitle()]
    texts += [w.text() for w in root.findChildren(QLabel) if w.isVisible()]
    texts += [w.text() for w in root.findChildren(QAbstractButton) if w.isVisible()]
    texts += [w.placeholderText() for w in root.findChildren(QLineEdit) if w.isVisible()]
    texts += [w.title() for w in root.findChildren(QGroupBox) if w.isVisible()]
    for bar in root.findChildren(QTabBar):
        if bar.isVisible():
            texts += [bar.tabText(i) for i in range(bar.count())]
    for combo in root.findChildren(QComboBox):
        if combo.isVisible():
            texts += [combo.itemText(i) for i in range(combo.count())]
    for view in root.findChildren(QAbstractItemView):
        if not view.isVisible() or view.model() is None:
            continue
        model = view.model()
        columns = [c for c in range(12) if model.index(0, c).isValid()]
        for c in columns:
            texts.append(str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
        for r in range(min(model.rowCount(), 200)):
            for c in columns:
                texts.append(str(model.index(r, c).data() or ""))
    return "\n".join(texts)
