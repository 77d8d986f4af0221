"""Plain data the PDF layer renders: services fill these, `pdf` never reads the database.

Every string here is treated as untrusted text (escaped, glyph-checked, wrapped) by the
renderers, so callers pass what the user typed without preparing it.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from pgp_desk.domain.clinic_details import ClinicIdentity
from pgp_desk.domain.i18n import Language
from pgp_desk.domain.paper import DEFAULT_PAPER, Paper

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing

DateLike = _dt.date | str


@dataclass
class ClinicHeader(ClinicIdentity):
    """The clinic's identity printed at the top of page one and (phone) in every footer."""

    # Whom the stop-signs box tells her to call, as the clinic sets them (e.g. Capital
    # Region of Denmark: emergency 112, out-of-hours 1813; Norway: 113 and 116 117).
    maternity_phone: str = ""
    out_of_hours_phone: str = ""
    emergency_phone: str = ""


@dataclass
class HandoutExercise:
    """One programme item as the client reads it, texts already in the handout's language."""

    code: str
    name: str
    purpose: str = ""
    steps: list[str] = field(default_factory=list)
    cues: list[str] = field(default_factory=list)
    avoid: list[str] = field(default_factory=list)
    dosage_text: str = ""
    client_note: str = ""
    illustration_svg: str | None = None
    photo: bytes | None = None


@dataclass
class AdviceSection:
    """A block of advice; `highlight` frames it (the pain rule); `warning` gives it the stop
    signs' own style, with whom to call."""

    title: str
    intro: str = ""
    points: list[str] = field(default_factory=list)
    highlight: bool = False
    warning: bool = False


class ScorePoint(NamedTuple):
    """One visit in the client's score trend; plain `(label, pgq, nrs)` tuples work too."""

    label: str
    pgq: float | None
    nrs: float | None


@dataclass
class HandoutTranslation:
    """The same programme in a second language, for the side-by-side layout.

    Exercises are matched to the primary ones by `code`, then by position.
    """

    language: Language
    exercises: list[HandoutExercise] = field(default_factory=list)
    advice: list[AdviceSection] = field(default_factory=list)
    personal_note: str = ""


@dataclass
class HandoutData:
    """Everything printed on a client's home-programme handout."""

    clinic: ClinicHeader
    client_name: str
    date: DateLike
    therapist_name: str
    language: Language = "da"
    personal_note: str = ""
    exercises: list[HandoutExercise] = field(default_factory=list)
    advice: list[AdviceSection] = field(default_factory=list)
    second_language: HandoutTranslation | None = None
    score_trend: list[ScorePoint] | list[tuple[str, float | None, float | None]] | None = None
    pain_map_drawing: Drawing | None = None  # pdf.painmap_drawing; sharp at any size


@dataclass
class HandoutOptions:
    """How the handout is laid out; the content stays the same."""

    paper: Paper = DEFAULT_PAPER
    large_print: bool = False
    compact: bool = False
    include_assessment: bool = False
    side_by_side: bool = False
    diary_weeks: int = 4


TestResult = str
"""'positive' | 'negative' | 'not_tested' are translated; any other text is printed as is."""


@dataclass
class PelvicTestRow:
    """One pelvic test; `midline` tests (symphysis) use only `left` and span both columns."""

    name: str
    left: TestResult = "not_tested"
    right: TestResult = "not_tested"
    note: str = ""
    midline: bool = False


@dataclass
class ScoreRow:
    """A score now and at the previous assessment.

    `important_change` is the caller's threshold (from the domain layer, e.g. PGQ 25 points,
    Stuge 2017); without it the report shows only the difference.
    """

    name: str
    current: float | None
    previous: float | None = None
    scale: str = ""
    lower_is_better: bool = True
    important_change: float | None = None
    # Which measure this is ("pgq_total", "nrs_worst_week", ...): the summary picks by it.
    key: str = ""


@dataclass
class ClassificationInfo:
    """The subgroup suggested by the rules, the one the clinician chose, and why."""

    suggested: str
    chosen: str = ""
    reasons: list[str] = field(default_factory=list)


@dataclass
class Signer:
    """Who signs the report. Printed as given: name, and the authorisation ID when known
    (Danish autorisations-ID, Norwegian HPR number)."""

    name: str
    authorisation_id: str = ""


@dataclass
class AssessmentReportData:
    """Everything printed on the assessment report for the GP or midwife."""

    clinic: ClinicHeader
    client_name: str
    birth_date: DateLike | None
    stage: str
    assessment_date: DateLike
    therapist_name: str
    language: Language = "da"
    recipient: str = ""
    history_summary: str = ""
    history_facts: list[tuple[str, str]] = field(default_factory=list)
    red_flags: list[str] = field(default_factory=list)
    pain_map_drawing: Drawing | None = None  # pdf.painmap_drawing; sharp at any size
    pelvic_tests: list[PelvicTestRow] = field(default_factory=list)
    test_summary: str = ""
    scores: list[ScoreRow] = field(default_factory=list)
    classification: ClassificationInfo | None = None
    plan: list[str] = field(default_factory=list)
    next_visit: DateLike | None = None  # agreed in the plan
    notes: str = ""
    paper: Paper = DEFAULT_PAPER
    # What the physiotherapist asks of the recipient (e.g. to see her today about a red
    # flag); printed in the summary that opens page 1.
    request: str = ""
    # False: a draft. Every page then says so in its header, and nobody signs it.
    signed: bool = True
    signer: Signer | None = None
