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
it said.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from pgp_desk.domain.i18n import pick
from pgp_desk.domain.pelvic_tests import SIDE_LABELS, PelvicTestFindings, Side


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

JOINT_LABELS: dict[Joint, dict[str, str]] = {
    Joint.SIJ_LEFT: {"da": "Venstre SI-led", "nb": "Venstre SI-ledd", "en": "Left SIJ"},
    Joint.SIJ_RIGHT: {"da": "Højre SI-led", "nb": "Høyre SI-ledd", "en": "Right SIJ"},
    Joint.SYMPHYSIS: {"da": "Symfyse", "nb": "Symfyse", "en": "Symphysis"},
}

SUBGROUP_LABELS: dict[Subgroup, dict[str, str]] = {
    Subgroup.PELVIC_GIRDLE_SYNDROME: {
        "da": "Bækkenringssyndrom (begge SI-led og symfysen)",
        "nb": "Bekkenleddssyndrom (begge SI-ledd og symfysen)",
        "en": "Pelvic girdle syndrome (both SIJs and the symphysis)",
    },
    Subgroup.SYMPHYSIOLYSIS: {
        "da": "Symfysiolyse (kun symfysen)",
        "nb": "Symfysiolyse (bare symfysen)",
        "en": "Symphysiolysis (symphysis only)",
    },
    Subgroup.ONE_SIDED_SIJ: {
        "da": "Ensidigt SI-syndrom",
        "nb": "Ensidig SI-leddsyndrom",
        "en": "One-sided sacroiliac syndrome",
    },
    Subgroup.DOUBLE_SIDED_SIJ: {
        "da": "Dobbeltsidigt SI-syndrom",
        "nb": "Tosidig SI-leddsyndrom",
        "en": "Double-sided sacroiliac syndrome",
    },
    Subgroup.MISCELLANEOUS: {
        "da": "Diverse (uensartede fund)",
        "nb": "Diverse (sprikende funn)",
        "en": "Miscellaneous (inconsistent findings)",
    },
    Subgroup.NONE: {
        "da": "Ingen bekræftede bækkenledssmerter",
        "nb": "Ingen bekreftede bekkenleddsmerter",
        "en": "No confirmed pelvic joint pain",
    },
    Subgroup.NOT_CLASSIFIABLE: {
        "da": "Kan ikke klassificeres endnu",
        "nb": "Kan ikke klassifiseres ennå",
        "en": "Not classifiable yet",
    },
}

SUGGESTION_NOTE = {
    "da": "Forslag ud fra Albert et al. 2000/2001. Du kan vælge en anden undergruppe.",
    "nb": "Forslag ut fra Albert et al. 2000/2001. Du kan velge en annen undergruppe.",
    "en": "Suggested from Albert et al. 2000/2001. You can choose another subgroup.",
}

# Why the subgroup was suggested: one line per conclusion code.
CONCLUSIONS: dict[str, dict[str, str]] = {
    "all_three": {
        "da": "Begge SI-led og symfysen er bekræftet.",
        "nb": "Begge SI-ledd og symfysen er bekreftet.",
        "en": "Both SIJs and the symphysis are confirmed.",
    },
    "symphysis_only": {
        "da": "Kun symfysen er bekræftet.",
        "nb": "Bare symfysen er bekreftet.",
        "en": "Only the symphysis is confirmed.",
    },
    "one_sij": {
        "da": "Kun ét SI-led er bekræftet.",
        "nb": "Bare ett SI-ledd er bekreftet.",
        "en": "Only one SIJ is confirmed.",
    },
    "both_sij": {
        "da": "Begge SI-led er bekræftet, symfysen ikke.",
        "nb": "Begge SI-ledd er bekreftet, symfysen ikke.",
        "en": "Both SIJs are confirmed, the symphysis is not.",
    },
    "sij_and_symphysis": {
        "da": "Ét SI-led og symfysen er bekræftet; det passer ikke i nogen af undergrupperne.",
        "nb": "Ett SI-ledd og symfysen er bekreftet; det passer ikke i noen av undergruppene.",
        "en": "One SIJ and the symphysis are confirmed; this fits none of the subgroups.",
    },
    "tests_do_not_match_pain": {
        "da": "Testene er kun positive der, hvor der ikke angives smerte.",
        "nb": "Testene er bare positive der det ikke oppgis smerte.",
        "en": "Tests are positive only where no pain is reported.",
    },
    "no_pain_reported": {
        "da": "Der er ikke angivet smerte i SI-led eller symfyse.",
        "nb": "Det er ikke oppgitt smerte i SI-ledd eller symfyse.",
        "en": "No pain is reported at the SIJs or the symphysis.",
    },
    "pain_not_confirmed": {
        "da": "Der er angivet smerte, men ingen test er positiv.",
        "nb": "Det er oppgitt smerte, men ingen test er positiv.",
        "en": "Pain is reported, but no test is positive.",
    },
    "untested_joint": {
        "da": "Et led med smerte er ikke testet endnu. Test det, før der foreslås en "
        "undergruppe.",
        "nb": "Et ledd med smerte er ikke testet ennå. Test det før en undergruppe foreslås.",
        "en": "A painful joint has not been tested yet. Test it before a subgroup is "
        "suggested.",
    },
}

