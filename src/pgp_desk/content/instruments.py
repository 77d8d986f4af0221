"""Instrument definitions read from YAML: the shipped ones and those a clinic imports.

Shipped definitions live in ``resources/instruments/<code>.yaml``. A clinic holding a
licence for a proprietary instrument (e.g. the ODI, CLINICAL.md §4) imports its own file
with ``load_instrument_file``; the format is the same. Every problem is reported as one
sentence naming the file and the field, e.g. ``odi.yaml: 'items[3].texts' has no text in
language 'nb'.``
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from enum import Enum
from pathlib import Path
from typing import Any, Literal

import yaml

from pgp_desk.content import yaml_text
from pgp_desk.domain.instrument_model import (
    SUPPORTED_LANGUAGES,
    ChangeKind,
    ChangeThreshold,
    DefinitionError,
    Direction,
    InstrumentDefinition,
    Item,
    Licence,
    MissingRule,
    NotApplicableHandling,
    Option,
    OptionSet,
    ScoreDefinition,
    ScoringRule,
    Subscale,
    Wording,
)
from pgp_desk.resources import resource_path

_CODE = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{0,31}$")
_TOP_REQUIRED = {"code", "version", "names", "source", "licence", "wording", "option_sets",
                 "items", "scoring", "scores"}
_TOP_OPTIONAL = {"languages", "subscales", "missing", "not_applicable", "instructions", "notes"}


class InstrumentFileError(ValueError):
    """A definition file cannot be used; the message is one sentence naming file and field."""


class UnknownInstrumentError(LookupError):
    """No shipped definition has the requested code."""


class _Reader:
    """Typed access to the parsed YAML that turns every problem into one clear sentence."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, problem: str) -> InstrumentFileError:
        return InstrumentFileError(f"{self.source}: '{where}' {problem}.")

    def mapping(self, value: Any, where: str, required: AbstractSet[object] = frozenset(),
                optional: AbstractSet[object] = frozenset()) -> dict[Any, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "must be a mapping of fields")
        for key in sorted(required, key=str):
            if key not in value:
                raise self.fail(f"{where}.{key}".lstrip("."), "is missing")
        unknown = sorted(str(k) for k in value if k not in required | optional)
        if unknown:
            raise self.fail(f"{where}.{unknown[0]}".lstrip("."), "is not a known field")
        return value

    def items(self, value: Any, where: str) -> list[Any]:
        if not isinstance(value, list) or not value:
            raise self.fail(where, "must be a non-empty list")
        return value

    def text(self, value: Any, where: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, "must be a non-empty text")
        return value.strip()

    def texts(self, value: Any, where: str) -> dict[str, str]:
        if not isinstance(value, dict):
            raise self.fail(where, "must map language codes to texts")
        return {str(lang): self.text(text, f"{where}.{lang}") for lang, text in value.items()}

    def number(self, value: Any, where: str, whole: bool = False) -> Any:
        kinds = (int,) if whole else (int, float)
        if isinstance(value, bool) or not isinstance(value, kinds):
            raise self.fail(where, "must be a whole number" if whole else "must be a number")
        return value

    def flag(self, value: Any, where: str) -> bool:
        if not isinstance(value, bool):
            raise self.fail(where, "must be true or false")
        return value

    def choice(self, value: Any, where: str, kind: type[Enum]) -> Any:
        try:
            return kind(value)
        except ValueError:
            allowed = ", ".join(member.value for member in kind)
            raise self.fail(where, f"must be one of: {allowed}") from None

    def combine(self, value: Any, where: str) -> Literal["any", "all"]:
        if value == "any" or value == "all":
            return "any" if value == "any" else "all"
        raise self.fail(where, "must be one of: any, all")

    def pair(self, value: Any, where: str) -> tuple[Any, Any]:
        if not isinstance(value, list) or len(value) != 2:
            raise self.fail(where, "must be a list of two numbers, [lowest, highest]")
        return self.number(value[0], where), self.number(value[1], where)


