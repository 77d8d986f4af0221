"""Screening before exercise: red flags and contraindications, each with what to do.

The lists are CLINICAL.md §6 and §8. Red flags (signs of a serious or obstetric cause that
needs a doctor or midwife) follow the European guidelines for PGP (Vleeming et al. 2008,
Eur Spine J 17:794-819) and standard obstetric warning signs; the absolute contraindications
to exercise in pregnancy are those of the American College of Sports Medicine (ACSM's
Guidelines for Exercise Testing and Prescription) and ACOG Committee Opinion 804 (2020),
which adds multiple pregnancy at risk of preterm labour and severe anaemia. Any open item
means: refer, do not start treatment with exercise.

Each item applies to some phases (t1, t2, t3, pp_0_6, pp_later), so the screening form
asks only what makes sense: fetal movements are felt from the second trimester, night pain
with a limp is a third-trimester flag, inability to walk with severe pain at the front of
the pelvis is a postpartum flag (possible symphysis injury after birth), and signs of
pre-eclampsia are asked until 6 weeks after birth because it can first appear then
(ACOG Practice Bulletin 222, 2020). Swelling alone is common in pregnancy; the flag is
*sudden* swelling of the face or hands, or pain under the ribs (HELLP). Signs of preterm
labour (including low back or pelvic pain or pressure that comes and goes, the sign most
easily taken for PGP) are asked only before 37+0 weeks: from 37+0 a birth is at term.
Infection after birth (wound, endometritis, septic joint) and heavy bleeding after birth
are postpartum flags; fever alone is a flag in pregnancy; low mood or thoughts of
self-harm are asked in every phase and are referred the same day.

Every item says how urgent it is (``urgency``: "same day" for an obstetric, vascular,
neurological or psychiatric emergency; "before exercise" for a doctor's assessment before
exercise starts) and what the physiotherapist does (``action``, a code: shared actions
such as "maternity_now", or the item's own). The app, the assessment report and the client
header all show both; the words are content texts (sections ``red_flag_*``) that
``content.red_flag_text`` reads.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    RED_FLAG = "red_flag"
    CONTRAINDICATION = "contraindication"


class Urgency(StrEnum):
    SAME_DAY = "same_day"
    REFER = "refer"  # a doctor or midwife assesses before exercise starts


PREGNANCY = frozenset({"t1", "t2", "t3"})
POSTPARTUM = frozenset({"pp_0_6", "pp_later"})
ALL_PHASES = PREGNANCY | POSTPARTUM
TERM_DAYS = 37 * 7  # 37+0: preterm-labour signs are asked before this day of gestation


@dataclass(frozen=True)
class ScreeningItem:
    """One screening question; answering yes means refer, as ``action`` says."""

    code: str
    kind: Kind
    phases: frozenset[str]
    urgency: Urgency
    action: str  # what the physiotherapist does: a shared action's code or the item's own
    before_days: int | None = None  # asked only before this day of gestation

    def applies(self, phase: str | None, stage_days: int | None = None) -> bool:
        """Whether the question is asked in this phase (every phase when None).

        ``stage_days`` is the stored stage: days of gestation in pregnancy (days since
        birth after it, which this ignores). Unknown gestation asks the question.
        """
        if phase is not None and str(phase) not in self.phases:
            return False
        return (self.before_days is None or stage_days is None
                or str(phase) not in PREGNANCY or stage_days < self.before_days)


def _item(code: str, kind: Kind, phases: frozenset[str], urgency: Urgency,
          action: str | None = None, before_days: int | None = None) -> ScreeningItem:
    return ScreeningItem(code, kind, phases, urgency, action or code, before_days)


_R, _C = Kind.RED_FLAG, Kind.CONTRAINDICATION
_NOW, _REF = Urgency.SAME_DAY, Urgency.REFER

RED_FLAGS: tuple[ScreeningItem, ...] = (
    _item("vaginal_bleeding", _R, PREGNANCY, _NOW, "maternity_now"),
    _item("pp_heavy_bleeding", _R, POSTPARTUM, _NOW),
    _item("fluid_or_contractions_preterm", _R, PREGNANCY, _NOW, "maternity_now",
          before_days=TERM_DAYS),
    _item("preterm_labour_pain", _R, frozenset({"t2", "t3"}), _NOW, before_days=TERM_DAYS),
    _item("severe_abdominal_pain", _R, ALL_PHASES, _NOW),
    _item("pre_eclampsia_signs", _R, PREGNANCY | {"pp_0_6"}, _NOW),
    _item("reduced_fetal_movements", _R, frozenset({"t2", "t3"}), _NOW),
    _item("dvt_pe_signs", _R, ALL_PHASES, _NOW),
    _item("fever_pregnancy", _R, PREGNANCY, _NOW),
    _item("pp_infection", _R, frozenset({"pp_0_6"}), _NOW, "doctor_today"),
    _item("fever_loin_pain", _R, ALL_PHASES, _NOW),
    _item("saddle_numbness_bladder_bowel", _R, ALL_PHASES, _NOW),
    _item("low_mood_self_harm", _R, ALL_PHASES, _NOW),
    _item("pp_unable_to_walk_anterior_pain", _R, POSTPARTUM, _NOW),
    _item("night_pain_with_limp", _R, frozenset({"t3"}), _REF),
    _item("trauma", _R, ALL_PHASES, _REF),
    _item("unexplained_weight_loss", _R, ALL_PHASES, _REF, "doctor_first"),
    _item("cancer_history", _R, ALL_PHASES, _REF, "doctor_first"),
    _item("neurological_signs", _R, ALL_PHASES, _REF),
)

CONTRAINDICATIONS: tuple[ScreeningItem, ...] = (
    _item("heart_or_restrictive_lung_disease", _C, ALL_PHASES, _REF),
    _item("incompetent_cervix_cerclage", _C, PREGNANCY, _REF, "obstetrician_first"),
    _item("persistent_bleeding_t2_t3", _C, frozenset({"t2", "t3"}), _NOW, "maternity_now"),
    _item("placenta_praevia", _C, frozenset({"t2", "t3"}), _REF, "obstetrician_first"),
    _item("premature_labour", _C, PREGNANCY, _NOW, "maternity_now", before_days=TERM_DAYS),
    _item("ruptured_membranes", _C, PREGNANCY, _NOW, "maternity_now"),
    _item("pre_eclampsia_hypertension", _C, PREGNANCY, _REF, "obstetrician_first"),
    _item("multiple_pregnancy_preterm_risk", _C, PREGNANCY, _REF, "obstetrician_first"),
    _item("severe_anaemia", _C, PREGNANCY, _REF),
)

ALL_ITEMS: tuple[ScreeningItem, ...] = RED_FLAGS + CONTRAINDICATIONS
ITEMS: dict[str, ScreeningItem] = {item.code: item for item in ALL_ITEMS}


def items_for_phase(phase: str | None, kind: Kind | None = None,
                    stage_days: int | None = None) -> list[ScreeningItem]:
    """The questions to ask in a phase (all when None), red flags first."""
    return [i for i in ALL_ITEMS
            if i.applies(phase, stage_days) and (kind is None or i.kind is kind)]


def open_flags(
    answers: Mapping[str, bool | None], phase: str | None = None,
    stage_days: int | None = None,
) -> list[ScreeningItem]:
    """Items answered yes that apply at the stage, in list order.

    ``answers`` maps item codes to True (yes), False (no) or None (not asked yet). Codes
    PGP Desk no longer knows are ignored, so old screenings still open. ``stage_days`` is
    the stored stage (days of gestation in pregnancy): a preterm-labour sign answered yes
    at 36+6 is no longer open at 37+0.
    """
    return [
        item for item in ALL_ITEMS
        if answers.get(item.code) is True and item.applies(phase, stage_days)
    ]


def unanswered(answers: Mapping[str, bool | None], phase: str | None,
               stage_days: int | None = None) -> list[ScreeningItem]:
    """Questions for the stage with no yes/no answer yet."""
    return [i for i in items_for_phase(phase, stage_days=stage_days)
            if answers.get(i.code) not in (True, False)]


def cleared_for_exercise(answers: Mapping[str, bool | None], phase: str | None,
                         stage_days: int | None = None) -> bool:
    """True only when every question of the stage is answered and none is yes."""
    return (not open_flags(answers, phase, stage_days)
            and not unanswered(answers, phase, stage_days))


def referral_urgency(flags: Iterable[ScreeningItem]) -> Urgency | None:
    """How soon to refer for these open flags: same day if any is urgent; None if none."""
    flags = list(flags)
    if not flags:
        return None
    return Urgency.SAME_DAY if any(f.urgency is Urgency.SAME_DAY for f in flags) else Urgency.REFER
