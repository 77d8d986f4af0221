"""Exercise illustrations: pose files rendered to SVG text with one figure model.

The pose data in resources/exercises/poses/<CODE>.yaml is the source of every picture;
no SVG is stored. Drawing every exercise with the same figure, stroke and palette keeps
the library consistent (CONTENT.md §Illustrations).

Run `python -m pgp_desk.content.figures OUT_DIR` to write every illustration as an SVG
file for a human to look at.
"""

from __future__ import annotations

import re
import sys
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

from pgp_desk.content.figure_arrows import arc_arrow, arrow
from pgp_desk.content.figure_body import Body, Pose, build_body, ellipse_points
from pgp_desk.content.figure_pose import FigureSpec, Placement, PoseFileError, load_spec
from pgp_desk.content.figure_props import draw_prop
from pgp_desk.content.figure_svg import (
    FLOOR,
    GHOST,
    HEIGHT,
    INK,
    WIDTH,
    Layer,
    Point,
    document,
    path,
    polyline_data,
    smooth_closed,
    smooth_open,
    stroke_attrs,
)
from pgp_desk.resources import resource_path

_CODE = re.compile(r"^[A-Z0-9]+(?:-[A-Z0-9]+)*$")
# Drawing order of the figure's parts; parts in one group merge into one silhouette.
LAYER_PRESETS = {
    "side": [["arm.far"], ["leg.far"], ["leg.near", "torso", "neck", "head"], ["arm.near"]],
    "front": [["leg.left", "leg.right", "torso", "neck", "head"], ["arm.left", "arm.right"]],
    # Front view of a woman lying on her right side, head to the left, seen from above
    # her feet: the bottom (right) limbs lie behind, the top leg joins the body outline.
    "side_lying": [
        ["arm.right"],
        ["leg.right"],
        ["torso", "neck", "head", "leg.left"],
        ["arm.left"],
    ],
}


def poses_dir() -> Path:
    """Folder holding one pose file per exercise code."""
    return resource_path("exercises", "poses")


def available_illustrations() -> list[str]:
    """Exercise codes that have a pose file, sorted."""
    folder = poses_dir()
    if not folder.is_dir():
        return []
    return sorted(p.stem for p in folder.glob("*.yaml") if _CODE.match(p.stem))


@cache
def illustration_svg(code: str, after_birth: bool = False) -> str:
    """SVG text (400×300 viewBox) of the exercise's illustration; `after_birth` draws the
    same figure without the pregnant belly (a client after birth never sees one).

    Raises KeyError when the code has no pose file.
    """
    if not _CODE.match(code):
        raise KeyError(code)
    pose_file = poses_dir() / f"{code}.yaml"
    if not pose_file.is_file():
        raise KeyError(code)
    spec = load_spec(pose_file)
    if after_birth and spec.pregnant:
        spec = replace(spec, pregnant=False)
    return render_spec(spec)


def _shifted(pose: Pose, dx: float, dy: float) -> Pose:
    return Pose(
        at=(pose.at[0] + dx, pose.at[1] + dy),
        trunk=pose.trunk,
        pelvis=pose.pelvis,
        head=pose.head,
        arms=pose.arms,
        legs=pose.legs,
    )


def _place(
    spec: FigureSpec,
    pose: Pose,
    place: Placement,
    reference: Body | None,
    inherited: tuple[float, float] = (0.0, 0.0),
    view: str | None = None,
) -> tuple[Body, tuple[float, float]]:
    """Build the body, then move it so an anchor joint or its lowest point lands as asked.

    With neither, the pose moves by `inherited` (the start pose's shift), so an end pose
    that only changes some angles stays where the start pose was put. `view` is the pose's
    own view when it differs from the file's.
    """
    view = view or spec.view
    body = build_body(pose, view, spec.pregnant)
    dx, dy = (0.0, 0.0) if place.anchor or place.drop_to is not None else inherited
    if place.anchor and reference is not None:
        want, have = reference.joints[place.anchor], body.joints[place.anchor]
        dx, dy = want[0] - have[0], want[1] - have[1]
    if place.drop_to is not None:
        lowest = build_body(_shifted(pose, dx, dy), view, spec.pregnant).bounds()[3]
        # The outline reaches one stroke beyond the shape; let it sit on the line.
        dy += place.drop_to - 3.0 - lowest
    if dx or dy:
        body = build_body(_shifted(pose, dx, dy), view, spec.pregnant)
    return body, (dx, dy)


