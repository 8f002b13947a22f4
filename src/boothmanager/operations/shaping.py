"""Shape booths: turn, resize, extend, copy, paste, merge, split, renumber, align, distribute,
amenities."""

from __future__ import annotations

# Each is one undo step that keeps open sides true around it. Every operation works out the
# booths as they are (`before`) and as they shall be (`after`) with the pure functions of
# `domain/shaping.py` and hands both to `replace_booths`, whose inverse, `ReplaceBooths`, swaps
# them back: undo restores the exact millimetres and stands, and is refused if someone changed
# one of those booths in between.

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from boothmanager.domain import (
    Amenity,
    Booth,
    BoothExists,
    ChangedElsewhere,
    HistoryField,
    InvalidValue,
    Point,
    Rect,
    UnknownBooth,
    UnknownStand,
)
from boothmanager.domain.numbering import NumberingScheme, next_free_number
from boothmanager.domain.shaping import (
    AlignEdge,
    Direction,
    aligned,
    box_of,
    copies,
    distributed,
    extended,
    merged,
    renumbered,
    resized,
    rotated,
    split,
    split_into_pieces,
    whole_mm,
    with_amenities,
)
from boothmanager.domain.sides import footprint
from boothmanager.operations.base import Change, Operation, UnitOfWork
from boothmanager.operations.sides import settle_open_sides


def _state(booth: Booth) -> tuple[object, ...]:
    """What an undo must find unchanged (open sides follow from the plan, so they may differ)."""
    return (booth.number, booth.level, booth.rect, booth.parts, booth.rotation, booth.amenities,
            booth.reserved, booth.shares, booth.capacity)


def _described(booth: Booth) -> str:
    rect = booth.rect
    text = f"{rect.width} × {rect.depth} mm at ({rect.x}, {rect.y}) on {booth.level}"
    if booth.parts:
        text += f" with {len(booth.parts)} part(s)"
    if booth.rotation:
        text += f", turned {booth.rotation}°"
    if booth.shares:
        text += ", " + ", ".join(f"stand {stand_id}" for stand_id in booth.stand_ids)
    return text


def replace_booths(uow: UnitOfWork, before: Sequence[Booth], after: Sequence[Booth], *,
                   name: str) -> Change:
    """Booths `before` (exactly as they are now) become `after`; a number in both is the same
    booth changed, one only in `before` goes, one only in `after` is new. Stands follow the
    stands of the booths in `after` (and are recorded in their history); a stand that stays
    on its booth keeps its place and part of the front."""
    for booth in before:
        now = uow.booths.get(booth.number)
        if now is None:
            raise UnknownBooth(number=booth.number)
        if _state(now) != _state(booth):
            raise ChangedElsewhere(number=booth.number, expected=_described(booth),
                                   found=_described(now))
    if [_state(b) for b in before] == [_state(b) for b in after]:
        return Change(name, inverse=ReplaceBooths(before=tuple(after), after=tuple(before),
                                                  label=name),
                      booths=frozenset(b.number for b in before), changed=False)
    old_numbers = {b.number for b in before}
    new_numbers = [b.number for b in after]
    if len(set(new_numbers)) != len(new_numbers):
        twice = sorted({n for n in new_numbers if new_numbers.count(n) > 1})
        raise InvalidValue(field="booth number", value=", ".join(twice),
                           reason="given to more than one booth")
    for booth in after:
        if booth.number not in old_numbers and uow.booths.get(booth.number) is not None:
            raise BoothExists(number=booth.number)
    old_place = {s: b.number for b in before for s in b.stand_ids}
    new_place = {s: b.number for b in after for s in b.stand_ids}
    if len(new_place) != sum(len(b.shares) for b in after):
        raise InvalidValue(field="stand", value=", ".join(new_numbers),
                           reason="one stand on more than one booth")
    for stand_id in new_place.keys() - old_place.keys():
        if uow.stands.get(stand_id) is None:
            raise UnknownStand(ref=stand_id)
        elsewhere = uow.assignments.booth_of(stand_id)
        if elsewhere is not None:
            raise InvalidValue(field="stand", value=stand_id,
                               reason=f"already on booth {elsewhere}")

    moved = {s for s in old_place.keys() | new_place.keys() if old_place.get(s) != new_place.get(s)}
    for stand_id in moved & old_place.keys():
        uow.assignments.remove(old_place[stand_id], stand_id)
    for booth in before:
        if booth.number not in set(new_numbers):
            uow.booths.remove(booth.number)
    for booth in after:
        if booth.number in old_numbers:
            uow.booths.update(booth)
        else:
            uow.booths.add(booth)
    shares = {s: (b, index) for b in after for index, s in enumerate(b.stand_ids)}
    for stand_id in sorted(moved, key=lambda s: shares[s][1] if s in shares else 0):
        if stand_id in new_place:
            booth, index = shares[stand_id]
            uow.assignments.add(booth_number=new_place[stand_id], stand_id=stand_id,
                                position=index, frontage_mm=booth.shares[index].frontage_mm,
                                locked=booth.locked)
        uow.stand_history.record(stand_id, HistoryField.BOOTH, old_place.get(stand_id),
                                 new_place.get(stand_id))

    settled: set[str] = set()
    for level in sorted({b.level for b in (*before, *after)}):
        areas = [footprint(b) for b in (*before, *after) if b.level == level]
        settled |= settle_open_sides(uow, level, areas)
    return Change(name, inverse=ReplaceBooths(before=tuple(after), after=tuple(before), label=name),
                  booths=frozenset(old_numbers | set(new_numbers) | settled),
                  stands=frozenset(moved))


