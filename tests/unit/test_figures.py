"""Exercise illustrations: one pose file per code, rendered to SVG that Qt and ReportLab draw."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET

import pytest
import yaml

from pgp_desk.content import figures
from pgp_desk.content.figure_body import Pose, build_body
from pgp_desk.content.figure_pose import PoseFileError, load_spec, parse_spec
from pgp_desk.content.figure_svg import ACCENT, GHOST, INK

# The exercise library's codes, as listed in the content brief.
CODES = [
    "EDU-PAIN",
    "EDU-ACTIVE",
    "EDU-BODY-AWARE",
    "MAP-TILT-STAND",
    "MAP-TILT-SIT",
    "MAP-TILT-4PT",
    "MAP-SHIFT-SIT",
    "MAP-CIRCLE-BALL",
    "MAP-SHIFT-STAND",
    "STAB-TA-SUPINE",
    "STAB-TA-SIDE",
    "STAB-TA-4PT",
    "STAB-PF-SIT",
    "STAB-MULTIFIDUS",
    "STAB-TA-STAND",
    "GLOB-BRIDGE",
    "GLOB-BRIDGE-SINGLE",
    "GLOB-SIDE-LEGLIFT",
    "GLOB-CLAM",
    "GLOB-STS-SLOW",
    "GLOB-SQUAT-CHAIR",
    "GLOB-WALL-SIT",
    "GLOB-BIRDDOG-ARM",
    "GLOB-BIRDDOG",
    "GLOB-SIDE-PLANK-KNEE",
    "GLOB-ADD-SQUEEZE",
    "GLOB-STEP-UP",
    "GLOB-ROW-BAND",
    "ADL-STAIRS",
    "ADL-CAR",
    "ADL-BED-TURN",
    "ADL-DRESS",
    "ADL-LIFT-CHILD",
    "ADL-WALK",
    "ADL-STAND-EVEN",
    "POOL-WALK",
    "POOL-LEG-SWING",
    "POOL-SQUAT",
    "POOL-FLOAT",
    "RELAX-BREATH",
    "RELAX-SIDE-REST",
    "RELAX-SIT-SUPPORTED",
    "PP-PF-QUICK",
    "PP-HEEL-SLIDE",
    "PP-BRIDGE-MARCH",
    "PP-DEADBUG",
    "PP-SQUAT-CARRY",
    "PP-PLANK-KNEE",
    "GLOB-DIAGONAL-BAND",
    "ADL-CRUTCHES",
    "ADL-FLOOR-RISE",
    "PP-CARRY-FEED",
    "PP-RUN-READY",
]

SVG_NS = "{http://www.w3.org/2000/svg}"
ALLOWED_ELEMENTS = {"svg", "path", "line", "circle", "ellipse", "polygon", "polyline", "g"}
FORBIDDEN_ATTRIBUTES = {"class", "style", "filter", "mask", "clip-path", "transform"}


def _parse(code: str) -> ET.Element:
    return ET.fromstring(figures.illustration_svg(code))


def test_every_code_has_a_pose_file() -> None:
    """Each exercise code of the library has exactly one pose file, and no stray files exist."""
    assert len(CODES) == len(set(CODES))
    assert figures.available_illustrations() == sorted(CODES)


@pytest.mark.parametrize("code", CODES)
def test_pose_file_carries_licence_and_author(code: str) -> None:
    """Every pose file names its licence (CC BY 4.0) and author, like every text."""
    raw = yaml.safe_load((figures.poses_dir() / f"{code}.yaml").read_text(encoding="utf-8"))
    assert raw["code"] == code
    assert raw["licence"] == "CC BY 4.0"
    assert raw["author"] == "PGP Desk contributors"
    assert isinstance(raw["pregnant"], bool)


@pytest.mark.parametrize("code", CODES)
def test_svg_uses_only_plain_elements_in_a_400_by_300_box(code: str) -> None:
    """The SVG parses as XML, has a 400×300 viewBox and only paths, lines and simple shapes."""
    root = _parse(code)
    assert root.tag == f"{SVG_NS}svg"
    assert root.get("viewBox") == "0 0 400 300"
    tags = {el.tag.removeprefix(SVG_NS) for el in root.iter()}
    assert tags <= ALLOWED_ELEMENTS, tags - ALLOWED_ELEMENTS
    for el in root.iter():
        assert not FORBIDDEN_ATTRIBUTES & set(el.attrib), (el.tag, el.attrib)
    assert "licence" not in tags and "CC BY 4.0" in figures.illustration_svg(code)


@pytest.mark.parametrize("code", CODES)
def test_svg_draws_the_figure_in_ink_with_uniform_round_strokes(code: str) -> None:
    """The figure outline is ink; every line is 3 px wide with round caps and joins."""
    root = _parse(code)
    assert any(el.get("stroke") == INK for el in root.iter())
    for el in root.iter():
        if el.get("stroke") not in (None, "none") and el.get("stroke-width"):
            assert el.get("stroke-linejoin") == "round"
            assert el.get("stroke-linecap") == "round"
            # 3 px lines; 6 px under a white fill leaves a 3 px outline; 1.5 px rounds
            # the arrowheads' corners.
            assert el.get("stroke-width") in ("3", "6", "1.5")


@pytest.mark.parametrize("code", CODES)
def test_svglib_turns_every_illustration_into_a_drawing(code: str) -> None:
    """svglib (ReportLab) reads the SVG into a 4:3 drawing with visible dark strokes."""
    from reportlab.graphics import renderPDF
    from reportlab.lib import colors
    from svglib.svglib import svg2rlg

    drawing = svg2rlg(io.BytesIO(figures.illustration_svg(code).encode("utf-8")))
    assert drawing is not None
    assert drawing.width / drawing.height == pytest.approx(400 / 300)  # svglib counts points

    def strokes(node) -> list:  # type: ignore[no-untyped-def]
        found = []
        for child in getattr(node, "contents", []):
            colour = getattr(child, "strokeColor", None)
            if colour is not None and colour != colors.white:
                found.append(colour)
            found += strokes(child)
        return found

    ink = colors.HexColor(INK)
    assert any(abs(c.red - ink.red) + abs(c.green - ink.green) < 0.05 for c in strokes(drawing))
    assert renderPDF.drawToString(drawing).startswith(b"%PDF")


@pytest.fixture(scope="module")
def qt_app():  # type: ignore[no-untyped-def]
    """A Qt application object, needed before painting into a QImage."""
    from PySide6 import QtWidgets as widgets
    return widgets.QApplication.instance() or widgets.QApplication([])


@pytest.mark.parametrize("code", CODES)
def test_qt_renders_every_illustration(code: str, qt_app) -> None:  # type: ignore[no-untyped-def]
    """QSvgRenderer accepts the SVG and paints dark figure pixels onto a white image."""
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(figures.illustration_svg(code).encode("utf-8")))
    assert renderer.isValid()
    assert renderer.viewBoxF().width() == 400 and renderer.viewBoxF().height() == 300
    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    dark = sum(
        1
        for y in range(0, 300, 2)
        for x in range(0, 400, 2)
        if QColor(image.pixel(x, y)).lightness() < 110
    )
    assert dark > 150


def _belly_reach(pregnant: bool) -> float:
    """How far the torso outline reaches in front of the hip joint, standing side-on."""
    body = build_body(Pose(at=(200.0, 160.0)), "side", pregnant)
    return max(x for x, _ in body.parts["torso"].shapes[0]) - 200.0


def test_pregnant_flag_gives_the_figure_a_rounded_belly() -> None:
    """A pregnant figure's belly reaches well beyond a postpartum figure's flat front."""
    assert _belly_reach(True) > _belly_reach(False) + 8.0


def test_pregnant_flag_changes_the_rendered_picture() -> None:
    """Flipping the flag in a pose file redraws the torso (a belly line appears or goes)."""
    raw = yaml.safe_load((figures.poses_dir() / "ADL-STAND-EVEN.yaml").read_text("utf-8"))
    with_belly = figures.render_spec(parse_spec({**raw, "pregnant": True}, "t"))
    without = figures.render_spec(parse_spec({**raw, "pregnant": False}, "t"))
    assert with_belly != without
    assert with_belly.count("<path") == without.count("<path") + 1  # the belly's lower curve


@pytest.mark.parametrize("code", CODES)
def test_postpartum_figures_have_no_belly_and_pregnancy_ones_do(code: str) -> None:
    """PP-* exercises show the figure after birth; every other exercise shows her pregnant."""
    spec = load_spec(figures.poses_dir() / f"{code}.yaml")
    assert spec.pregnant is (not code.startswith("PP-"))


def test_lighter_end_pose_and_accent_arrows_appear_when_described() -> None:
    """An end pose is drawn in the ghost grey and arrows in the accent colour, else neither."""
    bridge = figures.illustration_svg("GLOB-BRIDGE")
    assert GHOST in bridge and ACCENT in bridge
    rest = figures.illustration_svg("RELAX-SIDE-REST")
    assert GHOST not in rest and ACCENT not in rest


def test_unknown_or_unsafe_codes_raise_key_error() -> None:
    """Only real codes load; a path-like code never reaches the file system."""
    for code in ("NOPE-NOT-HERE", "../poses/GLOB-BRIDGE", "glob-bridge"):
        with pytest.raises(KeyError):
            figures.illustration_svg(code)


def test_pose_file_without_licence_is_rejected() -> None:
    """A pose file must carry the licence and author before it can be drawn."""
    raw = yaml.safe_load((figures.poses_dir() / "GLOB-BRIDGE.yaml").read_text("utf-8"))
    with pytest.raises(PoseFileError, match="licence"):
        parse_spec({**raw, "licence": "all rights reserved"}, "GLOB-BRIDGE.yaml")


def test_pose_file_with_unknown_limb_side_is_rejected() -> None:
    """Side views name limbs near/far; a 'left' arm in a side view is an authoring mistake."""
    raw = yaml.safe_load((figures.poses_dir() / "GLOB-BRIDGE.yaml").read_text("utf-8"))
    start = {**raw["start"], "arms": {"left": [0, 0]}}
    with pytest.raises(PoseFileError, match="side 'left'"):
        parse_spec({**raw, "start": start}, "GLOB-BRIDGE.yaml")


def test_command_writes_one_svg_per_code(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """`python -m pgp_desk.content.figures OUT_DIR` writes every illustration for review."""
    assert figures.main([str(tmp_path)]) == 0
    written = sorted(p.stem for p in tmp_path.glob("*.svg"))
    assert written == sorted(CODES)
    assert (tmp_path / "GLOB-CLAM.svg").read_text("utf-8") == figures.illustration_svg("GLOB-CLAM")


def _numbers(el: ET.Element) -> list[tuple[str, float]]:
    """(axis, value) for every coordinate an element mentions."""
    out: list[tuple[str, float]] = []
    for name in ("x1", "x2", "y1", "y2"):
        if el.get(name):
            out.append((name[0], float(el.get(name, "0"))))
    if el.get("r"):
        cx, cy, r = (float(el.get(k, "0")) for k in ("cx", "cy", "r"))
        out += [("x", cx - r), ("x", cx + r), ("y", cy - r), ("y", cy + r)]
    raw = el.get("d") or el.get("points") or ""
    values = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", raw)]
    out += [("x" if i % 2 == 0 else "y", v) for i, v in enumerate(values)]
    return out


@pytest.mark.parametrize("code", CODES)
def test_everything_stays_inside_the_frame(code: str) -> None:
    """No point lies outside the 400×300 box: ReportLab does not clip a drawing to it."""
    for el in _parse(code).iter():
        for axis, value in _numbers(el):
            limit = 400.0 if axis == "x" else 300.0
            assert -0.5 <= value <= limit + 0.5, (code, el.tag, axis, value)


PROP_EXAMPLES = {
    "crutch": {"hand": [220, 160], "foot": 246},
    "mat": {"x": 40, "width": 300},
    "chair": {"x": 120, "y": 214},
    "stool": {"x": 120, "y": 214},
    "chair_front": {"x": 200, "y": 214},
    "ball": {"x": 200, "r": 40},
    "wall": {"x": 60},
    "pillow": {"x": 100, "y": 240, "w": 50, "h": 16},
    "step": {"x": 200},
    "rail": {"x": 300, "y": 150},
    "bar": {"x0": 60, "x1": 340, "y": 140},
    "band": {"points": [[340, 120], [200, 126]], "post": 345},
    "bed": {"x": 40, "width": 240, "y": 200},
    "stairs": {"x": 200},
    "pool": {"water": 130},
    "pool_edge": {"x": 300, "y": 120},
    "noodle": {"points": [[100, 150], [300, 150]]},
    "noodle_end": {"x": 150, "y": 200},
    "car_seat": {"x": 276, "y": 200, "back": 106},
    "car_sill": {"x": 276, "y": 200, "back": 106},
    "child": {"x": 220, "y": 120},
    "toddler": {"x": 240, "y": 160},
    "sock": {"x": 220, "y": 230},
}


def test_every_prop_kind_draws_inside_the_frame() -> None:
    """Each prop a pose file may name draws plain SVG elements that stay inside 400×300."""
    from pgp_desk.content.figure_props import DRAWERS, draw_prop

    assert set(PROP_EXAMPLES) == set(DRAWERS)
    for kind, keys in PROP_EXAMPLES.items():
        layer, elements = draw_prop({"kind": kind, **keys}, 270.0)
        assert layer in ("back", "mid", "front", 0)
        svg = f'<svg xmlns="http://www.w3.org/2000/svg">{"".join(elements)}</svg>'
        root = ET.fromstring(svg)
        assert len(root) > 0
        for el in root:
            assert el.tag.removeprefix(SVG_NS) in ALLOWED_ELEMENTS
            for axis, value in _numbers(el):
                assert -0.5 <= value <= (400.5 if axis == "x" else 300.5), (kind, axis, value)


def test_unknown_prop_kind_is_an_authoring_error() -> None:
    """A prop the drawing code does not know is reported, not silently skipped."""
    from pgp_desk.content.figure_props import PropError, draw_prop

    with pytest.raises(PropError, match="trampoline"):
        draw_prop({"kind": "trampoline"}, 270.0)


def test_arrow_to_a_missing_joint_is_an_authoring_error() -> None:
    """An arrow pointing at a joint the figure does not have names the bad reference."""
    raw = yaml.safe_load((figures.poses_dir() / "GLOB-BRIDGE.yaml").read_text("utf-8"))
    raw["arrows"] = [{"from": "start:tail", "to": [10, 10]}]
    with pytest.raises(PoseFileError, match="start:tail"):
        figures.render_spec(parse_spec(raw, "GLOB-BRIDGE.yaml"))


def test_end_pose_may_be_seen_from_another_side() -> None:
    """An end pose with its own view names its own limbs and takes none from the start pose
    (a front view's left/right legs are not a side view's near/far)."""
    raw = yaml.safe_load((figures.poses_dir() / "ADL-CAR.yaml").read_text("utf-8"))
    spec = parse_spec(raw, "ADL-CAR.yaml")
    assert spec.view == "front" and spec.end_view == "side"
    assert spec.end is not None and set(spec.end.legs) == {"near", "far"}
    bare = {**raw, "end": {"view": "side", "at": [130, 194]}}
    assert parse_spec(bare, "t").end.legs == {}  # type: ignore[union-attr]
    with pytest.raises(PoseFileError, match="view must be"):
        parse_spec({**raw, "end": {**raw["end"], "view": "top"}}, "t")
    with pytest.raises(PoseFileError, match="start pose takes the file's view"):
        parse_spec({**raw, "start": {**raw["start"], "view": "side"}}, "t")


def test_same_view_end_pose_still_inherits_from_the_start_pose() -> None:
    """Without its own view an end pose only says what moves, as before."""
    spec = load_spec(figures.poses_dir() / "GLOB-STS-SLOW.yaml")
    assert spec.end_view == "side"
    assert spec.end is not None and spec.end.arms == spec.start.arms


def test_car_transfer_shows_her_sideways_on_the_seat_then_turned_in() -> None:
    """ADL-CAR: solid, she faces out of the door on the seat with her feet on the ground;
    lighter, she sits in profile in the seat, her feet inside the car behind the sill, and
    the arrow runs from her knees into the car (the steps: sit sideways, swing both legs in)."""
    from pgp_desk.content.figures import _place

    spec = load_spec(figures.poses_dir() / "ADL-CAR.yaml")
    seat = next(p for p in spec.props if p["kind"] == "car_seat")
    sill_top = float(seat["y"]) + 30 - 3
    sill_bottom = float(seat["y"]) + 30 + 18
    start, _ = _place(spec, spec.start, spec.start_place, None)
    assert spec.end is not None
    end, _ = _place(spec, spec.end, spec.end_place, start, (0.0, 0.0), "side")
    assert start.bounds()[3] == pytest.approx(spec.floor - 3.0, abs=0.5)  # feet on the ground
    assert end.bounds()[3] < sill_bottom  # her feet stay in the footwell, behind the sill
    assert end.joints["knee.near"][1] < sill_top  # knees over the sill: she sits in the seat
    assert end.joints["hip"][0] < start.joints["hip"][0] - 60  # turned in, further into the car
    assert abs(start.joints["knee.left"][0] - start.joints["knee.right"][0]) < 16  # knees together
    arrow = spec.arrows[0]
    assert arrow.start[0].startswith("start:knee") and arrow.end[0].startswith("end:knee")


def test_on_the_stairs_her_hand_holds_the_rail() -> None:
    """ADL-STAIRS ('hold the rail, one step at a time'): the near hand is on the rail, not
    in the air under it, in the solid pose and the lighter one."""
    from pgp_desk.content.figures import _place

    spec = load_spec(figures.poses_dir() / "ADL-STAIRS.yaml")
    stairs = next(p for p in spec.props if p["kind"] == "stairs")
    x0, run, rise, n = float(stairs["x"]), float(stairs["run"]), float(stairs["rise"]), int(
        stairs["n"])
    floor, height = 270.0, float(stairs["rail_height"])
    r0 = (x0 - run * 0.6, floor - height)
    r1 = (x0 + n * run, floor - n * rise - height)

    def rail_y(x: float) -> float:
        return r0[1] + (r1[1] - r0[1]) * (x - r0[0]) / (r1[0] - r0[0])

    start, _ = _place(spec, spec.start, spec.start_place, None)
    assert spec.end is not None
    end, _ = _place(spec, spec.end, spec.end_place, start)
    for body in (start, end):
        grip = [body.joints[j] for j in ("wrist.near", "hand.near")]
        assert min(abs(y - rail_y(x)) for x, y in grip) < 3.0, grip


def test_floating_she_lies_in_the_water_not_on_it() -> None:
    """POOL-FLOAT: the water line runs through her body (face and belly above it, the rest
    below, seen through the translucent water), as a floating body lies."""
    from pgp_desk.content.figures import _place

    spec = load_spec(figures.poses_dir() / "POOL-FLOAT.yaml")
    water = float(next(p for p in spec.props if p["kind"] == "pool")["water"])
    body, _ = _place(spec, spec.start, spec.start_place, None)
    top, bottom = body.bounds()[1], body.bounds()[3]
    assert top < water - 8 and bottom > water + 8, (top, water, bottom)
    assert body.joints["hip"][1] > water - 4  # the pelvis is in the water


def test_the_rowing_band_ends_in_her_hands() -> None:
    """GLOB-ROW-BAND: the elastic band runs from the post to her hands (it ended in the
    air above them, so nothing showed what she pulls)."""
    from pgp_desk.content.figures import _place

    spec = load_spec(figures.poses_dir() / "GLOB-ROW-BAND.yaml")
    band = next(p for p in spec.props if p["kind"] == "band")
    free_end = band["points"][-1]
    body, _ = _place(spec, spec.start, spec.start_place, None)
    hand = body.joints["hand.near"]
    assert abs(free_end[0] - hand[0]) < 6 and abs(free_end[1] - hand[1]) < 4, (free_end, hand)


def test_no_arrow_reaches_under_the_floor() -> None:
    """Arrows point at the body: none runs through the mat and below the floor line (the
    breathing arrow did, pointing at nothing under the mat)."""
    from pgp_desk.content.figures import _place, _resolve

    for code in CODES:
        spec = load_spec(figures.poses_dir() / f"{code}.yaml")
        if spec.floor is None:
            continue
        start, shift = _place(spec, spec.start, spec.start_place, None)
        bodies = {"start": start}
        if spec.end is not None:
            inherited = (0.0, 0.0) if spec.end.at != spec.start.at else shift
            bodies["end"] = _place(spec, spec.end, spec.end_place, start, inherited,
                                   spec.end_view)[0]
        for a in spec.arrows:
            if a.arc is not None:
                continue
            for point in (_resolve(a.start, bodies), _resolve(a.end, bodies)):
                assert point[1] <= spec.floor + 1.0, (code, point)


def test_standing_up_with_the_baby_she_still_holds_it() -> None:
    """PP-SQUAT-CARRY: the lighter standing pose holds the baby too, drawn in the lighter
    grey at its hand (its arm was curled round nothing)."""
    from pgp_desk.content.figure_props import draw_prop
    from pgp_desk.content.figures import _place

    spec = load_spec(figures.poses_dir() / "PP-SQUAT-CARRY.yaml")
    babies = [p for p in spec.props if p["kind"] == "child"]
    ghost = [p for p in babies if p.get("ghost")]
    assert len(babies) == 2 and len(ghost) == 1
    start, shift = _place(spec, spec.start, spec.start_place, None)
    assert spec.end is not None
    end, _ = _place(spec, spec.end, spec.end_place, start, shift)
    hand = end.joints["hand.near"]
    assert abs(ghost[0]["x"] - hand[0]) < 15 and abs(ghost[0]["y"] - hand[1]) < 15
    _, elements = draw_prop(ghost[0], 270.0)
    assert any(GHOST in e for e in elements) and not any(INK in e for e in elements)
