"""The woman figure posed: joint positions from segment angles, and each part's outline.

Angles are absolute directions in degrees, counter-clockwise from +x with y up, so a pose
file reads like a protractor laid on the picture. Every figure is modelled facing right
(side view), facing the viewer (front view, also lying on her right side) or from behind.
Proportions and outline numbers live in figure_outlines; figure_svg draws the curves.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from pgp_desk.content.figure_outlines import (
    BUN_PROFILE,
    FOOT_FORWARD,
    FOREARM,
    HAIR_PROFILE,
    HAND,
    HEAD_PROFILE,
    HIP_FRONT,
    NECK,
    PELVIS,
    PROFILES,
    SHIN,
    SHOULDER_FRONT,
    SHOULDER_SIDE,
    THIGH,
    THORAX,
    TORSO_BACK,
    TORSO_BELLY_DOWN,
    TORSO_FRONT_FLAT,
    TORSO_FRONT_PREGNANT,
    TORSO_SIDE_OUTLINE,
    TORSO_SIDE_OUTLINE_PREGNANT,
    UPPER_ARM,
)
from pgp_desk.content.figure_svg import Point, add, direction, lerp


@dataclass(frozen=True)
class Segment:
    """A segment's absolute direction and its drawn length as a fraction (foreshortening)."""

    angle: float
    scale: float = 1.0


@dataclass(frozen=True)
class Limb:
    """An arm (upper arm, forearm, hand) or a leg (thigh, shin, foot)."""

    upper: Segment
    lower: Segment
    end: Segment | None = None


@dataclass(frozen=True)
class Pose:
    """One posture of the figure: where the hip joint is and where every segment points."""

    at: Point
    trunk: float = 90.0
    pelvis: float | None = None
    head: float | None = None
    arms: dict[str, Limb] = field(default_factory=dict)
    legs: dict[str, Limb] = field(default_factory=dict)


@dataclass
class Part:
    """Closed outlines (point lists) and open detail strokes (point lists) of one body part."""

    shapes: list[list[Point]] = field(default_factory=list)
    circles: list[tuple[Point, float]] = field(default_factory=list)
    details: list[list[Point]] = field(default_factory=list)
    fills: list[list[Point]] = field(default_factory=list)

    def points(self) -> list[Point]:
        pts = [p for shape in self.shapes for p in shape]
        for (cx, cy), r in self.circles:
            pts += [(cx - r, cy - r), (cx + r, cy + r)]
        return pts


@dataclass
class Body:
    """A posed figure: named joints and the outlines of each part."""

    joints: dict[str, Point]
    parts: dict[str, Part]

    def bounds(self) -> tuple[float, float, float, float]:
        pts = [p for part in self.parts.values() for p in part.points()]
        xs = [p[0] for p in pts]
        ys = [p[1] for p in pts]
        return min(xs), min(ys), max(xs), max(ys)


def _frame_point(origin: Point, angle: float, along: float, across: float) -> Point:
    """A point in a frame whose axis points at angle and whose 'across' side is angle-90."""
    return add(add(origin, direction(angle), along), direction(angle - 90.0), across)


def limb_outline(p0: Point, p1: Point, profile: list[tuple[float, float, float]]) -> list[Point]:
    """Outline of a tapered, round-ended segment from p0 to p1."""
    dx, dy = p1[0] - p0[0], p1[1] - p0[1]
    angle = math.degrees(math.atan2(-dy, dx))
    side_a = direction(angle + 90.0)
    side_b = direction(angle - 90.0)
    a_pts = [add(lerp(p0, p1, t), side_a, ra) for t, ra, _ in profile]
    b_pts = [add(lerp(p0, p1, t), side_b, rb) for t, _, rb in profile]
    r_end = (profile[-1][1] + profile[-1][2]) / 2
    r_start = (profile[0][1] + profile[0][2]) / 2
    end_cap = [add(p1, direction(angle + 90.0 - k * 45.0), r_end) for k in (1, 2, 3)]
    start_cap = [add(p0, direction(angle - 90.0 - k * 45.0), r_start) for k in (1, 2, 3)]
    return a_pts + end_cap + b_pts[::-1] + start_cap


def ellipse_points(
    centre: Point, angle: float, r_along: float, r_across: float, n: int = 12
) -> list[Point]:
    """Points around an ellipse whose first axis points at angle."""
    return [
        _frame_point(
            centre,
            angle,
            r_along * math.cos(2 * math.pi * k / n),
            r_across * math.sin(2 * math.pi * k / n),
        )
        for k in range(n)
    ]