def _numbers(numbers: Iterable[str]) -> tuple[str, ...]:
    chosen = tuple(dict.fromkeys(numbers))
    if not chosen:
        raise InvalidValue(field="selection", value="", reason="no booths selected")
    return chosen


def _booths(uow: UnitOfWork, numbers: Iterable[str]) -> list[Booth]:
    found = []
    for number in numbers:
        booth = uow.booths.get(number)
        if booth is None:
            raise UnknownBooth(number=number)
        found.append(booth)
    return found


def _all_numbers(uow: UnitOfWork) -> set[str]:
    return {b.number for b in uow.booths.many()}


@dataclass(frozen=True, kw_only=True)
class ReplaceBooths(Operation):
    """The core and the undo of every shaping operation (see `replace_booths`)."""

    before: tuple[Booth, ...]
    after: tuple[Booth, ...]
    label: str = "replace_booths"
    name = "replace_booths"

    def apply(self, uow: UnitOfWork) -> Change:
        return replace_booths(uow, self.before, self.after, name=self.label)


@dataclass(frozen=True, kw_only=True)
class RotateBooths(Operation):
    """Turn booths about their own centres by `degrees` (steps of 15°, + counter-clockwise
    on the plan); `expected` holds their turns as the caller saw them, in `numbers` order."""

    numbers: tuple[str, ...]
    degrees: int
    expected: tuple[int, ...] | None = None
    name = "rotate_booths"

    def apply(self, uow: UnitOfWork) -> Change:
        before = _booths(uow, _numbers(self.numbers))
        if self.expected is not None:
            for booth, turn in zip(before, self.expected, strict=True):
                if booth.rotation != turn:
                    raise ChangedElsewhere(number=booth.number, expected=f"turned {turn}°",
                                           found=f"turned {booth.rotation}°")
        return replace_booths(uow, before, [rotated(b, self.degrees) for b in before],
                              name=self.name)


@dataclass(frozen=True, kw_only=True)
class ResizeBooth(Operation):
    """Give a booth a new unturned rectangle (a handle drag); no side under 500 mm."""

    number: str
    rect: Rect
    expected: Rect | None = None  # the rectangle the caller saw; another one -> refused
    name = "resize_booth"

    def apply(self, uow: UnitOfWork) -> Change:
        (booth,) = _booths(uow, [self.number])
        if self.expected is not None and booth.rect != self.expected:
            raise ChangedElsewhere(number=booth.number, expected=str(self.expected),
                                   found=str(booth.rect))
        return replace_booths(uow, [booth], [resized(booth, self.rect)], name=self.name)


@dataclass(frozen=True, kw_only=True)
class ExtendBooth(Operation):
    """Join one more rectangle to a booth along a side (plan mm, the booth's unturned frame):
    a rectangle becomes an L, an L a U. `expected` holds its rectangles as the caller saw them."""

    number: str
    part: Rect
    expected: tuple[Rect, ...] | None = None
    name = "extend_booth"

    def apply(self, uow: UnitOfWork) -> Change:
        (booth,) = _booths(uow, [self.number])
        if self.expected is not None and booth.pieces != tuple(self.expected):
            raise ChangedElsewhere(number=booth.number,
                                   expected=", ".join(map(str, self.expected)),
                                   found=", ".join(map(str, booth.pieces)))
        return replace_booths(uow, [booth], [extended(booth, self.part)], name=self.name)


@dataclass(frozen=True, kw_only=True)
class DuplicateBooths(Operation):
    """Copies of booths moved by (dx, dy) mm, free, with the next free numbers of their own
    stems ("A3" -> one above the highest "A…" in the event)."""

    numbers: tuple[str, ...]
    dx: int
    dy: int
    name = "duplicate_booths"

    def apply(self, uow: UnitOfWork) -> Change:
        originals = _booths(uow, _numbers(self.numbers))
        made = copies(originals, dx=self.dx, dy=self.dy, taken=_all_numbers(uow))
        return replace_booths(uow, [], made, name=self.name)


