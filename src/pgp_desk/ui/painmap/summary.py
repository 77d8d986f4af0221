"""Plain-language summaries of a pain map and of the change between two maps.

All figures come from the domain (``covered_regions``, ``shaded_percentage``,
``compare_pain_maps``), so the screen, the report and the stored data agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from pgp_desk.domain.painmap import (
    BodyChart,
    PainMap,
    PainMapComparison,
    RegionMark,
    View,
    covered_regions,
    shaded_percentage,
)
from pgp_desk.domain.painmap_regions import in_catalogue_order
from pgp_desk.ui.i18n import translate
from pgp_desk.ui.painmap.texts import percent, quality_name, region_name, view_name

DASH = "\u2013"
ARROW = "\u2192"


@dataclass(frozen=True)
class PainMapFacts:
    """What the summary line says, as data (tests and the form can read it)."""

    marked: tuple[RegionMark, ...]
    covered: tuple[str, ...]
    shaded: dict[View, float]


def facts(pain_map: PainMap, chart: BodyChart) -> PainMapFacts:
    order = {rid: i for i, rid in enumerate(in_catalogue_order(m.region_id
                                                                 for m in pain_map.marks))}
    marked = tuple(sorted(pain_map.marks, key=lambda m: order[m.region_id]))
    covered = covered_regions(pain_map, chart) if pain_map.strokes else ()
    shaded = {v: (shaded_percentage(pain_map, chart.view(v)) if pain_map.strokes else 0.0)
              for v in (View.FRONT, View.BACK)}
    return PainMapFacts(marked, covered, shaded)


def mark_text(mark: RegionMark) -> str:
    """"Left sacroiliac joint 7 (sharp)"; a 0 says "no pain" (asked, and nothing there)."""
    text = f"{region_name(mark.region_id)} {mark.intensity}"
    if mark.intensity == 0:
        text += " (" + translate("PainMap", "no pain") + ")"
    elif mark.quality is not None:
        text += f" ({quality_name(mark.quality).lower()})"
    return text


def summary_html(f: PainMapFacts) -> str:
    """Three short lines: marked regions, regions the drawing covers, shaded share per view."""
    if not f.marked and not f.covered and not any(f.shaded.values()):
        return escape(translate(
            "PainMap", "Nothing marked yet. Click a region to give it a pain score, "
            "or choose the brush to shade where it hurts."))
    none = escape(translate("PainMap", "none"))
    marked = ", ".join(escape(mark_text(m)) for m in f.marked) or none
    covered = ", ".join(escape(region_name(r)) for r in f.covered) or none
    shaded = " · ".join(f"{escape(view_name(v))} {escape(percent(f.shaded[v]))}"
                        for v in (View.FRONT, View.BACK))
    return "<br>".join((_line(translate("PainMap", "Marked regions"), marked),
                        _line(translate("PainMap", "Shading covers"), covered),
                        _line(translate("PainMap", "Shaded share of the body"), shaded)))


def _line(heading: str, html_text: str) -> str:
    return f"<b>{escape(heading)}:</b> {html_text}"


def comparison_html(c: PainMapComparison) -> str:
    """The change from the earlier map to the current one, important changes in bold."""
    lines: list[str] = []
    if c.added:
        lines.append(_line(translate("PainMap", "New pain"),
                           ", ".join(escape(region_name(r)) for r in c.added)))
    if c.removed:
        lines.append(_line(translate("PainMap", "No longer painful"),
                           ", ".join(escape(region_name(r)) for r in c.removed)))
    if c.intensity_changed:
        parts = []
        for ch in c.intensity_changed:
            sign = "+" if ch.delta > 0 else "\u2212"
            text = escape(f"{region_name(ch.region_id)} {ch.before} \u2192 {ch.after} "
                          f"({sign}{abs(ch.delta)})")
            parts.append(f"<b>{text}</b>" if ch.important else text)
        lines.append(_line(translate("PainMap", "Intensity"), ", ".join(parts)))
    if c.quality_changed:
        parts = [escape(f"{region_name(q.region_id)}: {quality_name(q.before) or DASH} "
                        f"{ARROW} {quality_name(q.after) or DASH}")
                 for q in c.quality_changed]
        lines.append(_line(translate("PainMap", "Quality"), ", ".join(parts)))
    if c.shaded_before:
        shaded = " · ".join(
            escape(f"{view_name(v)} {percent(c.shaded_before[v])} \u2192 "
                   f"{percent(c.shaded_after[v])}")
            for v in (View.FRONT, View.BACK))
        lines.append(_line(translate("PainMap", "Shaded share of the body"), shaded))
    if not c.any_change:
        lines.insert(0, escape(translate(
            "PainMap", "No change in the pain map since the earlier assessment.")))
    elif c.intensity_changed and any(ch.important for ch in c.intensity_changed):
        note = translate(
            "PainMap", "Bold: a change of 2 or more points (clinically important).")
        lines.append(f"<i>{escape(note)}</i>")
    return "<br>".join(lines)
