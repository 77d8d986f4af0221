"""The assessment report for the GP or midwife: the stored assessment as ``pdf`` data.

Reads the assessment, the one before it and the episode's series, and fills
``pdf.AssessmentReportData``: red flags first, history, pain map, tests (Vleeming et al.
2008), scores against last time with the domain's important-change verdict (Stuge 2017,
Farrar 2001; ASLR: PGP Desk's 2 points, see ``assessment_progress``) and the course over
the episode, the subgroup (Albert et al. 2000) with its reasons, plan and notes with any
addenda. The render itself is ``pdf.render_assessment_report``.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from reportlab.graphics.shapes import Drawing
from sqlalchemy import select

from pgp_desk.content.classification_text import reasons
from pgp_desk.content.pelvic_test_text import positive_label, test_name, value_label
from pgp_desk.content.red_flag_text import describe
from pgp_desk.content.score_text import pregnancy_caveats
from pgp_desk.content.stage_words import stage_long_label
from pgp_desk.content.texts import text
from pgp_desk.db.models import Assessment, Client, Clinic
from pgp_desk.domain.i18n import lang_or_fallback, pick
from pgp_desk.domain.instrument_model import InstrumentDefinition
from pgp_desk.domain.numbers import format_score
from pgp_desk.domain.painmap import PainMap
from pgp_desk.domain.paper import paper_or_default
from pgp_desk.domain.pelvic_tests import CATALOGUE, Result, Side, Value
from pgp_desk.pdf import (
    AssessmentReportData,
    ClassificationInfo,
    PelvicTestRow,
    ScoreRow,
    Signer,
    painmap_drawing,
    render_assessment_report,
)
from pgp_desk.pdf.labels import format_date
from pgp_desk.pdf.report_summary import summary_text
from pgp_desk.services import records
from pgp_desk.services.assessments import assessment_rules as rules
from pgp_desk.services.assessments.assessment_model import AssessmentRecord, subgroup_text
from pgp_desk.services.assessments.assessment_progress import (
    INSTRUMENT_METRICS,
    MetricChange,
    ProgressPoint,
    build_points,
)
from pgp_desk.services.assessments.assessments import _load, _ordered, _to_record
from pgp_desk.services.assessments.history_text import history_facts
from pgp_desk.services.audit.audit import record
from pgp_desk.services.clinic_header import clinic_header
from pgp_desk.services.database import Database
from pgp_desk.services.people.actor import Actor

_log = logging.getLogger(__name__)
_PLAIN: dict[Value, str] = {Result.POSITIVE: "positive", Result.NEGATIVE: "negative"}


def pain_map_picture(pain_map: PainMap, lang: str) -> Drawing | None:
    """The pain map as a vector drawing; None when nothing is marked. A drawing problem
    leaves the map out, never the whole report."""
    if pain_map.is_empty:
        return None
    try:
        return painmap_drawing.painmap_drawing(pain_map, lang)
    except Exception:
        _log.warning("pain map could not be drawn for the report", exc_info=True)
        return None


def _test_rows(rec: AssessmentRecord, lang: str) -> list[PelvicTestRow]:
    findings, context = rec.tests, rec.tests.context
    rows: list[PelvicTestRow] = []
    for test in CATALOGUE:
        if not any(findings.tested(test.code, s) for s in test.sides):
            continue

        def shown(side: Side, code: str = test.code) -> str:
            value = findings.get(code, side)
            if value == Result.NOT_TESTED:
                return "not_tested"
            if value in _PLAIN:
                return _PLAIN[value]
            return value_label(code, value, lang, context)

        note = findings.notes.get(test.code, "")
        if test.code == "ASLR" and findings.aslr_compression:
            left = findings.aslr_compression.get(Side.LEFT, "–")
            right = findings.aslr_compression.get(Side.RIGHT, "–")
            extra = text(lang, "report.with_compression", value=f"{left} / {right}")
            note = f"{extra}. {note}".strip() if note else extra
        name = test_name(test.code, lang)
        if test.sides == (Side.MIDLINE,):
            rows.append(PelvicTestRow(name, shown(Side.MIDLINE), note=note, midline=True))
        else:
            rows.append(PelvicTestRow(name, shown(Side.LEFT), shown(Side.RIGHT), note=note))
    return rows


def _test_summary(rec: AssessmentRecord, lang: str) -> str:
    findings = rec.tests
    tested = findings.provocation_tested_count()
    parts = []
    if tested:
        positives = [positive_label(p, lang)
                     for p in findings.positive_list(include_functional=False)]
        n = findings.provocation_positive_count()
        parts.append(text(lang, "report.positive_tests", n=n, tested=tested,
                          list=", ".join(positives))
                     if n else text(lang, "report.no_positive_tests", tested=tested))
    aslr, compressed = findings.aslr_sum(), findings.aslr_compression_sum()
    if aslr is not None:
        parts.append(text(lang, "report.aslr_compression", sum=aslr, compressed=compressed)
                     if compressed is not None else text(lang, "report.aslr_sum", sum=aslr))
    return " ".join(parts)


def _threshold_for_pdf(change: MetricChange | None) -> float | None:
    """A number that makes the PDF print the domain's verdict (it compares |delta| with it).

    The PDF knows only a points threshold; the NRS rule is "2 points or 30%", so the
    verdict is decided here and passed on as the smallest number giving the same answer.
    """
    if change is None or change.important is None or change.difference is None:
        return None
    delta = abs(change.difference)
    return delta if change.important else delta + 1


def _score_rows(points: list[ProgressPoint], rec: AssessmentRecord, lang: str,
                instruments: Mapping[str, InstrumentDefinition]) -> list[ScoreRow]:
    if not points:
        return []
    now = points[-1]
    previous = points[-2] if len(points) > 1 else None
    rows: list[ScoreRow] = []

    def course(metric: str) -> str:
        values = [p.values.get(metric) for p in points]
        if len([v for v in values if v is not None]) < 3:
            return ""
        return text(lang, "report.course", values=" → ".join(format_score(v, lang) for v in values))

    def add(metric: str, name: str, scale: str, lower_better: bool) -> None:
        current = now.values.get(metric)
        before = previous.values.get(metric) if previous else None
        if current is None and before is None:
            return
        trend = course(metric)
        rows.append(ScoreRow(
            name=name, current=current, previous=before,
            scale=f"{scale}; {trend}" if trend else scale,
            lower_is_better=lower_better,
            important_change=_threshold_for_pdf(now.changes.get(metric)),
            key=metric,
        ))

    for metric, (code, score_id) in INSTRUMENT_METRICS.items():
        definition = instruments.get(code)
        if definition is None:
            continue
        sdef = definition.score_definition(score_id)
        add(metric, pick(sdef.names, lang), f"{sdef.minimum:g}-{sdef.maximum:g}", True)
    add("aslr_sum", text(lang, "report.aslr_metric"), "0-10", True)
    add("provocation_positive", text(lang, "report.positive_metric"), "0-6", True)
    # Other instruments (PSFS, RMDQ, clinic imports): now and previous, no series.
    for code, entry in rec.scores.items():
        if code == rules.DERIVED or code in {c for c, _ in INSTRUMENT_METRICS.values()}:
            continue
        definition = instruments.get(code)
        if definition is None:
            continue
        for sdef in definition.scores:
            current = (entry.get("values") or {}).get(sdef.id)
            if current is None:
                continue
            rows.append(ScoreRow(pick(sdef.names, lang), current, None,
                                 f"{sdef.minimum:g}-{sdef.maximum:g}",
                                 sdef.direction.value == "higher_worse"))
    return rows


def default_request(red_flags: list[str], lang: str) -> str:
    """What the report asks of the GP or midwife when red flags are open: to see her."""
    if not red_flags:
        return ""
    return text(lang, "report.request_red_flags")


def _notes(rec: AssessmentRecord, lang: str) -> str:
    """The therapist's note, the caveats of scores taken in pregnancy, then the addenda."""
    notes = [rec.notes.strip()] if rec.notes.strip() else []
    notes += pregnancy_caveats(rec.scores, rec.phase, lang)
    for a in rec.addenda:
        when = format_date(a.created_at.date() if a.created_at else None, lang)
        notes.append(text(lang, "report.addendum", date=when, author=a.author_name, text=a.text))
    return "\n\n".join(notes)