def _option_set(r: _Reader, set_id: str, raw: Any, languages: tuple[str, ...]) -> OptionSet:
    """Either listed options, or a numeric ``range`` labelled by its numbers plus ``anchors``."""
    where = f"option_sets.{set_id}"
    m = r.mapping(raw, where, optional={"options", "range", "anchors"})
    if ("options" in m) == ("range" in m):
        raise r.fail(where, "needs either 'options' or 'range'")
    if "options" in m:
        options = []
        for i, raw_option in enumerate(r.items(m["options"], f"{where}.options")):
            o = r.mapping(raw_option, f"{where}.options[{i}]", {"value", "labels"})
            options.append(Option(r.number(o["value"], f"{where}.options[{i}].value", True),
                                  r.texts(o["labels"], f"{where}.options[{i}].labels")))
        return OptionSet(set_id, tuple(options))
    low, high = r.pair(m["range"], f"{where}.range")
    if not (isinstance(low, int) and isinstance(high, int) and low < high):
        raise r.fail(f"{where}.range", "must run from a lower to a higher whole number")
    anchors = r.mapping(m.get("anchors", {}), f"{where}.anchors",
                        optional=set(range(low, high + 1)))
    anchor_texts = {v: r.texts(t, f"{where}.anchors.{v}") for v, t in anchors.items()}
    return OptionSet(set_id, tuple(
        Option(v, anchor_texts.get(v) or {lang: str(v) for lang in languages})
        for v in range(low, high + 1)
    ))


def _item(r: _Reader, i: int, raw: Any) -> Item:
    where = f"items[{i}]"
    m = r.mapping(raw, where, {"id", "texts", "options"},
                  {"subscale", "not_applicable", "optional", "client_named"})
    return Item(
        id=r.text(m["id"], f"{where}.id"),
        texts=r.texts(m["texts"], f"{where}.texts"),
        option_set=r.text(m["options"], f"{where}.options"),
        subscale=r.text(m["subscale"], f"{where}.subscale") if "subscale" in m else None,
        allows_not_applicable=r.flag(m.get("not_applicable", False), f"{where}.not_applicable"),
        optional=r.flag(m.get("optional", False), f"{where}.optional"),
        client_named=r.flag(m.get("client_named", False), f"{where}.client_named"),
    )


def _threshold(r: _Reader, raw: Any, where: str) -> ChangeThreshold:
    m = r.mapping(raw, where, {"kind", "source"}, {"points", "percent", "combine"})
    return ChangeThreshold(
        points=r.number(m["points"], f"{where}.points") if "points" in m else None,
        percent=r.number(m["percent"], f"{where}.percent") if "percent" in m else None,
        combine=r.combine(m.get("combine", "any"), f"{where}.combine"),
        kind=r.choice(m["kind"], f"{where}.kind", ChangeKind),
        source=r.text(m["source"], f"{where}.source"),
    )


def _score(r: _Reader, i: int, raw: Any, items: tuple[Item, ...]) -> ScoreDefinition:
    where = f"scores[{i}]"
    m = r.mapping(raw, where, {"id", "names", "range", "direction"},
                  {"items", "subscales", "important_change"})
    if "items" in m and "subscales" in m:
        raise r.fail(where, "may list 'items' or 'subscales', not both")
    if "items" in m:
        item_ids = tuple(r.text(x, f"{where}.items") for x in r.items(m["items"], where))
    elif "subscales" in m:
        wanted = [r.text(x, f"{where}.subscales") for x in r.items(m["subscales"], where)]
        known = {item.subscale for item in items}
        missing = [s for s in wanted if s not in known]
        if missing:
            raise r.fail(f"{where}.subscales", f"names '{missing[0]}', which no item belongs to")
        item_ids = tuple(item.id for item in items if item.subscale in wanted)
    else:
        item_ids = tuple(item.id for item in items)
    low, high = r.pair(m["range"], f"{where}.range")
    threshold = None
    if "important_change" in m:
        threshold = _threshold(r, m["important_change"], f"{where}.important_change")
    return ScoreDefinition(
        id=r.text(m["id"], f"{where}.id"),
        names=r.texts(m["names"], f"{where}.names"),
        items=item_ids,
        minimum=low,
        maximum=high,
        direction=r.choice(m["direction"], f"{where}.direction", Direction),
        threshold=threshold,
    )


def _missing_rule(r: _Reader, raw: Any) -> MissingRule:
    m = r.mapping(raw, "missing", {"rationale"}, {"max_missing_items", "max_missing_fraction",
                                                  "min_answered", "min_answered_fraction"})
    whole = {"max_missing_items", "min_answered"}
    values = {k: r.number(v, f"missing.{k}", k in whole) for k, v in m.items() if k != "rationale"}
    return MissingRule(**values, rationale=r.text(m["rationale"], "missing.rationale"))


def _languages(r: _Reader, raw: Any) -> tuple[str, ...]:
    if not isinstance(raw, list) or not raw or not all(isinstance(x, str) for x in raw):
        raise r.fail("languages", "must be a list of language codes such as [da, nb, en]")
    return tuple(raw)


