"""What an instrument definition is: items, options, subscales, scores and their rules.

Definitions are data (CLINICAL.md §4): the YAML loader in ``pgp_desk.content.instruments``
builds these dataclasses, and ``__post_init__`` checks that the parts refer to each other
correctly, naming the offending field so the loader can add the file name. Scoring lives in
``pgp_desk.domain.instruments``; the model is imported from here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from typing import Final, Literal

from pgp_desk.domain.i18n import LANGUAGES

SUPPORTED_LANGUAGES = LANGUAGES
NOT_APPLICABLE: Final = "NA"

Texts = dict[str, str]
Answer = int | None | Literal["NA"]


class ScoringRule(StrEnum):
    PERCENT_OF_MAX = "percent_of_max"
    PERCENT_OF_ANSWERED_MAX = "percent_of_answered_max"
    SUM = "sum"
    MEAN = "mean"
    SINGLE = "single"


class Direction(StrEnum):
    HIGHER_WORSE = "higher_worse"
    HIGHER_BETTER = "higher_better"


class ChangeKind(StrEnum):
    """What a threshold means: important to patients (MIC) or beyond measurement error (MDC)."""

    MINIMAL_IMPORTANT_CHANGE = "minimal_important_change"
    MINIMAL_DETECTABLE_CHANGE = "minimal_detectable_change"


class NotApplicableHandling(StrEnum):
    """``exclude``: the item leaves the maximum and does not count as missing (PGQ).
    ``missing``: the item is treated exactly like a blank one."""

    EXCLUDE = "exclude"
    MISSING = "missing"


class Wording(StrEnum):
    """Whose item texts a definition carries, so the UI can say so."""

    ORIGINAL = "original"  # the instrument's own wording: a generic scale, a licensed import
    LABELS = "labels"  # short neutral labels for entering answers from the official form
    PARAPHRASE = "paraphrase"  # PGP Desk's own statements on the same topics; not validated


class DefinitionError(ValueError):
    """A definition is inconsistent; the message names the field, e.g. ``items[3].options``."""


@dataclass(frozen=True)
class Option:
    value: int
    labels: Texts


@dataclass(frozen=True)
class OptionSet:
    id: str
    options: tuple[Option, ...]

    @cached_property
    def values(self) -> tuple[int, ...]:
        return tuple(o.value for o in self.options)

    # Asked for every answer of every score: worked out once per definition.
    @cached_property
    def min_value(self) -> int:
        return min(self.values)

    @cached_property
    def max_value(self) -> int:
        return max(self.values)


@dataclass(frozen=True)
class Item:
    """One question. ``optional`` items may stay blank without counting as missing (PSFS
    activities 4-5, NRS time points not asked); ``client_named`` items get their label from
    the client (PSFS activities)."""

    id: str
    texts: Texts
    option_set: str
    subscale: str | None = None
    allows_not_applicable: bool = False
    optional: bool = False
    client_named: bool = False


@dataclass(frozen=True)
class Subscale:
    id: str
    names: Texts


@dataclass(frozen=True)
class ChangeThreshold:
    """Smallest change that counts: ``points`` and/or ``percent`` of the previous value.

    ``combine="any"``: one of them reached is enough (Farrar 2001: "2 points or 30%");
    ``"all"``: both must be reached. Reaching a threshold exactly counts as reaching it.
    """

    points: float | None
    percent: float | None
    combine: Literal["any", "all"]
    kind: ChangeKind
    source: str


@dataclass(frozen=True)
class ScoreDefinition:
    id: str
    names: Texts
    items: tuple[str, ...]
    minimum: float
    maximum: float
    direction: Direction
    threshold: ChangeThreshold | None = None


@dataclass(frozen=True)
class MissingRule:
    """When a score is not computed; each limit applies to each score separately.

    ``max_missing_items`` / ``max_missing_fraction`` count blank items (not optional ones);
    ``min_answered`` / ``min_answered_fraction`` count items with a value. ``rationale``
    says where the rule comes from (or that it is PGP Desk's own choice).
    """

    max_missing_items: int | None = None
    max_missing_fraction: float | None = None
    min_answered: int | None = None
    min_answered_fraction: float | None = None
    rationale: str = ""


@dataclass(frozen=True)
class Licence:
    """``terms``: the instrument's own terms; ``wording``: who wrote the texts shipped here;
    ``requires_clinic_licence``: a clinic must hold a licence to use it (e.g. ODI)."""

    terms: str
    wording: str
    requires_clinic_licence: bool = False


@dataclass(frozen=True)
class InstrumentDefinition:
    code: str
    version: str
    names: Texts
    source: str
    licence: Licence
    wording: Wording
    option_sets: dict[str, OptionSet]
    subscales: tuple[Subscale, ...]
    items: tuple[Item, ...]
    scoring: ScoringRule
    decimals: int
    missing: MissingRule
    scores: tuple[ScoreDefinition, ...]
    languages: tuple[str, ...] = SUPPORTED_LANGUAGES
    not_applicable: NotApplicableHandling = NotApplicableHandling.EXCLUDE
    not_applicable_labels: Texts | None = None
    instructions: Texts | None = None
    notes: str = ""

    def __post_init__(self) -> None:
        _check_definition(self)

    def item(self, item_id: str) -> Item:
        return self._items_by_id[item_id]

    @cached_property
    def _items_by_id(self) -> dict[str, Item]:
        return {item.id: item for item in self.items}

    def score_definition(self, score_id: str) -> ScoreDefinition:
        for score_def in self.scores:
            if score_def.id == score_id:
                return score_def
        raise KeyError(score_id)

    def options_for(self, item: Item) -> OptionSet:
        return self.option_sets[item.option_set]

    @property
    def client_can_fill_in(self) -> bool:
        """Whether a client may answer it on screen herself.

        A valid administration shows her the questions as worded, with their stem and time
        frame; short labels for entering answers from the paper form (``Wording.LABELS``,
        e.g. the shipped PGQ) do not, so she fills in the official form instead. A clinic
        that imports the licensed wording (``Wording.ORIGINAL``) gets client mode. Items the
        client names herself (PSFS) are written with the therapist, not alone.
        """
        return (self.wording is not Wording.LABELS
                and not any(item.client_named for item in self.items))


# --- definition checks -------------------------------------------------------------------


def _check_texts(texts: Mapping[str, str] | None, where: str, languages: tuple[str, ...]) -> None:
    if texts is None:
        raise DefinitionError(f"'{where}' is missing")
    for lang in languages:
        if not isinstance(texts.get(lang), str) or not texts[lang].strip():
            raise DefinitionError(f"'{where}' has no text in language '{lang}'")


def _unique(ids: list[str], where: str) -> None:
    seen: set[str] = set()
    for i, ident in enumerate(ids):
        if ident in seen:
            raise DefinitionError(f"'{where}[{i}].id' repeats the id '{ident}'")
        seen.add(ident)


def _check_definition(d: InstrumentDefinition) -> None:
    """Cross-reference checks; messages name the field so the loader can add the file."""
    langs = d.languages
    if not langs or any(lang not in SUPPORTED_LANGUAGES for lang in langs):
        raise DefinitionError(f"'languages' must be a non-empty subset of {SUPPORTED_LANGUAGES}")
    _check_texts(d.names, "names", langs)
    if d.decimals < 0:
        raise DefinitionError("'scoring.decimals' must be 0 or more")
    for set_id, option_set in d.option_sets.items():
        if not option_set.options:
            raise DefinitionError(f"'option_sets.{set_id}' has no options")
        if len(set(option_set.values)) != len(option_set.values):
            raise DefinitionError(f"'option_sets.{set_id}' repeats a value")
        for i, option in enumerate(option_set.options):
            _check_texts(option.labels, f"option_sets.{set_id}.options[{i}].labels", langs)
    _unique([s.id for s in d.subscales], "subscales")
    for i, subscale in enumerate(d.subscales):
        _check_texts(subscale.names, f"subscales[{i}].names", langs)
    subscale_ids = {s.id for s in d.subscales}
    if not d.items:
        raise DefinitionError("'items' is empty")
    _unique([item.id for item in d.items], "items")
    for i, item in enumerate(d.items):
        _check_texts(item.texts, f"items[{i}].texts", langs)
        if item.option_set not in d.option_sets:
            raise DefinitionError(
                f"'items[{i}].options' names the unknown option set '{item.option_set}'"
            )
        if item.subscale is not None and item.subscale not in subscale_ids:
            raise DefinitionError(f"'items[{i}].subscale' names the unknown subscale "
                                  f"'{item.subscale}'")
    if any(item.allows_not_applicable for item in d.items):
        _check_texts(d.not_applicable_labels, "not_applicable.labels", langs)
    if d.instructions is not None:
        _check_texts(d.instructions, "instructions", langs)
    _check_missing_rule(d.missing)
    if not d.scores:
        raise DefinitionError("'scores' is empty")
    _unique([s.id for s in d.scores], "scores")
    item_ids = {item.id for item in d.items}
    for i, score_def in enumerate(d.scores):
        _check_score(d, score_def, f"scores[{i}]", item_ids)


def _check_missing_rule(rule: MissingRule) -> None:
    for name in ("max_missing_fraction", "min_answered_fraction"):
        value = getattr(rule, name)
        if value is not None and not 0 <= value <= 1:
            raise DefinitionError(f"'missing.{name}' must be between 0 and 1")
    for name in ("max_missing_items", "min_answered"):
        value = getattr(rule, name)
        if value is not None and value < 0:
            raise DefinitionError(f"'missing.{name}' must be 0 or more")


def _check_score(d: InstrumentDefinition, s: ScoreDefinition, where: str, ids: set[str]) -> None:
    _check_texts(s.names, f"{where}.names", d.languages)
    if not s.items:
        raise DefinitionError(f"'{where}' covers no items")
    unknown = [item_id for item_id in s.items if item_id not in ids]
    if unknown:
        raise DefinitionError(f"'{where}.items' names the unknown item '{unknown[0]}'")
    if s.minimum >= s.maximum:
        raise DefinitionError(f"'{where}.range' must run from a lower to a higher value")
    if d.scoring is ScoringRule.SINGLE and len(s.items) != 1:
        raise DefinitionError(f"'{where}' must cover exactly one item under the 'single' rule")
    option_sets = {d.options_for(d.item(item_id)).id for item_id in s.items}
    percent_rules = (ScoringRule.PERCENT_OF_MAX, ScoringRule.PERCENT_OF_ANSWERED_MAX)
    if d.scoring in percent_rules and any(d.option_sets[o].min_value for o in option_sets):
        raise DefinitionError(f"'{where}' uses a percentage rule, so its options must start at 0")
    maxima = {d.option_sets[o].max_value for o in option_sets}
    if d.scoring is ScoringRule.PERCENT_OF_ANSWERED_MAX and len(maxima) != 1:
        raise DefinitionError(f"'{where}' mixes item maxima, which 'percent_of_answered_max' "
                              "does not allow")
    t = s.threshold
    if t is not None:
        if t.points is None and t.percent is None:
            raise DefinitionError(f"'{where}.important_change' needs points or percent")
        if any(v is not None and v <= 0 for v in (t.points, t.percent)):
            raise DefinitionError(f"'{where}.important_change' values must be above 0")
        if t.combine not in ("any", "all"):
            raise DefinitionError(f"'{where}.important_change.combine' must be 'any' or 'all'")
