"""The row/block generator: n × m booths of one size with aisles between the rows."""

from __future__ import annotations

from dataclasses import dataclass

from boothmanager.domain.booth import Amenity, Booth
from boothmanager.domain.errors import InvalidValue
from boothmanager.domain.geometry import Point, Rect
from boothmanager.domain.numbering import NumberingScheme

MAX_BOOTHS = 10_000


@dataclass(frozen=True)
class BlockSpec:
    """Rows of booths side by side; each row faces the aisle in front of it (south)."""

    origin: Point
    rows: int
    per_row: int
    width: int
    depth: int
    aisle: int
    level: str
    numbering: NumberingScheme = NumberingScheme()
    amenities: frozenset[Amenity] = frozenset()

    def __post_init__(self) -> None:
        if self.rows < 1 or self.per_row < 1:
            raise InvalidValue(field="block", value=f"{self.rows} × {self.per_row}",
                               reason="needs at least one row of one booth")
        if self.rows * self.per_row > MAX_BOOTHS:
            raise InvalidValue(field="block", value=self.rows * self.per_row,
                               reason=f"at most {MAX_BOOTHS} booths at once")
        if self.width <= 0 or self.depth <= 0 or self.aisle < 0:
            raise InvalidValue(field="block", value=f"{self.width} × {self.depth}",
                               reason="booth size must be positive, the aisle not negative")

    @property
    def bounds(self) -> Rect:
        return Rect(self.origin.x, self.origin.y, self.per_row * self.width,
                    self.rows * self.depth + (self.rows - 1) * self.aisle)


def generate_block(spec: BlockSpec) -> list[Booth]:
    """The booths of the block, row A nearest the origin, numbered left to right."""
    labels = spec.numbering.numbers(spec.rows, spec.per_row)
    booths = []
    for row, row_labels in enumerate(labels):
        y = spec.origin.y + row * (spec.depth + spec.aisle)
        for column, number in enumerate(row_labels):
            booths.append(Booth(number=number, level=spec.level,
                                rect=Rect(spec.origin.x + column * spec.width, y, spec.width,
                                          spec.depth),
                                amenities=spec.amenities))
    return booths