_LINE = {
    "pain_positive": {
        "da": "{joint}: smerte angivet, {tests} {positive}",
        "nb": "{joint}: smerte oppgitt, {tests} {positive}",
        "en": "{joint}: pain reported, {tests} {positive}",
    },
    "pain_negative": {
        "da": "{joint}: smerte angivet, men ingen test positiv",
        "nb": "{joint}: smerte oppgitt, men ingen test positiv",
        "en": "{joint}: pain reported, but no test positive",
    },
    "pain_untested": {
        "da": "{joint}: smerte angivet, ikke testet",
        "nb": "{joint}: smerte oppgitt, ikke testet",
        "en": "{joint}: pain reported, not tested",
    },
    "nopain_positive": {
        "da": "{joint}: ingen smerte angivet, men {tests} {positive}",
        "nb": "{joint}: ingen smerte oppgitt, men {tests} {positive}",
        "en": "{joint}: no pain reported, but {tests} {positive}",
    },
    "nopain": {
        "da": "{joint}: ingen smerte angivet",
        "nb": "{joint}: ingen smerte oppgitt",
        "en": "{joint}: no pain reported",
    },
}
_POSITIVE = {"da": ("positiv", "positive"), "nb": ("positiv", "positive"),
             "en": ("positive", "positive")}
_AND = {"da": "og", "nb": "og", "en": "and"}
_BOTH_SIDES = {"da": "begge sider", "nb": "begge sider", "en": "both sides"}


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

    def reason(self, lang: str) -> str:
        """One line, e.g. "Symfyse: smerte angivet, SYMPH positiv"."""
        joint = pick(JOINT_LABELS[self.joint], lang)
        refs = _test_refs(self.positive, lang, sided=self.joint is Joint.SYMPHYSIS)
        tests = _join(refs, lang)
        one, many = _POSITIVE.get(lang, _POSITIVE["en"])
        positive = one if len(refs) == 1 else many
        if self.pain_reported:
            key = "pain_positive" if self.positive else (
                "pain_negative" if self.tested else "pain_untested")
        else:
            key = "nopain_positive" if self.positive else "nopain"
        return pick(_LINE[key], lang).format(joint=joint, tests=tests, positive=positive)

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

    def label(self, lang: str) -> str:
        return subgroup_label(self.subgroup, lang, self.side)

    def reasons(self, lang: str) -> list[str]:
        """One line per joint, then the conclusion."""
        return [j.reason(lang) for j in self.joints] + [pick(CONCLUSIONS[self.conclusion], lang)]

    def to_dict(self) -> dict[str, Any]:
        return {
            "subgroup": str(self.subgroup),
            "side": str(self.side) if self.side else None,
            "conclusion": self.conclusion,
            "joints": [j.to_dict() for j in self.joints],
        }


def subgroup_label(subgroup: Subgroup | str, lang: str, side: Side | str | None = None) -> str:
    """Label for a subgroup, with the side for a one-sided SIJ: "... (venstre)"."""
    label = pick(SUBGROUP_LABELS[Subgroup(subgroup)], lang)
    if side and Subgroup(subgroup) is Subgroup.ONE_SIDED_SIJ:
        label = f"{label} ({pick(SIDE_LABELS[Side(side)], lang)})"
    return label


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
            refs.append(f"{code} ({pick(_BOTH_SIDES, lang)})")
        else:
            refs.append(f"{code} ({pick(SIDE_LABELS[found[0]], lang)})")
    return refs


def _join(items: list[str], lang: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {pick(_AND, lang)} {items[-1]}"