def _foot_side(ankle: Point, angle: float) -> list[Point]:
    """Foot in profile; angle is the heel-to-toe direction, the sole lies at angle-90."""
    local = [
        (3.5, 4.5),
        (11.0, 1.5),
        (19.0, -2.5),
        (23.0, -5.0),
        (22.0, -7.8),
        (15.0, -8.6),
        (4.0, -8.2),
        (-4.0, -8.8),
        (-7.5, -6.0),
        (-6.5, -1.0),
        (-4.0, 4.0),
    ]
    f = direction(angle)
    n = direction(angle + 90.0)
    return [add(add(ankle, f, a), n, b) for a, b in local]


def _across(side: str, view: str) -> float:
    """+1 when the limb's side lies at +across: her left seen from the front, her right
    seen from behind."""
    left = 1.0 if view != "back" else -1.0
    return left if side == "left" else -left


def _foot_front(ankle: Point, shin_angle: float, outward: float) -> list[Point]:
    """Foot seen from the front: a short rounded wedge below the ankle, toes turned out.

    outward is +1 when the figure's outside lies at shin_angle-90 (her right foot), else -1.
    """
    local = [
        (-3.0, -4.2),
        (-3.0, 4.2),
        (5.0, 5.0),
        (9.0, 5.5),
        (10.0, 2.0),
        (9.5, -4.5),
        (5.0, -5.0),
    ]
    d = direction(shin_angle)
    n = direction(shin_angle - 90.0 * outward)
    return [add(add(ankle, d, a), n, b) for a, b in local]


def _limb_points(root: Point, limb: Limb, lengths: tuple[float, float]) -> tuple[Point, Point]:
    mid = add(root, direction(limb.upper.angle), lengths[0] * limb.upper.scale)
    end = add(mid, direction(limb.lower.angle), lengths[1] * limb.lower.scale)
    return mid, end


def build_body(pose: Pose, view: str, pregnant: bool) -> Body:
    """Place every joint of the pose and outline every part for the side or front view."""
    pelvis = pose.trunk if pose.pelvis is None else pose.pelvis
    head_angle = pose.trunk if pose.head is None else pose.head
    hip = pose.at
    waist = add(hip, direction(pelvis), PELVIS)
    neck_base = _frame_point(waist, pose.trunk, THORAX + 2.0, -1.5 if view == "side" else 0.0)
    head_base = add(neck_base, direction(head_angle), NECK)
    joints: dict[str, Point] = {"hip": hip, "waist": waist, "neck": neck_base}
    frames = {"p": (hip, pelvis), "t": (waist, pose.trunk)}

    def fp(frame: str, along: float, across: float) -> Point:
        origin, angle = frames[frame]
        return _frame_point(origin, angle, along, across)

    parts: dict[str, Part] = {"torso": _torso(fp, view, pregnant, joints)}
    parts["neck"] = Part(shapes=[limb_outline(neck_base, head_base, PROFILES["neck"])])
    parts["head"] = _head(head_base, head_angle, view)
    joints["head"] = _frame_point(head_base, head_angle, 14.0, 0.0)
    for side, limb in pose.arms.items():
        parts[f"arm.{side}"] = _arm(fp, side, limb, view, joints)
    for side, limb in pose.legs.items():
        parts[f"leg.{side}"] = _leg(fp, hip, side, limb, view, joints)
    return Body(joints=joints, parts=parts)


def _torso(fp: Callable[[str, float, float], Point], view: str, pregnant: bool,
           joints: dict[str, Point]) -> Part:
    """The torso's outline; its belly point joins ``joints``."""
    torso = Part()
    if view == "side":
        front = TORSO_FRONT_PREGNANT if pregnant else TORSO_FRONT_FLAT
        torso.shapes.append([fp(*p) for p in front + TORSO_BACK])
        belly = max(front, key=lambda p: p[2])
        joints["belly"] = fp(*belly)
    else:
        _frontal_torso(torso, fp, view, pregnant)
        joints["belly"] = fp("p", 8.0, -17.0 if view == "front_lying" else 0.0)
    return torso


def _arm(fp: Callable[[str, float, float], Point], side: str, limb: Limb, view: str,
         joints: dict[str, Point]) -> Part:
    """One arm from the shoulder to the finger tips; its joints join ``joints``."""
    if view == "side":
        shoulder = fp("t", *SHOULDER_SIDE)
    else:
        shoulder = fp("t", 38.0, _across(side, view) * SHOULDER_FRONT)
    elbow, wrist = _limb_points(shoulder, limb, (UPPER_ARM, FOREARM))
    hand_seg = limb.end or limb.lower
    tip = add(wrist, direction(hand_seg.angle), HAND * hand_seg.scale)
    joints.update(
        {f"shoulder.{side}": shoulder, f"elbow.{side}": elbow, f"wrist.{side}": wrist}
    )
    joints[f"hand.{side}"] = tip
    return Part(
        shapes=[
            limb_outline(shoulder, elbow, PROFILES["upper_arm"]),
            limb_outline(elbow, wrist, PROFILES["forearm"]),
            limb_outline(wrist, tip, PROFILES["hand"]),
        ]
    )


