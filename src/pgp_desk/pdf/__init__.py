"""PDF documents: plain dataclasses in, PDF bytes out (ReportLab; no Qt, no database)."""

from __future__ import annotations

from pgp_desk.pdf.assessment_report import render_assessment_report
from pgp_desk.pdf.handout import render_handout
from pgp_desk.pdf.model import (
    AdviceSection,
    AssessmentReportData,
    ClassificationInfo,
    ClinicHeader,
    HandoutData,
    HandoutExercise,
    HandoutOptions,
    HandoutTranslation,
    PelvicTestRow,
    ScorePoint,
    ScoreRow,
    Signer,
)

__all__ = [
    "AdviceSection",
    "AssessmentReportData",
    "ClassificationInfo",
    "ClinicHeader",
    "HandoutData",
    "HandoutExercise",
    "HandoutOptions",
    "HandoutTranslation",
    "PelvicTestRow",
    "ScorePoint",
    "ScoreRow",
    "Signer",
    "render_assessment_report",
    "render_handout",
]
