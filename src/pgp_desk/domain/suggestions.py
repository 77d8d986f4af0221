"""Suggested exercises from the assessment, and warnings about a programme.

The rules are the treatment principles of CLINICAL.md §6-7, written so a clinician can
check each one:

- Screening first (CLINICAL.md §6; Vleeming et al. 2008, Eur Spine J 17:794-819; ACSM and
  ACOG Committee Opinion 804, 2020): an open red flag or an absolute contraindication
  means "refer before exercise", so no exercise is suggested and the programme carries a
  blocking warning.
- Individually tailored, specific stabilising exercise (Stuge et al. 2004, Spine
  29:351-359; Stuge et al. 2006, Man Ther 11:337-343): local stabilising muscles first
  (transversus abdominis with multifidus and the pelvic floor), global muscles added
  gradually, pain avoided, progression one change at a time. So local stabilisation ranks
  above global strength, easy levels above hard ones, and a progression of something
  already in the programme is offered but ranked low: progress one item, not all.
- The four-step approach (CLINICAL.md §7): understanding the pain, body mapping (slow
  movement with little load), graded exposure to the activities that hurt (matched
  through the history's aggravating activities and each exercise's ``helps_with``), and
  keeping function when pain is high. Understanding comes first, so the pain education
  card (``FIRST_STEP``) leads the suggestions of every programme that does not have it
  yet, whatever else ties with it.
- A positive ASLR points to poor load transfer that improves with pelvic compression
  (Mens et al. 2001, Spine 26:1167-1171): local stabilisation gets a further lift. When
  the ASLR is easier with pelvic compression, a trial of a pelvic belt is reasonable (Mens
  et al. 1999, Spine 24:1193-1200; Mens et al. 2006, Clin Biomech 21:122-127; Damen et al.
  2002, Spine 27:2820-2824), worn high and its effect re-tested with the belt on: the
  programme carries a note saying so and a new programme has the belt advice ticked. A
  positive modified Trendelenburg points to one-leg stance: exercises that train it rise.
- Water exercise once a week in the second half of pregnancy (Kihlstrand et al. 1999,
  Acta Obstet Gynecol Scand 78:180-185): the pool bonus starts at week 20 (the third
  trimester when the week is not known), not at the second trimester.
- After a caesarean (domain.birth): for the first 6 weeks the programme carries a note on
  wound care and no heavy abdominal loading, and exercises that load the abdominal wall
  or carry a high load are flagged.
- Running and jumping after birth (caution ``impact``) wait until about 12 weeks and the
  load and strength tests (Goom, Donnelly & Brockwell 2019): flagged before day 84.
- Phase (CLINICAL.md §7): prone lying stops suiting from about week 20, long supine lying
  may cause dizziness in the third trimester, postpartum progressions wait for the birth,
  and wide straddle positions may provoke symphysis pain.

Everything here is a suggestion with its reasons; the therapist decides.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from pgp_desk.domain.exercise_terms import term
from pgp_desk.domain.i18n import pick
from pgp_desk.domain.pelvic_tests import PelvicTestFindings
from pgp_desk.domain.red_flags import ITEMS as SCREENING_ITEMS
from pgp_desk.domain.red_flags import Kind, open_flags

PREGNANT = frozenset({"t1", "t2", "t3"})
POSTPARTUM = frozenset({"pp_0_6", "pp_later"})
PRONE_FROM_WEEK = 20
SUPINE_FROM_WEEK = 28
DEFAULT_LIMIT = 12
PER_CATEGORY = 3
CATEGORY_CAP = {"understanding": 2}
FIRST_STEP = "EDU-PAIN"  # step 1 of the approach: understanding the pain
FIRST_STEP_POINTS = 50
SECOND_HALF_FROM_WEEK = 20
IMPACT_FROM_POSTPARTUM_DAYS = 12 * 7  # Goom, Donnelly & Brockwell 2019

SIJ_TESTS = frozenset({"P4", "FABER", "GAENSLEN", "LDL"})
SYMPHYSIS_TESTS = frozenset({"SYMPH", "TREND"})
SIJ_SUBGROUPS = frozenset({"pelvic_girdle_syndrome", "one_sided_sij", "double_sided_sij"})
SYMPHYSIS_SUBGROUPS = frozenset({"pelvic_girdle_syndrome", "symphysiolysis"})

# Where each category stands in the course: understanding and local stabilisation first,
# body mapping with them, global strength added gradually (Stuge 2006; CLINICAL.md §7).
CATEGORY_WEIGHT = {
    "understanding": 30,
    "local_stabilisation": 30,
    "body_mapping": 25,
    "daily_activities": 12,
    "global_strength": 10,
    "breathing_relaxation": 10,
    "pool": 5,
    "postpartum": 5,
}
CATEGORY_REASON = {
    "understanding": "understanding_first",
    "local_stabilisation": "local_first",
    "body_mapping": "body_mapping",
    "global_strength": "global_gradually",
}
LEVEL_WEIGHT = {1: 10, 2: 5, 3: 0, 4: -10, 5: -15}
ACTIVITY_POINTS = 15
MAX_ACTIVITIES_COUNTED = 2


class ExerciseFacts(Protocol):
    """What the rules read about an exercise (content.exercises.Exercise provides it)."""

    @property
    def code(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def category(self) -> str: ...
    @property
    def phases(self) -> tuple[str, ...]: ...
    @property
    def level(self) -> int: ...
    @property
    def progression(self) -> str | None: ...
    @property
    def regression(self) -> str | None: ...
    @property
    def targets(self) -> tuple[str, ...]: ...
    @property
    def helps_with(self) -> tuple[str, ...]: ...
    @property
    def cautions(self) -> tuple[str, ...]: ...


@dataclass(frozen=True)
class ClinicalPicture:
    """What the latest assessment (or, without one, the episode) says about the client.

    ``positive_tests`` holds test codes positive on any side (P4, FABER, GAENSLEN, LDL,
    SYMPH, TREND, ASLR); ``aggravating`` uses the exercises' ``helps_with`` codes;
    ``red_flags`` and ``contraindications`` are open screening item codes.
    """

    phase: str | None = None
    gestation_weeks: int | None = None
    subgroup: str | None = None
    positive_tests: frozenset[str] = frozenset()
    aggravating: tuple[str, ...] = ()
    red_flags: tuple[str, ...] = ()
    contraindications: tuple[str, ...] = ()
    from_assessment: bool = False
    aslr_easier_with_compression: bool = False
    caesarean_care: bool = False  # a caesarean less than 6 weeks ago (domain.birth)
    postpartum_days: int | None = None  # days since the birth, after it

    @property
    def blocked(self) -> bool:
        """An open red flag or contraindication: refer before exercise."""
        return bool(self.red_flags or self.contraindications)

    @property
    def symphysis_involved(self) -> bool:
        return (self.subgroup in SYMPHYSIS_SUBGROUPS
                or bool(self.positive_tests & SYMPHYSIS_TESTS)
                or "straddle" in self.aggravating)

    @property
    def sij_involved(self) -> bool:
        return self.subgroup in SIJ_SUBGROUPS or bool(self.positive_tests & SIJ_TESTS)

    @property
    def prone_unsuitable(self) -> bool:
        """From about week 20; with no week known, from the second trimester."""
        if self.gestation_weeks is not None and self.phase in PREGNANT:
            return self.gestation_weeks >= PRONE_FROM_WEEK
        return self.phase in ("t2", "t3")

    @property
    def second_half_of_pregnancy(self) -> bool:
        """From week 20; with no week known, the third trimester (Kihlstrand 1999)."""
        if self.gestation_weeks is not None and self.phase in PREGNANT:
            return self.gestation_weeks >= SECOND_HALF_FROM_WEEK
        return self.phase == "t3"

    @property
    def supine_unsuitable(self) -> bool:
        if self.gestation_weeks is not None and self.phase in PREGNANT:
            return self.gestation_weeks >= SUPINE_FROM_WEEK
        return self.phase == "t3"


# ------------------------------------------------------------------------- reasons


REASON_TEXTS: dict[str, dict[str, str]] = {
    "understanding_first": {
        "da": "Forståelse af smerten kommer først",
        "nb": "Forståelse av smerten kommer først",
        "en": "Understanding the pain comes first",
    },
    "local_first": {
        "da": "Lokale stabiliserende muskler først (Stuge 2004/2006)",
        "nb": "Lokale stabiliserende muskler først (Stuge 2004/2006)",
        "en": "Local stabilising muscles first (Stuge 2004/2006)",
    },
    "body_mapping": {
        "da": "Kropskortlægning: rolig bevægelse med lidt eller ingen belastning",
        "nb": "Kroppskartlegging: rolig bevegelse med lite eller ingen belastning",
        "en": "Body mapping: slow movement with little or no load",
    },
    "global_gradually": {
        "da": "Store muskelgrupper lægges gradvist til",
        "nb": "Store muskelgrupper legges gradvis til",
        "en": "Global muscles added gradually",
    },
    "trains_activity": {
        "da": "Træner det, der gør ondt: {activity}",
        "nb": "Trener det som gjør vondt: {activity}",
        "en": "Trains what hurts: {activity}",
    },
    "easy_start": {
        "da": "Let niveau at begynde med",
        "nb": "Lett nivå å begynne med",
        "en": "An easy level to start with",
    },
    "suits_symphysis": {
        "da": "Egnet ved smerter ved symfysen",
        "nb": "Egnet ved smerter ved symfysen",
        "en": "Suits pain at the symphysis",
    },
    "suits_sij": {
        "da": "Egnet ved smerter ved SI-leddene",
        "nb": "Egnet ved smerter ved SI-leddene",
        "en": "Suits pain at the SI joints",
    },
    "aslr_positive": {
        "da": "Positiv ASLR: lokal stabilisering (Mens 2001)",
        "nb": "Positiv ASLR: lokal stabilisering (Mens 2001)",
        "en": "Positive ASLR: local stabilisation (Mens 2001)",
    },
    "trendelenburg_positive": {
        "da": "Positiv Trendelenburg: træner at stå på ét ben",
        "nb": "Positiv Trendelenburg: trener å stå på ett bein",
        "en": "Positive Trendelenburg: trains one-leg stance",
    },
    "water_second_half": {
        "da": "Vandtræning en gang om ugen i 2. halvdel af graviditeten (Kihlstrand 1999)",
        "nb": "Trening i vann en gang i uken i 2. halvdel av svangerskapet (Kihlstrand 1999)",
        "en": "Pool exercise once a week in the second half of pregnancy (Kihlstrand 1999)",
    },
    "rest_late_pregnancy": {
        "da": "Hvile og afspænding holder funktionen oppe sidst i graviditeten",
        "nb": "Hvile og avspenning holder funksjonen oppe sent i svangerskapet",
        "en": "Rest and relaxation keep function up late in pregnancy",
    },
    "after_birth": {
        "da": "Opbygning efter fødslen",
        "nb": "Opptrening etter fødselen",
        "en": "Rebuilding after the birth",
    },
    "next_step": {
        "da": "Næste trin efter {exercise}: skift én ting ad gangen",
        "nb": "Neste trinn etter {exercise}: endre én ting om gangen",
        "en": "Next step after {exercise}: change one thing at a time",
    },
}


@dataclass(frozen=True)
class Reason:
    """Why an exercise is suggested: a code and its parameters (e.g. activity=stairs)."""

    code: str
    params: tuple[tuple[str, str], ...] = ()

    def label(self, lang: str, names: Mapping[str, str] | None = None) -> str:
        """The reason in words; ``names`` maps exercise codes to names for "next_step"."""
        values = dict(self.params)
        if "activity" in values:
            values["activity"] = term("activity", values["activity"], lang)
        if "exercise" in values and names:
            values["exercise"] = names.get(values["exercise"], values["exercise"])
        return pick(REASON_TEXTS[self.code], lang).format(**values)


@dataclass(frozen=True)
class Suggestion:
    code: str
    score: int
    reasons: tuple[Reason, ...]

    def reason_labels(self, lang: str, names: Mapping[str, str] | None = None) -> list[str]:
        return [r.label(lang, names) for r in self.reasons]


# ------------------------------------------------------------------------ warnings


WARNING_TEXTS: dict[str, dict[str, str]] = {
    "refer_red_flag": {
        "da": "Åbent rødt flag ({items}): henvis før træning",
        "nb": "Åpent rødt flagg ({items}): henvis før trening",
        "en": "Open red flag ({items}): refer before exercise",
    },
    "contraindication": {
        "da": "Kontraindikation for træning ({items}): henvis før træning",
        "nb": "Kontraindikasjon mot trening ({items}): henvis før trening",
        "en": "Contraindication to exercise ({items}): refer before exercise",
    },
    "not_for_phase": {
        "da": "Passer ikke til fasen ({phase})",
        "nb": "Passer ikke til fasen ({phase})",
        "en": "Does not suit the phase ({phase})",
    },
    "postpartum_only": {
        "da": "Kun til efter fødslen",
        "nb": "Bare for etter fødselen",
        "en": "For after the birth only",
    },
    "prone_lying": {
        "da": "Maveliggende passer dårligt fra omkring uge 20",
        "nb": "Mageliggende passer dårlig fra rundt uke 20",
        "en": "Lying face down suits poorly from about week 20",
    },
    "supine_late_pregnancy": {
        "da": "Længe på ryggen kan give svimmelhed i 3. trimester: kort tid, eller "
        "vælg sideliggende",
        "nb": "Lenge på ryggen kan gi svimmelhet i 3. trimester: kort tid, eller velg "
        "sideliggende",
        "en": "Long spells on the back may cause dizziness in the third trimester: keep "
        "them short or choose side lying",
    },
    "wide_straddle": {
        "da": "Spredte ben eller skæv belastning kan provokere smerter ved symfysen",
        "nb": "Sprikende bein eller skjev belastning kan provosere smerter ved symfysen",
        "en": "Wide or uneven leg positions may provoke pain at the symphysis",
    },
    "one_leg_load": {
        "da": "Belastning på ét ben: hold øje med smerter ved symfysen",
        "nb": "Belastning på ett bein: følg med på smerter ved symfysen",
        "en": "Load on one leg: watch for pain at the symphysis",
    },
    "high_load_early_postpartum": {
        "da": "Høj belastning passer sjældent de første 6 uger efter fødslen",
        "nb": "Høy belastning passer sjelden de første 6 ukene etter fødselen",
        "en": "High load rarely suits the first 6 weeks after the birth",
    },
    "belt_trial": {
        "da": "ASLR er lettere med kompression af bækkenet: prøv et bækkenbælte, og test "
        "effekten med en ny ASLR med bæltet på (Mens 1999/2006; Damen 2002)",
        "nb": "ASLR er lettere med kompresjon av bekkenet: prøv et bekkenbelte, og test "
        "effekten med en ny ASLR med beltet på (Mens 1999/2006; Damen 2002)",
        "en": "The ASLR is easier with pelvic compression: try a pelvic belt and test its "
        "effect with a repeat ASLR wearing it (Mens 1999/2006; Damen 2002)",
    },
    "caesarean_care": {
        "da": "Kejsersnit for under 6 uger siden: pas på såret, og belast ikke maven tungt "
        "endnu",
        "nb": "Keisersnitt for under 6 uker siden: ta vare på såret, og ikke belast magen "
        "tungt ennå",
        "en": "Caesarean less than 6 weeks ago: look after the wound, and no heavy "
        "abdominal loading yet",
    },
    "caesarean_abdominal_load": {
        "da": "Belaster maven: vent til 6 uger efter kejsersnittet",
        "nb": "Belaster magen: vent til 6 uker etter keisersnittet",
        "en": "Loads the abdomen: wait until 6 weeks after the caesarean",
    },
    "impact_before_12_weeks": {
        "da": "Løb og hop tidligst 12 uger efter fødslen og efter styrketest (Goom 2019)",
        "nb": "Løping og hopp tidligst 12 uker etter fødselen og etter styrketest (Goom 2019)",
        "en": "Running and jumping from about 12 weeks after the birth, after strength tests "
        "(Goom 2019)",
    },
    "duplicate": {
        "da": "Øvelsen står flere gange i programmet",
        "nb": "Øvelsen står flere ganger i programmet",
        "en": "The exercise appears more than once in the programme",
    },
}

BLOCK, WARN, INFO = "block", "warn", "info"


@dataclass(frozen=True)
class ProgrammeWarning:
    """Something about a programme the therapist should see; ``exercise`` None means the
    whole programme. ``severity``: block (refer first), warn, info."""

    code: str
    severity: str
    exercise: str | None = None
    params: tuple[tuple[str, str], ...] = ()

    def label(self, lang: str) -> str:
        values = dict(self.params)
        if "phase" in values:
            values["phase"] = term("phase", values["phase"], lang)
        if "items" in values:
            values["items"] = "; ".join(
                SCREENING_ITEMS[c].label(lang) if c in SCREENING_ITEMS else c
                for c in values["items"].split(","))
        return pick(WARNING_TEXTS[self.code], lang).format(**values)


def aslr_easier_with_compression(findings: PelvicTestFindings) -> bool:
    """Both ASLR sums recorded and the one with pelvic compression lower (Mens 1999)."""
    plain, compressed = findings.aslr_sum(), findings.aslr_compression_sum()
    return plain is not None and compressed is not None and compressed < plain


def suggested_advice(picture: ClinicalPicture) -> tuple[str, ...]:
    """Advice modules the findings speak for, beyond the defaults: the belt when the ASLR
    is easier with pelvic compression."""
    return ("belt",) if picture.aslr_easier_with_compression else ()


def screening_warnings(picture: ClinicalPicture) -> list[ProgrammeWarning]:
    """Refer-before-exercise warnings for open red flags and contraindications (§6)."""
    warnings = []
    if picture.red_flags:
        warnings.append(ProgrammeWarning("refer_red_flag", BLOCK,
                                params=(("items", ",".join(picture.red_flags)),)))
    if picture.contraindications:
        warnings.append(ProgrammeWarning("contraindication", BLOCK,
                                params=(("items", ",".join(picture.contraindications)),)))
    return warnings


def exercise_warnings(picture: ClinicalPicture, exercise: ExerciseFacts) -> list[ProgrammeWarning]:
    """Why this exercise may not suit this client now; empty when nothing speaks against."""
    code, phase = exercise.code, picture.phase
    found: list[ProgrammeWarning] = []
    if phase is not None and phase not in exercise.phases:
        if phase in PREGNANT and set(exercise.phases) <= POSTPARTUM:
            found.append(ProgrammeWarning("postpartum_only", WARN, code))
        else:
            found.append(ProgrammeWarning("not_for_phase", WARN, code, (("phase", phase),)))
    cautions = set(exercise.cautions)
    if "prone_lying" in cautions and picture.prone_unsuitable:
        found.append(ProgrammeWarning("prone_lying", WARN, code))
    if "supine_late_pregnancy" in cautions and picture.supine_unsuitable:
        found.append(ProgrammeWarning("supine_late_pregnancy", WARN, code))
    if "wide_straddle" in cautions and picture.symphysis_involved:
        found.append(ProgrammeWarning("wide_straddle", WARN, code))
    if "one_leg_load" in cautions and picture.symphysis_involved:
        found.append(ProgrammeWarning("one_leg_load", INFO, code))
    if "high_load" in cautions and phase == "pp_0_6":
        found.append(ProgrammeWarning("high_load_early_postpartum", WARN, code))
    if picture.caesarean_care and cautions & {"abdominal_load", "high_load"}:
        found.append(ProgrammeWarning("caesarean_abdominal_load", WARN, code))
    if "impact" in cautions and (
            phase in PREGNANT or phase == "pp_0_6"
            or (picture.postpartum_days is not None
                and picture.postpartum_days < IMPACT_FROM_POSTPARTUM_DAYS)):
        found.append(ProgrammeWarning("impact_before_12_weeks", WARN, code))
    return found


def programme_notes(picture: ClinicalPicture) -> list[ProgrammeWarning]:
    """What the findings say about the whole programme besides screening (information)."""
    notes = []
    if picture.aslr_easier_with_compression:
        notes.append(ProgrammeWarning("belt_trial", INFO))
    if picture.caesarean_care:
        notes.append(ProgrammeWarning("caesarean_care", INFO))
    return notes


def programme_warnings(picture: ClinicalPicture,
                       exercises: Sequence[ExerciseFacts]) -> list[ProgrammeWarning]:
    """Every warning for a programme: screening first, then notes on the whole programme,
    then per item in programme order."""
    warnings = screening_warnings(picture) + programme_notes(picture)
    seen: set[str] = set()
    for exercise in exercises:
        if exercise.code in seen:
            warnings.append(ProgrammeWarning("duplicate", INFO, exercise.code))
            continue
        seen.add(exercise.code)
        warnings.extend(exercise_warnings(picture, exercise))
    return warnings


# --------------------------------------------------------------------- suggestions


@dataclass(frozen=True)
class SuggestionResult:
    suggestions: tuple[Suggestion, ...]
    warnings: tuple[ProgrammeWarning, ...] = field(default_factory=tuple)

    @property
    def blocked(self) -> bool:
        return any(w.severity == BLOCK for w in self.warnings)


def _score(picture: ClinicalPicture, exercise: ExerciseFacts,
           progression_of: Mapping[str, str]) -> Suggestion:
    """Points and reasons; the client's own reasons (activities, tests) are listed first."""
    own: list[Reason] = []
    general: list[Reason] = []
    category = exercise.category
    score = CATEGORY_WEIGHT.get(category, 0)
    if exercise.code == FIRST_STEP:
        score += FIRST_STEP_POINTS
        own.append(Reason("understanding_first"))
    elif category in CATEGORY_REASON:
        general.append(Reason(CATEGORY_REASON[category]))
    score += LEVEL_WEIGHT.get(exercise.level, -15)
    if exercise.level == 1 and exercise.kind == "exercise":
        general.append(Reason("easy_start"))

    activities = [a for a in picture.aggravating if a != "general"
                  and a in exercise.helps_with]
    for activity in activities[:MAX_ACTIVITIES_COUNTED]:
        score += ACTIVITY_POINTS
        own.append(Reason("trains_activity", (("activity", activity),)))

    targets = set(exercise.targets)
    for involved, joint, other in ((picture.symphysis_involved, "symphysis", "sij"),
                                   (picture.sij_involved, "sij", "symphysis")):
        if not involved:
            continue
        if joint not in targets:
            score -= 15
        elif other not in targets:  # aimed at this joint in particular
            score += 5
            own.append(Reason(f"suits_{joint}"))

    if "ASLR" in picture.positive_tests and category == "local_stabilisation":
        score += 10
        own.append(Reason("aslr_positive"))
    if "TREND" in picture.positive_tests and "one_leg_stance" in exercise.helps_with:
        score += 5
        own.append(Reason("trendelenburg_positive"))

    phase = picture.phase
    if category == "pool" and picture.second_half_of_pregnancy:
        score += 10
        own.append(Reason("water_second_half"))
    if category == "breathing_relaxation" and phase == "t3":
        score += 10
        own.append(Reason("rest_late_pregnancy"))
    if category == "postpartum" and phase in POSTPARTUM:
        score += 15
        own.append(Reason("after_birth"))

    if exercise.code in progression_of:
        score -= 5
        general.append(Reason("next_step", (("exercise", progression_of[exercise.code]),)))
    return Suggestion(exercise.code, score, tuple(own + general))


