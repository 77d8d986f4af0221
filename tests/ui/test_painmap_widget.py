"""The pain-map widget driven through its real viewport: clicks, editor keys, brush strokes."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QLabel

from pgp_desk.domain.painmap import PainMap, Quality, RegionMark, Stroke, View
from pgp_desk.ui.i18n import install_language
from pgp_desk.ui.painmap import PainMapComparisonWidget, PainMapWidget, Tool
from pgp_desk.ui.painmap.palette import INTENSITY_RAMP, luma

SRC = Path(__file__).resolve().parents[2] / "src"
# A vertical stroke down the middle of the back view's left buttock (chart units).
BUTTOCK_STROKE = [(126.0, 272.0 + 4 * i) for i in range(13)]


@pytest.fixture
def danish(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    install_language("da")
    yield
    install_language("en")


@pytest.fixture
def widget(qtbot, danish) -> PainMapWidget:  # type: ignore[no-untyped-def]
    w = PainMapWidget()
    qtbot.addWidget(w)
    w.resize(900, 900)
    w.show()
    qtbot.waitExposed(w)
    return w


def viewport_pos(w: PainMapWidget, scene_pos: QPointF) -> QPoint:
    return w.view.mapFromScene(scene_pos)


def click_region(qtbot, w: PainMapWidget, region_id: str) -> None:  # type: ignore[no-untyped-def]
    """Click the viewport where the region's centroid is drawn."""
    centre = w.scene.region_centre(region_id)
    assert w.scene.region_at(w.view.mapToScene(viewport_pos(w, centre))) == region_id
    qtbot.mouseClick(w.view.viewport(), Qt.MouseButton.LeftButton, pos=viewport_pos(w, centre))


def drag(qtbot, w: PainMapWidget, view: View, points: list[tuple[float, float]]) -> None:  # type: ignore[no-untyped-def]
    """Press, move through the chart points and release, as a hand with a mouse would."""
    vp = w.view.viewport()
    pos = [viewport_pos(w, w.scene.scene_point(view, p)) for p in points]
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=pos[0])
    for p in pos[1:]:
        qtbot.mouseMove(vp, p)
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=pos[-1])


def set_intensity_by_keys(qtbot, w: PainMapWidget, value: int) -> None:  # type: ignore[no-untyped-def]
    editor = w.editor()
    assert editor is not None and editor.isVisible()
    qtbot.keyClick(editor.spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.spin, str(value))
    qtbot.keyClick(editor.spin, Qt.Key.Key_Return)


