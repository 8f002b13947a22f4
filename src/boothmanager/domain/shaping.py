"""Shaping booths: turn, resize, copy, merge, split, renumber, align and distribute (pure)."""

from __future__ import annotations

# Every function returns new Booth values in whole millimetres and changes nothing else; the
# operations in `operations/shaping.py` store them and keep open sides true. A booth's `rect`
# is its unturned rectangle and `rotation` turns it counter-clockwise about the rectangle's
# centre, so turning never moves a booth. Parts of a turned booth (a split-off half, a merge)
# are worked out in the booth's own unturned frame and placed back by their centres; only the
# final corner is rounded to the millimetre.

import math
from collections.abc import Iterable, Sequence
from dataclasses import replace
from enum import StrEnum
from typing import TypeVar

from boothmanager.domain.booth import Amenity, Booth
from boothmanager.domain.errors import InvalidValue
from boothmanager.domain.geometry import Rect
from boothmanager.domain.numbering import NumberingScheme, labels_for_rows, next_free_number
from boothmanager.domain.polygon import EPS, Box, bounds, centre_of, rotate_about
from boothmanager.domain.sides import corners, is_square_to_axes

ROTATION_STEP = 15  # degrees: the plan turns booths in these steps
# The smallest side a booth may have: half a metre, half a shell-scheme panel and the space a
# roll-up banner or a high table needs; anything narrower is a drawing slip, not a booth.
MIN_SIDE = 500
Choice = TypeVar("Choice", bound=StrEnum)
ROUNDING = 1.0  # mm: how far turned booths may miss each other and still share a side


class BoothTooSmall(InvalidValue):
    """A resize or split would leave a booth with a side under MIN_SIDE."""

    def __init__(self, *, number: str, width: int, depth: int, minimum: int = MIN_SIDE) -> None:
        self.number = number
        self.width = width
        self.depth = depth
        self.minimum = minimum
        super().__init__(field="size", value=f"{width} × {depth} mm",
                         reason=f"booth {number}: every side must be at least {minimum} mm "
                                f"({minimum / 1000:.2f} m)")


class MergeProblem(StrEnum):
    SAME_BOOTH = "same_booth"
    OTHER_LEVEL = "other_level"
    NOT_ADJACENT = "not_adjacent"
    BOTH_OCCUPIED = "both_occupied"


class MergeRefused(InvalidValue):
    """Two booths that cannot become one; `problem` says why."""

    REASONS = {
        MergeProblem.SAME_BOOTH: "a booth cannot be merged with itself",
        MergeProblem.OTHER_LEVEL: "the booths are on different levels",
        MergeProblem.NOT_ADJACENT: "the booths do not share a full side",
        MergeProblem.BOTH_OCCUPIED: "both booths hold a stand; unassign one of them first",
    }

    def __init__(self, *, a: str, b: str, problem: MergeProblem) -> None:
        self.a = a
        self.b = b
        self.problem = problem
        super().__init__(field="merge", value=f"{a} + {b}", reason=self.REASONS[problem])


class NumberClash(InvalidValue):
    """Renumbering would give booths numbers that booths outside the selection hold."""

    def __init__(self, *, numbers: tuple[str, ...]) -> None:
        self.numbers = numbers
        listed = ", ".join(numbers)
        super().__init__(field="booth number", value=listed,
                         reason=f"{listed} {'is' if len(numbers) == 1 else 'are'} already "
                                "taken by booths outside the selection; include them in the "
                                "selection or renumber them first")


class AlignEdge(StrEnum):
    """What to line booths up on: an edge of the selection, or its centre line."""

    LEFT = "left"
    RIGHT = "right"
    TOP = "top"  # north, the far side on the plan
    BOTTOM = "bottom"
    CENTRE = "centre"  # centres on one north-south line
    MIDDLE = "middle"  # centres on one east-west line


class Direction(StrEnum):
    HORIZONTAL = "horizontal"
    VERTICAL = "vertical"


def whole_mm(value: float) -> int:
    """To the nearest millimetre, halves up (the same way for every booth, so a row moved
    together stays together)."""
    return math.floor(value + 0.5)


def _choice(kind: type[Choice], value: object, field: str) -> Choice:
    try:
        return kind(value)
    except ValueError:
        raise InvalidValue(field=field, value=value, reason="one of "
                           + ", ".join(member.value for member in kind)) from None


def box_of(booth: Booth) -> Box:
    """The float box around a booth's turned rectangle (its visible extent on the plan)."""
    return bounds(corners(booth))


def check_size(number: str, width: int, depth: int) -> None:
    if width < MIN_SIDE or depth < MIN_SIDE:
        raise BoothTooSmall(number=number, width=width, depth=depth)


def rotated(booth: Booth, degrees: int) -> Booth:
    """The booth turned by `degrees` (a multiple of ROTATION_STEP, + is counter-clockwise on
    the plan) about its centre."""
    if degrees % ROTATION_STEP:
        raise InvalidValue(field="rotation", value=degrees,
                           reason=f"booths turn in steps of {ROTATION_STEP}°")
    return replace(booth, rotation=(booth.rotation + degrees) % 360)


