"""Convex shapes in float mm for turned booths: corners, overlap, containment, side coverage."""

from __future__ import annotations

# Booths and the venue are stored in whole millimetres, but a booth turned by 15° has corners at
# irrational positions, so the tests here run on floats. Quarter turns use exact sines (0, ±1),
# so an unturned or quarter-turned plan computes exactly as in integers (half millimetres, where a
# booth of odd size turns about its centre, are exact in binary floats too).

import math
from collections.abc import Iterable, Sequence

from boothmanager.domain.geometry import Point, Rect

Vec = tuple[float, float]
Polygon = tuple[Vec, ...]
Box = tuple[float, float, float, float]  # x0, y0, x1, y1

EPS = 1e-6  # mm: float noise, far below anything a person can draw


def turn(degrees: int) -> tuple[float, float]:
    """(cos, sin) of a counter-clockwise turn, exact for quarter turns."""
    exact = {0: (1.0, 0.0), 90: (0.0, 1.0), 180: (-1.0, 0.0), 270: (0.0, -1.0)}
    if degrees % 360 in exact:
        return exact[degrees % 360]
    radians = math.radians(degrees)
    return math.cos(radians), math.sin(radians)


def rotate_about(point: Vec, centre: Vec, degrees: int) -> Vec:
    cos, sin = turn(degrees)
    dx, dy = point[0] - centre[0], point[1] - centre[1]
    return centre[0] + dx * cos - dy * sin, centre[1] + dx * sin + dy * cos


def centre_of(rect: Rect) -> Vec:
    return rect.x + rect.width / 2, rect.y + rect.depth / 2


def rotated_rect(rect: Rect, degrees: int) -> Polygon:
    """The corners of `rect` turned counter-clockwise about its centre: the turned south-west,
    south-east, north-east and north-west corners, in that (counter-clockwise) order."""
    corners = ((rect.x, rect.y), (rect.right, rect.y), (rect.right, rect.top), (rect.x, rect.top))
    if degrees % 360 == 0:
        return tuple((float(x), float(y)) for x, y in corners)
    centre = centre_of(rect)
    return tuple(rotate_about((float(x), float(y)), centre, degrees) for x, y in corners)


def turned_points(points: Iterable[Point], centre: Vec, degrees: int) -> Polygon:
    """Points turned counter-clockwise about `centre` (exact when unturned or quarter-turned)."""
    if degrees % 360 == 0:
        return tuple((float(p.x), float(p.y)) for p in points)
    return tuple(rotate_about((float(p.x), float(p.y)), centre, degrees) for p in points)


def rect_polygon(rect: Rect) -> Polygon:
    return rotated_rect(rect, 0)


def points_polygon(points: Iterable[Point]) -> Polygon:
    return tuple((float(p.x), float(p.y)) for p in points)


def bounds(points: Sequence[Vec]) -> Box:
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def boxes_meet(a: Box, b: Box, *, margin: float = 0.0) -> bool:
    """True when the boxes, `a` grown by `margin`, share any point (touching counts)."""
    return (a[0] - margin <= b[2] and b[0] <= a[2] + margin
            and a[1] - margin <= b[3] and b[1] <= a[3] + margin)


def edges(polygon: Polygon) -> list[tuple[Vec, Vec]]:
    return list(zip(polygon, polygon[1:] + polygon[:1]))


def _normals(polygon: Polygon) -> list[Vec]:
    found = []
    for a, b in edges(polygon):
        dx, dy = b[0] - a[0], b[1] - a[1]
        length = math.hypot(dx, dy)
        if length > EPS:
            found.append((dy / length, -dx / length))
    return found


def _project(polygon: Polygon, axis: Vec) -> tuple[float, float]:
    values = [p[0] * axis[0] + p[1] * axis[1] for p in polygon]
    return min(values), max(values)


def convex_overlap(a: Polygon, b: Polygon, *, slack: float = 0.0) -> bool:
    """True when the interiors of two convex polygons overlap by more than `slack` mm
    (separating axes: the edge normals of both); touching edges do not count."""
    for axis in _normals(a) + _normals(b):
        low_a, high_a = _project(a, axis)
        low_b, high_b = _project(b, axis)
        if high_a <= low_b + slack + EPS or high_b <= low_a + slack + EPS:
            return False
    return True


