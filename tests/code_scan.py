"""Internal codes must never reach a page a person reads.

"P4 og GAENSLEN positive", "one_sided_sij:left" and "PP-BRIDGE-MARCH" in a client's PDF are
PGP Desk talking to itself. ``codes_in(text)`` finds such tokens in the text of a screen or
a PDF: any code PGP Desk uses internally (exercise, test, subgroup, red flag, region) and
anything shaped like one (snake_case, or UPPER-CASE joined by dashes), except the clinical
abbreviations a physiotherapist writes herself.
"""

from __future__ import annotations

import re

from pgp_desk.content.exercises import builtin_library
from pgp_desk.domain.classification import Subgroup
from pgp_desk.domain.painmap_regions import REGIONS
from pgp_desk.domain.pelvic_tests import TESTS
from pgp_desk.domain.red_flags import ALL_ITEMS

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
