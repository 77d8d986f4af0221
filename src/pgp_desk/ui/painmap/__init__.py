"""The pain-map widgets: mark regions, shade freehand, compare with an earlier visit.

Clinical basis: CLINICAL.md §5; the rules (regions, NRS, coverage, shaded %) live in
``pgp_desk.domain.painmap``, the shapes in ``resources/bodychart/{front,back}.svg``.

Embedding (for the assessment form)
-----------------------------------
``PainMapWidget(pain_map=None, *, read_only=False, chart=None, show_summary=True, parent=None)``
    Front and back views side by side (front on the left), titled and captioned
    "Client's right / Client's left" on the correct side of each view; a toolbar (Mark
    regions / Brush / Eraser, brush width, Undo), the colour key and a live summary.

    Model and signal:
      - ``pain_map() -> PainMap`` the current domain map (immutable; store ``.to_dict()``).
      - ``set_pain_map(map | None)`` show a stored map; clears undo; does NOT emit.
      - ``painMapChanged(PainMap)`` after every user edit (live while the region editor is
        open), stroke, clear and undo. Connect it to the form's autosave.
    Modes and tools:
      - ``set_read_only(bool)`` / ``is_read_only()``: read-only hides the toolbar, ignores
        clicks, strokes and keys; hover tooltips still name the regions.
      - ``set_tool(Tool.MARK | Tool.BRUSH | Tool.ERASER)`` (or "mark"/"brush"/"eraser"),
        ``tool()``; ``set_brush_width(units)`` 4-40 chart units, ``brush_width()``.
      - ``undo() -> bool``, ``can_undo()``; Ctrl+Z while the widget has focus.
    Programmatic edits (each one undo step, emitting painMapChanged):
      ``set_region_mark(region_id, intensity, quality=None)``, ``clear_region(region_id)``,
      ``add_stroke(Stroke)``.
    Region editor: a click on a region (MARK tool) or Enter on the keyboard-focused region
      opens a popup: NRS 0-10 (number field + clickable colour scale), quality, Clear,
      Done. Changes apply live; Enter/Done keeps, Escape restores. ``open_editor(region_id)``
      opens it from code, ``editor()`` returns the open one (``RegionEditor``) or None,
      ``close_editor()`` closes it keeping what it already applied (like a click outside).
    Keyboard on the chart: arrows walk the regions, Enter/Space opens the editor,
      Delete clears the focused region's mark, M / B / E pick the tool.
    Summary: ``facts() -> PainMapFacts`` (marked, covered regions, shaded % per view).
    Internals for tests: ``.view`` (PainMapView), ``.scene`` (PainMapScene:
      ``region_centre(region_id)`` and ``scene_point(view, (x, y))`` give scene
      positions; ``view.mapFromScene`` gives the viewport point to click).

``PainMapComparisonWidget(chart=None, parent=None)``
    An earlier map beside the current one, both read-only, each headed with its date, and
    the change in words from ``compare_pain_maps`` (new / no longer painful regions,
    intensity changes with those of 2+ points in bold, quality, shaded % per view).
      - ``set_maps(earlier, earlier_date, current, current_date=None)``
      - ``set_current(current)`` to follow the map being edited
      - ``comparison() -> PainMapComparison``

UI strings use the translation context ``PainMap``. Region, quality and view names come
from the domain catalogue in the UI language (``ui.i18n.current_language()``).
"""

from __future__ import annotations

from pgp_desk.ui.painmap.comparison import PainMapComparisonWidget
from pgp_desk.ui.painmap.editor import RegionEditor
from pgp_desk.ui.painmap.summary import PainMapFacts
from pgp_desk.ui.painmap.view import Tool
from pgp_desk.ui.painmap.widget import PainMapWidget

__all__ = ["PainMapComparisonWidget", "PainMapFacts", "PainMapWidget", "RegionEditor", "Tool"]
