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
exercise starts) and what the physiotherapist does (``action``). The app, the assessment
report and the client header all show both.
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
    REFER = "refer"  # a doctor or midwife assesses before exercise starts


URGENCY_LABELS: dict[Urgency, Mapping[str, str]] = {
    Urgency.SAME_DAY: {"da": "samme dag", "nb": "samme dag", "en": "same day"},
    Urgency.REFER: {"da": "før træning", "nb": "før trening", "en": "before exercise"},
}

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
    labels: Mapping[str, str]
    actions: Mapping[str, str]
    before_days: int | None = None  # asked only before this day of gestation

    def label(self, lang: str) -> str:
        return pick(self.labels, lang)

    def action(self, lang: str) -> str:
        """What the physiotherapist does when the answer is yes."""
        return pick(self.actions, lang)

    def urgency_label(self, lang: str) -> str:
        return pick(URGENCY_LABELS[self.urgency], lang)

    def describe(self, lang: str) -> str:
        """One line for a report or header: the sign, what to do and how urgently."""
        return f"{self.label(lang)} – {self.action(lang)} ({self.urgency_label(lang)})"

    def applies(self, phase: str | None, stage_days: int | None = None) -> bool:
        """Whether the question is asked in this phase (every phase when None).

        ``stage_days`` is the stored stage: days of gestation in pregnancy (days since
        birth after it, which this ignores). Unknown gestation asks the question.
        """
        if phase is not None and str(phase) not in self.phases:
            return False
        return (self.before_days is None or stage_days is None
                or str(phase) not in PREGNANCY or stage_days < self.before_days)


def _texts(da: str, nb: str, en: str) -> dict[str, str]:
    return {"da": da, "nb": nb, "en": en}


def _item(code: str, kind: Kind, phases: frozenset[str], urgency: Urgency,
          labels: dict[str, str], action: dict[str, str],
          before_days: int | None = None) -> ScreeningItem:
    return ScreeningItem(code, kind, phases, urgency, labels, action, before_days)


_R, _C = Kind.RED_FLAG, Kind.CONTRAINDICATION
_NOW, _REF = Urgency.SAME_DAY, Urgency.REFER

# What to do, written for the physiotherapist (the screen and the report's reader).
_MATERNITY_NOW = _texts(
    "bed hende ringe til fødeafdelingen nu",
    "be henne ringe fødeavdelingen nå",
    "ask her to phone the maternity unit now")
_DOCTOR_TODAY = _texts(
    "egen læge eller lægevagten vurderer hende i dag",
    "fastlegen eller legevakten vurderer henne i dag",
    "her GP or the out-of-hours doctor sees her today")
_DOCTOR_FIRST = _texts(
    "egen læge vurderer hende, før træningen begynder",
    "fastlegen vurderer henne før treningen begynner",
    "her GP assesses her before exercise starts")
_OBSTETRICIAN_FIRST = _texts(
    "træning kun efter aftale med hendes obstetriker eller jordemoder",
    "trening bare etter avtale med fødselslegen eller jordmoren hennes",
    "exercise only as agreed with her obstetrician or midwife")

