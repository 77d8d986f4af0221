"""The suggested PGP subgroup in words: its name, and one reason line per joint.

The rule (``domain.classification``) gives codes: the subgroup, its side, a conclusion code
and what was found at each joint. The words are content texts (sections classification_*
of ``resources/texts/<lang>.yaml``), the same on the assessment form, in the stored
reasons and in the report.
"""

from __future__ import annotations

from pgp_desk.content.pelvic_test_text import side_label
from pgp_desk.content.texts import text, word
from pgp_desk.domain.classification import Joint, JointFinding, Subgroup, SubgroupSuggestion
from pgp_desk.domain.i18n import lang_or_fallback
from pgp_desk.domain.pelvic_tests import Side


def subgroup_label(subgroup: Subgroup | str, lang: str, side: Side | str | None = None) -> str:
    """Label for a subgroup, with the side for a one-sided SIJ: "... (venstre)"."""
    label = word(lang, "classification_subgroups", Subgroup(subgroup).value)
    if side and Subgroup(subgroup) is Subgroup.ONE_SIDED_SIJ:
        label = f"{label} ({side_label(Side(side), lang)})"
    return label


def suggestion_label(suggestion: SubgroupSuggestion, lang: str) -> str:
    return subgroup_label(suggestion.subgroup, lang, suggestion.side)


def joint_label(joint: Joint, lang: str) -> str:
    return word(lang, "classification_joints", joint.value)


def suggestion_note(lang: str) -> str:
    """Where the suggestion comes from, and that the therapist may choose another."""
    return text(lang_or_fallback(lang), "classification_words.note")


def reasons(suggestion: SubgroupSuggestion, lang: str) -> list[str]:
    """One line per joint, then the conclusion."""
    return [joint_reason(j, lang) for j in suggestion.joints] + [
        word(lang, "classification_conclusions", suggestion.conclusion)]


def joint_reason(finding: JointFinding, lang: str) -> str:
    """One line, e.g. "Symfyse: smerte angivet, SYMPH positiv"."""
    lang = lang_or_fallback(lang)
    refs = _test_refs(finding.positive, lang, sided=finding.joint is Joint.SYMPHYSIS)
    positive = text(lang, "classification_words.positive_one" if len(refs) == 1
                    else "classification_words.positive_many")
    return text(lang, f"classification_reasons.{finding.reason_code}",
                joint=joint_label(finding.joint, lang), tests=_join(refs, lang),
                positive=positive)


def _test_refs(positive: tuple[tuple[str, Side], ...], lang: str,
               sided: bool = False) -> list[str]:
    """Test codes in order. At the symphysis (``sided``) a side test (TREND, FABER) gets
    its side, since the joint does not imply one; an SIJ's tests are that SIJ's side."""
    sides: dict[str, list[Side]] = {}
    for code, side in positive:
        sides.setdefault(code, []).append(side)
    refs: list[str] = []
    for code, found in sides.items():
        if not sided or found == [Side.MIDLINE]:
            refs.append(code)
        elif len(found) == 2:
            refs.append(f"{code} ({text(lang, 'classification_words.both_sides')})")
        else:
            refs.append(f"{code} ({side_label(found[0], lang)})")
    return refs


def _join(items: list[str], lang: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {text(lang, 'classification_words.and')} {items[-1]}"