def resized(booth: Booth, rect: Rect) -> Booth:
    """The booth with a new (unturned) rectangle, refused under MIN_SIDE."""
    check_size(booth.number, rect.width, rect.depth)
    return replace(booth, rect=rect)


def moved_by(booth: Booth, dx: int, dy: int) -> Booth:
    return booth.moved_to(booth.rect.x + dx, booth.rect.y + dy)


def placed(original: Booth, local: Rect) -> Rect:
    """Where a part of `original` lies, given as a rectangle in the original's unturned
    coordinates: same size, its centre turned with the booth (exact when unturned)."""
    if original.rotation == 0:
        return local
    cx, cy = rotate_about(centre_of(local), centre_of(original.rect), original.rotation)
    return Rect(whole_mm(cx - local.width / 2), whole_mm(cy - local.depth / 2), local.width,
                local.depth)


def _local_box(booth: Booth, frame: Booth) -> Box | None:
    """`booth` seen in `frame`'s unturned coordinates, if it sits square to that frame."""
    turn = (booth.rotation - frame.rotation) % 360
    if turn % 90:
        return None
    cx, cy = rotate_about(centre_of(booth.rect), centre_of(frame.rect), -frame.rotation)
    width, depth = booth.rect.width, booth.rect.depth
    if turn % 180:
        width, depth = depth, width
    return cx - width / 2, cy - depth / 2, cx + width / 2, cy + depth / 2


def merged(a: Booth, b: Booth) -> Booth:
    """One booth covering `a` and `b`, which must share a full side: it keeps a's number, turn
    and reservation, the stand either of them holds, and both booths' amenities."""
    if a.number == b.number:
        raise MergeRefused(a=a.number, b=b.number, problem=MergeProblem.SAME_BOOTH)
    if a.level != b.level:
        raise MergeRefused(a=a.number, b=b.number, problem=MergeProblem.OTHER_LEVEL)
    if a.stand_id is not None and b.stand_id is not None:
        raise MergeRefused(a=a.number, b=b.number, problem=MergeProblem.BOTH_OCCUPIED)
    first = (float(a.rect.x), float(a.rect.y), float(a.rect.right), float(a.rect.top))
    second = _local_box(b, a)
    tolerance = EPS if is_square_to_axes(a) and is_square_to_axes(b) else ROUNDING

    def same(p: float, q: float) -> bool:
        return abs(p - q) <= tolerance

    rect = a.rect
    if second is not None and same(first[1], second[1]) and same(first[3], second[3]):
        joined = same(first[2], second[0]) or same(second[2], first[0])
        # Sizes add up exactly; only where the union starts is rounded.
        local = Rect(whole_mm(min(first[0], second[0])), rect.y,
                     rect.width + whole_mm(second[2] - second[0]), rect.depth)
    elif second is not None and same(first[0], second[0]) and same(first[2], second[2]):
        joined = same(first[3], second[1]) or same(second[3], first[1])
        local = Rect(rect.x, whole_mm(min(first[1], second[1])), rect.width,
                     rect.depth + whole_mm(second[3] - second[1]))
    else:
        joined = False
    if not joined:
        raise MergeRefused(a=a.number, b=b.number, problem=MergeProblem.NOT_ADJACENT)
    return replace(a, rect=placed(a, local), amenities=a.amenities | b.amenities,
                   stand_id=a.stand_id if a.stand_id is not None else b.stand_id,
                   reserved=a.reserved or b.reserved)


def split(booth: Booth, *, along: str, at_mm: int | None, new_number: str) -> tuple[Booth, Booth]:
    """Two booths from one: cut across its width ("width": side by side) or its depth
    ("depth": one behind the other), `at_mm` from its unturned west or south side (default:
    the middle, the first part takes the odd millimetre less). The first part keeps the
    number, stand and reservation; the second is free and gets `new_number`; both keep the
    amenities and the turn."""
    if along not in ("width", "depth"):
        raise InvalidValue(field="split direction", value=along, reason='"width" or "depth"')
    rect = booth.rect
    length = rect.width if along == "width" else rect.depth
    at = length // 2 if at_mm is None else at_mm
    if not 0 < at < length:
        raise InvalidValue(field="split position", value=at,
                           reason=f"between 0 and {length} mm, inside booth {booth.number}")
    if along == "width":
        first, second = (Rect(rect.x, rect.y, at, rect.depth),
                         Rect(rect.x + at, rect.y, rect.width - at, rect.depth))
    else:
        first, second = (Rect(rect.x, rect.y, rect.width, at),
                         Rect(rect.x, rect.y + at, rect.width, rect.depth - at))
    for part, number in ((first, booth.number), (second, new_number)):
        check_size(number, part.width, part.depth)
    return (replace(booth, rect=placed(booth, first)),
            replace(booth, number=new_number, rect=placed(booth, second), stand_id=None,
                    reserved=False))


