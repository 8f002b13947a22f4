"""Shaping booths: turn, resize, copy, merge, split, renumber, align and distribute (pure)."""

from __future__ import annotations

# Every function returns new Booth values in whole millimetres and changes nothing else; the
# operations in `operations/shaping.py` store them and keep open sides true. A booth's `rect`
# is its unturned rectangle and `rotation` turns it counter-clockwise about the rectangle's
# centre, so turning never moves a booth. Parts of a turned booth (a split-off half, a merge)
# are worked out in the booth's own unturned frame and placed back by their centres; only the
# final corner is rounded to the millimetre.
#
# L- and U-shaped booths (see `Booth.parts`) are reshaped the same way: their rectangles are
# worked out in the booth's unturned frame, the main one placed back by its centre, and the
# parts, relative to the main rectangle, follow. Two booths that share only part of a side
# merge into an L; an L or U splits back into its rectangles.

import math
from collections.abc import Iterable, Sequence
from dataclasses import replace
from enum import StrEnum
from typing import TypeVar

from boothmanager.domain.booth import Amenity, Booth
from boothmanager.domain.errors import InvalidValue
from boothmanager.domain.geometry import Point, Rect, shared_side
from boothmanager.domain.numbering import NumberingScheme, labels_for_rows, next_free_number
from boothmanager.domain.polygon import EPS, Box, bounds, centre_of, rotate_about
from boothmanager.domain.sides import is_square_to_axes, outline

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
        MergeProblem.NOT_ADJACENT: "the booths do not share a side (or overlap, or are turned "
                                   "against each other)",
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
    """The float box around a booth's turned shape (its visible extent on the plan)."""
    return bounds(outline(booth))


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
    """The booth with a new (unturned) main rectangle, refused under MIN_SIDE; the parts of an
    L or U stay where they are and must still join it."""
    check_size(booth.number, rect.width, rect.depth)
    if not booth.parts:
        return replace(booth, rect=rect)
    return replace(booth, rect=rect, parts=_relative(rect, booth.pieces[1:]))


def _relative(main: Rect, parts: Iterable[Rect]) -> tuple[Rect, ...]:
    return tuple(Rect(p.x - main.x, p.y - main.y, p.width, p.depth) for p in parts)


def reshaped(booth: Booth, pieces: Sequence[Rect], *, main: Rect | None = None) -> Booth:
    """`booth` made of `pieces` (rectangles in its unturned frame, whole mm): `main` (else the
    booth's main rectangle if it is still one of them, else the largest) becomes its rectangle,
    placed back by its centre if the booth is turned, and the others its parts."""
    if main is None:
        main = booth.rect if booth.rect in pieces else max(
            pieces, key=lambda p: (p.area_mm2, -p.y, -p.x))
    parts = _relative(main, [p for p in pieces if p != main])
    return replace(booth, rect=placed(booth, main), parts=parts)


def simplified(pieces: Sequence[Rect]) -> list[Rect]:
    """The same floor in fewer rectangles: two that share a whole side become one."""
    pieces = list(pieces)
    joined = True
    while joined:
        joined = False
        for i, a in enumerate(pieces):
            for j in range(i + 1, len(pieces)):
                b = pieces[j]
                whole = None
                if (a.y, a.depth) == (b.y, b.depth) and (a.right == b.x or b.right == a.x):
                    whole = Rect(min(a.x, b.x), a.y, a.width + b.width, a.depth)
                elif (a.x, a.width) == (b.x, b.width) and (a.top == b.y or b.top == a.y):
                    whole = Rect(a.x, min(a.y, b.y), a.width, a.depth + b.depth)
                if whole is not None:
                    pieces[i] = whole
                    del pieces[j]
                    joined = True
                    break
            if joined:
                break
    return pieces


def extended(booth: Booth, part: Rect) -> Booth:
    """The booth with one more rectangle (given in its unturned frame, plan mm), which must
    share a side with it: a rectangle becomes an L, an L a U. Refused under MIN_SIDE."""
    check_size(booth.number, part.width, part.depth)
    return reshaped(booth, simplified([*booth.pieces, part]))


def extension(booth: Booth, start: Point, end: Point) -> Rect | None:
    """The part a drag from `start` (inside the booth) to `end` (outside) adds: the dragged
    rectangle beyond the side of the rectangle it started in. Points are on the plan; a turned
    booth is read in its own frame. None when the drag does not leave through one side."""
    centre = centre_of(booth.rect)
    a = rotate_about((float(start.x), float(start.y)), centre, -booth.rotation)
    b = rotate_about((float(end.x), float(end.y)), centre, -booth.rotation)
    a = (whole_mm(a[0]), whole_mm(a[1]))
    b = (whole_mm(b[0]), whole_mm(b[1]))
    home = next((p for p in booth.pieces
                 if p.x <= a[0] <= p.right and p.y <= a[1] <= p.top), None)
    if home is None:
        return None
    beyond_x = b[0] > home.right or b[0] < home.x
    beyond_y = b[1] > home.top or b[1] < home.y
    if beyond_x == beyond_y:
        return None  # stayed inside, or left across a corner: which side is meant?
    if beyond_y:
        y0, y1 = (home.top, b[1]) if b[1] > home.top else (b[1], home.y)
        x0, x1 = sorted((a[0], b[0]))
    else:
        x0, x1 = (home.right, b[0]) if b[0] > home.right else (b[0], home.x)
        y0, y1 = sorted((a[1], b[1]))
    if x1 <= x0 or y1 <= y0:
        return None
    return Rect(x0, y0, x1 - x0, y1 - y0)


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


