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

from pgp_desk.content.exercises import builtin_library
from pgp_desk.domain.classification import Subgroup
from pgp_desk.domain.painmap_regions import REGIONS
from pgp_desk.domain.pelvic_tests import TESTS
from pgp_desk.domain.red_flags import ALL_ITEMS
from pgp_desk.resources import resource_path

# Real abbreviations, as clinicians (and, for the checksum, IT people) write them.
CLINICAL = {"PGQ", "NRS", "ASLR", "P4", "PGP", "LDL", "ODI", "PSFS", "RMDQ", "SI", "CPR",
            "PDF", "FABER", "PPPP", "BMI", "SHA-256"}

_SNAKE = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")
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
    found = {m.group(0) for m in _SNAKE.finditer(text)}
    found |= {m.group(0) for m in _DASHED.finditer(text)
              if m.group(0) not in CLINICAL and not re.fullmatch(r"[\d-]+", m.group(0))}
    found |= {w.strip(":-") for w in _WORD.findall(text) if w.strip(":-") in CODES}
    return sorted(found - CLINICAL)


@cache
def _english_sources() -> frozenset[str]:
    """Our own English UI sentences whose Danish differs: seen on a Danish page, they are
    texts that missed translation."""
    root = ET.parse(resource_path("i18n", "pgp_desk_da.ts")).getroot()
    found = set()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        plain = " ".join(source.replace("&", "").split())
        if ("%" not in plain and "<" not in plain and len(plain) >= 14 and " " in plain
                and translation.strip() and translation.strip() != source.strip()):
            found.add(plain)
    return frozenset(found)


def english_in(text: str) -> list[str]:
    """English source sentences of our own UI found in a Danish screen or PDF."""
    flat = " ".join(text.split())
    return sorted(s for s in _english_sources() if s in flat)
