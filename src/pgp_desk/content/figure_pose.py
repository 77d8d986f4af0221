"""Reading an illustration's pose file (resources/exercises/poses/<CODE>.yaml).

The pose file is the source of the picture. Keys:

- code, licence (CC BY 4.0), author (PGP Desk contributors), pregnant (true: rounded belly)
- view: side (facing right) | front | front_lying (on her right side, head left) | back
- layers: optional drawing order of parts, or a preset name (see figures.LAYER_PRESETS)
- floor: y of the light grey floor line (default 270), or null for none
- props: list of {kind: chair|ball|mat|..., ...} (see figure_props.DRAWERS)
- start: the solid pose; end: an optional lighter pose. A pose has `at` (hip joint x, y),
  `trunk`, `pelvis`, `head` (degrees, counter-clockwise from pointing right), and `arms` /
  `legs` per side (near/far in side view, left/right otherwise) as [upper, lower, end]
  where each entry is an angle or [angle, length fraction] for foreshortening.
  `drop_to: y` rests the pose's lowest point on y; `anchor: joint` (end pose only) keeps
  that joint where the start pose has it.
- arrows: {from, to, bend, both} or {arc, rx, ry, start_deg, end_deg, both}; points are
  [x, y], "start:knee.near" or ["end:hip", dx, dy].

Missing keys of the end pose are taken from the start pose, so a file only says what moves.
An end pose with its own `view` (e.g. she sits sideways facing the viewer, then turns in and
is seen in profile) takes nothing from the start pose: it names its own `at` and limbs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pgp_desk.content import yaml_text
from pgp_desk.content.figure_body import Limb, Pose, Segment

VIEWS = ("side", "front", "front_lying", "back")
SIDES = {
    "side": ("near", "far"),
    "front": ("left", "right"),
    "front_lying": ("left", "right"),
    "back": ("left", "right"),
}
LICENCE = "CC BY 4.0"
AUTHOR = "PGP Desk contributors"


class PoseFileError(ValueError):
    """A pose file that cannot be drawn; the message names the file and the key."""


@dataclass(frozen=True)
class Placement:
    """How to position a pose after building it: drop onto a line, or match a joint."""

    drop_to: float | None = None
    anchor: str | None = None


@dataclass(frozen=True)
class Arrow:
    """A direction arrow in the accent colour.

    Straight or bowed: `from`/`to` are [x, y], a joint ("end:knee.near") or a joint with
    an offset (["start:hip", -20, 5]). Round: `arc` is the centre (same forms) with
    `rx`, `ry` and the angles `start_deg`/`end_deg`.
    """

    start: Any = None
    end: Any = None
    bend: float = 0.0
    both: bool = False
    arc: Any = None
    rx: float = 20.0
    ry: float = 20.0
    start_deg: float = 0.0
    end_deg: float = 270.0


@dataclass(frozen=True)
class FigureSpec:
    """Everything needed to draw one exercise illustration."""

    code: str
    pregnant: bool
    view: str
    start: Pose
    start_place: Placement
    end: Pose | None = None
    end_place: Placement = Placement()
    end_view: str | None = None
    floor: float | None = 270.0
    props: list[dict[str, Any]] = field(default_factory=list)
    arrows: list[Arrow] = field(default_factory=list)
    layers: str | list[list[str]] | None = None
    licence: str = LICENCE
    author: str = AUTHOR


def _segment(value: Any, where: str) -> Segment:
    if isinstance(value, (int, float)):
        return Segment(float(value))
    if isinstance(value, list) and len(value) == 2:
        return Segment(float(value[0]), float(value[1]))
    raise PoseFileError(f"{where}: expected an angle or [angle, scale], got {value!r}")


def _limb(value: Any, where: str) -> Limb:
    if not isinstance(value, list) or len(value) not in (2, 3):
        raise PoseFileError(f"{where}: expected [upper, lower] or [upper, lower, end]")
    segs = [_segment(v, where) for v in value]
    return Limb(segs[0], segs[1], segs[2] if len(segs) == 3 else None)


def _pose(raw: dict[str, Any], view: str, where: str) -> tuple[Pose, Placement]:
    known = {"at", "trunk", "pelvis", "head", "arms", "legs", "drop_to", "anchor", "view"}
    unknown = set(raw) - known
    if unknown:
        raise PoseFileError(f"{where}: unknown keys {sorted(unknown)}")
    if "at" not in raw:
        raise PoseFileError(f"{where}: 'at' (hip joint position) is required")
    sides = SIDES[view]
    limbs: dict[str, dict[str, Limb]] = {"arms": {}, "legs": {}}
    for key in ("arms", "legs"):
        for side, value in (raw.get(key) or {}).items():
            if side not in sides:
                raise PoseFileError(f"{where}.{key}: side {side!r} not in {sides}")
            limbs[key][side] = _limb(value, f"{where}.{key}.{side}")
    x, y = raw["at"]
    pose = Pose(
        at=(float(x), float(y)),
        trunk=float(raw.get("trunk", 90.0)),
        pelvis=None if raw.get("pelvis") is None else float(raw["pelvis"]),
        head=None if raw.get("head") is None else float(raw["head"]),
        arms=limbs["arms"],
        legs=limbs["legs"],
    )
    drop = raw.get("drop_to")
    return pose, Placement(None if drop is None else float(drop), raw.get("anchor"))


def _merge(start: dict[str, Any], end: dict[str, Any]) -> dict[str, Any]:
    merged = {k: v for k, v in start.items() if k not in ("drop_to", "anchor")}
    for key, value in end.items():
        if key in ("arms", "legs"):
            merged[key] = {**(start.get(key) or {}), **(value or {})}
        else:
            merged[key] = value
    return merged


def _arrow(raw: dict[str, Any], source: str) -> Arrow:
    if "arc" in raw:
        return Arrow(
            arc=raw["arc"],
            rx=float(raw.get("rx", 20.0)),
            ry=float(raw.get("ry", 20.0)),
            start_deg=float(raw.get("start_deg", 0.0)),
            end_deg=float(raw.get("end_deg", 270.0)),
            both=bool(raw.get("both", False)),
        )
    if "from" not in raw or "to" not in raw:
        raise PoseFileError(f"{source}: an arrow needs 'from' and 'to', or 'arc'")
    return Arrow(
        start=raw["from"],
        end=raw["to"],
        bend=float(raw.get("bend", 0.0)),
        both=bool(raw.get("both", False)),
    )


def parse_spec(raw: dict[str, Any], source: str) -> FigureSpec:
    """Validate a loaded pose file and turn it into a FigureSpec."""
    view = raw.get("view", "side")
    if view not in VIEWS:
        raise PoseFileError(f"{source}: view must be one of {VIEWS}")
    if not isinstance(raw.get("pregnant"), bool):
        raise PoseFileError(f"{source}: 'pregnant' must be true or false")
    if raw.get("licence") != LICENCE or raw.get("author") != AUTHOR:
        raise PoseFileError(f"{source}: licence must be {LICENCE!r} and author {AUTHOR!r}")
    start, start_place = _pose(raw["start"], view, f"{source}:start")
    end = None
    end_place = Placement()
    end_view = None
    if raw.get("end"):
        end_view = raw["end"].get("view", view)
        if end_view not in VIEWS:
            raise PoseFileError(f"{source}:end: view must be one of {VIEWS}")
        # A pose seen from another side shares no limb names with the start pose.
        end_raw = _merge(raw["start"], raw["end"]) if end_view == view else raw["end"]
        end, end_place = _pose(end_raw, end_view, f"{source}:end")
    if "view" in raw["start"]:
        raise PoseFileError(f"{source}:start: the start pose takes the file's view")
    arrows = [_arrow(a, source) for a in raw.get("arrows") or []]
    floor = raw.get("floor", 270.0)
    return FigureSpec(
        code=str(raw["code"]),
        pregnant=raw["pregnant"],
        view=view,
        start=start,
        start_place=start_place,
        end=end,
        end_place=end_place,
        end_view=end_view,
        floor=None if floor is None else float(floor),
        props=list(raw.get("props") or []),
        arrows=arrows,
        layers=raw.get("layers"),
        licence=raw["licence"],
        author=raw["author"],
    )


def load_spec(path: Path) -> FigureSpec:
    """Read and validate one pose file."""
    with path.open(encoding="utf-8") as handle:
        raw = yaml_text.load(handle)
    if not isinstance(raw, dict):
        raise PoseFileError(f"{path.name}: not a mapping")
    if raw.get("code") != path.stem:
        raise PoseFileError(f"{path.name}: code {raw.get('code')!r} does not match file name")
    return parse_spec(raw, path.name)
