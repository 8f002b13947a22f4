"""What changed between two states of an event, as typed records in a fixed order."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, fields
from enum import StrEnum

from boothmanager.domain.booth import Booth, Share
from boothmanager.domain.event import Event, EventInfo, natural_key
from boothmanager.domain.stand import Stand
from boothmanager.domain.venue import Venue


class DiffKind(StrEnum):
    """What a diff entry records; the members' order is the order entries are listed in."""

    BOOTH_ADDED = "booth_added"
    BOOTH_REMOVED = "booth_removed"
    BOOTH_MOVED = "booth_moved"  # another position, or another level
    BOOTH_RESIZED = "booth_resized"
    BOOTH_ROTATED = "booth_rotated"
    OPEN_SIDES_CHANGED = "open_sides_changed"
    AMENITIES_CHANGED = "amenities_changed"
    RESERVATION_CHANGED = "reservation_changed"
    STAND_ADDED = "stand_added"
    STAND_REMOVED = "stand_removed"
    STAND_CHANGED = "stand_changed"
    STATUS_CHANGED = "status_changed"
    ASSIGNMENT_MADE = "assignment_made"
    ASSIGNMENT_CHANGED = "assignment_changed"  # the stand moved to another booth
    ASSIGNMENT_REMOVED = "assignment_removed"
    SHARES_CHANGED = "shares_changed"  # a booth's capacity, or the order or parts of its stands
    EVENT_CHANGED = "event_changed"
    VENUE_CHANGED = "venue_changed"


K = DiffKind
BOOTH_KINDS = (K.BOOTH_ADDED, K.BOOTH_REMOVED, K.BOOTH_MOVED, K.BOOTH_RESIZED, K.BOOTH_ROTATED,
               K.OPEN_SIDES_CHANGED, K.AMENITIES_CHANGED, K.RESERVATION_CHANGED)
STAND_KINDS = (K.STAND_ADDED, K.STAND_REMOVED, K.STAND_CHANGED, K.STATUS_CHANGED)
ASSIGNMENT_KINDS = (K.ASSIGNMENT_MADE, K.ASSIGNMENT_CHANGED, K.ASSIGNMENT_REMOVED)
SHARING_KINDS = (K.SHARES_CHANGED,)
# A stand's record fields a STAND_CHANGED entry may name; the status has its own kind.
STAND_FIELDS = tuple(f.name for f in fields(Stand) if f.name not in ("id", "status"))
INFO_FIELDS = tuple(f.name for f in fields(EventInfo))
VENUE_FIELDS = ("name", "city", "is_estimate", "source_note")


@dataclass(frozen=True, slots=True)
class BoothDiff:
    """A booth added (`old` None), removed (`new` None), or one aspect of it changed.

    `old` and `new` are the whole booth before and after; the kind says which aspect the
    entry is about (a booth moved and turned has two entries). Who stands on a booth is
    told by AssignmentDiff, not here.
    """

    kind: DiffKind
    number: str
    old: Booth | None
    new: Booth | None


@dataclass(frozen=True, slots=True)
class StandDiff:
    """A stand added, removed, its record changed (`fields`), or its status changed.

    `old` and `new` are public() stands: a private field that changed is named in `fields`,
    and its value is in no entry at all.
    """

    kind: DiffKind
    stand_id: int
    old: Stand | None
    new: Stand | None
    fields: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        stand = self.new or self.old
        return stand.name if stand else ""


@dataclass(frozen=True, slots=True)
class AssignmentDiff:
    """A stand put on a booth, moved to another, or taken off one (booth numbers or None).

    On a shared booth: `shared_before` names the other stands on the booth it left (before),
    `shared_after` those on the booth it came to (after); `position` is its place along the
    new booth's front (0: first) and `frontage_mm` its part there as given (None: equal).
    """

    kind: DiffKind
    stand_id: int
    name: str  # the stand's public name
    old_booth: str | None
    new_booth: str | None
    shared_before: tuple[str, ...] = ()
    shared_after: tuple[str, ...] = ()
    position: int = 0
    frontage_mm: int | None = None


