"""The handout's baseline: the same content laid out with bare ReportLab (no project code).

Title, note, each exercise's name, illustration (svglib, parsed every time), purpose,
steps, cues, cautions and dosage, then the advice, in ReportLab's sample styles and
Helvetica. What the handout costs beyond this is the project's own layout and drawing.
It compresses every stream afresh, as ReportLab does, even in a process where PGP Desk's
handouts have installed their remembering compression (`pgp_desk.pdf.compression`).
"""

from __future__ import annotations

import io
from html import escape

from reportlab.graphics.shapes import Drawing, Group
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc
from reportlab.platypus import ListFlowable, Paragraph, SimpleDocTemplate, Spacer
from svglib.svglib import svg2rlg

from pgp_desk.pdf.model import HandoutData

_STYLES = getSampleStyleSheet()
_PLAIN_FLATE = pdfdoc.PDFStreamFilterZCompress()


def _picture(svg_text: str | None, width: float, height: float) -> Drawing | None:
    if not svg_text:
        return None
    drawing = svg2rlg(io.BytesIO(svg_text.encode("utf-8")))
    if drawing is None or drawing.width <= 0 or drawing.height <= 0:
        return None
    factor = min(width / drawing.width, height / drawing.height)
    out = Drawing(drawing.width * factor, drawing.height * factor)
    group = Group(*drawing.contents)
    group.transform = (factor, 0, 0, factor, 0, 0)
    out.add(group)
    return out


def _bullets(lines: list[str]) -> list[object]:
    if not lines:
        return []
    return [ListFlowable([Paragraph(escape(line), _STYLES["BodyText"]) for line in lines],
                         bulletType="bullet")]


def render(data: HandoutData) -> bytes:
    story: list[object] = [Paragraph(escape(data.client_name), _STYLES["Title"])]
    if data.personal_note:
        story.append(Paragraph(escape(data.personal_note), _STYLES["BodyText"]))
    for exercise in data.exercises:
        story += [Paragraph(escape(exercise.name), _STYLES["Heading2"])]
        picture = _picture(exercise.illustration_svg, 70 * mm, 45 * mm)
        if picture is not None:
            story.append(picture)
        story.append(Paragraph(escape(exercise.purpose), _STYLES["BodyText"]))
        story += _bullets(exercise.steps) + _bullets(exercise.cues) + _bullets(exercise.avoid)
        story.append(Paragraph(escape(exercise.dosage_text), _STYLES["BodyText"]))
        story.append(Spacer(1, 4 * mm))
    for section in data.advice:
        story.append(Paragraph(escape(section.title), _STYLES["Heading3"]))
        if section.intro:
            story.append(Paragraph(escape(section.intro), _STYLES["BodyText"]))
        story += _bullets(section.points)
    buffer = io.BytesIO()
    kept, pdfdoc.PDFZCompress = pdfdoc.PDFZCompress, _PLAIN_FLATE
    try:
        SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build(story)
    finally:
        pdfdoc.PDFZCompress = kept
    return buffer.getvalue()
