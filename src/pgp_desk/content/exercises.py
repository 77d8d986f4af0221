"""The built-in exercise library: one YAML file per exercise in resources/exercises/.

Language-neutral facts (phases, position, links, default dosage) are separate from the
per-language texts, with licence and author on each (the wger model, STYLE.md §13).
``validate_library`` is what the content test runs: every exercise complete in every
language, every link resolving.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from pgp_desk.content import yaml_text
from pgp_desk.domain.dosage import Dosage, DosageError
from pgp_desk.domain.i18n import LANGUAGES
from pgp_desk.domain.pregnancy import Phase
from pgp_desk.resources import resource_path

KINDS = ("exercise", "advice")
CATEGORIES = (
    "understanding", "body_mapping", "local_stabilisation", "global_strength",
    "daily_activities", "pool", "breathing_relaxation", "postpartum",
)
POSITIONS = ("standing", "sitting", "supine", "side_lying", "all_fours", "kneeling", "prone",
             "water", "varied")
EQUIPMENT = ("mat", "chair", "ball", "band", "pillow", "wall", "step", "pool", "noodle",
             "towel", "belt", "bed", "car", "stairs", "child_or_weight", "crutches")
TARGETS = ("sij", "symphysis", "general")
ACTIVITIES = ("walking", "standing", "one_leg_stance", "stairs", "turning_in_bed",
              "car_transfer", "position_change", "dressing", "sitting", "lifting_carrying",
              "sleep", "general", "straddle", "fast_movements")
CAUTIONS = ("supine_late_pregnancy", "prone_lying", "wide_straddle", "high_load",
            "one_leg_load", "pool_access", "abdominal_load", "impact")
PHASES = tuple(p.value for p in Phase)
MAX_STEPS = 6


@dataclass(frozen=True)
class ExerciseText:
    name: str
    purpose: str
    steps: tuple[str, ...]
    cues: tuple[str, ...]
    avoid: tuple[str, ...]


@dataclass(frozen=True)
class Exercise:
    code: str
    kind: str
    category: str
    phases: tuple[str, ...]
    position: str
    equipment: tuple[str, ...]
    level: int
    progression: str | None
    regression: str | None
    targets: tuple[str, ...]
    helps_with: tuple[str, ...]
    cautions: tuple[str, ...]
    default_dosage: Dosage
    texts: dict[str, ExerciseText]
    licence: str
    author: str
    source: str = "builtin"  # builtin | clinic
    based_on: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def text(self, lang: str) -> ExerciseText:
        return self.texts.get(lang) or self.texts.get("en") or next(iter(self.texts.values()))

    def name(self, lang: str) -> str:
        return self.text(lang).name

    def suits(self, phase: str | None) -> bool:
        return phase is None or phase in self.phases


class ExerciseContentError(yaml_text.ContentFileError):
    """An exercise file (or a clinic's exercise) is incomplete or wrong."""


_fail = ExerciseContentError.at


def _strings(value: Any, where: str, name: str, minimum: int, maximum: int) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(where, f"'{name}' must be a list of non-empty texts")
    if not minimum <= len(value) <= maximum:
        raise _fail(where, f"'{name}' needs {minimum}-{maximum} entries, has {len(value)}")
    return tuple(v.strip() for v in value)


def _choices(value: Any, allowed: tuple[str, ...], where: str, name: str) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise _fail(where, f"'{name}' must be a list")
    wrong = [v for v in value if v not in allowed]
    if wrong:
        raise _fail(where, f"'{name}' has unknown values {wrong}")
    return tuple(value)


def _text(data: Any, where: str, kind: str) -> ExerciseText:
    if not isinstance(data, dict):
        raise _fail(where, "texts must be a mapping")
    for key in ("name", "purpose"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise _fail(where, f"'{key}' is missing")
    return ExerciseText(
        name=data["name"].strip(),
        purpose=data["purpose"].strip(),
        steps=_strings(data.get("steps"), where, "steps", 1 if kind == "advice" else 2,
                       MAX_STEPS + (2 if kind == "advice" else 0)),
        cues=_strings(data.get("cues", []), where, "cues", 0, 4),
        avoid=_strings(data.get("avoid", []), where, "avoid", 0, 4),
    )


def parse_exercise(data: Any, where: str, source: str = "builtin",
                   languages: tuple[str, ...] = LANGUAGES) -> Exercise:
    """Build and check one exercise from its YAML mapping."""
    data = yaml_text.fields_of(data, ("code", "kind", "category", "phases", "position", "level",
                                      "texts", "licence", "author"), where, ExerciseContentError)
    kind = data["kind"]
    if kind not in KINDS:
        raise _fail(where, f"kind must be one of {KINDS}")
    if data["category"] not in CATEGORIES:
        raise _fail(where, f"unknown category {data['category']!r}")
    if data["position"] not in POSITIONS:
        raise _fail(where, f"unknown position {data['position']!r}")
    level = data["level"]
    if not isinstance(level, int) or not 1 <= level <= 5:
        raise _fail(where, "level must be 1-5")
    phases = _choices(data["phases"], PHASES, where, "phases")
    if not phases:
        raise _fail(where, "'phases' is empty")
    try:
        dosage = Dosage.from_dict(data.get("default_dosage"))
    except (DosageError, TypeError) as exc:
        raise _fail(where, f"default_dosage: {exc}") from exc
    texts_data = yaml_text.texts_of(data, where, languages, ExerciseContentError)
    texts: dict[str, ExerciseText] = {
        lang: _text(texts_data[lang], f"{where} [{lang}]", kind)
        for lang in texts_data if lang in LANGUAGES}
    yaml_text.check_credits(data, where, ExerciseContentError)
    return Exercise(
        code=str(data["code"]),
        kind=kind,
        category=data["category"],
        phases=phases,
        position=data["position"],
        equipment=_choices(data.get("equipment", []), EQUIPMENT, where, "equipment"),
        level=level,
        progression=data.get("progression"),
        regression=data.get("regression"),
        targets=_choices(data.get("targets", []), TARGETS, where, "targets"),
        helps_with=_choices(data.get("helps_with", []), ACTIVITIES, where, "helps_with"),
        cautions=_choices(data.get("cautions", []), CAUTIONS, where, "cautions"),
        default_dosage=dosage,
        texts=texts,
        licence=data["licence"],
        author=data["author"],
        source=source,
        based_on=data.get("based_on"),
    )


@cache
def builtin_library() -> dict[str, Exercise]:
    """Every built-in exercise by code, loaded once per process."""
    exercises = yaml_text.load_folder(resource_path("exercises"), parse_exercise,
                                      ExerciseContentError)
    return {e.code: e for e in exercises}


def validate_links(library: dict[str, Exercise]) -> list[str]:
    """Problems with progression/regression links: unknown codes or self-links."""
    problems = []
    for exercise in library.values():
        for name in ("progression", "regression"):
            target = getattr(exercise, name)
            if target is None:
                continue
            if target == exercise.code:
                problems.append(f"{exercise.code}: {name} points to itself")
            elif target not in library:
                problems.append(f"{exercise.code}: {name} {target!r} does not exist")
    return problems