def _local_pieces(booth: Booth, frame: Booth) -> list[Box] | None:
    """`booth`'s rectangles seen in `frame`'s unturned coordinates, if square to that frame."""
    turn = (booth.rotation - frame.rotation) % 360
    if turn % 90:
        return None
    boxes = []
    for piece in booth.pieces:
        world = rotate_about(centre_of(piece), centre_of(booth.rect), booth.rotation)
        cx, cy = rotate_about(world, centre_of(frame.rect), -frame.rotation)
        width, depth = piece.width, piece.depth
        if turn % 180:
            width, depth = depth, width
        boxes.append((cx - width / 2, cy - depth / 2, cx + width / 2, cy + depth / 2))
    return boxes


def _snap_shift(spans: list[tuple[float, float]], known: set[int], tolerance: float) -> float:
    """How far to shift spans so the first edge within `tolerance` of a known one meets it."""
    for low, high in spans:
        for edge in (low, high):
            for k in sorted(known):
                if abs(k - edge) <= tolerance:
                    return k - edge
    return 0.0


def merged(a: Booth, b: Booth) -> Booth:
    """One booth covering `a` and `b`, which must share (a stretch of) a side: a whole side
    gives a rectangle, part of one an L (or, with an L, a U). It keeps a's number, turn and
    reservation, the stand either of them holds, and both booths' amenities."""
    if a.number == b.number:
        raise MergeRefused(a=a.number, b=b.number, problem=MergeProblem.SAME_BOOTH)
    if a.level != b.level:
        raise MergeRefused(a=a.number, b=b.number, problem=MergeProblem.OTHER_LEVEL)
    if a.stand_id is not None and b.stand_id is not None:
        raise MergeRefused(a=a.number, b=b.number, problem=MergeProblem.BOTH_OCCUPIED)
    boxes = _local_pieces(b, a)
    if boxes is None:
        raise MergeRefused(a=a.number, b=b.number, problem=MergeProblem.NOT_ADJACENT)
    tolerance = EPS if is_square_to_axes(a) and is_square_to_axes(b) else ROUNDING
    # b moves as a whole onto a's edges where within rounding of them; sizes stay exact.
    dx = _snap_shift([(box[0], box[2]) for box in boxes],
                     {v for p in a.pieces for v in (p.x, p.right)}, tolerance)
    dy = _snap_shift([(box[1], box[3]) for box in boxes],
                     {v for p in a.pieces for v in (p.y, p.top)}, tolerance)
    theirs = [Rect(whole_mm(box[0] + dx), whole_mm(box[1] + dy), whole_mm(box[2] - box[0]),
                   whole_mm(box[3] - box[1])) for box in boxes]
    ours = list(a.pieces)
    if (any(p.overlaps(q) for p in ours for q in theirs)
            or not any(shared_side(p, q) for p in ours for q in theirs)):
        raise MergeRefused(a=a.number, b=b.number, problem=MergeProblem.NOT_ADJACENT)
    try:
        joined = reshaped(a, simplified(ours + theirs))
    except InvalidValue:  # too many parts, or a ring around a hole
        raise MergeRefused(a=a.number, b=b.number, problem=MergeProblem.NOT_ADJACENT) from None
    return replace(joined, amenities=a.amenities | b.amenities,
                   shares=a.shares or b.shares, locked=a.locked or b.locked,
                   reserved=a.reserved or b.reserved)


def split(booth: Booth, *, along: str, at_mm: int | None, new_number: str) -> tuple[Booth, Booth]:
    """Two booths from one: cut across its width ("width": side by side) or its depth
    ("depth": one behind the other), `at_mm` from its unturned west or south side (default:
    the middle, the first part takes the odd millimetre less). The first part keeps the
    number, stand and reservation; the second is free and gets `new_number`; both keep the
    amenities and the turn."""
    if along not in ("width", "depth"):
        raise InvalidValue(field="split direction", value=along, reason='"width" or "depth"')
    if booth.parts:
        raise InvalidValue(field="split", value=booth.number,
                           reason="an L- or U-shaped booth splits into its rectangles")
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
            replace(booth, number=new_number, rect=placed(booth, second), shares=(),
                    reserved=False))


def split_into_pieces(booth: Booth, new_numbers: Sequence[str]) -> list[Booth]:
    """An L or U back as rectangles: the main one keeps the number, stand and reservation,
    each part becomes a free booth numbered from `new_numbers`; all keep amenities and turn."""
    if not booth.parts:
        raise InvalidValue(field="split", value=booth.number,
                           reason="a rectangular booth is cut across its width or depth")
    made = [replace(booth, parts=())]
    for part, number in zip(booth.pieces[1:], new_numbers, strict=True):
        made.append(replace(booth, number=number, rect=placed(booth, part), parts=(),
                            shares=(), capacity=1, reserved=False, locked=False))
    return made


def copies(booths: Sequence[Booth], *, dx: int, dy: int, taken: set[str],
           level: str | None = None) -> list[Booth]:
    """Copies moved by (dx, dy) mm, each numbered by `next_free_number` from its original;
    free (no stand, not reserved) with the same size, turn and amenities."""
    made = []
    for booth in sorted(booths, key=lambda b: (box_of(b)[1], box_of(b)[0], b.number)):
        made.append(replace(moved_by(booth, dx, dy), number=next_free_number(booth.number, taken),
                            level=level or booth.level, shares=(), reserved=False,
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
