"""The pelvic girdle pain tests in words: names, how to do them, and recorded values.

``domain.pelvic_tests`` holds the catalogue's codes, sides, scales and rules; the words
are content texts (sections ``pelvic_test_names``, ``pelvic_test_how``,
``pelvic_test_results``, ``pelvic_test_sides``, ``pelvic_ldl_grades`` and
``pelvic_aslr_ratings``), the same on the form, in the classification and in the report.
"""

from __future__ import annotations

from pgp_desk.content.texts import word
from pgp_desk.domain.pelvic_tests import (
    TESTS,
    Context,
    FindingsError,
    PositiveFinding,
    Scale,
    Side,
    Value,
)


def test_name(code: str, lang: str) -> str:
    """"P4 (provokation af bageste bækkensmerte)"; an unknown code as it is."""
    return word(lang, "pelvic_test_names", code)


def test_how(code: str, lang: str) -> str:
    """How the test is done and what counts as positive."""
    return word(lang, "pelvic_test_how", code)


def side_label(side: Side | str, lang: str) -> str:
    """"venstre", "højre", "midtlinje"."""
    return word(lang, "pelvic_test_sides", str(side))


def scale_word(scale: Scale, value: int, lang: str) -> str | None:
    """The words of a number on a numbered scale ("moderat", "ret svært"); None for a
    scale of results."""
    if scale is Scale.GRADE_0_3:
        return word(lang, "pelvic_ldl_grades", str(value))
    if scale is Scale.ASLR_0_5:
        return word(lang, "pelvic_aslr_ratings", str(value))
    return None


def value_label(code: str, value: Value, lang: str,
                context: Context | str = Context.PREGNANCY) -> str:
    """Words for a recorded value: "Positiv", "2 (moderat)", "3 (ret svært)"."""
    if code not in TESTS:
        raise FindingsError("unknown_test", code)
    if isinstance(value, int):
        grade = scale_word(TESTS[code].scale_for(context), value, lang)
        if grade is not None:
            return f"{value} ({grade})"
    return word(lang, "pelvic_test_results", str(value))


def positive_label(finding: PositiveFinding, lang: str) -> str:
    """Short form for lists and reports: "P4 venstre", "SYMPH"."""
    if finding.side is Side.MIDLINE:
        return finding.code
    return f"{finding.code} {side_label(finding.side, lang)}"