@dataclass(frozen=True, kw_only=True)
class PasteBooths(Operation):
    """Paste copied booths so the south-west corner of their extent lands at `at` (on
    `level`, else each on its own), numbered and freed as `DuplicateBooths` does."""

    booths: tuple[Booth, ...]
    at: Point
    level: str | None = None
    name = "paste_booths"

    def apply(self, uow: UnitOfWork) -> Change:
        if not self.booths:
            raise InvalidValue(field="clipboard", value="", reason="no booths to paste")
        boxes = [box_of(b) for b in self.booths]
        dx = whole_mm(self.at.x - min(b[0] for b in boxes))
        dy = whole_mm(self.at.y - min(b[1] for b in boxes))
        made = copies(self.booths, dx=dx, dy=dy, taken=_all_numbers(uow), level=self.level)
        return replace_booths(uow, [], made, name=self.name)


@dataclass(frozen=True, kw_only=True)
class MergeBooths(Operation):
    """Make booths `a` and `b`, which share a side, one booth numbered `a` (a rectangle when
    they share a whole side, else an L or U)."""

    a: str
    b: str
    name = "merge_booths"

    def apply(self, uow: UnitOfWork) -> Change:
        first, second = _booths(uow, [self.a, self.b])
        return replace_booths(uow, [first, second], [merged(first, second)], name=self.name)


@dataclass(frozen=True, kw_only=True)
class SplitBooth(Operation):
    """Cut a booth in two across its width or depth (`at_mm` from its west or south side,
    default the middle); the second part is a free booth with the next free number. An L or U
    falls apart into its rectangles instead (`along` does not matter, `at_mm` is refused)."""

    number: str
    along: str = "width"
    at_mm: int | None = None
    expected: Rect | None = None
    name = "split_booth"

    def apply(self, uow: UnitOfWork) -> Change:
        (booth,) = _booths(uow, [self.number])
        if self.expected is not None and booth.rect != self.expected:
            raise ChangedElsewhere(number=booth.number, expected=str(self.expected),
                                   found=str(booth.rect))
        taken = _all_numbers(uow)
        if booth.parts and self.at_mm is None:
            numbers = []
            for _ in booth.parts:
                numbers.append(next_free_number(booth.number, taken))
                taken.add(numbers[-1])
            return replace_booths(uow, [booth], split_into_pieces(booth, numbers), name=self.name)
        new_number = next_free_number(booth.number, taken)
        parts = split(booth, along=self.along, at_mm=self.at_mm, new_number=new_number)
        return replace_booths(uow, [booth], list(parts), name=self.name)


@dataclass(frozen=True, kw_only=True)
class RenumberBooths(Operation):
    """Number the selected booths anew by `scheme`, in rows (nearest y = 0 first) west to
    east; numbers may swap within the selection, never with a booth outside it."""

    numbers: tuple[str, ...]
    scheme: NumberingScheme
    name = "renumber_booths"

    def apply(self, uow: UnitOfWork) -> Change:
        before = _booths(uow, _numbers(self.numbers))
        selected = {b.number for b in before}
        plan = renumbered(before, self.scheme, _all_numbers(uow) - selected)
        after = [replace(b, number=plan[b.number]) for b in before]
        return replace_booths(uow, before, after, name=self.name)


@dataclass(frozen=True, kw_only=True)
class AlignBooths(Operation):
    """Line booths up on the left, right, top or bottom edge or a centre line of the
    selection."""

    numbers: tuple[str, ...]
    edge: AlignEdge
    name = "align_booths"

    def apply(self, uow: UnitOfWork) -> Change:
        before = _booths(uow, _numbers(self.numbers))
        return replace_booths(uow, before, aligned(before, self.edge), name=self.name)


@dataclass(frozen=True, kw_only=True)
class DistributeBooths(Operation):
    """Space at least three booths with equal gaps, horizontally or vertically."""

    numbers: tuple[str, ...]
    direction: Direction
    name = "distribute_booths"

    def apply(self, uow: UnitOfWork) -> Change:
        before = _booths(uow, _numbers(self.numbers))
        after = {b.number: b for b in distributed(before, self.direction)}
        return replace_booths(uow, before, [after[b.number] for b in before], name=self.name)


@dataclass(frozen=True, kw_only=True)
class SetAmenities(Operation):
    """Set what a booth offers (power, water, network, table, chairs, pinboard, wall …)."""

    number: str
    amenities: frozenset[Amenity]
    expected: frozenset[Amenity] | None = None
    name = "set_amenities"

    def apply(self, uow: UnitOfWork) -> Change:
        (booth,) = _booths(uow, [self.number])
        if self.expected is not None and booth.amenities != self.expected:
            raise ChangedElsewhere(
                number=booth.number, expected=", ".join(sorted(self.expected)) or "none",
                found=", ".join(sorted(booth.amenities)) or "none")
        return replace_booths(uow, [booth], [with_amenities(booth, self.amenities)],
                              name=self.name)
