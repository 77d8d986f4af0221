"""The figure's proportions and outlines, as numbers in body-part frames.

Segment lengths follow Drillis & Contini's fractions of body height (Winter, Biomechanics
and Motor Control of Human Movement, 4th ed., 2009, fig. 4.1) for a figure 210 px tall.
Outlines are point lists in a part's own frame (along its axis, across it); figure_body
places the frames and figure_svg draws smooth curves through the points.
"""

from __future__ import annotations

# Segment lengths in px for a 210 px tall figure.
PELVIS = 20.0  # hip joint -> waist pivot
THORAX = 42.0  # waist pivot -> shoulder line
NECK = 11.0
UPPER_ARM = 38.0
FOREARM = 30.0
HAND = 14.0
THIGH = 51.0
SHIN = 50.0
FOOT_FORWARD = 23.0  # ankle -> toe tip along the foot
SHOULDER_SIDE = (38.0, -1.5)  # shoulder joint in the thorax frame, side view
SHOULDER_FRONT = 19.0  # half the distance between the shoulder joints
HIP_FRONT = 10.0  # half the distance between the hip joints

# Limb profiles: (fraction along the segment, radius on side a, radius on side b).
# Side a lies 90° counter-clockwise of the segment direction: the front of a leg or arm
# hanging down in a right-facing side view.
PROFILES: dict[str, list[tuple[float, float, float]]] = {
    "thigh": [(0.0, 10.5, 11.5), (0.35, 10.0, 10.0), (0.8, 7.6, 7.4), (1.0, 6.6, 6.6)],
    "shin": [(0.0, 6.4, 6.4), (0.25, 5.8, 7.9), (0.6, 4.7, 5.4), (1.0, 3.9, 3.9)],
    "upper_arm": [(0.0, 6.2, 6.2), (0.45, 5.2, 5.3), (1.0, 4.3, 4.3)],
    "forearm": [(0.0, 4.3, 4.3), (0.3, 4.5, 4.4), (1.0, 3.1, 3.1)],
    "hand": [(0.0, 3.1, 3.1), (0.45, 3.9, 3.5), (1.0, 2.7, 2.7)],
    "thigh_front": [(0.0, 11.5, 11.5), (0.35, 10.6, 10.2), (0.85, 7.6, 7.4), (1.0, 6.8, 6.8)],
    "shin_front": [(0.0, 6.4, 6.4), (0.28, 7.3, 7.3), (1.0, 3.9, 3.9)],
    "neck": [(0.0, 6.0, 6.0), (1.0, 5.2, 5.2)],
}

# Torso outline in side view: (frame, along, across); frame "p" = pelvis (origin hip joint),
# "t" = thorax (origin waist pivot); across > 0 is the front.
TORSO_BACK = [
    ("t", 44.0, -5.0),
    ("t", 42.0, -10.0),
    ("t", 34.0, -12.5),
    ("t", 21.0, -11.5),
    ("t", 8.0, -8.5),
    ("p", 13.0, -10.5),
    ("p", 4.0, -14.5),
    ("p", -6.0, -11.5),
    ("p", -11.0, -3.0),
]
TORSO_FRONT_FLAT = [
    ("p", -6.0, 8.5),
    ("p", 6.0, 10.0),
    ("p", 17.0, 9.5),
    ("t", 8.0, 9.5),
    ("t", 16.0, 11.0),
    ("t", 22.0, 15.0),
    ("t", 29.0, 13.0),
    ("t", 37.0, 9.5),
    ("t", 43.0, 5.5),
]
TORSO_FRONT_PREGNANT = [
    ("p", -6.0, 8.5),
    ("p", 1.0, 14.5),
    ("p", 9.0, 21.0),
    ("p", 19.0, 24.0),
    ("t", 8.0, 22.5),
    ("t", 14.0, 17.0),
    ("t", 18.0, 13.5),
    ("t", 23.0, 16.0),
    ("t", 29.0, 13.5),
    ("t", 37.0, 9.5),
    ("t", 43.0, 5.5),
]
# Front view: one side of a symmetric outline, from the crotch up to the neck; across is
# the distance from the midline.
TORSO_SIDE_OUTLINE = [
    ("p", -9.0, 0.0),
    ("p", -6.0, 12.0),
    ("p", -2.0, 20.5),
    ("p", 7.0, 21.5),
    ("p", 16.0, 18.5),
    ("t", 7.0, 16.0),
    ("t", 18.0, 17.5),
    ("t", 29.0, 19.0),
    ("t", 37.0, 23.5),
    ("t", 42.5, 19.0),
    ("t", 45.0, 8.0),
]
TORSO_SIDE_OUTLINE_PREGNANT = [
    ("p", -9.0, 0.0),
    ("p", -6.0, 12.0),
    ("p", -2.0, 21.0),
    ("p", 6.0, 22.5),
    ("p", 15.0, 22.0),
    ("t", 5.0, 20.5),
    ("t", 14.0, 18.5),
    ("t", 21.0, 17.5),
    ("t", 29.0, 19.0),
    ("t", 37.0, 23.5),
    ("t", 42.5, 19.0),
    ("t", 45.0, 8.0),
]
# Lying on her side, seen from the front: the belly rests towards the mat.
TORSO_BELLY_DOWN = [
    ("p", -9.0, 0.0),
    ("p", -6.0, 12.0),
    ("p", -2.0, 22.0),
    ("p", 7.0, 26.5),
    ("p", 17.0, 27.5),
    ("t", 7.0, 26.0),
    ("t", 15.0, 21.0),
    ("t", 22.0, 18.5),
    ("t", 29.0, 19.0),
    ("t", 37.0, 23.5),
    ("t", 42.5, 19.0),
    ("t", 45.0, 8.0),
]
# Head in profile: (along the head axis from the top of the neck, across; > 0 is the face).
HEAD_PROFILE = [
    (-1.0, -5.5),
    (5.0, -10.5),
    (13.0, -13.0),
    (21.0, -11.0),
    (26.5, -4.0),
    (27.5, 3.0),
    (24.0, 9.5),
    (18.5, 11.5),
    (15.5, 12.0),
    (12.5, 14.0),
    (10.5, 12.0),
    (8.5, 12.0),
    (6.0, 11.5),
    (3.0, 10.0),
    (0.5, 5.0),
]
# Hair in profile: the hairline from the forehead to the nape, then back over the crown
# just inside the head outline; filled solid.
HAIR_PROFILE = [
    (25.5, 6.0),
    (21.5, 6.5),
    (17.0, 3.5),
    (13.5, 0.5),
    (11.0, -2.5),
    (7.5, -6.0),
    (4.0, -9.0),
    (5.5, -10.0),
    (13.0, -12.2),
    (20.5, -10.3),
    (25.8, -3.8),
    (26.7, 2.8),
]
BUN_PROFILE = (22.5, -11.5, 6.3)  # along, across, radius
