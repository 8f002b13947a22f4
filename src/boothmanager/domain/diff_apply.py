"""A diff applied in thought: the older event with every entry carried out."""

from __future__ import annotations

from dataclasses import replace

from boothmanager.domain.booth import Booth, Share
from boothmanager.domain.diff import (
    AssignmentDiff,
    BoothDiff,
    Diff,
    DiffKind,
    EventInfoDiff,
    SharesDiff,
    StandDiff,
    VenueDiff,
)
from boothmanager.domain.errors import DomainError
from boothmanager.domain.event import Event
from boothmanager.domain.geometry import Rect
from boothmanager.domain.snapshot_document import booth_key
from boothmanager.domain.stand import PRIVATE_FIELDS, Stand

K = DiffKind


class DiffDoesNotApply(DomainError):
    """The event is not the one the diff was taken from: an entry's booth or stand is missing."""

    def __init__(self, *, kind: DiffKind, subject: str) -> None:
        self.kind = kind
        self.subject = subject
        super().__init__(kind=kind, subject=subject)

    def describe(self) -> str:
        return f"{self.kind.value} of {self.subject}: not in the event the diff is applied to"


def apply_diff(old: Event, diff: Diff) -> Event:
    """`old` with the diff carried out: booths, stands, assignments, status, event and venue.

    A diff holds no private stand field, so a stand added by it has them empty and a
    private field it names as changed keeps its old value: apply_diff(old, diff_events(old,
    new)) equals `new` up to the stands' private fields.
    """
    booths = {booth.number: booth for booth in old.booths}
    stands = {stand.id: stand for stand in old.stands}
    info, venue = old.info, old.venue
    for entry in diff:
        if isinstance(entry, BoothDiff):
            apply_booth(booths, entry)
        elif isinstance(entry, StandDiff):
            apply_stand(stands, entry)
        elif isinstance(entry, EventInfoDiff):
            info = entry.new
        elif isinstance(entry, VenueDiff):
            venue = entry.new
    moves = [entry for entry in diff if isinstance(entry, AssignmentDiff)]
    # Every stand leaves its booth before any arrives: two stands may swap booths.
    for entry in moves:
        booth = booths.get(entry.old_booth or "")
        if booth is not None and entry.stand_id in booth.stand_ids:
            booths[booth.number] = booth.without_stand(entry.stand_id)
    # Stands arrive at their places along the front, the front-most first: the stands that
    # stay keep their order, so each one lands where it is in the newer event.
    for entry in sorted((e for e in moves if e.new_booth is not None),
                        key=lambda e: (e.position, e.stand_id)):
        assert entry.new_booth is not None
        booth = require(booths, entry.new_booth, entry.kind)
        booths[booth.number] = arrived(booth, entry)
    for entry in diff:
        if isinstance(entry, SharesDiff):
            booth = require(booths, entry.number, entry.kind)
            booths[booth.number] = shared_as(booth, entry.new)
    return Event(info=info, venue=venue, booths=tuple(sorted(booths.values(), key=booth_key)),
                 stands=tuple(sorted(stands.values(), key=lambda stand: stand.id or 0)))


def arrived(booth: Booth, entry: AssignmentDiff) -> Booth:
    """`booth` with the entry's stand at its place along the front, with its part."""
    if entry.stand_id in booth.stand_ids:
        return booth
    shares = list(booth.shares)
    shares.insert(min(entry.position, len(shares)), Share(entry.stand_id, entry.frontage_mm))
    return replace(booth, shares=tuple(shares))


def shared_as(booth: Booth, new: Booth) -> Booth:
    """`booth` with the capacity of `new`, and its stands that `new` holds in the order and
    with the parts they have there (any other stand stays behind them)."""
    here = set(booth.stand_ids)
    shares = (*(s for s in new.shares if s.stand_id in here),
              *(s for s in booth.shares if s.stand_id not in set(new.stand_ids)))
    return replace(booth, shares=shares, capacity=new.capacity)


def require(booths: dict[str, Booth], number: str, kind: DiffKind) -> Booth:
    if number not in booths:
        raise DiffDoesNotApply(kind=kind, subject=f"booth {number}")
    return booths[number]


def apply_booth(booths: dict[str, Booth], entry: BoothDiff) -> None:
    if entry.kind is K.BOOTH_REMOVED:
        require(booths, entry.number, entry.kind)
        del booths[entry.number]
        return
    assert entry.new is not None
    new = entry.new
    if entry.kind is K.BOOTH_ADDED:
        booths[entry.number] = replace(new, shares=())  # assignments come with their entries
        return
    booth = require(booths, entry.number, entry.kind)
    rect = booth.rect
    if entry.kind is K.BOOTH_MOVED:
        booth = replace(booth, level=new.level, rect=rect.moved_to(new.rect.x, new.rect.y))
    elif entry.kind is K.BOOTH_RESIZED:
        booth = replace(booth, rect=Rect(rect.x, rect.y, new.rect.width, new.rect.depth),
                        parts=new.parts)
    elif entry.kind is K.BOOTH_ROTATED:
        booth = replace(booth, rotation=new.rotation)
    elif entry.kind is K.OPEN_SIDES_CHANGED:
        booth = replace(booth, open_sides=new.open_sides)
    elif entry.kind is K.AMENITIES_CHANGED:
        booth = replace(booth, amenities=new.amenities)
    elif entry.kind is K.RESERVATION_CHANGED:
        booth = replace(booth, reserved=new.reserved)
    booths[entry.number] = booth


def apply_stand(stands: dict[int | None, Stand], entry: StandDiff) -> None:
    if entry.kind is K.STAND_ADDED:
        assert entry.new is not None
        stands[entry.stand_id] = entry.new
        return
    if entry.stand_id not in stands:
        raise DiffDoesNotApply(kind=entry.kind, subject=f"stand {entry.stand_id}")
    if entry.kind is K.STAND_REMOVED:
        del stands[entry.stand_id]
        return
    assert entry.new is not None
    stand = stands[entry.stand_id]
    if entry.kind is K.STAND_CHANGED:
        public = {name: getattr(entry.new, name) for name in entry.fields
                  if name not in PRIVATE_FIELDS}
        stand = replace(stand, **public)
    elif entry.kind is K.STATUS_CHANGED:
        stand = replace(stand, status=entry.new.status)
    stands[entry.stand_id] = stand
