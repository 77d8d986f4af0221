"""The pelvic girdle pain test catalogue and the findings of one examination.

Tests, recording rules and scales follow the European guidelines for the diagnosis and
treatment of pelvic girdle pain (Vleeming et al. 2008, Eur Spine J 17:794-819):

- P4, FABER, Gaenslen and the modified Trendelenburg test are recorded per side as
  positive / negative / not tested. Positive means the client's familiar pain in the
  joint region (CLINICAL.md §2). The side is the tested leg for P4 and FABER, the
  hyperextended leg for Gaenslen (its result belongs to that side's SIJ) and the stance
  leg for the Trendelenburg test; the names of the last two say so, in the form and the
  report. P4 is done with the opposite ASIS stabilised; deep gluteal pain on the tested
  side is positive (Vleeming 2008; CLINICAL.md §8).
- Long dorsal ligament (LDL) palpation in pregnancy: pain lasting more than 5 s after the
  hand is removed is *positive*, pain gone within 5 s is *tenderness* (not positive).
  After birth the guideline scores LDL per side 0-3 (0 no pain, 1 mild, 2 moderate,
  3 unbearable), sum 0-6.
- Symphysis palpation is one midline finding with the same >5 s rule.
- The active straight leg raise (ASLR; Mens et al. 2001, Spine 26:1167-1171) is rated by
  the client per side 0-5, sum 0-10, 0 = negative; it may be repeated with pelvic
  compression (a belt or the examiner's hands) and the two sums compared.

Counting positive tests (a prognostic value): the sum of positive pain provocation tests
predicted disability and pain later in pregnancy (Robinson et al. 2010, BMC Musculoskelet
Disord 11:91) and the number of positive pain provocation tests in pregnancy predicted
long-term PGP (Elden et al. 2016, BMC Musculoskelet Disord 17:276). The test sets differ
between studies; PGP Desk counts the six pain provocation and palpation tests of the
European guideline (P4, FABER, Gaenslen, modified Trendelenburg, LDL, symphysis) and leaves
out the ASLR, which the guideline describes as a functional test, not a provocation test.
A test counts once when it is positive on either side (range 0-6); the per-side count
(range 0-11) is offered as well, because a bilateral finding is clinically different.

LDL after birth has no positivity cut-off in the guideline; PGP Desk counts any pain
(grade >= 1, ``LDL_POSTPARTUM_POSITIVE_GRADE``) as positive, in line with "positive = the
client's familiar pain". This is a PGP Desk choice, shown to the clinician, not a published
threshold.

The tests' names, instructions and the words of results, sides, grades and ratings are
content texts (sections ``pelvic_*``) that ``content.pelvic_test_text`` reads.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

FINDINGS_FORMAT_VERSION = 1
LDL_POSTPARTUM_POSITIVE_GRADE = 1
NOTE_MAX_CHARS = 1000


class Result(StrEnum):
    """Categorical results. A missing entry in the findings means not tested."""

    POSITIVE = "positive"
    NEGATIVE = "negative"
    TENDERNESS = "tenderness"
    NOT_TESTED = "not_tested"


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"
    MIDLINE = "midline"


class Scale(StrEnum):
    """How one side of a test is recorded."""

    BINARY = "binary"  # positive / negative / not_tested
    PALPATION = "palpation"  # positive (>5 s) / tenderness (<5 s) / negative / not_tested
    GRADE_0_3 = "grade_0_3"  # LDL after birth
    ASLR_0_5 = "aslr_0_5"  # client-rated difficulty


class Context(StrEnum):
    """Pregnancy or after birth: decides how LDL palpation is recorded."""

    PREGNANCY = "pregnancy"
    POSTPARTUM = "postpartum"


BILATERAL = (Side.LEFT, Side.RIGHT)
MIDLINE_ONLY = (Side.MIDLINE,)


@dataclass(frozen=True)
class PelvicTest:
    """One test of the catalogue: its code, sides and how it is recorded."""

    code: str
    sides: tuple[Side, ...]
    scale: Scale
    postpartum_scale: Scale | None = None
    provocation: bool = True

    def scale_for(self, context: Context | str) -> Scale:
        """The scale used in pregnancy or after birth."""
        if Context(context) is Context.POSTPARTUM and self.postpartum_scale is not None:
            return self.postpartum_scale
        return self.scale

    @property
    def per_side(self) -> bool:
        return self.sides == BILATERAL


CATALOGUE: tuple[PelvicTest, ...] = (
    PelvicTest("P4", BILATERAL, Scale.BINARY),
    PelvicTest("FABER", BILATERAL, Scale.BINARY),
    PelvicTest("GAENSLEN", BILATERAL, Scale.BINARY),
    PelvicTest("TREND", BILATERAL, Scale.BINARY),
    PelvicTest("LDL", BILATERAL, Scale.PALPATION, postpartum_scale=Scale.GRADE_0_3),
    PelvicTest("SYMPH", MIDLINE_ONLY, Scale.PALPATION),
    PelvicTest("ASLR", BILATERAL, Scale.ASLR_0_5, provocation=False),
)

TESTS: dict[str, PelvicTest] = {t.code: t for t in CATALOGUE}
PROVOCATION_CODES: tuple[str, ...] = tuple(t.code for t in CATALOGUE if t.provocation)

_CHOICES: dict[Scale, tuple[str, ...]] = {
    Scale.BINARY: (Result.POSITIVE, Result.NEGATIVE),
    Scale.PALPATION: (Result.POSITIVE, Result.TENDERNESS, Result.NEGATIVE),
}
_RANGES: dict[Scale, range] = {Scale.GRADE_0_3: range(0, 4), Scale.ASLR_0_5: range(0, 6)}

Value = str | int


class FindingsError(ValueError):
    """A value that the test's scale does not allow; ``code`` names the problem."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code