@dataclass(frozen=True, slots=True)
class SharesDiff:
    """How the stands share a booth changed: its capacity, or the order or the parts of the
    front of the stands that are on it before and after (stands coming and going are told
    by AssignmentDiff). `names` are the public names of the stands on it before or after."""

    kind: DiffKind
    number: str
    old: Booth
    new: Booth
    names: tuple[tuple[int, str], ...] = ()

    def name(self, stand_id: int) -> str:
        return dict(self.names).get(stand_id, str(stand_id))

    @property
    def fields(self) -> tuple[str, ...]:
        """What changed: "capacity", "order" (of the stands on it throughout), "frontage"."""
        before, after = common_shares(self.old, self.new)
        changed = []
        if self.old.capacity != self.new.capacity:
            changed.append("capacity")
        if [s.stand_id for s in before] != [s.stand_id for s in after]:
            changed.append("order")
        if {s.stand_id: s.frontage_mm for s in before} != \
                {s.stand_id: s.frontage_mm for s in after}:
            changed.append("frontage")
        return tuple(changed)


@dataclass(frozen=True, slots=True)
class EventInfoDiff:
    """The event's facts changed (`fields`: which)."""

    kind: DiffKind
    fields: tuple[str, ...]
    old: EventInfo
    new: EventInfo


@dataclass(frozen=True, slots=True)
class VenueDiff:
    """The venue changed: its own `fields`, and the `levels` added, removed or redrawn."""

    kind: DiffKind
    fields: tuple[str, ...]
    levels: tuple[str, ...]
    old: Venue
    new: Venue


DiffEntry = BoothDiff | SharesDiff | StandDiff | AssignmentDiff | EventInfoDiff | VenueDiff
ORDER = {kind: index for index, kind in enumerate(DiffKind)}


