"""Plane geometry in integer millimetres: points, axis-aligned rectangles and their unions."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation


def mm(metres: float | str) -> int:
    """Metres (as typed by a person or read from data) to integer millimetres, half away from 0."""
    try:
        value = Decimal(str(metres))
        if not value.is_finite():
            raise InvalidOperation
        return int((value * 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    except (InvalidOperation, ValueError):
        # Typed input ends up here, so it gets the domain's typed error, not decimal's.
        from boothmanager.domain.errors import InvalidValue

        raise InvalidValue(field="length", value=metres, reason="not a number of metres") from None


def metres(millimetres: int) -> str:
    """Millimetres as a metre figure for display, German style is the caller's job."""
    return f"{millimetres / 1000:.2f}"


@dataclass(frozen=True, slots=True)
class Point:
    """A point on a level; x along the front, y into the building, both in mm."""

    x: int
    y: int


@dataclass(frozen=True, slots=True)
class Rect:
    """An axis-aligned rectangle: its south-west corner, width along x, depth along y (mm)."""

    x: int
    y: int
    width: int
    depth: int

    def __post_init__(self) -> None:
        if self.width <= 0 or self.depth <= 0:
            from boothmanager.domain.errors import InvalidValue

            raise InvalidValue(field="size", value=f"{self.width}×{self.depth} mm",
                               reason="width and depth must be positive")

    @classmethod
    def from_metres(cls, x: float, y: float, width: float, depth: float) -> Rect:
        """A rectangle from metre figures, as DOMAIN.md and people write them."""
        return cls(mm(x), mm(y), mm(width), mm(depth))

    @property
    def right(self) -> int:
        return self.x + self.width

    @property
    def top(self) -> int:
        return self.y + self.depth

    @property
    def area_mm2(self) -> int:
        return self.width * self.depth

    def moved_to(self, x: int, y: int) -> Rect:
        return Rect(x, y, self.width, self.depth)

    def overlaps(self, other: Rect) -> bool:
        """True when the interiors share area (touching edges do not count)."""
        return (self.x < other.right and other.x < self.right
                and self.y < other.top and other.y < self.top)

    def contains(self, other: Rect) -> bool:
        return (self.x <= other.x and self.y <= other.y
                and other.right <= self.right and other.top <= self.top)

    def corners(self) -> tuple[Point, Point, Point, Point]:
        return (Point(self.x, self.y), Point(self.right, self.y),
                Point(self.right, self.top), Point(self.x, self.top))


def shared_side(a: Rect, b: Rect) -> int:
    """How many mm of side two rectangles share (0 when apart, overlapping, or corner to corner)."""
    if a.overlaps(b):
        return 0
    if a.right == b.x or b.right == a.x:
        return max(0, min(a.top, b.top) - max(a.y, b.y))
    if a.top == b.y or b.top == a.y:
        return max(0, min(a.right, b.right) - max(a.x, b.x))
    return 0


class NotOneOutline(ValueError):
    """Rectangles whose union is not one simple polygon (apart, a hole, a corner-only touch)."""


def union_outline(rects: tuple[Rect, ...] | list[Rect]) -> tuple[Point, ...]:
    """The corners of the union of non-overlapping rectangles, counter-clockwise from the
    south-west-most corner, without corners along straight runs; NotOneOutline if the union
    is not one polygon without holes."""
    # Rectangles cut the plane into a small grid (two booth parts: at most 5 × 5 cells); the
    # outline is the cell sides between a covered and an uncovered cell, run with the covered
    # one on the left, so the outline comes out counter-clockwise.
    xs = sorted({v for r in rects for v in (r.x, r.right)})
    ys = sorted({v for r in rects for v in (r.y, r.top)})

    def covered(i: int, j: int) -> bool:
        if not (0 <= i < len(xs) - 1 and 0 <= j < len(ys) - 1):
            return False
        cx, cy = (xs[i] + xs[i + 1]) / 2, (ys[j] + ys[j + 1]) / 2
        return any(r.x < cx < r.right and r.y < cy < r.top for r in rects)

    following: dict[tuple[int, int], tuple[int, int]] = {}

    def side(start: tuple[int, int], end: tuple[int, int]) -> None:
        if start in following:
            raise NotOneOutline("the parts meet only at a corner")
        following[start] = end

    for i in range(len(xs) - 1):
        for j in range(len(ys) - 1):
            if not covered(i, j):
                continue
            if not covered(i, j - 1):
                side((i, j), (i + 1, j))
            if not covered(i + 1, j):
                side((i + 1, j), (i + 1, j + 1))
            if not covered(i, j + 1):
                side((i + 1, j + 1), (i, j + 1))
            if not covered(i - 1, j):
                side((i, j + 1), (i, j))
    if not following:
        raise NotOneOutline("no area")
    start = min(following, key=lambda p: (p[1], p[0]))
    loop = [start]
    here = following[start]
    while here != start:
        loop.append(here)
        here = following[here]
    if len(loop) != len(following):
        raise NotOneOutline("apart or around a hole")
    corners = []
    for k, point in enumerate(loop):
        before, after = loop[k - 1], loop[(k + 1) % len(loop)]
        straight = (before[0] == point[0] == after[0]) or (before[1] == point[1] == after[1])
        if not straight:
            corners.append(Point(xs[point[0]], ys[point[1]]))
    return tuple(corners)
