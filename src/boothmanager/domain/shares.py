"""Shared booths: how the front of a booth is split between the stands on it."""

from __future__ import annotations

from boothmanager.domain.booth import Booth, Side
from boothmanager.domain.errors import InvalidValue
from boothmanager.domain.geometry import Rect
from boothmanager.domain.sides import AROUND, compass_side, frontage_mm, side_lengths

# The front is the booth's longest open side (a closed booth: the longer side of its main
# rectangle). The stands' parts follow each other along it in the order of `Booth.shares`: from
# the west end of a north or south front, from the south end of an east or west one, in the
# unturned booth. On the plan the main rectangle is cut across the front into one strip each.

MIN_SHARE_MM = 100  # a stand's part of the front: at least a leaflet's width


def front_length(booth: Booth) -> int:
    """How long the front is that the stands on the booth share, in mm."""
    return frontage_mm(booth) or max(booth.rect.width, booth.rect.depth)


def front_side(booth: Booth) -> Side:
    """The side of the unturned booth its stands face visitors with."""
    if booth.open_sides:
        lengths = side_lengths(booth)
        by_compass = max(sorted(booth.open_sides), key=lambda side: lengths[side])
        return next(side for side in AROUND if compass_side(side, booth.rotation) == by_compass)
    return Side.SOUTH if booth.rect.width >= booth.rect.depth else Side.WEST


def share_frontages(booth: Booth) -> tuple[int, ...]:
    """Each stand's part of the front in mm, in order; together exactly the front.

    Parts given stay as given while they leave room; parts not given split what is left
    equally. When the given parts leave no room for the others (a stand just joined a booth
    whose front was split), all parts are equal; when they add up to more or less than the
    front (the booth was resized since), they are scaled to it.
    """
    length = front_length(booth)
    count = len(booth.shares)
    if not count:
        return ()
    given = [share.frontage_mm for share in booth.shares]
    fixed = sum(value for value in given if value is not None)
    open_count = given.count(None)
    if open_count and fixed + MIN_SHARE_MM * open_count > length:
        given, fixed, open_count = [None] * count, 0, count
    if open_count:
        rest = length - fixed
        wanted = [value if value is not None else rest / open_count for value in given]
    else:
        wanted = [value * length / fixed for value in given if value is not None]
    return whole_parts(wanted, length)


def whole_parts(wanted: list[float], total: int) -> tuple[int, ...]:
    """Whole mm close to `wanted`, adding up to `total` (largest remainders get the rest)."""
    floors = [int(value) for value in wanted]
    short = total - sum(floors)
    order = sorted(range(len(wanted)), key=lambda i: (floors[i] - wanted[i], i))
    for index in order[:max(short, 0)]:
        floors[index] += 1
    return tuple(floors)


def share_rects(booth: Booth) -> tuple[Rect, ...]:
    """The strip of the main rectangle each stand has (unturned plan mm), in share order."""
    parts = share_frontages(booth)
    if len(parts) < 2:
        return (booth.rect,) * len(parts)
    rect = booth.rect
    across_x = front_side(booth) in (Side.SOUTH, Side.NORTH)
    span = rect.width if across_x else rect.depth
    edges = [0]
    for part in parts:
        edges.append(edges[-1] + part)
    cuts = [round(edge * span / edges[-1]) for edge in edges]
    if across_x:
        return tuple(Rect(rect.x + a, rect.y, b - a, rect.depth) for a, b in zip(cuts, cuts[1:]))
    return tuple(Rect(rect.x, rect.y + a, rect.width, b - a) for a, b in zip(cuts, cuts[1:]))


def check_frontages(booth: Booth, frontages: tuple[int, ...]) -> None:
    """Refuse a split of the front that does not give each stand a part or adds up wrongly."""
    value = f"booth {booth.number}"
    if len(frontages) != len(booth.shares):
        raise InvalidValue(field="frontage shares", value=value,
                           reason=f"{len(booth.shares)} stands, {len(frontages)} parts given")
    length = front_length(booth)
    if any(part < MIN_SHARE_MM for part in frontages):
        raise InvalidValue(field="frontage shares", value=value,
                           reason=f"each stand needs at least {MIN_SHARE_MM} mm")
    if sum(frontages) != length:
        raise InvalidValue(field="frontage shares", value=value,
                           reason=f"the parts add up to {sum(frontages)} mm, "
                                  f"the front is {length} mm")
