"""A background under a level's plan: an image or a drawing, placed to scale by calibration."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from enum import StrEnum

from boothmanager.domain.errors import DomainError, InvalidValue
from boothmanager.domain.geometry import Point, Rect

MIN_CALIBRATION = 10  # mm between the two clicked points, below which a click slipped
SCALE_RANGE = (1e-6, 1e6)  # mm per source unit: a micron per pixel to a kilometre per unit


class BackgroundKind(StrEnum):
    """Raster (an image or a PDF page rendered to one) or vector (a DXF drawing's lines)."""

    IMAGE = "image"
    DRAWING = "drawing"


class BackgroundUnreadable(DomainError):
    """A file offered as a background that cannot be one; `reason` says why."""

    def __init__(self, *, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(path=path, reason=reason)

    def describe(self) -> str:
        return f"{self.path}: cannot be used as a background: {self.reason}"


@dataclass(frozen=True, slots=True)
class Background:
    """Source content with its own units (pixels, drawing units; y downwards), placed on a level.

    The source's top-left corner lies at plan point (`x`, `y`) mm; one source unit is `scale` mm.
    For a drawing, `data` is JSON: a list of polylines, each a list of [u, v] in source units.
    """

    level: str
    kind: BackgroundKind
    source: str  # the file name it came from, for the user
    data: bytes
    width: float  # source units
    height: float
    x: int = 0
    y: int = 0
    scale: float = 1.0
    opacity: int = 50  # percent

    def __post_init__(self) -> None:
        if not SCALE_RANGE[0] <= self.scale <= SCALE_RANGE[1] or not math.isfinite(self.scale):
            raise InvalidValue(field="background scale", value=self.scale,
                               reason="not a usable scale")
        if not 0 <= self.opacity <= 100:
            raise InvalidValue(field="opacity", value=self.opacity, reason="0 to 100 per cent")
        if self.width <= 0 or self.height <= 0:
            raise InvalidValue(field="background size", value=(self.width, self.height),
                               reason="must not be empty")

    def __repr__(self) -> str:  # the bytes would flood every message and log
        return (f"Background(level={self.level!r}, kind={self.kind.value}, source={self.source!r}, "
                f"{len(self.data)} bytes, x={self.x}, y={self.y}, scale={self.scale:g}, "
                f"opacity={self.opacity})")

    @property
    def bounds(self) -> Rect:
        """Where the background lies on the plan (mm)."""
        width, height = round(self.width * self.scale), round(self.height * self.scale)
        return Rect(self.x, self.y - height, max(width, 1), max(height, 1))

    def to_plan(self, u: float, v: float) -> Point:
        """The plan point (mm) under source point (u, v)."""
        return Point(round(self.x + u * self.scale), round(self.y - v * self.scale))

    def calibrated(self, a: Point, b: Point, distance: int) -> Background:
        """Scaled about `a` so that plan points `a` and `b`, as shown now, lie `distance` mm apart.

        Two-point calibration: the user clicks two points of the background whose real distance
        is known ("these two points are 12.40 m apart") and types that distance.
        """
        shown = math.dist((a.x, a.y), (b.x, b.y))
        if shown < MIN_CALIBRATION:
            raise InvalidValue(field="calibration points", value=(a, b),
                               reason="the two points are too close together")
        if distance <= 0:
            raise InvalidValue(field="distance", value=distance, reason="must be more than 0")
        factor = distance / shown
        return replace(self, scale=self.scale * factor,
                       x=round(a.x - (a.x - self.x) * factor),
                       y=round(a.y - (a.y - self.y) * factor))

    def moved_by(self, dx: int, dy: int) -> Background:
        return replace(self, x=self.x + dx, y=self.y + dy)

    def fitted_to(self, area: Rect) -> Background:
        """Placed over `area`'s width, top-left at its north-west corner (before calibration)."""
        return replace(self, scale=area.width / self.width, x=area.x, y=area.top)
