"""Plane geometry in integer millimetres: points and axis-aligned rectangles."""

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