def suggest(
    picture: ClinicalPicture,
    library: Iterable[ExerciseFacts],
    current: Sequence[str] = (),
    limit: int = DEFAULT_LIMIT,
    per_category: int | None = PER_CATEGORY,
) -> SuggestionResult:
    """Ranked suggestions (best first) with reasons, for a client and her programme.

    Exercises already in the programme (``current``) and their easier versions are left
    out; unsuitable ones (any phase or position warning) are never suggested. With an open
    red flag or contraindication nothing is suggested: refer first. At most
    ``per_category`` per category (two education cards), so the list covers the course
    instead of ten bridges; None lists everything suitable.
    """
    warnings = tuple(screening_warnings(picture))
    if picture.blocked:
        return SuggestionResult((), warnings)
    exercises = list(library)
    by_code = {e.code: e for e in exercises}
    in_programme = set(current)
    regressions = {by_code[c].regression for c in in_programme if c in by_code}
    progression_of = {progression: c for c in current
                      if c in by_code and (progression := by_code[c].progression)}
    scored = [
        _score(picture, e, progression_of)
        for e in exercises
        if e.code not in in_programme and e.code not in regressions
        and not exercise_warnings(picture, e)
    ]
    scored.sort(key=lambda s: (-s.score, by_code[s.code].level, s.code))
    chosen: list[Suggestion] = []
    taken: dict[str, int] = {}
    for suggestion in scored:
        category = by_code[suggestion.code].category
        if per_category is not None and taken.get(category, 0) >= min(
                per_category, CATEGORY_CAP.get(category, per_category)):
            continue
        taken[category] = taken.get(category, 0) + 1
        chosen.append(suggestion)
        if len(chosen) >= limit:
            break
    return SuggestionResult(tuple(chosen), warnings)


def picture_from_screening(
    answers: Mapping[str, bool | None], phase: str | None, stage_days: int | None = None
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(open red flags, open contraindications) from screening answers at the stage."""
    flags = open_flags(answers, phase, stage_days)
    return (tuple(f.code for f in flags if f.kind is Kind.RED_FLAG),
            tuple(f.code for f in flags if f.kind is Kind.CONTRAINDICATION))
