"""A paragraph breaks its lines once per width, and splits as ReportLab's own does."""

from __future__ import annotations

from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import paragraph as rl

from pgp_desk.pdf.paragraph import Paragraph

TEXT = "Lig på ryggen med bøjede knæ, og træk navlen ind mod rygsøjlen. " * 12


def test_lines_are_broken_once_per_width(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    breaks: list[float] = []
    real = rl.Paragraph.breakLines

    def counted(self, widths):  # type: ignore[no-untyped-def]
        breaks.append(widths[0])
        return real(self, widths)

    monkeypatch.setattr(rl.Paragraph, "breakLines", counted)
    para = Paragraph(TEXT, getSampleStyleSheet()["BodyText"])
    first = para.wrap(200, 800)
    assert para.wrap(200, 300) == first and len(breaks) == 1
    wider = para.wrap(300, 800)
    assert wider[1] < first[1] and len(breaks) == 2
    assert para.wrap(200, 800) == first and len(breaks) == 3


def test_it_splits_like_reportlabs_paragraph() -> None:
    style = getSampleStyleSheet()["BodyText"]
    ours, theirs = Paragraph(TEXT, style), rl.Paragraph(TEXT, style)
    for para in (ours, theirs):
        para.wrap(200, 800)
        para.wrap(200, 800)
    halves = [[p.wrap(200, 800) for p in para.split(200, 100)] for para in (ours, theirs)]
    assert halves[0] == halves[1] and len(halves[0]) == 2