@dataclass(frozen=True, slots=True)
class Diff:
    """Every difference between two events, by kind, then in booth order (stands by id)."""

    entries: tuple[DiffEntry, ...] = ()

    def __iter__(self) -> Iterator[DiffEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __bool__(self) -> bool:
        return bool(self.entries)

    def of_kind(self, *kinds: DiffKind) -> tuple[DiffEntry, ...]:
        return tuple(entry for entry in self.entries if entry.kind in kinds)

    @property
    def booths(self) -> frozenset[str]:
        """Numbers of the booths an entry is about, or that a stand came to or left."""
        numbers: set[str] = set()
        for entry in self.entries:
            if isinstance(entry, BoothDiff | SharesDiff):
                numbers.add(entry.number)
            elif isinstance(entry, AssignmentDiff):
                numbers.update(n for n in (entry.old_booth, entry.new_booth) if n is not None)
        return frozenset(numbers)

    @property
    def stands(self) -> frozenset[int]:
        """Ids of the stands an entry is about (added, removed, changed, moved, placed)."""
        return frozenset(entry.stand_id for entry in self.entries
                         if isinstance(entry, StandDiff | AssignmentDiff))


def entry_key(entry: DiffEntry) -> tuple[object, ...]:
    if isinstance(entry, BoothDiff | SharesDiff):
        return ORDER[entry.kind], natural_key(entry.number), entry.number, 0
    if isinstance(entry, AssignmentDiff):
        booth = entry.new_booth or entry.old_booth or ""
        return ORDER[entry.kind], natural_key(booth), booth, entry.stand_id
    if isinstance(entry, StandDiff):
        return ORDER[entry.kind], (), "", entry.stand_id
    return ORDER[entry.kind], (), "", 0


def diff_events(old: Event, new: Event) -> Diff:
    """What changed from `old` to `new`; booths are matched by number, stands by id."""
    entries: list[DiffEntry] = [*booth_entries(old, new), *stand_entries(old, new),
                                *assignment_entries(old, new), *shares_entries(old, new)]
    changed = tuple(name for name in INFO_FIELDS
                    if getattr(old.info, name) != getattr(new.info, name))
    if changed:
        entries.append(EventInfoDiff(K.EVENT_CHANGED, changed, old.info, new.info))
    venue = venue_entry(old.venue, new.venue)
    if venue is not None:
        entries.append(venue)
    return Diff(tuple(sorted(entries, key=entry_key)))


def booth_entries(old: Event, new: Event) -> Iterator[BoothDiff]:
    before = {booth.number: booth for booth in old.booths}
    after = {booth.number: booth for booth in new.booths}
    for number, booth in before.items():
        if number not in after:
            yield BoothDiff(K.BOOTH_REMOVED, number, booth, None)
    for number, booth in after.items():
        was = before.get(number)
        if was is None:
            yield BoothDiff(K.BOOTH_ADDED, number, None, booth)
            continue
        aspects = (
            (K.BOOTH_MOVED, (was.level, was.rect.x, was.rect.y) != (booth.level, booth.rect.x,
                                                                     booth.rect.y)),
            (K.BOOTH_RESIZED, (was.rect.width, was.rect.depth, was.parts)
             != (booth.rect.width, booth.rect.depth, booth.parts)),
            (K.BOOTH_ROTATED, was.rotation != booth.rotation),
            (K.OPEN_SIDES_CHANGED, was.open_sides != booth.open_sides),
            (K.AMENITIES_CHANGED, was.amenities != booth.amenities),
            (K.RESERVATION_CHANGED, was.reserved != booth.reserved),
        )
        for kind, differs in aspects:
            if differs:
                yield BoothDiff(kind, number, was, booth)


def stand_entries(old: Event, new: Event) -> Iterator[StandDiff]:
    before = {stand.id: stand for stand in old.stands if stand.id is not None}
    after = {stand.id: stand for stand in new.stands if stand.id is not None}
    for stand_id, stand in before.items():
        if stand_id not in after:
            yield StandDiff(K.STAND_REMOVED, stand_id, stand.public(), None)
    for stand_id, stand in after.items():
        was = before.get(stand_id)
        if was is None:
            yield StandDiff(K.STAND_ADDED, stand_id, None, stand.public())
            continue
        changed = tuple(name for name in STAND_FIELDS
                        if getattr(was, name) != getattr(stand, name))
        if changed:
            yield StandDiff(K.STAND_CHANGED, stand_id, was.public(), stand.public(), changed)
        if was.status != stand.status:
            yield StandDiff(K.STATUS_CHANGED, stand_id, was.public(), stand.public())


def stand_names(old: Event, new: Event) -> dict[int | None, str]:
    return {s.id: s.name for s in old.stands} | {s.id: s.name for s in new.stands}


def assignment_entries(old: Event, new: Event) -> Iterator[AssignmentDiff]:
    before = {stand_id: b for b in old.booths for stand_id in b.stand_ids}
    after = {stand_id: b for b in new.booths for stand_id in b.stand_ids}
    names = stand_names(old, new)

    def others(booth: Booth | None, stand_id: int) -> tuple[str, ...]:
        return tuple(names.get(other, "") for other in booth.stand_ids
                     if other != stand_id) if booth is not None else ()

    for stand_id in sorted(before.keys() | after.keys()):
        was, now = before.get(stand_id), after.get(stand_id)
        old_number = was.number if was is not None else None
        new_number = now.number if now is not None else None
        if old_number == new_number:
            continue
        kind = (K.ASSIGNMENT_MADE if was is None else K.ASSIGNMENT_REMOVED if now is None
                else K.ASSIGNMENT_CHANGED)
        position = now.stand_ids.index(stand_id) if now is not None else 0
        yield AssignmentDiff(
            kind, stand_id, names.get(stand_id, ""), old_number, new_number,
            shared_before=others(was, stand_id), shared_after=others(now, stand_id),
            position=position,
            frontage_mm=now.shares[position].frontage_mm if now is not None else None)


def common_shares(old: Booth, new: Booth) -> tuple[tuple[Share, ...], tuple[Share, ...]]:
    """The shares of the stands on the booth both before and after, in each one's order."""
    both = set(old.stand_ids) & set(new.stand_ids)
    return (tuple(s for s in old.shares if s.stand_id in both),
            tuple(s for s in new.shares if s.stand_id in both))


def shares_entries(old: Event, new: Event) -> Iterator[SharesDiff]:
    """A booth on both sides whose capacity changed, or whose stands there throughout now
    stand in another order or with other parts of the front."""
    before = {booth.number: booth for booth in old.booths}
    names = stand_names(old, new)
    for booth in new.booths:
        was = before.get(booth.number)
        if was is None:
            continue
        kept_before, kept_after = common_shares(was, booth)
        if was.capacity != booth.capacity or kept_before != kept_after:
            ids = dict.fromkeys((*was.stand_ids, *booth.stand_ids))
            yield SharesDiff(K.SHARES_CHANGED, booth.number, was, booth,
                             tuple((stand_id, names.get(stand_id, "")) for stand_id in ids))


def venue_entry(old: Venue, new: Venue) -> VenueDiff | None:
    changed = tuple(name for name in VENUE_FIELDS if getattr(old, name) != getattr(new, name))
    before = {level.name: level for level in old.levels}
    after = {level.name: level for level in new.levels}
    levels = [name for name in before if before[name] != after.get(name)]
    levels += [name for name in after if name not in before]
    if levels or [lv.name for lv in old.levels] != [lv.name for lv in new.levels]:
        changed += ("levels",)  # added, removed, redrawn or in another order
    if not changed:
        return None
    return VenueDiff(K.VENUE_CHANGED, changed, tuple(levels), old, new)