def build_report_data(db: Database, actor: Actor, assessment_id: int,
                      language: str | None = None, recipient: str | None = None,
                      request: str | None = None) -> AssessmentReportData:
    """Everything the report prints, read in one transaction; the read is audited.

    `recipient` and `request` default to the client's GP (or midwife) and, when red flags
    are open, a request to see her (the report dialog shows both for editing)."""
    with db.sessions.begin() as session:
        row, episode, client = _load(session, actor, assessment_id)
        clinic = session.get(Clinic, actor.clinic_id) or session.scalars(select(Clinic)).first()
        lang = lang_or_fallback(language or (clinic.default_language if clinic else "da"))
        rec = _to_record(session, row, client.id)
        series = [a for a in _ordered(session, episode.id)
                  if (a.assessed_on, a.id) <= (row.assessed_on, row.id)]
        instruments = rules.clinic_instruments(session, actor.clinic_id)
        points = build_points(series, instruments)
        record(session, actor, "report", "assessment", row.id, client.id)
        person: Client = client
        header = clinic_header(clinic)
        paper = paper_or_default(clinic.paper_size if clinic else None)
        client_name = f"{person.first_name} {person.last_name}".strip()
        birth = person.birth_date
        default_recipient = person.gp or person.midwife or ""
    suggestion = rec.suggestion
    red_flags = [describe(item, lang) for item in rec.open_flags()]
    return AssessmentReportData(
        clinic=header,
        client_name=client_name,
        birth_date=birth,
        stage=stage_long_label(rec.stage, lang),
        assessment_date=rec.assessed_on,
        therapist_name=rec.signed_by_name or rec.therapist_name,
        language=lang,
        recipient=default_recipient if recipient is None else recipient,
        history_facts=history_facts(rec.history, lang),
        red_flags=red_flags,
        pain_map_drawing=pain_map_picture(rec.pain_map, lang),
        pelvic_tests=_test_rows(rec, lang),
        test_summary=_test_summary(rec, lang),
        scores=_score_rows(points, rec, lang, instruments),
        classification=ClassificationInfo(
            suggested=subgroup_text(rec.classification_suggested, lang),
            chosen=subgroup_text(rec.classification_chosen, lang),
            reasons=reasons(suggestion, lang) if suggestion else [],
        ),
        plan=[line.strip(" -•\t") for line in rec.plan.splitlines() if line.strip(" -•\t")],
        next_visit=rec.next_visit,
        notes=_notes(rec, lang),
        paper=paper,
        request=default_request(red_flags, lang) if request is None else request,
        signed=rec.signed,
        # The signer as the identity records hold them (today: the user's name).
        signer=Signer(name=rec.signed_by_name or rec.therapist_name),
    )


