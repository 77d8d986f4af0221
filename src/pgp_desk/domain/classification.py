"""A suggested PGP subgroup (Albert et al.), with the reasons behind it.

Albert, Godskesen & Westergaard (2000, Eur Spine J 9:161-166; 2001, Acta Obstet Gynecol
Scand 80:505-510) divided women with daily pelvic joint pain confirmed by tests into pelvic
girdle syndrome (both sacroiliac joints and the symphysis), symphysiolysis (symphysis
only), one-sided SI syndrome, double-sided SI syndrome (both SIJs, not the symphysis) and
miscellaneous (inconsistent findings). Their exact test combinations per subgroup are not
reproduced here (CLINICAL.md §3), so PGP Desk makes a transparent *suggestion*:

- a joint is confirmed when the client reports pain there and at least one test mapped to
  that joint is positive; the mapping (``JOINT_TESTS``) is data shown to the clinician:
  each SIJ: P4, FABER, Gaenslen and LDL of that side; symphysis: symphysis palpation, the
  modified Trendelenburg test (either stance side) and FABER (either side), since FABER
  may provoke pain at the symphysis (Vleeming et al. 2008, Eur Spine J 17:794-819) -- it
  confirms the symphysis only where the client also reports pain there;
- reported pain comes from the pain map (``REGION_JOINTS``: the SIJ and buttock regions of
  a side mean that SIJ, the symphysis region means the symphysis) or an explicit set;
- the confirmed joints give the subgroup. One SIJ plus the symphysis fits none of the
  subgroups and is suggested as miscellaneous, as is pain with positive tests only at
  joints where no pain is reported. Pain with no positive test suggests no confirmed PGP;
  pain at a joint none of whose tests was done is "not classifiable yet".

The clinician can always choose another subgroup; the suggestion records why it said what
it said. Its words (subgroups, joints, reasons) are content texts, put together by
``content.classification_text``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from pgp_desk.domain.pelvic_tests import PelvicTestFindings, Side


class Joint(StrEnum):
    SIJ_LEFT = "sij_left"
    SIJ_RIGHT = "sij_right"
    SYMPHYSIS = "symphysis"


class Subgroup(StrEnum):
    PELVIC_GIRDLE_SYNDROME = "pelvic_girdle_syndrome"
    SYMPHYSIOLYSIS = "symphysiolysis"
    ONE_SIDED_SIJ = "one_sided_sij"
    DOUBLE_SIDED_SIJ = "double_sided_sij"
    MISCELLANEOUS = "miscellaneous"
    NONE = "none"
    NOT_CLASSIFIABLE = "not_classifiable"


JOINTS = (Joint.SIJ_LEFT, Joint.SIJ_RIGHT, Joint.SYMPHYSIS)
_JOINT_CODES = frozenset(j.value for j in Joint)

JOINT_TESTS: dict[Joint, tuple[tuple[str, Side], ...]] = {
    Joint.SIJ_LEFT: (("P4", Side.LEFT), ("FABER", Side.LEFT), ("GAENSLEN", Side.LEFT),
                     ("LDL", Side.LEFT)),
    Joint.SIJ_RIGHT: (("P4", Side.RIGHT), ("FABER", Side.RIGHT), ("GAENSLEN", Side.RIGHT),
                      ("LDL", Side.RIGHT)),
    Joint.SYMPHYSIS: (("SYMPH", Side.MIDLINE), ("TREND", Side.LEFT), ("TREND", Side.RIGHT),
                      ("FABER", Side.LEFT), ("FABER", Side.RIGHT)),
}

# Pain-map region ids (client's left/right) that mean pain at a joint. Other regions
# (lumbar, sacrum, thighs, groin ...) do not confirm a joint on their own.
REGION_JOINTS: dict[str, Joint] = {
    "sij_l": Joint.SIJ_LEFT,
    "buttock_l": Joint.SIJ_LEFT,
    "sij_r": Joint.SIJ_RIGHT,
    "buttock_r": Joint.SIJ_RIGHT,
    "symphysis": Joint.SYMPHYSIS,
    "sij_left": Joint.SIJ_LEFT,
    "buttock_left": Joint.SIJ_LEFT,
    "sij_right": Joint.SIJ_RIGHT,
    "buttock_right": Joint.SIJ_RIGHT,
}

def reported_joints(reported: Iterable[str] | Mapping[str, Any]) -> frozenset[Joint]:
    """Joints with reported pain, from pain-map regions or joint codes.

    ``reported`` is either ids (``{"sij_l", "symphysis"}`` or ``{"sij_left"}``) or a
    mapping of region id to its mark: a number (NRS; 0 means no pain), None (marked
    without intensity) or a dict with an ``"intensity"`` key. Unknown ids are ignored.
    """
    if isinstance(reported, Mapping):
        ids = [rid for rid, mark in reported.items() if _marked(mark)]
    else:
        ids = list(reported)
    joints = set()
    for rid in ids:
        key = str(rid).strip().lower()
        if key in REGION_JOINTS:
            joints.add(REGION_JOINTS[key])
        elif key in _JOINT_CODES:
            joints.add(Joint(key))
    return frozenset(joints)


def _marked(mark: Any) -> bool:
    if isinstance(mark, Mapping):
        mark = mark.get("intensity")
    if mark is None:
        return True
    if isinstance(mark, bool):
        return mark
    return float(mark) > 0


@dataclass(frozen=True)
class JointFinding:
    """What the pain report and the mapped tests say about one joint."""

    joint: Joint
    pain_reported: bool
    positive: tuple[tuple[str, Side], ...]
    tested: tuple[tuple[str, Side], ...]

    @property
    def confirmed(self) -> bool:
        return self.pain_reported and bool(self.positive)

    @property
    def reason_code(self) -> str:
        """Which of the five reason lines describes this joint."""
        if self.pain_reported:
            return "pain_positive" if self.positive else (
                "pain_negative" if self.tested else "pain_untested")
        return "nopain_positive" if self.positive else "nopain"

    def to_dict(self) -> dict[str, Any]:
        return {
            "joint": str(self.joint),
            "pain_reported": self.pain_reported,
            "confirmed": self.confirmed,
            "positive": [f"{c}:{s}" for c, s in self.positive],
            "tested": [f"{c}:{s}" for c, s in self.tested],
        }


@dataclass(frozen=True)
class SubgroupSuggestion:
    """The suggested subgroup, its side (one-sided SIJ only) and the reasons."""

    subgroup: Subgroup
    side: Side | None
    conclusion: str
    joints: tuple[JointFinding, ...]

    @property
    def confirmed_joints(self) -> frozenset[Joint]:
        return frozenset(j.joint for j in self.joints if j.confirmed)

    def to_dict(self) -> dict[str, Any]:
        return {
            "subgroup": str(self.subgroup),
            "side": str(self.side) if self.side else None,
            "conclusion": self.conclusion,
            "joints": [j.to_dict() for j in self.joints],
        }


def suggest_subgroup(
    findings: PelvicTestFindings,
    reported: Iterable[str] | Mapping[str, Any],
) -> SubgroupSuggestion:
    """Suggest a subgroup from the test findings and where the client reports pain."""
    pain = reported_joints(reported)
    joints = tuple(_joint_finding(findings, joint, joint in pain) for joint in JOINTS)
    by_joint = {j.joint: j for j in joints}
    confirmed = frozenset(j.joint for j in joints if j.confirmed)

    def result(subgroup: Subgroup, conclusion: str,
               side: Side | None = None) -> SubgroupSuggestion:
        return SubgroupSuggestion(subgroup, side, conclusion, joints)

    if not pain:
        return result(Subgroup.NONE, "no_pain_reported")
    if any(not by_joint[j].tested for j in pain):
        return result(Subgroup.NOT_CLASSIFIABLE, "untested_joint")
    sij = confirmed & {Joint.SIJ_LEFT, Joint.SIJ_RIGHT}
    symphysis = Joint.SYMPHYSIS in confirmed
    if len(sij) == 2:
        if symphysis:
            return result(Subgroup.PELVIC_GIRDLE_SYNDROME, "all_three")
        return result(Subgroup.DOUBLE_SIDED_SIJ, "both_sij")
    if len(sij) == 1:
        if symphysis:
            return result(Subgroup.MISCELLANEOUS, "sij_and_symphysis")
        side = Side.LEFT if Joint.SIJ_LEFT in sij else Side.RIGHT
        return result(Subgroup.ONE_SIDED_SIJ, "one_sij", side)
    if symphysis:
        return result(Subgroup.SYMPHYSIOLYSIS, "symphysis_only")
    if any(j.positive for j in joints):
        return result(Subgroup.MISCELLANEOUS, "tests_do_not_match_pain")
    return result(Subgroup.NONE, "pain_not_confirmed")


def _joint_finding(findings: PelvicTestFindings, joint: Joint, pain: bool) -> JointFinding:
    tests = JOINT_TESTS[joint]
    return JointFinding(
        joint=joint,
        pain_reported=pain,
        positive=tuple((c, s) for c, s in tests if findings.is_positive(c, s)),
        tested=tuple((c, s) for c, s in tests if findings.tested(c, s)),
    )
