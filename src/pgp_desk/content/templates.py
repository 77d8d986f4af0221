"""Programme templates shipped with PGP Desk: one YAML file per template in resources/templates/.

A template is a starting point, never a finished programme: individually tailored exercise
is what works for PGP, generic programmes do not (Stuge et al. 2004, Spine 29:351-359;
CLINICAL.md §7). So a template only saves the therapist from building the usual first
version by hand; the builder then personalises choice, order and dosage.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from pgp_desk.content import yaml_text
from pgp_desk.content.advice import builtin_advice
from pgp_desk.content.exercises import PHASES, Exercise, builtin_library
from pgp_desk.domain.dosage import Dosage, DosageError
from pgp_desk.domain.i18n import LANGUAGES, pick
from pgp_desk.resources import resource_path

MAX_ITEMS = 20


@dataclass(frozen=True)
class TemplateItem:
    code: str
    dosage: Dosage
    note: str = ""


@dataclass(frozen=True)
class ShippedTemplate:
    code: str
    names: dict[str, str]
    phases: tuple[str, ...]
    advice: tuple[str, ...]
    items: tuple[TemplateItem, ...]
    licence: str
    author: str

    def name(self, lang: str) -> str:
        return pick(self.names, lang)


class TemplateContentError(yaml_text.ContentFileError):
    """A template file is incomplete or wrong."""


_fail = TemplateContentError.at


def parse_item(data: Any, where: str) -> TemplateItem:
    """One ``{code, dosage, note}`` entry; shared with clinic templates stored as JSON."""
    if not isinstance(data, Mapping) or not isinstance(data.get("code"), str):
        raise _fail(where, "an item needs a 'code'")
    try:
        dosage = Dosage.from_dict(data.get("dosage"))
    except (DosageError, TypeError) as exc:
        raise _fail(where, f"{data['code']}: dosage {exc}") from exc
    note = data.get("note") or ""
    if not isinstance(note, str):
        raise _fail(where, f"{data['code']}: note must be text")
    return TemplateItem(data["code"], dosage, note.strip())


def parse_template(data: Any, where: str) -> ShippedTemplate:
    data = yaml_text.fields_of(data, ("code", "names", "phases", "advice", "items", "licence",
                                      "author"), where, TemplateContentError)
    names = data["names"]
    if not isinstance(names, dict):
        raise _fail(where, "'names' must map languages to names")
    missing = [lang for lang in LANGUAGES
               if not isinstance(names.get(lang), str) or not names[lang].strip()]
    if missing:
        raise _fail(where, f"names missing in {missing}")
    phases = data["phases"]
    if not isinstance(phases, list) or not phases or any(p not in PHASES for p in phases):
        raise _fail(where, f"'phases' must be a non-empty list from {PHASES}")
    advice = data["advice"]
    if not isinstance(advice, list) or not all(isinstance(a, str) for a in advice):
        raise _fail(where, "'advice' must be a list of module codes")
    items = data["items"]
    if not isinstance(items, list) or not 1 <= len(items) <= MAX_ITEMS:
        raise _fail(where, f"'items' needs 1-{MAX_ITEMS} entries")
    yaml_text.check_credits(data, where, TemplateContentError)
    return ShippedTemplate(
        code=str(data["code"]),
        names={lang: names[lang].strip() for lang in LANGUAGES},
        phases=tuple(phases),
        advice=tuple(advice),
        items=tuple(parse_item(item, where) for item in items),
        licence=data["licence"],
        author=data["author"],
    )


@cache
def builtin_templates() -> dict[str, ShippedTemplate]:
    """Every shipped template by code, loaded once per process."""
    templates = yaml_text.load_folder(resource_path("templates"), parse_template,
                                      TemplateContentError)
    return {t.code: t for t in templates}


def needs_load(exercise: Exercise) -> bool:
    """An exercise whose own default dosage counts repetitions or a hold needs one too;
    walking or resting is dosed by frequency alone."""
    default = exercise.default_dosage
    return exercise.kind == "exercise" and (default.reps is not None
                                            or default.hold_seconds is not None)


def validate_template(template: ShippedTemplate,
                      library: Mapping[str, Exercise] | None = None,
                      advice_codes: frozenset[str] | set[str] | None = None) -> list[str]:
    """Problems a template has against the library: unknown codes, unsuitable phases,
    exercises without a load, advice modules that do not exist. Empty when fine."""
    library = builtin_library() if library is None else library
    known_advice = set(builtin_advice()) if advice_codes is None else set(advice_codes)
    problems = []
    for item in template.items:
        exercise = library.get(item.code)
        if exercise is None:
            problems.append(f"{template.code}: exercise {item.code} does not exist")
            continue
        unsuited = [p for p in template.phases if p not in exercise.phases]
        if unsuited:
            problems.append(f"{template.code}: {item.code} does not suit {unsuited}")
        require = needs_load(exercise) and not item.dosage.is_empty
        for problem in item.dosage.validate(require_load=require):
            problems.append(f"{template.code}: {item.code} dosage {problem}")
    for code in template.advice:
        if code not in known_advice:
            problems.append(f"{template.code}: advice module {code} does not exist")
    codes = [i.code for i in template.items]
    if len(codes) != len(set(codes)):
        problems.append(f"{template.code}: an exercise appears twice")
    return problems