def render_report(db: Database, actor: Actor, assessment_id: int,
                  language: str | None = None, recipient: str | None = None,
                  request: str | None = None) -> bytes:
    """The report as PDF bytes."""
    return report_and_summary(db, actor, assessment_id, language, recipient, request)[0]


def report_and_summary(db: Database, actor: Actor, assessment_id: int,
                       language: str | None = None, recipient: str | None = None,
                       request: str | None = None) -> tuple[bytes, str]:
    """The report as PDF bytes and its summary as text, from one reading."""
    data = build_report_data(db, actor, assessment_id, language, recipient, request)
    return render_assessment_report(data), summary_text(data)


def report_summary(db: Database, actor: Actor, assessment_id: int,
                   language: str | None = None, recipient: str | None = None,
                   request: str | None = None) -> str:
    """The report's three-line summary as plain text, for the clinic's journal system."""
    return summary_text(build_report_data(db, actor, assessment_id, language, recipient,
                                          request))


def report_defaults(db: Database, actor: Actor, assessment_id: int,
                    language: str | None = None) -> tuple[str, str]:
    """(recipient, request) the report dialog starts from."""
    data = build_report_data(db, actor, assessment_id, language)
    return data.recipient, data.request


def latest_assessment_id(db: Database, actor: Actor, episode_id: int) -> int | None:
    """The newest assessment of an episode (for 'print the latest report')."""
    with db.sessions() as session:
        records.episode(session, actor, episode_id)
        return session.scalars(select(Assessment.id).where(Assessment.episode_id == episode_id)
                               .order_by(Assessment.assessed_on.desc(), Assessment.id.desc())
                               .limit(1)).first()