def _circle_points(centre: Point, r: float) -> list[Point]:
    return ellipse_points(centre, 0.0, r, r, 12)


def _body_layers(body: Body, groups: list[list[str]], colour: str) -> list[list[str]]:
    """SVG elements per layer group, each group merged into one outlined silhouette."""
    rendered: list[list[str]] = []
    for group in groups:
        layer = Layer(colour=colour)
        for name in group:
            part = body.parts.get(name)
            if part is None:
                continue
            for shape in part.shapes:
                layer.add_shape(smooth_closed(shape))
            for centre, r in part.circles:
                layer.add_shape(smooth_closed(_circle_points(centre, r)))
            for detail in part.details:
                layer.add_detail(smooth_open(detail))
            for fill in part.fills:
                layer.add_fill(smooth_closed(fill))
        rendered.append(layer.render() if layer.shapes else [])
    return rendered


def _resolve(ref: Any, bodies: dict[str, Body]) -> Point:
    """A point from [x, y], "pose:joint" or ["pose:joint", dx, dy] (pose defaults to start)."""
    dx = dy = 0.0
    if isinstance(ref, list) and ref and isinstance(ref[0], str):
        ref, dx, dy = ref[0], float(ref[1]), float(ref[2])
    if not isinstance(ref, str):
        return (float(ref[0]), float(ref[1]))
    which, joint = ref.split(":", 1) if ":" in ref else ("start", ref)
    try:
        x, y = bodies[which].joints[joint]
    except KeyError:
        raise PoseFileError(f"arrow point {ref!r}: no such pose or joint") from None
    return (x + dx, y + dy)


def _preset(view: str) -> list[list[str]]:
    return LAYER_PRESETS[{"side": "side", "front_lying": "side_lying"}.get(view, "front")]


def render_spec(spec: FigureSpec) -> str:
    """Draw a figure spec: floor, props behind, lighter end pose, start pose, props, arrows."""
    layers = spec.layers or {"side": "side", "front_lying": "side_lying"}.get(spec.view, "front")
    groups = LAYER_PRESETS[layers] if isinstance(layers, str) else layers
    start, shift = _place(spec, spec.start, spec.start_place, None)
    bodies = {"start": start}
    end_view = spec.end_view or spec.view
    # An end pose seen from another side draws its parts in its own view's order.
    end_groups = groups if end_view == spec.view else _preset(end_view)
    if spec.end is not None:
        own_at = spec.end.at != spec.start.at
        inherited = (0.0, 0.0) if own_at else shift
        bodies["end"] = _place(spec, spec.end, spec.end_place, start, inherited, end_view)[0]
    floor = spec.floor if spec.floor is not None else float(HEIGHT) - 20.0
    props: dict[str | int, list[str]] = {"back": [], "front": []}
    for prop in spec.props:
        layer, elements = draw_prop(prop, floor)
        # "mid" sits just under the last figure layer (the near arm holds the prop).
        key = len(groups) - 1 if layer == "mid" else layer
        props.setdefault(key, []).extend(elements)

    out: list[str] = []
    if spec.floor is not None:
        out.append(path(polyline_data([(14, floor), (WIDTH - 14, floor)]), **stroke_attrs(FLOOR)))
    out += props["back"]
    if "end" in bodies:
        for ghost in _body_layers(bodies["end"], end_groups, GHOST):
            out += ghost
    for index, body in enumerate(_body_layers(start, groups, INK)):
        out += props.get(index, [])
        out += body
    out += props["front"]
    for a in spec.arrows:
        if a.arc is not None:
            centre = _resolve(a.arc, bodies)
            out += arc_arrow(centre, a.rx, a.ry, a.start_deg, a.end_deg, a.both)
        else:
            out += arrow(_resolve(a.start, bodies), _resolve(a.end, bodies), a.bend, a.both)
    note = f"{spec.code} illustration, {spec.licence}, {spec.author}"
    return document(out, note)


def main(argv: list[str] | None = None) -> int:
    """Write every illustration to OUT_DIR/<CODE>.svg so a person can look at them."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m pgp_desk.content.figures OUT_DIR", file=sys.stderr)
        return 2
    out_dir = Path(args[0])
    out_dir.mkdir(parents=True, exist_ok=True)
    codes = available_illustrations()
    for code in codes:
        (out_dir / f"{code}.svg").write_text(illustration_svg(code), encoding="utf-8")
    print(f"wrote {len(codes)} illustrations to {out_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