RED_FLAGS: tuple[ScreeningItem, ...] = (
    _item("vaginal_bleeding", _R, PREGNANCY, _NOW,
          _texts("Blødning fra skeden", "Blødning fra skjeden", "Vaginal bleeding"),
          _MATERNITY_NOW),
    _item("pp_heavy_bleeding", _R, POSTPARTUM, _NOW,
          _texts("Efter fødslen: kraftig eller tiltagende blødning, store klumper",
                 "Etter fødselen: kraftig eller økende blødning, store klumper",
                 "After birth: heavy or increasing bleeding, large clots"),
          _texts("bed hende ringe til fødeafdelingen eller lægevagten nu",
                 "be henne ringe fødeavdelingen eller legevakten nå",
                 "ask her to phone the maternity unit or out-of-hours service now")),
    _item("fluid_or_contractions_preterm", _R, PREGNANCY, _NOW,
          _texts("Vandafgang eller regelmæssige veer før uge 37",
                 "Vannavgang eller regelmessige rier før uke 37",
                 "Fluid leaking or regular contractions before week 37"),
          _MATERNITY_NOW, TERM_DAYS),
    _item("preterm_labour_pain", _R, frozenset({"t2", "t3"}), _NOW,
          _texts("Smerter eller tryk i lænden eller bækkenet, der kommer og går, før uge 37 "
                 "(mulig for tidlig fødsel)",
                 "Smerter eller trykk i korsryggen eller bekkenet som kommer og går, før uke "
                 "37 (mulig for tidlig fødsel)",
                 "Low back or pelvic pain or pressure that comes and goes, before week 37 "
                 "(possible preterm labour)"),
          _texts("kan være veer: bed hende ringe til fødeafdelingen nu",
                 "kan være rier: be henne ringe fødeavdelingen nå",
                 "these may be contractions: ask her to phone the maternity unit now"),
          TERM_DAYS),
    _item("severe_abdominal_pain", _R, ALL_PHASES, _NOW,
          _texts("Stærke, konstante mavesmerter", "Sterke, konstante magesmerter",
                 "Severe, constant abdominal pain"),
          _texts("bed hende ringe til fødeafdelingen (efter fødslen: lægevagten) nu",
                 "be henne ringe fødeavdelingen (etter fødselen: legevakten) nå",
                 "ask her to phone the maternity unit (after birth: the out-of-hours "
                 "service) now")),
    _item("pre_eclampsia_signs", _R, PREGNANCY | {"pp_0_6"}, _NOW,
          _texts("Pludselig hævelse af ansigt eller hænder, hovedpine, synsforstyrrelser "
                 "eller smerter under ribbenene (mulig svangerskabsforgiftning eller HELLP)",
                 "Plutselig hevelse i ansikt eller hender, hodepine, synsforstyrrelser eller "
                 "smerter under ribbeina (mulig svangerskapsforgiftning eller HELLP)",
                 "Sudden swelling of the face or hands, headache, visual disturbance or pain "
                 "under the ribs (possible pre-eclampsia or HELLP)"),
          _texts("blodtryk og urin skal måles i dag: bed hende ringe til fødeafdelingen nu",
                 "blodtrykk og urin må måles i dag: be henne ringe fødeavdelingen nå",
                 "her blood pressure and urine need checking today: ask her to phone the "
                 "maternity unit now")),
    _item("reduced_fetal_movements", _R, frozenset({"t2", "t3"}), _NOW,
          _texts("Færre fosterbevægelser end normalt", "Mindre fosterbevegelser enn vanlig",
                 "Fewer fetal movements than usual"),
          _texts("bed hende ringe til fødeafdelingen nu, ikke vente til i morgen",
                 "be henne ringe fødeavdelingen nå, ikke vente til i morgen",
                 "ask her to phone the maternity unit now, not to wait until tomorrow")),
    _item("dvt_pe_signs", _R, ALL_PHASES, _NOW,
          _texts("Hævelse af den ene læg eller åndenød (mulig blodprop)",
                 "Hevelse i den ene leggen eller tungpust (mulig blodpropp)",
                 "Swelling of one calf or breathlessness (possible blood clot)"),
          _texts("en læge ser hende i dag; ved åndenød eller brystsmerter ring alarmnummeret",
                 "lege ser henne i dag; ved tung pust eller brystsmerter ring nødnummeret",
                 "a doctor sees her today; with breathlessness or chest pain call the "
                 "emergency number")),
    _item("fever_pregnancy", _R, PREGNANCY, _NOW,
          _texts("Feber (38 °C eller mere)", "Feber (38 °C eller mer)",
                 "Fever (38 °C or more)"),
          _texts("bed hende kontakte egen læge eller fødeafdelingen i dag",
                 "be henne kontakte fastlegen eller fødeavdelingen i dag",
                 "ask her to contact her GP or the maternity unit today")),
    _item("pp_infection", _R, frozenset({"pp_0_6"}), _NOW,
          _texts("Efter fødslen: feber eller tegn på infektion i et sår, en bristning, "
                 "livmoderen eller et hævet, varmt led",
                 "Etter fødselen: feber eller tegn på infeksjon i et sår, en rift, livmoren "
                 "eller et hovent, varmt ledd",
                 "After birth: fever or signs of infection in a wound, a tear, the womb or a "
                 "swollen, hot joint"),
          _DOCTOR_TODAY),
    _item("fever_loin_pain", _R, ALL_PHASES, _NOW,
          _texts("Feber med smerter i flanken (nyreområdet)",
                 "Feber med smerter i flanken (nyreområdet)",
                 "Fever with loin pain"),
          _texts("mulig nyrebækkenbetændelse: egen læge eller lægevagten vurderer hende i dag",
                 "mulig nyrebekkenbetennelse: fastlegen eller legevakten vurderer henne i dag",
                 "possible kidney infection: her GP or the out-of-hours doctor sees her "
                 "today")),
    _item("saddle_numbness_bladder_bowel", _R, ALL_PHASES, _NOW,
          _texts("Føleforstyrrelser i skridtet eller ny påvirkning af blære eller tarm",
                 "Nummenhet i setet/skrittet eller ny påvirkning av blære eller tarm",
                 "Saddle numbness or new bladder or bowel change"),
          _texts("mulig nerverodspåvirkning (cauda equina): akut lægevurdering i dag",
                 "mulig påvirkning av nerverøttene (cauda equina): akutt legevurdering i dag",
                 "possible cauda equina syndrome: urgent medical assessment today")),
    _item("low_mood_self_harm", _R, ALL_PHASES, _NOW,
          _texts("Vedvarende nedtrykthed eller tanker om at skade sig selv",
                 "Vedvarende nedstemthet eller tanker om å skade seg selv",
                 "Persistent low mood or thoughts of self-harm"),
          _texts("spørg direkte ind til tankerne, og sørg for, at hun taler med egen læge "
                 "eller lægevagten i dag; er hun i akut fare, ring alarmnummeret",
                 "spør direkte om tankene, og sørg for at hun snakker med fastlegen eller "
                 "legevakten i dag; er hun i akutt fare, ring nødnummeret",
                 "ask her directly about the thoughts and make sure she speaks to her GP or "
                 "the out-of-hours doctor today; if she is in immediate danger, call the "
                 "emergency number")),
    _item("pp_unable_to_walk_anterior_pain", _R, POSTPARTUM, _NOW,
          _texts("Efter fødslen: kan ikke gå og har stærke smerter foran i bækkenet",
                 "Etter fødselen: klarer ikke å gå og har sterke smerter foran i bekkenet",
                 "After birth: unable to walk with severe pain at the front of the pelvis"),
          _texts("mulig skade på symfysen: lægevagten eller fødeafdelingen vurderer hende i "
                 "dag",
                 "mulig skade på symfysen: legevakten eller fødeavdelingen vurderer henne i "
                 "dag",
                 "possible injury to the symphysis: the out-of-hours doctor or maternity unit "
                 "sees her today")),
    _item("night_pain_with_limp", _R, frozenset({"t3"}), _REF,
          _texts("Natlige smerter og halten i 3. trimester",
                 "Nattlige smerter og halting i 3. trimester",
                 "Night pain with a limp in the third trimester"),
          _texts("egen læge undersøger hoften (fx forbigående knogleskørhed), før træningen "
                 "begynder",
                 "fastlegen undersøker hoften (f.eks. forbigående beinskjørhet) før treningen "
                 "begynner",
                 "her GP examines the hip (e.g. transient osteoporosis) before exercise "
                 "starts")),
    _item("trauma", _R, ALL_PHASES, _REF,
          _texts("Fald, slag eller anden skade mod bækken eller ryg",
                 "Fall, slag eller annen skade mot bekken eller rygg",
                 "A fall, blow or other injury to the pelvis or back"),
          _texts("egen læge vurderer hende, før træningen begynder; et slag mod maven i "
                 "graviditeten: fødeafdelingen i dag",
                 "fastlegen vurderer henne før treningen begynner; et slag mot magen i "
                 "svangerskapet: fødeavdelingen i dag",
                 "her GP assesses her before exercise starts; a blow to the bump in "
                 "pregnancy: the maternity unit today")),
    _item("unexplained_weight_loss", _R, ALL_PHASES, _REF,
          _texts("Uforklaret vægttab", "Uforklart vekttap", "Unexplained weight loss"),
          _DOCTOR_FIRST),
    _item("cancer_history", _R, ALL_PHASES, _REF,
          _texts("Tidligere kræftsygdom", "Tidligere kreftsykdom", "History of cancer"),
          _DOCTOR_FIRST),
    _item("neurological_signs", _R, ALL_PHASES, _REF,
          _texts("Neurologiske tegn (kraftnedsættelse, føleforstyrrelser, ændrede reflekser)",
                 "Nevrologiske tegn (nedsatt kraft, nummenhet, endrede reflekser)",
                 "Neurological signs (weakness, altered sensation, changed reflexes)"),
          _texts("egen læge vurderer hende, før træningen begynder; tiltagende "
                 "kraftnedsættelse: i dag",
                 "fastlegen vurderer henne før treningen begynner; økende kraftsvikt: i dag",
                 "her GP assesses her before exercise starts; worsening weakness: today")),
)