def copies(booths: Sequence[Booth], *, dx: int, dy: int, taken: set[str],
           level: str | None = None) -> list[Booth]:
    """Copies moved by (dx, dy) mm, each numbered by `next_free_number` from its original;
    free (no stand, not reserved) with the same size, turn and amenities."""
    made = []
    for booth in sorted(booths, key=lambda b: (box_of(b)[1], box_of(b)[0], b.number)):
        made.append(replace(moved_by(booth, dx, dy), number=next_free_number(booth.number, taken),
                            level=level or booth.level, stand_id=None, reserved=False,
                            open_sides=frozenset()))
    return made


def reading_order(booths: Iterable[Booth]) -> list[list[Booth]]:
    """Booths in rows, the row nearest y = 0 first (as the block generator numbers them), each
    row west to east. A booth belongs to the row of the first booth whose north-south extent
    holds its centre."""
    ordered = sorted(booths, key=lambda b: ((box_of(b)[1] + box_of(b)[3]) / 2, box_of(b)[0]))
    rows: list[list[Booth]] = []
    extent: tuple[float, float] | None = None
    for booth in ordered:
        box = box_of(booth)
        centre = (box[1] + box[3]) / 2
        if extent is None or not extent[0] - EPS <= centre <= extent[1] + EPS:
            rows.append([])
            extent = (box[1], box[3])
        rows[-1].append(booth)
    return [sorted(row, key=lambda b: (box_of(b)[0], box_of(b)[1], b.number)) for row in rows]


def renumbered(booths: Sequence[Booth], scheme: NumberingScheme,
               others: set[str]) -> dict[str, str]:
    """New numbers for the selection in reading order by `scheme`: old -> new. Numbers that
    booths outside the selection (`others`) hold are refused, naming them."""
    rows = reading_order(booths)
    labels = labels_for_rows(scheme, [len(row) for row in rows])
    plan = {booth.number: label for row, row_labels in zip(rows, labels)
            for booth, label in zip(row, row_labels)}
    clashes = sorted(set(plan.values()) & others)
    if clashes:
        raise NumberClash(numbers=tuple(clashes))
    return plan


def _one_level(booths: Sequence[Booth]) -> None:
    levels = {b.level for b in booths}
    if len(levels) > 1:
        raise InvalidValue(field="selection", value=", ".join(sorted(levels)),
                           reason="the booths are on more than one level")


def aligned(booths: Sequence[Booth], edge: AlignEdge | str) -> list[Booth]:
    """The booths moved so their visible extents line up on an edge (or centre line) of
    the whole selection; turned booths line up by the box around their corners."""
    edge = _choice(AlignEdge, edge, "alignment")
    _one_level(booths)
    boxes = [box_of(b) for b in booths]
    x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
    x1, y1 = max(b[2] for b in boxes), max(b[3] for b in boxes)
    result = []
    for booth, box in zip(booths, boxes):
        dx = dy = 0.0
        if edge is AlignEdge.LEFT:
            dx = x0 - box[0]
        elif edge is AlignEdge.RIGHT:
            dx = x1 - box[2]
        elif edge is AlignEdge.CENTRE:
            dx = (x0 + x1) / 2 - (box[0] + box[2]) / 2
        elif edge is AlignEdge.BOTTOM:
            dy = y0 - box[1]
        elif edge is AlignEdge.TOP:
            dy = y1 - box[3]
        else:
            dy = (y0 + y1) / 2 - (box[1] + box[3]) / 2
        result.append(moved_by(booth, whole_mm(dx), whole_mm(dy)))
    return result


def distributed(booths: Sequence[Booth], direction: Direction | str) -> list[Booth]:
    """The booths moved along one axis so the gaps between neighbours are equal; the first
    (westmost or southmost) and the far end of the selection stay where they are."""
    direction = _choice(Direction, direction, "direction")
    _one_level(booths)
    if len(booths) < 3:
        raise InvalidValue(field="selection", value=len(booths),
                           reason="distributing needs at least three booths")
    low, high = (0, 2) if direction is Direction.HORIZONTAL else (1, 3)
    ordered = sorted(booths, key=lambda b: (box_of(b)[low], box_of(b)[high], b.number))
    boxes = [box_of(b) for b in ordered]
    start, end = boxes[0][low], max(b[high] for b in boxes)
    sizes = [b[high] - b[low] for b in boxes]
    gap = (end - start - sum(sizes)) / (len(ordered) - 1)
    result, position = [], start
    for booth, box, size in zip(ordered, boxes, sizes):
        shift = whole_mm(position - box[low])
        result.append(moved_by(booth, shift, 0) if direction is Direction.HORIZONTAL
                      else moved_by(booth, 0, shift))
        position += size + gap
    return result


def with_amenities(booth: Booth, amenities: Iterable[Amenity | str]) -> Booth:
    """The booth offering exactly `amenities`; an unknown one is refused by name."""
    chosen = set()
    for amenity in amenities:
        try:
            chosen.add(Amenity(amenity))
        except ValueError:
            raise InvalidValue(field="amenity", value=amenity, reason="not one of "
                               + ", ".join(a.value for a in Amenity)) from None
    return replace(booth, amenities=frozenset(chosen))
