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

Everything here is a suggestion with its reasons; the therapist decides. Reasons and
warnings are codes with parameters; ``content.suggestion_text`` puts them into words.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from pgp_desk.domain.pelvic_tests import PelvicTestFindings
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


@dataclass(frozen=True)
class Reason:
    """Why an exercise is suggested: a code and its parameters (e.g. activity=stairs)."""

    code: str
    params: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Suggestion:
    code: str
    score: int
    reasons: tuple[Reason, ...]


# ------------------------------------------------------------------------ warnings


BLOCK, WARN, INFO = "block", "warn", "info"


@dataclass(frozen=True)
class ProgrammeWarning:
    """Something about a programme the therapist should see; ``exercise`` None means the
    whole programme. ``severity``: block (refer first), warn, info."""

    code: str
    severity: str
    exercise: str | None = None
    params: tuple[tuple[str, str], ...] = ()


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