CONTRAINDICATIONS: tuple[ScreeningItem, ...] = (
    _item("heart_or_restrictive_lung_disease", _C, ALL_PHASES, _REF,
          _texts("Betydende hjertesygdom eller restriktiv lungesygdom",
                 "Betydelig hjertesykdom eller restriktiv lungesykdom",
                 "Significant heart disease or restrictive lung disease"),
          _texts("træning kun efter aftale med hendes læge",
                 "trening bare etter avtale med legen hennes",
                 "exercise only as agreed with her doctor")),
    _item("incompetent_cervix_cerclage", _C, PREGNANCY, _REF,
          _texts("Cervixinsufficiens (svag livmoderhals) eller cerclage",
                 "Cervixinsuffisiens (svak livmorhals) eller cerclage",
                 "Incompetent cervix or cerclage"),
          _OBSTETRICIAN_FIRST),
    _item("persistent_bleeding_t2_t3", _C, frozenset({"t2", "t3"}), _NOW,
          _texts("Vedvarende blødning i 2. eller 3. trimester",
                 "Vedvarende blødning i 2. eller 3. trimester",
                 "Persistent bleeding in the second or third trimester"),
          _MATERNITY_NOW),
    _item("placenta_praevia", _C, frozenset({"t2", "t3"}), _REF,
          _texts("Forliggende moderkage (placenta praevia) efter uge 26",
                 "Forliggende morkake (placenta praevia) etter uke 26",
                 "Placenta praevia after week 26"),
          _OBSTETRICIAN_FIRST),
    _item("premature_labour", _C, PREGNANCY, _NOW,
          _texts("For tidlig fødsel i gang", "For tidlig fødsel i gang", "Premature labour"),
          _MATERNITY_NOW, TERM_DAYS),
    _item("ruptured_membranes", _C, PREGNANCY, _NOW,
          _texts("Vandet er gået (bristede fosterhinder)",
                 "Vannet har gått (brist i fosterhinnene)",
                 "Ruptured membranes"),
          _MATERNITY_NOW),
    _item("pre_eclampsia_hypertension", _C, PREGNANCY, _REF,
          _texts("Svangerskabsforgiftning eller graviditetsudløst forhøjet blodtryk",
                 "Svangerskapsforgiftning eller svangerskapsutløst høyt blodtrykk",
                 "Pre-eclampsia or pregnancy-induced hypertension"),
          _OBSTETRICIAN_FIRST),
    _item("multiple_pregnancy_preterm_risk", _C, PREGNANCY, _REF,
          _texts("Flerfoldsgraviditet med risiko for for tidlig fødsel",
                 "Flerlingsvangerskap med risiko for for tidlig fødsel",
                 "Multiple pregnancy at risk of preterm labour"),
          _OBSTETRICIAN_FIRST),
    _item("severe_anaemia", _C, PREGNANCY, _REF,
          _texts("Svær blodmangel (anæmi)", "Alvorlig blodmangel (anemi)",
                 "Severe anaemia"),
          _texts("træning først, når hendes læge eller jordemoder har vurderet blodmangelen",
                 "trening først når legen eller jordmoren hennes har vurdert blodmangelen",
                 "exercise only once her doctor or midwife has assessed the anaemia")),
)

ALL_ITEMS: tuple[ScreeningItem, ...] = RED_FLAGS + CONTRAINDICATIONS
ITEMS: dict[str, ScreeningItem] = {item.code: item for item in ALL_ITEMS}

ADVICE = {
    Urgency.SAME_DAY: {
        "da": "Henvis samme dag: patienten skal kontakte fødeafdelingen, egen læge eller "
        "lægevagten nu. Start ikke træning.",
        "nb": "Henvis samme dag: pasienten skal kontakte fødeavdelingen, fastlegen eller "
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


def referral_advice(flags: Iterable[ScreeningItem], lang: str) -> str:
    """What to do about open flags: same-day wording if any flag is urgent; "" if none."""
    flags = list(flags)
    if not flags:
        return ""
    urgent = any(f.urgency is Urgency.SAME_DAY for f in flags)
    return pick(ADVICE[Urgency.SAME_DAY if urgent else Urgency.REFER], lang)