def _leg(fp: Callable[[str, float, float], Point], hip: Point, side: str, limb: Limb,
         view: str, joints: dict[str, Point]) -> Part:
    """One leg from the hip joint to the toes (the foot in profile, or seen from the front);
    its joints join ``joints``."""
    hip_joint = hip if view == "side" else fp("p", 0.0, _across(side, view) * HIP_FRONT)
    knee, ankle = _limb_points(hip_joint, limb, (THIGH, SHIN))
    joints.update({f"hip.{side}": hip_joint, f"knee.{side}": knee, f"ankle.{side}": ankle})
    suffix = "" if view == "side" else "_front"
    shapes = [
        limb_outline(hip_joint, knee, PROFILES["thigh" + suffix]),
        limb_outline(knee, ankle, PROFILES["shin" + suffix]),
    ]
    if view == "side":
        foot_angle = limb.end.angle if limb.end else limb.lower.angle + 90.0
        shapes.append(_foot_side(ankle, foot_angle))
        joints[f"toe.{side}"] = add(ankle, direction(foot_angle), FOOT_FORWARD)
    else:
        shin_angle = limb.end.angle if limb.end else limb.lower.angle
        outward = -_across(side, view)
        foot = _foot_front(ankle, shin_angle, outward)
        shapes.append(foot)
        joints[f"toe.{side}"] = add(ankle, direction(shin_angle), 9.0)
    return Part(shapes=shapes)


def _frontal_torso(
    torso: Part, fp: Callable[[str, float, float], Point], view: str, pregnant: bool
) -> None:
    """Torso seen from the front or the back; `across` > 0 is drawn on the left of the image
    when upright. Lying on her side the belly rests towards the mat (the `-` side)."""
    outline = TORSO_SIDE_OUTLINE_PREGNANT if pregnant else TORSO_SIDE_OUTLINE
    upper = [fp(f, a, c) for f, a, c in outline]
    lower_src = TORSO_BELLY_DOWN if (pregnant and view == "front_lying") else outline
    lower = [fp(f, a, -c) for f, a, c in reversed(lower_src[1:])]
    torso.shapes.append([*upper[:-1], fp("t", 46.0, 0.0), *lower[1:]])
    if view == "back":
        torso.details.append([fp("t", 30.0, 0.0), fp("t", 14.0, 0.0), fp("p", 12.0, 0.0)])
        torso.details.append([fp("p", 4.0, -1.0), fp("p", -6.0, 0.0)])
    elif pregnant and view == "front_lying":
        torso.details.append(
            [
                fp("t", 15.0, -18.0),
                fp("t", 9.0, -9.0),
                fp("p", 14.0, -5.0),
                fp("p", 5.0, -7.5),
                fp("p", -1.0, -16.0),
            ]
        )
    elif pregnant:
        torso.details.append(
            [
                fp("p", 14.0, -17.0),
                fp("p", 4.0, -13.5),
                fp("p", -1.0, -6.0),
                fp("p", -2.0, 0.0),
                fp("p", -1.0, 6.0),
                fp("p", 4.0, 13.5),
                fp("p", 14.0, 17.0),
            ]
        )


def _head(base: Point, angle: float, view: str) -> Part:
    """Head with a bun (side) or a top knot (front), plus a hairline so it reads as a woman."""

    def hp(along: float, across: float) -> Point:
        return _frame_point(base, angle, along, across)

    if view == "side":
        along, across, radius = BUN_PROFILE
        bun = hp(along, across)
        return Part(
            shapes=[[hp(a, c) for a, c in HEAD_PROFILE]],
            circles=[(bun, radius)],
            fills=[
                [hp(a, c) for a, c in HAIR_PROFILE],
                ellipse_points(bun, angle, radius - 1.5, radius - 1.5, 10),
            ],
        )
    centre = hp(14.0, 0.0)
    top_knot = hp(28.5, 2.5)
    if view == "back":
        hair = [ellipse_points(hp(16.0, 0.0), angle, 13.0, 11.0, 16)]
    else:
        arc = [
            hp(17.0 + 11.0 * math.cos(math.radians(t)), 11.4 * math.sin(math.radians(t)))
            for t in range(100, -101, -25)
        ]
        hair = [[*arc, hp(19.0, -7.5), hp(22.0, -1.0), hp(19.5, 6.5)]]
    return Part(
        shapes=[
            ellipse_points(centre, angle, 14.0, 11.3, 16),
            ellipse_points(hp(17.0, 0.0), angle, 12.2, 12.6, 16),
        ],
        circles=[(top_knot, 5.4)],
        fills=[*hair, ellipse_points(top_knot, angle, 4.0, 4.0, 10)],
    )