def context_for_phase(phase: str) -> Context:
    """Pregnancy for t1-t3, postpartum for pp_0_6 / pp_later."""
    return Context.POSTPARTUM if str(phase).startswith("pp") else Context.PREGNANCY


def allowed_values(code: str, context: Context | str = Context.PREGNANCY) -> tuple[Value, ...]:
    """Every value one side of a test accepts (not tested is always allowed, by omission)."""
    scale = _test(code).scale_for(context)
    if scale in _CHOICES:
        return _CHOICES[scale]
    return tuple(_RANGES[scale])


def _test(code: str) -> PelvicTest:
    try:
        return TESTS[code]
    except KeyError:
        raise FindingsError("unknown_test", code) from None


def _check_value(code: str, side: str, value: Any, context: Context) -> Value:
    """The value as stored, or FindingsError saying what is wrong with it."""
    test = _test(code)
    if side not in test.sides:
        raise FindingsError("bad_side", f"{code} {side}")
    scale = test.scale_for(context)
    if scale in _CHOICES:
        if not isinstance(value, str) or value not in _CHOICES[scale]:
            raise FindingsError("bad_value", f"{code} {side}: {value!r}")
        return Result(value)
    if isinstance(value, bool) or not isinstance(value, int) or value not in _RANGES[scale]:
        raise FindingsError("bad_value", f"{code} {side}: {value!r}")
    return value


@dataclass(frozen=True)
class PositiveFinding:
    """One positive test side, e.g. P4 left; ``provocation`` is False for the ASLR."""

    code: str
    side: Side
    provocation: bool