def parse_instrument(data: Any, source: str) -> InstrumentDefinition:
    """Build a definition from parsed YAML; ``source`` names the file in error messages."""
    r = _Reader(source)
    m = r.mapping(data, "", _TOP_REQUIRED, _TOP_OPTIONAL)
    code = r.text(m["code"], "code")
    if not _CODE.match(code):
        raise r.fail("code", "must be a short code of letters, digits, '-' or '_'")
    languages = _languages(r, m.get("languages", list(SUPPORTED_LANGUAGES)))
    if not isinstance(m["option_sets"], dict) or not m["option_sets"]:
        raise r.fail("option_sets", "must map option-set names to their options")
    option_sets = {str(k): _option_set(r, str(k), v, languages)
                   for k, v in m["option_sets"].items()}
    items = tuple(_item(r, i, raw) for i, raw in enumerate(r.items(m["items"], "items")))
    subscales = []
    for i, raw in enumerate(m.get("subscales") or []):
        s = r.mapping(raw, f"subscales[{i}]", {"id", "names"})
        subscales.append(Subscale(r.text(s["id"], f"subscales[{i}].id"),
                                  r.texts(s["names"], f"subscales[{i}].names")))
    licence = r.mapping(m["licence"], "licence", {"terms", "wording"},
                        {"requires_clinic_licence"})
    scoring = r.mapping(m["scoring"], "scoring", {"rule"}, {"decimals"})
    na = r.mapping(m.get("not_applicable", {}), "not_applicable", set(), {"handling", "labels"})
    try:
        return InstrumentDefinition(
            code=code,
            version=r.text(str(m["version"]), "version"),
            names=r.texts(m["names"], "names"),
            source=r.text(m["source"], "source"),
            licence=Licence(
                terms=r.text(licence["terms"], "licence.terms"),
                wording=r.text(licence["wording"], "licence.wording"),
                requires_clinic_licence=r.flag(licence.get("requires_clinic_licence", False),
                                               "licence.requires_clinic_licence"),
            ),
            wording=r.choice(m["wording"], "wording", Wording),
            option_sets=option_sets,
            subscales=tuple(subscales),
            items=items,
            scoring=r.choice(scoring["rule"], "scoring.rule", ScoringRule),
            decimals=r.number(scoring.get("decimals", 0), "scoring.decimals", whole=True),
            missing=_missing_rule(r, m["missing"]) if "missing" in m else MissingRule(),
            scores=tuple(_score(r, i, raw, items)
                         for i, raw in enumerate(r.items(m["scores"], "scores"))),
            languages=languages,
            not_applicable=r.choice(na.get("handling", "exclude"), "not_applicable.handling",
                                    NotApplicableHandling),
            not_applicable_labels=(r.texts(na["labels"], "not_applicable.labels")
                                   if "labels" in na else None),
            instructions=(r.texts(m["instructions"], "instructions")
                          if "instructions" in m else None),
            notes=r.text(m["notes"], "notes") if "notes" in m else "",
        )
    except DefinitionError as exc:
        raise InstrumentFileError(f"{source}: {exc}.") from None


def load_instrument_text(text: str, source: str = "instrument definition"
                         ) -> InstrumentDefinition:
    """Parse a definition kept as text, e.g. a clinic's import stored in the database."""
    try:
        data = yaml_text.load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" near line {mark.line + 1}" if mark is not None else ""
        raise InstrumentFileError(f"{source}: the file is not valid YAML{where}.") from None
    return parse_instrument(data, source)


def load_instrument_file(path: str | Path) -> InstrumentDefinition:
    """Load and check one definition file, e.g. a licensed instrument a clinic imports."""
    path = Path(path)
    return load_instrument_text(path.read_text(encoding="utf-8"), path.name)


def _instrument_dir() -> Path:
    return resource_path("instruments")


def load_instruments() -> dict[str, InstrumentDefinition]:
    """Every shipped definition, by code; two files with one code are an error."""
    found: dict[str, InstrumentDefinition] = {}
    for path in sorted(_instrument_dir().glob("*.yaml")):
        definition = load_instrument_file(path)
        if definition.code in found:
            raise InstrumentFileError(f"{path.name}: 'code' {definition.code} is already used "
                                      "by another definition file.")
        found[definition.code] = definition
    return found


def load_instrument(code: str) -> InstrumentDefinition:
    """The shipped definition with this code (case-insensitive), from ``<code>.yaml``."""
    path = _instrument_dir() / f"{code.lower()}.yaml"
    if not _CODE.match(code) or not path.is_file():
        known = ", ".join(sorted(p.stem.upper() for p in _instrument_dir().glob("*.yaml")))
        raise UnknownInstrumentError(f"No instrument with code {code!r}; shipped: {known}.")
    definition = load_instrument_file(path)
    if definition.code.lower() != code.lower():
        raise InstrumentFileError(f"{path.name}: 'code' is {definition.code}, but the file "
                                  f"name says {code}.")
    return definition

