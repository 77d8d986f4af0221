"""Props beside the figure, looked up by the `kind` named in a pose file.

Drawing returns SVG elements and the layer they belong to: "back" (behind the figure),
"mid" (between the body and the near arm, e.g. a child held close), "front" (over the
figure, e.g. the water) or the index of the figure layer they go under.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pgp_desk.content import figure_furniture, figure_scenes


class PropError(ValueError):
    """A prop the drawing code does not know or cannot draw with the given keys."""


DRAWERS: dict[str, tuple[Callable[[dict[str, Any], float], list[str]], str | int]] = {
    "mat": (figure_furniture.mat, "back"),
    "chair": (figure_furniture.chair, "back"),
    "stool": (figure_furniture.stool, "back"),
    "ball": (figure_furniture.ball, "back"),
    "wall": (figure_furniture.wall, "back"),
    "pillow": (figure_furniture.pillow, "back"),
    "step": (figure_furniture.step, "back"),
    "rail": (figure_furniture.rail, "back"),
    "band": (figure_furniture.band, "mid"),
    "pool": (figure_scenes.pool, "front"),
    "pool_edge": (figure_scenes.pool_edge, "back"),
    "noodle": (figure_scenes.noodle, "back"),
    "bed": (figure_furniture.bed, "back"),
    "stairs": (figure_furniture.stairs, "back"),
    "child": (figure_scenes.child, "mid"),
    "car_seat": (figure_scenes.car_seat, "back"),
    "car_sill": (figure_scenes.car_sill, 0),
    "chair_front": (figure_furniture.chair_front, "back"),
    "bar": (figure_furniture.bar, "back"),
    "crutch": (figure_furniture.crutch, "front"),
    "noodle_end": (figure_scenes.noodle_end, "back"),
    "toddler": (figure_scenes.toddler, "mid"),
    "sock": (figure_scenes.sock, "mid"),
}


def draw_prop(prop: dict[str, Any], floor: float) -> tuple[str | int, list[str]]:
    """Draw one prop; returns (layer, elements).

    The layer is "back", "front", "mid", or the index of the figure layer it goes under.
    """
    kind = prop.get("kind")
    if kind not in DRAWERS:
        raise PropError(f"unknown prop kind {kind!r}")
    drawer, default_layer = DRAWERS[kind]
    try:
        elements = drawer(prop, floor)
    except KeyError as exc:
        raise PropError(f"prop {kind!r} needs key {exc.args[0]!r}") from None
    layer = prop.get("layer", default_layer)
    return (layer if isinstance(layer, int) else str(layer)), elements
