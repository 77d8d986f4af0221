"""Advice modules printed after the exercises: one YAML file per module in resources/advice/.

A module is a titled block (everyday advice, stop signs, the pain rule, belt, pacing ...)
with a short introduction and a list of points, written in da, nb and en (CLINICAL.md §7,
"Everyday advice for handouts"). The therapist ticks which modules a programme carries;
``order`` keeps them in the same sequence on every handout.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from pgp_desk.content import yaml_text
from pgp_desk.domain.i18n import LANGUAGES, lang_or_fallback
from pgp_desk.resources import resource_path

MAX_POINTS = 10
# Modules a handout frames so they stand out (the pain rule and when to stop).
HIGHLIGHTED = frozenset({"pain_rule", "stop_signs", "stop_signs_after_birth"})


@dataclass(frozen=True)
class AdviceText:
    title: str
    intro: str
    points: tuple[str, ...]


@dataclass(frozen=True)
class AdviceModule:
    code: str
    order: int
    texts: dict[str, AdviceText]
    licence: str
    author: str

    @property
    def highlight(self) -> bool:
        return self.code in HIGHLIGHTED

    def text(self, lang: str) -> AdviceText:
        return self.texts[lang_or_fallback(lang)]

    def title(self, lang: str) -> str:
        return self.text(lang).title


class AdviceContentError(yaml_text.ContentFileError):
    """An advice file is incomplete or wrong."""


_fail = AdviceContentError.at


def _text(data: Any, where: str) -> AdviceText:
    if not isinstance(data, dict):
        raise _fail(where, "text must be a mapping")
    title, intro, points = data.get("title"), data.get("intro", ""), data.get("points")
    if not isinstance(title, str) or not title.strip():
        raise _fail(where, "'title' is missing")
    if not isinstance(intro, str):
        raise _fail(where, "'intro' must be text")
    if not isinstance(points, list) or not all(isinstance(p, str) and p.strip()
                                               for p in points):
        raise _fail(where, "'points' must be a list of non-empty texts")
    if not 1 <= len(points) <= MAX_POINTS:
        raise _fail(where, f"'points' needs 1-{MAX_POINTS} entries, has {len(points)}")
    return AdviceText(title.strip(), intro.strip(), tuple(p.strip() for p in points))


def parse_advice(data: Any, where: str) -> AdviceModule:
    """Build and check one module from its YAML mapping."""
    data = yaml_text.fields_of(data, ("code", "order", "texts", "licence", "author"), where,
                               AdviceContentError)
    if not isinstance(data["order"], int):
        raise _fail(where, "'order' must be a whole number")
    texts = yaml_text.texts_of(data, where, LANGUAGES, AdviceContentError)
    yaml_text.check_credits(data, where, AdviceContentError)
    return AdviceModule(
        code=str(data["code"]),
        order=data["order"],
        texts={lang: _text(texts[lang], f"{where} [{lang}]") for lang in LANGUAGES},
        licence=data["licence"],
        author=data["author"],
    )


@cache
def builtin_advice() -> dict[str, AdviceModule]:
    """Every advice module by code, in handout order, loaded once per process."""
    modules = yaml_text.load_folder(resource_path("advice"), parse_advice, AdviceContentError)
    modules.sort(key=lambda m: (m.order, m.code))
    return {m.code: m for m in modules}


def ordered(codes: list[str] | tuple[str, ...]) -> list[AdviceModule]:
    """The known modules among ``codes`` in handout order; unknown codes are skipped."""
    wanted = set(codes)
    return [m for m in builtin_advice().values() if m.code in wanted]


def unknown_codes(codes: list[str] | tuple[str, ...]) -> list[str]:
    """Codes that name no advice module (for validating programmes and templates)."""
    known = builtin_advice()
    return [c for c in codes if c not in known]