@dataclass
class PelvicTestFindings:
    """Results of one examination. A test side missing from ``results`` was not tested.

    ``results[code][side]`` holds a ``Result`` for categorical scales and an int for the
    LDL grade (after birth) and the ASLR. ``aslr_compression`` is the optional repeat of
    the ASLR with pelvic compression. ``notes`` holds a free-text note per test code.
    """

    context: Context = Context.PREGNANCY
    results: dict[str, dict[str, Value]] = field(default_factory=dict)
    aslr_compression: dict[str, int] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)

    # ----- recording

    def set(self, code: str, side: str, value: Value | None) -> None:
        """Record one side; None or "not_tested" removes it. Raises FindingsError."""
        self.context = Context(self.context)
        if value is None or value == Result.NOT_TESTED:
            _check_side(code, side)
            self.results.get(code, {}).pop(side, None)
            if code in self.results and not self.results[code]:
                del self.results[code]
            return
        self.results.setdefault(code, {})[Side(side)] = _check_value(
            code, side, value, self.context
        )

    def set_aslr_compression(self, side: str, value: int | None) -> None:
        """Record the ASLR repeated with pelvic compression (0-5), None to clear."""
        if value is None:
            _check_side("ASLR", side)
            self.aslr_compression.pop(side, None)
            return
        self.aslr_compression[Side(side)] = int(
            _check_value("ASLR", side, value, self.context)
        )

    def get(self, code: str, side: str) -> Value:
        """The recorded value, or ``Result.NOT_TESTED``."""
        _check_side(code, side)
        return self.results.get(code, {}).get(side, Result.NOT_TESTED)

    def tested(self, code: str, side: str) -> bool:
        return self.get(code, side) != Result.NOT_TESTED

    # ----- derived values

    def is_positive(self, code: str, side: str) -> bool:
        """Positive by the test's own rule (see the module docstring for LDL and ASLR)."""
        value = self.get(code, side)
        scale = TESTS[code].scale_for(self.context)
        if scale is Scale.GRADE_0_3:
            return isinstance(value, int) and value >= LDL_POSTPARTUM_POSITIVE_GRADE
        if scale is Scale.ASLR_0_5:
            return isinstance(value, int) and value >= 1
        return value == Result.POSITIVE

    def positive_sides(self, code: str) -> tuple[Side, ...]:
        return tuple(s for s in TESTS[code].sides if self.is_positive(code, s))

    def positive_list(self, include_functional: bool = True) -> list[PositiveFinding]:
        """Every positive test side in catalogue order (ASLR last, unless excluded)."""
        found = []
        for test in CATALOGUE:
            if not test.provocation and not include_functional:
                continue
            for side in self.positive_sides(test.code):
                found.append(PositiveFinding(test.code, side, test.provocation))
        return found

    def provocation_positive_count(self) -> int:
        """Pain provocation tests positive on at least one side, 0-6 (module docstring)."""
        return sum(1 for code in PROVOCATION_CODES if self.positive_sides(code))

    def provocation_positive_sides(self) -> int:
        """Positive test sides among the provocation tests, 0-11 (symphysis counts once)."""
        return sum(len(self.positive_sides(code)) for code in PROVOCATION_CODES)

    def provocation_tested_count(self) -> int:
        """Provocation tests with at least one side recorded; tells 0 positives from none done."""
        return sum(
            1 for code in PROVOCATION_CODES
            if any(self.tested(code, s) for s in TESTS[code].sides)
        )

    def aslr_sum(self) -> int | None:
        """ASLR left + right, 0-10; None unless both sides were rated (Mens 2001)."""
        return _pair_sum(self.results.get("ASLR", {}))

    def aslr_compression_sum(self) -> int | None:
        """The same sum for the repeat with pelvic compression, or None."""
        return _pair_sum(self.aslr_compression)

    def ldl_sum(self) -> int | None:
        """LDL grade left + right, 0-6, after birth only; None otherwise or if incomplete."""
        if Context(self.context) is not Context.POSTPARTUM:
            return None
        return _pair_sum(self.results.get("LDL", {}))

    # ----- checking and storage

    def validate(self) -> list[str]:
        """Problems as "code: detail" strings; empty when every value fits its scale."""
        problems = []
        try:
            context = Context(self.context)
        except ValueError:
            return [f"bad_context: {self.context!r}"]
        for code, sides in self.results.items():
            for side, value in sides.items():
                try:
                    _check_value(code, side, value, context)
                except FindingsError as exc:
                    problems.append(str(exc))
        for side, value in self.aslr_compression.items():
            try:
                _check_value("ASLR", side, value, context)
            except FindingsError as exc:
                problems.append(str(exc))
        for code, note in self.notes.items():
            if code not in TESTS:
                problems.append(f"unknown_test: note for {code}")
            elif not isinstance(note, str) or len(note) > NOTE_MAX_CHARS:
                problems.append(f"bad_note: {code}")
        return problems

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able data; only recorded sides are written."""
        return {
            "version": FINDINGS_FORMAT_VERSION,
            "context": str(self.context),
            "results": {
                code: {str(side): _plain(value) for side, value in sides.items()}
                for code, sides in self.results.items()
                if sides
            },
            "aslr_compression": {str(s): v for s, v in self.aslr_compression.items()},
            "notes": {code: note for code, note in self.notes.items() if note},
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PelvicTestFindings:
        """Rebuild from ``to_dict`` output; raises FindingsError on anything invalid."""
        try:
            context = Context(data.get("context", Context.PREGNANCY))
        except ValueError:
            raise FindingsError("bad_context", repr(data.get("context"))) from None
        findings = cls(context=context)
        for code, sides in (data.get("results") or {}).items():
            if not isinstance(sides, Mapping):
                raise FindingsError("bad_value", f"{code}: {sides!r}")
            for side, value in sides.items():
                findings.set(code, side, value)
        for side, value in (data.get("aslr_compression") or {}).items():
            findings.set_aslr_compression(side, value)
        findings.notes = {str(k): str(v) for k, v in (data.get("notes") or {}).items()}
        problems = findings.validate()
        if problems:
            raise FindingsError("invalid_findings", "; ".join(problems))
        return findings


def _check_side(code: str, side: str) -> None:
    if side not in _test(code).sides:
        raise FindingsError("bad_side", f"{code} {side}")


def _pair_sum(values: Mapping[str, Value]) -> int | None:
    left, right = values.get(Side.LEFT), values.get(Side.RIGHT)
    if isinstance(left, int) and isinstance(right, int):
        return left + right
    return None


def _plain(value: Value) -> str | int:
    return value if isinstance(value, int) else str(value)