def test_click_opens_editor_and_keys_set_intensity_and_quality(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """Clicking the left SIJ opens its editor; typing 7, picking "sharp", Enter stores the mark."""
    with qtbot.waitSignal(widget.painMapChanged, timeout=2000):
        click_region(qtbot, widget, "sij_l")
        editor = widget.editor()
        assert editor is not None and editor.region_id == "sij_l"
        qtbot.keyClick(editor.spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(editor.spin, "7")
    editor.quality.setCurrentIndex(editor.quality.findData(Quality.SHARP.value))
    qtbot.keyClick(editor.spin, Qt.Key.Key_Return)
    assert widget.editor() is None
    assert widget.pain_map().marks == (RegionMark("sij_l", 7, Quality.SHARP),)
    assert widget.scene.region_item("sij_l").mark == RegionMark("sij_l", 7, Quality.SHARP)
    assert "Venstre SI-led 7 (skarp)" in widget.summary.text()
    assert "Venstre SI-led" in widget.scene.region_item("sij_l").toolTip()


def test_front_and_back_regions_are_hit_on_the_right_side(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """The client's left groin (front, viewer's right) and left buttock (back, viewer's left)."""
    for region_id, value in (("groin_l", 3), ("buttock_l", 6), ("symphysis", 9)):
        click_region(qtbot, widget, region_id)
        set_intensity_by_keys(qtbot, widget, value)
    assert {m.region_id: m.intensity for m in widget.pain_map().marks} == {
        "groin_l": 3, "buttock_l": 6, "symphysis": 9}
    front = widget.scene.body_view(View.FRONT)
    back = widget.scene.body_view(View.BACK)
    groin_l = widget.scene.region_centre("groin_l").x() - front.scenePos().x()
    buttock_l = widget.scene.region_centre("buttock_l").x() - back.scenePos().x()
    assert groin_l > 150 > buttock_l


def test_side_captions_name_the_clients_side(widget) -> None:  # type: ignore[no-untyped-def]
    """Front: her right on the viewer's left; back: her left on the viewer's left (Danish)."""
    front = widget.scene.body_view(View.FRONT)
    back = widget.scene.body_view(View.BACK)
    assert front.left_caption.text() == "\u2190 Patientens højre"
    assert front.right_caption.text() == "Patientens venstre \u2192"
    assert back.left_caption.text() == "\u2190 Patientens venstre"
    assert back.right_caption.text() == "Patientens højre \u2192"
    assert front.scenePos().x() < back.scenePos().x()
    assert front.left_caption.x() < front.right_caption.x()


def test_escape_restores_the_region(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """Changing a mark in the editor and pressing Escape leaves the map as it was."""
    widget.set_pain_map(PainMap((RegionMark("coccyx", 5),)))
    click_region(qtbot, widget, "coccyx")
    editor = widget.editor()
    qtbot.keyClick(editor.spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.spin, "2")
    assert widget.pain_map().mark("coccyx").intensity == 2  # applied live
    qtbot.keyClick(editor.spin, Qt.Key.Key_Escape)
    assert widget.editor() is None
    assert widget.pain_map() == PainMap((RegionMark("coccyx", 5),))
    assert not widget.can_undo()


def test_clear_button_removes_the_mark(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """The editor's Clear button removes the region's mark; undo brings it back."""
    widget.set_pain_map(PainMap((RegionMark("perineum", 4), RegionMark("sacrum", 2))))
    click_region(qtbot, widget, "perineum")
    qtbot.mouseClick(widget.editor().clear_button, Qt.MouseButton.LeftButton)
    assert widget.pain_map() == PainMap((RegionMark("sacrum", 2),))
    assert widget.undo()
    assert widget.pain_map().mark("perineum") == RegionMark("perineum", 4)


def test_keyboard_alone_marks_a_region(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """Arrow to the first front region, Enter, type 4, Enter: marked without the mouse."""
    widget.view.setFocus()
    qtbot.keyClick(widget.view, Qt.Key.Key_Right)
    first = widget.view.focused_region
    assert first is not None and widget.scene.region_item(first).focused
    qtbot.keyClick(widget.view, Qt.Key.Key_Return)
    set_intensity_by_keys(qtbot, widget, 4)
    assert widget.pain_map().marks == (RegionMark(first, 4),)
    qtbot.keyClick(widget.view, Qt.Key.Key_Delete)
    assert widget.pain_map().marks == ()


def test_brush_stroke_is_stored_in_chart_units_and_covers_the_buttock(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """A drag with the brush adds one back-view stroke along the path; the buttock is covered."""
    qtbot.mouseClick(widget.tool_buttons[Tool.BRUSH], Qt.MouseButton.LeftButton)
    assert widget.tool() is Tool.BRUSH
    widget.set_brush_width(12)
    with qtbot.waitSignal(widget.painMapChanged, timeout=2000):
        drag(qtbot, widget, View.BACK, BUTTOCK_STROKE)
    (stroke,) = widget.pain_map().strokes
    assert stroke.view is View.BACK and stroke.width == 12 and not stroke.erase
    assert len(stroke.points) >= 10
    unit = 1.5  # one screen pixel is under a chart unit at this size; allow rounding
    assert abs(stroke.points[0][0] - 126) < unit and abs(stroke.points[0][1] - 272) < unit
    assert abs(stroke.points[-1][1] - 320) < unit
    facts = widget.facts()
    assert "buttock_l" in facts.covered
    assert facts.shaded[View.BACK] > 0 and facts.shaded[View.FRONT] == 0
    assert widget.pain_map().marks == ()  # shading never marks a region by itself
    assert "Venstre balde" in widget.summary.text()


def test_clicks_with_the_brush_do_not_open_the_editor(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """With the brush, a click on a region is a dot of shading, not a region edit."""
    widget.set_tool(Tool.BRUSH)
    click_region(qtbot, widget, "sacrum")
    assert widget.editor() is None
    assert len(widget.pain_map().strokes) == 1 and widget.pain_map().marks == ()


def test_eraser_removes_shading_and_undo_takes_back_stroke_by_stroke(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """Erasing over a stroke uncovers the region; undo restores the stroke, then removes it."""
    widget.set_tool(Tool.BRUSH)
    widget.set_brush_width(12)
    drag(qtbot, widget, View.BACK, BUTTOCK_STROKE)
    after_brush = widget.pain_map()
    qtbot.keyClick(widget.view, Qt.Key.Key_E)
    assert widget.tool() is Tool.ERASER
    widget.set_brush_width(40)
    drag(qtbot, widget, View.BACK, BUTTOCK_STROKE)
    brush, eraser = widget.pain_map().strokes
    assert eraser.erase and eraser.width == 40 and not brush.erase
    assert widget.facts().covered == ()
    assert widget.facts().shaded[View.BACK] == 0
    with qtbot.waitSignal(widget.painMapChanged, timeout=2000):
        assert widget.undo()
    assert widget.pain_map() == after_brush
    assert "buttock_l" in widget.facts().covered
    assert widget.undo()
    assert widget.pain_map() == PainMap()
    assert not widget.undo()
    assert not widget.undo_button.isEnabled()


def test_ctrl_z_undoes_the_last_stroke(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Z on the chart takes back the last stroke only."""
    widget.set_tool(Tool.BRUSH)
    drag(qtbot, widget, View.FRONT, [(150, 260), (160, 270)])
    drag(qtbot, widget, View.FRONT, [(180, 330), (182, 360)])
    first = widget.pain_map().strokes[0]
    widget.view.setFocus()
    qtbot.keyClick(widget.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert widget.pain_map().strokes == (first,)


def test_read_only_ignores_clicks_strokes_and_keys(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """In read-only mode nothing the mouse or keyboard does changes the map."""
    shown = PainMap((RegionMark("sij_r", 6),))
    widget.set_pain_map(shown)
    widget.set_read_only(True)
    assert not widget.toolbar.isVisible()
    with qtbot.assertNotEmitted(widget.painMapChanged):
        click_region(qtbot, widget, "sij_r")
        assert widget.editor() is None
        widget.set_tool(Tool.BRUSH)
        drag(qtbot, widget, View.BACK, BUTTOCK_STROKE)
        widget.view.setFocus()
        qtbot.keyClick(widget.view, Qt.Key.Key_Right)
        qtbot.keyClick(widget.view, Qt.Key.Key_Delete)
        widget.set_region_mark("coccyx", 3)
        assert not widget.undo()
    assert widget.pain_map() == shown
    assert "Højre SI-led" in widget.scene.region_item("sij_r").toolTip()


def test_set_and_get_round_trip(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """A stored map shows unchanged, comes back equal (also via to_dict) and emits nothing."""
    stored = PainMap(
        (RegionMark("symphysis", 8, Quality.BURNING), RegionMark("lumbar_l", 0)),
        (Stroke(View.FRONT, ((150.0, 300.0), (160.0, 320.0)), 10.0),
         Stroke(View.FRONT, ((155.0, 310.0),), 6.0, erase=True)))
    with qtbot.assertNotEmitted(widget.painMapChanged):
        widget.set_pain_map(PainMap.from_dict(stored.to_dict()))
    assert widget.pain_map() == stored
    assert PainMap.from_dict(widget.pain_map().to_dict()) == stored
    assert widget.scene.region_item("symphysis").mark == stored.mark("symphysis")
    back = widget.scene.body_view(View.BACK)
    assert back.numbers["lumbar_l"].intensity == 0 and back.numbers["lumbar_l"].isVisible()
    assert not back.numbers["sij_l"].isVisible()
    assert len(widget.scene.body_view(View.FRONT).shading.strokes) == 2
    assert not widget.can_undo()


def test_loading_a_map_while_the_editor_is_open_marks_nothing(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """set_pain_map closes an untouched editor without marking its region or emitting."""
    click_region(qtbot, widget, "groin_r")
    assert widget.editor() is not None
    stored = PainMap((RegionMark("sacrum", 3),))
    with qtbot.assertNotEmitted(widget.painMapChanged):
        widget.set_pain_map(stored)
    assert widget.editor() is None
    assert widget.pain_map() == stored


def test_comparison_shows_both_dates_and_the_change(qtbot, danish) -> None:  # type: ignore[no-untyped-def]
    """Earlier and current maps side by side, read-only, with the change in Danish words."""
    w = PainMapComparisonWidget()
    qtbot.addWidget(w)
    earlier = PainMap((RegionMark("sij_l", 8), RegionMark("lumbar_l", 3)))
    current = PainMap((RegionMark("sij_l", 4), RegionMark("symphysis", 5)))
    w.set_maps(earlier, date(2025, 1, 14), current, date(2025, 3, 2))
    w.show()
    assert w.earlier.is_read_only() and w.current.is_read_only()
    assert "14.01.2025" in w.earlier_title.text() and "02.03.2025" in w.current_title.text()
    c = w.comparison()
    assert c.added == ("symphysis",) and c.removed == ("lumbar_l",)
    text = w.changes.text()
    assert "Symfysen (skambenet)" in text and "Venstre side af lænden" in text
    assert "<b>Venstre SI-led 8 \u2192 4 (\u22124)</b>" in text
    w.set_current(earlier)
    assert not w.comparison().any_change


def test_ramp_darkens_at_every_step_and_matches_the_pdf() -> None:
    """The 0-10 ramp's grey value falls at every step; the PDF uses the same colours."""
    from pgp_desk.pdf import painmap_drawing

    greys = [luma(c) for c in INTENSITY_RAMP]
    assert len(greys) == 11
    assert all(a > b + 4 for a, b in pairwise(greys))
    assert painmap_drawing.INTENSITY_RAMP == INTENSITY_RAMP


def test_thousands_of_qt_calls_do_not_exhaust_none_or_true() -> None:
    """After importing the pain map, void Qt calls and signal emits cannot abort Python 3.11."""
    code = (
        "import pgp_desk.ui.painmap\n"
        "from PySide6.QtCore import QObject, Signal\n"
        "from PySide6.QtGui import QPainterPath\n"
        "class O(QObject):\n"
        "    s = Signal()\n"
        "o = O(); p = QPainterPath()\n"
        "for _ in range(50000):\n"
        "    p.lineTo(1.0, 2.0); o.s.emit()\n"
        "print('alive')\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")]))}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "alive"


def test_the_figure_stays_put_and_small_regions_are_easy_to_hit(qtbot, danish) -> None:  # type: ignore[no-untyped-def]
    """At the size the assessment gives it on a 1366×768 laptop: marking regions fills the
    summary without moving the figure; a click a few pixels beside the narrow symphysis
    still hits it; the name of the region under the pointer is shown before clicking."""
    w = PainMapWidget()
    qtbot.addWidget(w)
    w.resize(1000, 560)
    w.show()
    qtbot.waitExposed(w)
    before = (w.view.geometry(), w.view.mapFromScene(w.scene.region_centre("sij_l")))
    for region_id, value in (("sij_l", 6), ("sij_r", 4), ("symphysis", 7), ("lumbar_l", 3)):
        click_region(qtbot, w, region_id)
        set_intensity_by_keys(qtbot, w, value)
    assert len(w.pain_map().marks) == 4 and w.summary.text()
    after = (w.view.geometry(), w.view.mapFromScene(w.scene.region_centre("sij_l")))
    assert after == before

    # a near miss: a few pixels beside the symphysis, where no region is drawn
    centre = viewport_pos(w, w.scene.region_centre("symphysis"))
    misses = [centre + QPoint(dx, dy) for distance in range(4, 40)
              for dx, dy in ((0, -distance), (0, distance), (-distance, 0), (distance, 0))]
    miss = next(p for p in misses if w.scene.region_at(w.view.mapToScene(p)) is None)
    assert (miss - centre).manhattanLength() <= 40
    qtbot.mouseMove(w.view.viewport(), miss)
    assert w.findChild(QLabel, "painMapHovered").text() == "Symfysen (skambenet)"
    qtbot.mouseClick(w.view.viewport(), Qt.MouseButton.LeftButton, pos=miss)
    editor = w.editor()
    assert editor is not None and editor.region_id == "symphysis"
