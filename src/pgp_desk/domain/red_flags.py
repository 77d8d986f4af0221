"""Screening before exercise: red flags, absolute contraindications and stop signs.

The lists are CLINICAL.md §6. Red flags (signs of a serious or obstetric cause that needs
a doctor or midwife) follow the European guidelines for PGP (Vleeming et al. 2008, Eur
Spine J 17:794-819) and standard obstetric warning signs; the absolute contraindications
to exercise in pregnancy are those of the American College of Sports Medicine (ACSM's
Guidelines for Exercise Testing and Prescription) and ACOG Committee Opinion 804 (2020).
Any open item means: refer, do not start treatment with exercise.

Each item applies to some phases (t1, t2, t3, pp_0_6, pp_later), so the screening form
asks only what makes sense: fetal movements are felt from the second trimester, night pain
with a limp is a third-trimester flag, inability to walk with severe pain at the front of
the pelvis is a postpartum flag (possible symphysis injury after birth), and signs of
pre-eclampsia are asked until 6 weeks after birth because it can first appear then
(ACOG Practice Bulletin 222, 2020). ``urgency`` separates "same day" (an obstetric or
vascular emergency) from "refer" (see a doctor before exercise starts).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from pgp_desk.domain.i18n import pick


class Kind(StrEnum):
    RED_FLAG = "red_flag"
    CONTRAINDICATION = "contraindication"


class Urgency(StrEnum):
    SAME_DAY = "same_day"
    REFER = "refer"


PREGNANCY = frozenset({"t1", "t2", "t3"})
POSTPARTUM = frozenset({"pp_0_6", "pp_later"})
ALL_PHASES = PREGNANCY | POSTPARTUM


@dataclass(frozen=True)
class ScreeningItem:
    """One screening question; answering yes means refer."""

    code: str
    kind: Kind
    phases: frozenset[str]
    urgency: Urgency
    labels: Mapping[str, str]

    def label(self, lang: str) -> str:
        return pick(self.labels, lang)

    def applies(self, phase: str | None) -> bool:
        """Whether the question is asked in this phase (every phase when None)."""
        return phase is None or str(phase) in self.phases


def _item(code: str, kind: Kind, phases: frozenset[str], urgency: Urgency,
          da: str, nb: str, en: str) -> ScreeningItem:
    return ScreeningItem(code, kind, phases, urgency, {"da": da, "nb": nb, "en": en})


_R, _C = Kind.RED_FLAG, Kind.CONTRAINDICATION
_NOW, _REF = Urgency.SAME_DAY, Urgency.REFER

RED_FLAGS: tuple[ScreeningItem, ...] = (
    _item("vaginal_bleeding", _R, PREGNANCY, _NOW,
          "Blødning fra skeden", "Blødning fra skjeden", "Vaginal bleeding"),
    _item("fluid_or_contractions_preterm", _R, PREGNANCY, _NOW,
          "Vandafgang eller regelmæssige veer før uge 37",
          "Vannavgang eller regelmessige rier før uke 37",
          "Fluid leaking or regular contractions before week 37"),
    _item("severe_abdominal_pain", _R, ALL_PHASES, _NOW,
          "Stærke, konstante mavesmerter", "Sterke, konstante magesmerter",
          "Severe, constant abdominal pain"),
    _item("pre_eclampsia_signs", _R, PREGNANCY | {"pp_0_6"}, _NOW,
          "Hovedpine, synsforstyrrelser eller hævelse (mulig svangerskabsforgiftning)",
          "Hodepine, synsforstyrrelser eller hevelse (mulig svangerskapsforgiftning)",
          "Headache, visual disturbance or swelling (possible pre-eclampsia)"),
    _item("reduced_fetal_movements", _R, frozenset({"t2", "t3"}), _NOW,
          "Færre fosterbevægelser end normalt", "Mindre fosterbevegelser enn vanlig",
          "Fewer fetal movements than usual"),
    _item("dvt_pe_signs", _R, ALL_PHASES, _NOW,
          "Hævelse af den ene læg eller åndenød (mulig blodprop)",
          "Hevelse i den ene leggen eller tungpust (mulig blodpropp)",
          "Swelling of one calf or breathlessness (possible blood clot)"),
    _item("fever_loin_pain", _R, ALL_PHASES, _NOW,
          "Feber med smerter i flanken (nyreområdet)",
          "Feber med smerter i flanken (nyreområdet)",
          "Fever with loin pain"),
    _item("saddle_numbness_bladder_bowel", _R, ALL_PHASES, _NOW,
          "Føleforstyrrelser i skridtet eller ny påvirkning af blære eller tarm",
          "Nummenhet i setet/skrittet eller ny påvirkning av blære eller tarm",
          "Saddle numbness or new bladder or bowel change"),
    _item("night_pain_with_limp", _R, frozenset({"t3"}), _REF,
          "Natlige smerter og halten i 3. trimester",
          "Nattlige smerter og halting i 3. trimester",
          "Night pain with a limp in the third trimester"),
    _item("trauma", _R, ALL_PHASES, _REF,
          "Fald, slag eller anden skade mod bækken eller ryg",
          "Fall, slag eller annen skade mot bekken eller rygg",
          "A fall, blow or other injury to the pelvis or back"),
    _item("unexplained_weight_loss", _R, ALL_PHASES, _REF,
          "Uforklaret vægttab", "Uforklart vekttap", "Unexplained weight loss"),
    _item("cancer_history", _R, ALL_PHASES, _REF,
          "Tidligere kræftsygdom", "Tidligere kreftsykdom", "History of cancer"),
    _item("neurological_signs", _R, ALL_PHASES, _REF,
          "Neurologiske tegn (kraftnedsættelse, føleforstyrrelser, ændrede reflekser)",
          "Nevrologiske tegn (nedsatt kraft, nummenhet, endrede reflekser)",
          "Neurological signs (weakness, altered sensation, changed reflexes)"),
    _item("pp_unable_to_walk_anterior_pain", _R, POSTPARTUM, _NOW,
          "Efter fødslen: kan ikke gå og har stærke smerter foran i bækkenet",
          "Etter fødselen: klarer ikke å gå og har sterke smerter foran i bekkenet",
          "After birth: unable to walk with severe pain at the front of the pelvis"),
)

CONTRAINDICATIONS: tuple[ScreeningItem, ...] = (
    _item("heart_or_restrictive_lung_disease", _C, ALL_PHASES, _REF,
          "Betydende hjertesygdom eller restriktiv lungesygdom",
          "Betydelig hjertesykdom eller restriktiv lungesykdom",
          "Significant heart disease or restrictive lung disease"),
    _item("incompetent_cervix_cerclage", _C, PREGNANCY, _REF,
          "Cervixinsufficiens (svag livmoderhals) eller cerclage",
          "Cervixinsuffisiens (svak livmorhals) eller cerclage",
          "Incompetent cervix or cerclage"),
    _item("persistent_bleeding_t2_t3", _C, frozenset({"t2", "t3"}), _NOW,
          "Vedvarende blødning i 2. eller 3. trimester",
          "Vedvarende blødning i 2. eller 3. trimester",
          "Persistent bleeding in the second or third trimester"),
    _item("placenta_praevia", _C, frozenset({"t2", "t3"}), _REF,
          "Forliggende moderkage (placenta praevia) efter uge 26",
          "Forliggende morkake (placenta praevia) etter uke 26",
          "Placenta praevia after week 26"),
    _item("premature_labour", _C, PREGNANCY, _NOW,
          "For tidlig fødsel i gang", "For tidlig fødsel i gang", "Premature labour"),
    _item("ruptured_membranes", _C, PREGNANCY, _NOW,
          "Vandet er gået (bristede fosterhinder)",
          "Vannet har gått (brist i fosterhinnene)",
          "Ruptured membranes"),
    _item("pre_eclampsia_hypertension", _C, PREGNANCY, _REF,
          "Svangerskabsforgiftning eller graviditetsudløst forhøjet blodtryk",
          "Svangerskapsforgiftning eller svangerskapsutløst høyt blodtrykk",
          "Pre-eclampsia or pregnancy-induced hypertension"),
)

ALL_ITEMS: tuple[ScreeningItem, ...] = RED_FLAGS + CONTRAINDICATIONS
ITEMS: dict[str, ScreeningItem] = {item.code: item for item in ALL_ITEMS}

ADVICE = {
    Urgency.SAME_DAY: {
        "da": "Henvis samme dag: klienten skal kontakte fødeafdelingen, egen læge eller "
        "lægevagten nu. Start ikke træning.",
        "nb": "Henvis samme dag: klienten skal kontakte fødeavdelingen, fastlegen eller "
        "legevakten nå. Ikke start trening.",
        "en": "Refer the same day: the client should contact the maternity unit, her GP "
        "or the out-of-hours service now. Do not start exercise.",
    },
    Urgency.REFER: {
        "da": "Henvis til egen læge eller jordemoder, og start ikke træning, før det er "
        "afklaret.",
        "nb": "Henvis til fastlege eller jordmor, og ikke start trening før det er avklart.",
        "en": "Refer to the client's GP or midwife, and do not start exercise until this "
        "has been cleared.",
    },
}

# Signs that mean "stop exercising and call for advice", printed on every handout.
# Client-facing, so second person.
STOP_SIGNS: tuple[Mapping[str, str], ...] = (
    {"da": "blødning fra skeden", "nb": "blødning fra skjeden", "en": "bleeding from the vagina"},
    {"da": "du bliver forpustet, før du overhovedet er begyndt",
     "nb": "du blir andpusten før du i det hele tatt har begynt",
     "en": "you are out of breath before you have even started"},
    {"da": "smerter i brystet", "nb": "smerter i brystet", "en": "chest pain"},
    {"da": "svimmelhed", "nb": "svimmelhet", "en": "dizziness"},
    {"da": "hovedpine", "nb": "hodepine", "en": "headache"},
    {"da": "smerter eller hævelse i læggen", "nb": "smerter eller hevelse i leggen",
     "en": "pain or swelling in a calf"},
    {"da": "regelmæssige, smertefulde veer", "nb": "regelmessige, smertefulle rier",
     "en": "regular, painful contractions"},
    {"da": "vand, der siver fra skeden", "nb": "vann som siver fra skjeden",
     "en": "fluid leaking from the vagina"},
)
STOP_SIGNS_INTRO = {
    "da": "Stop øvelserne og kontakt jordemoder eller læge, hvis du får:",
    "nb": "Stopp øvelsene og kontakt jordmor eller lege hvis du får:",
    "en": "Stop the exercises and contact your midwife or doctor if you have:",
}


def items_for_phase(phase: str | None, kind: Kind | None = None) -> list[ScreeningItem]:
    """The questions to ask in a phase (all when None), red flags first."""
    return [i for i in ALL_ITEMS if i.applies(phase) and (kind is None or i.kind is kind)]


def open_flags(
    answers: Mapping[str, bool | None], phase: str | None = None
) -> list[ScreeningItem]:
    """Items answered yes that apply to the phase, in list order.

    ``answers`` maps item codes to True (yes), False (no) or None (not asked yet). Codes
    PGP Desk no longer knows are ignored, so old screenings still open.
    """
    return [
        item for item in ALL_ITEMS
        if answers.get(item.code) is True and item.applies(phase)
    ]


def unanswered(answers: Mapping[str, bool | None], phase: str | None) -> list[ScreeningItem]:
    """Questions for the phase with no yes/no answer yet."""
    return [i for i in items_for_phase(phase) if answers.get(i.code) not in (True, False)]


def cleared_for_exercise(answers: Mapping[str, bool | None], phase: str | None) -> bool:
    """True only when every question of the phase is answered and none is yes."""
    return not open_flags(answers, phase) and not unanswered(answers, phase)


def referral_advice(flags: Iterable[ScreeningItem], lang: str) -> str:
    """What to do about open flags: same-day wording if any flag is urgent; "" if none."""
    flags = list(flags)
    if not flags:
        return ""
    urgent = any(f.urgency is Urgency.SAME_DAY for f in flags)
    return pick(ADVICE[Urgency.SAME_DAY if urgent else Urgency.REFER], lang)


def stop_signs(lang: str) -> list[str]:
    """The handout's stop-exercise list in one language."""
    return [pick(sign, lang) for sign in STOP_SIGNS]