def point_in_polygon(point: Vec, polygon: Polygon) -> bool:
    """Ray casting for any simple polygon; points on an edge count as inside."""
    x, y = point
    inside = False
    for a, b in edges(polygon):
        if (min(a[0], b[0]) - EPS <= x <= max(a[0], b[0]) + EPS
                and min(a[1], b[1]) - EPS <= y <= max(a[1], b[1]) + EPS):
            cross = (b[0] - a[0]) * (y - a[1]) - (b[1] - a[1]) * (x - a[0])
            if abs(cross) <= EPS * max(1.0, math.hypot(b[0] - a[0], b[1] - a[1])):
                return True
        if (a[1] > y) != (b[1] > y):
            x_cross = a[0] + (y - a[1]) * (b[0] - a[0]) / (b[1] - a[1])
            if x < x_cross:
                inside = not inside
    return inside


def segment_enters(start: Vec, end: Vec, convex: Polygon, *, slack: float = 0.0) -> bool:
    """True when the segment reaches into the interior of a counter-clockwise convex polygon
    by more than `slack` mm (running along an edge or touching a corner does not count)."""
    enter, leave = 0.0, 1.0
    dx, dy = end[0] - start[0], end[1] - start[1]
    for (a, b), normal in zip(edges(convex), _normals(convex)):
        limit = normal[0] * a[0] + normal[1] * a[1] - slack - EPS  # inside: normal·p < limit
        at_start = normal[0] * start[0] + normal[1] * start[1] - limit
        along = normal[0] * dx + normal[1] * dy
        if abs(along) < 1e-12:
            if at_start >= 0:
                return False
            continue
        crossing = -at_start / along
        if along < 0:
            enter = max(enter, crossing)
        else:
            leave = min(leave, crossing)
        if enter >= leave:
            return False
    return enter < leave


def convex_inside(convex: Polygon, outline: Polygon, *, slack: float = 0.0) -> bool:
    """True when a counter-clockwise convex polygon lies within a simple outline polygon
    (concave ones too): its centre is inside and no wall reaches into it by more than `slack`."""
    cx = sum(p[0] for p in convex) / len(convex)
    cy = sum(p[1] for p in convex) / len(convex)
    if not point_in_polygon((cx, cy), outline):
        return False
    box = bounds(convex)
    for a, b in edges(outline):
        if not boxes_meet(box, bounds((a, b))):
            continue
        if segment_enters(a, b, convex, slack=slack):
            return False
    return True


def _clip(points: list[Vec], keep_above: float | None, keep_below: float | None) -> list[Vec]:
    """Sutherland–Hodgman on the second coordinate: keep keep_above <= t <= keep_below."""
    for bound, sign in ((keep_above, 1.0), (keep_below, -1.0)):
        if bound is None or not points:
            continue
        kept: list[Vec] = []
        for current, following in zip(points, points[1:] + points[:1]):
            inside_now = sign * (current[1] - bound) >= 0
            inside_next = sign * (following[1] - bound) >= 0
            if inside_now:
                kept.append(current)
            if inside_now != inside_next:
                share = (bound - current[1]) / (following[1] - current[1])
                kept.append((current[0] + share * (following[0] - current[0]), bound))
        points = kept
    return points


def strip_cover(start: Vec, end: Vec, shape: Sequence[Vec], *, near: float,
                far: float) -> tuple[float, float] | None:
    """Which stretch [u0, u1] (mm from `start`) of the edge start→end has `shape` (a convex
    polygon or a segment) between `near` and `far` mm out along the edge's outward normal
    (the right-hand side, outward for a counter-clockwise polygon); None if none."""
    dx, dy = end[0] - start[0], end[1] - start[1]
    length = math.hypot(dx, dy)
    if length <= EPS:
        return None
    ux, uy = dx / length, dy / length
    nx, ny = uy, -ux
    local = [((p[0] - start[0]) * ux + (p[1] - start[1]) * uy,
              (p[0] - start[0]) * nx + (p[1] - start[1]) * ny) for p in shape]
    clipped = _clip(local, near, far)
    if not clipped:
        return None
    low = max(0.0, min(p[0] for p in clipped))
    high = min(length, max(p[0] for p in clipped))
    return (low, high) if high > low + EPS else None


def union_length(stretches: Iterable[tuple[float, float]]) -> float:
    """How long the union of intervals is (overlapping cover is not counted twice)."""
    total, reach = 0.0, -math.inf
    for low, high in sorted(stretches):
        if high <= reach:
            continue
        total += high - max(low, reach)
        reach = high
    return total
