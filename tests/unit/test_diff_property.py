"""Property: after random edits the diff names exactly their effects, and applies back.

The edits run on an event of single-stand booths and on one with a shared booth; they include
stands joining an occupied booth at any place along its front, the front split anew, the stands
on a booth put in another order and its capacity changed."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Protocol

from hypothesis import given, settings
from hypothesis import strategies as st

from boothmanager.domain import (
    Booth,
    Share,
    DiffKind,
    Event,
    StandStatus,
    apply_diff,
    diff_events,
)
from boothmanager.domain.diff import BOOTH_KINDS, SHARING_KINDS
from boothmanager.domain.diff_json import diff_json

from .diff_support import BASE, SHARED, booth, in_order, with_booth, with_stand

K = DiffKind
Effect = tuple[DiffKind, str | int]
NUMBERS = st.sampled_from(["S1", "S2", "S3", "S10", "S11"])
STANDS = st.sampled_from([1, 2, 3])
PLACES = st.integers(0, 30_000)


class Edit(Protocol):
    def apply(self, event: Event) -> Event | None:
        """The event edited; None if the edit does not apply or changes nothing."""

    def effects(self, event: Event) -> list[Effect]:
        """The diff entries this one edit of `event` must give, as (kind, subject)."""


def booth_of(event: Event, stand_id: int) -> Booth | None:
    return event.booth_of(stand_id)


def has(event: Event, number: str) -> bool:
    return any(b.number == number for b in event.booths)


@dataclass(frozen=True)
class Move:
    number: str
    x: int
    y: int

    def apply(self, event: Event) -> Event | None:
        if not has(event, self.number):
            return None
        rect = event.booth(self.number).rect
        if (rect.x, rect.y) == (self.x, self.y):
            return None
        return with_booth(event, self.number,
                          rect=event.booth(self.number).rect.moved_to(self.x, self.y))

    def effects(self, event: Event) -> list[Effect]:
        return [(K.BOOTH_MOVED, self.number)]


@dataclass(frozen=True)
class AddBooth:
    number: str
    x: int

    def apply(self, event: Event) -> Event | None:
        if has(event, self.number):
            return None
        return replace(event, booths=(*event.booths, booth(self.number, self.x, 10_000)))

    def effects(self, event: Event) -> list[Effect]:
        return [(K.BOOTH_ADDED, self.number)]


@dataclass(frozen=True)
class RemoveBooth:
    number: str

    def apply(self, event: Event) -> Event | None:
        if not has(event, self.number):
            return None
        return replace(event, booths=tuple(b for b in event.booths if b.number != self.number))

    def effects(self, event: Event) -> list[Effect]:
        return [(K.BOOTH_REMOVED, self.number)] + [
            (K.ASSIGNMENT_REMOVED, stand_id) for stand_id in event.booth(self.number).stand_ids]


@dataclass(frozen=True)
class Assign:
    number: str
    stand_id: int

    def apply(self, event: Event) -> Event | None:
        if not has(event, self.number) or event.booth(self.number).stand_id is not None:
            return None
        previous = booth_of(event, self.stand_id)
        if previous is not None:
            event = with_booth(event, previous.number,
                               shares=previous.without_stand(self.stand_id).shares)
        return with_booth(event, self.number, stand_id=self.stand_id)

    def effects(self, event: Event) -> list[Effect]:
        placed = booth_of(event, self.stand_id) is not None
        return [(K.ASSIGNMENT_CHANGED if placed else K.ASSIGNMENT_MADE, self.stand_id)]


@dataclass(frozen=True)
class Unassign:
    number: str

    def apply(self, event: Event) -> Event | None:
        if not has(event, self.number) or event.booth(self.number).stand_id is None:
            return None
        return with_booth(event, self.number, stand_id=None)

    def effects(self, event: Event) -> list[Effect]:
        return [(K.ASSIGNMENT_REMOVED, stand_id) for stand_id in event.booth(self.number).stand_ids]


@dataclass(frozen=True)
class Join:
    """The stand joins the booth (occupied or not) at `position` along its front."""

    number: str
    stand_id: int
    position: int
    frontage_mm: int | None

    def apply(self, event: Event) -> Event | None:
        if not has(event, self.number) or self.stand_id in event.booth(self.number).stand_ids:
            return None
        previous = booth_of(event, self.stand_id)
        if previous is not None:
            event = with_booth(event, previous.number,
                               shares=previous.without_stand(self.stand_id).shares)
        shares = list(event.booth(self.number).shares)
        shares.insert(min(self.position, len(shares)), Share(self.stand_id, self.frontage_mm))
        return with_booth(event, self.number, shares=tuple(shares))

    def effects(self, event: Event) -> list[Effect]:
        placed = booth_of(event, self.stand_id) is not None
        return [(K.ASSIGNMENT_CHANGED if placed else K.ASSIGNMENT_MADE, self.stand_id)]


@dataclass(frozen=True)
class Split:
    """The front of the booth split anew: each stand's part (None: an equal part)."""

    number: str
    parts: tuple[int | None, ...]

    def apply(self, event: Event) -> Event | None:
        if not has(event, self.number):
            return None
        booth = event.booth(self.number)
        shares = tuple(Share(s.stand_id, part) for s, part in zip(booth.shares, self.parts))
        shares += booth.shares[len(shares):]
        if shares == booth.shares:
            return None
        return with_booth(event, self.number, shares=shares)

    def effects(self, event: Event) -> list[Effect]:
        return [(K.SHARES_CHANGED, self.number)]


@dataclass(frozen=True)
class Reverse:
    """The stands on the booth in the opposite order along its front."""

    number: str

    def apply(self, event: Event) -> Event | None:
        if not has(event, self.number) or not event.booth(self.number).shared:
            return None
        return with_booth(event, self.number, shares=event.booth(self.number).shares[::-1])

    def effects(self, event: Event) -> list[Effect]:
        return [(K.SHARES_CHANGED, self.number)]


@dataclass(frozen=True)
class Capacity:
    number: str
    capacity: int

    def apply(self, event: Event) -> Event | None:
        if not has(event, self.number) or event.booth(self.number).capacity == self.capacity:
            return None
        return with_booth(event, self.number, capacity=self.capacity)

    def effects(self, event: Event) -> list[Effect]:
        return [(K.SHARES_CHANGED, self.number)]


@dataclass(frozen=True)
class Rename:
    stand_id: int
    project: str

    def apply(self, event: Event) -> Event | None:
        if event.stand(self.stand_id).project == self.project:
            return None
        return with_stand(event, self.stand_id, project=self.project)

    def effects(self, event: Event) -> list[Effect]:
        return [(K.STAND_CHANGED, self.stand_id)]


@dataclass(frozen=True)
class Status:
    stand_id: int
    status: StandStatus

    def apply(self, event: Event) -> Event | None:
        if event.stand(self.stand_id).status == self.status:
            return None
        return with_stand(event, self.stand_id, status=self.status)

    def effects(self, event: Event) -> list[Effect]:
        return [(K.STATUS_CHANGED, self.stand_id)]


EDITS = st.one_of(
    st.builds(Move, NUMBERS, PLACES, PLACES),
    st.builds(AddBooth, NUMBERS, PLACES),
    st.builds(RemoveBooth, NUMBERS),
    st.builds(Assign, NUMBERS, STANDS),
    st.builds(Unassign, NUMBERS),
    st.builds(Join, NUMBERS, STANDS, st.integers(0, 3), st.none() | st.integers(100, 3_000)),
    st.builds(Split, NUMBERS, st.lists(st.none() | st.integers(100, 3_000), min_size=1,
                                       max_size=3).map(tuple)),
    st.builds(Reverse, NUMBERS),
    st.builds(Capacity, NUMBERS, st.integers(1, 3)),
    st.builds(Rename, STANDS, st.sampled_from(["Eins", "Zwei", "Drei", "Neu", "Ünïcødé"])),
    st.builds(Status, STANDS, st.sampled_from(list(StandStatus))),
)


def effects_of(old: Event, new: Event) -> list[Effect]:
    return [(e.kind, getattr(e, "number", None) or getattr(e, "stand_id", 0))
            for e in diff_events(old, new)]


BASES = st.sampled_from([BASE, SHARED])


@settings(max_examples=400, deadline=None)
@given(BASES, EDITS)
def test_one_edit_gives_exactly_its_effects(base: Event, edit: Edit) -> None:
    new = edit.apply(base)
    if new is None:
        return
    assert sorted(effects_of(base, new), key=str) == sorted(edit.effects(base), key=str)
    assert in_order(apply_diff(base, diff_events(base, new))) == in_order(new)


def allowed(edit: Edit, event: Event) -> set[Effect]:
    """What an edit may show up as once other edits follow (a booth removed and drawn again
    under its number shows as a change of that booth)."""
    effects = set(edit.effects(event))
    if isinstance(edit, AddBooth | RemoveBooth):
        effects |= {(kind, edit.number) for kind in (*BOOTH_KINDS, *SHARING_KINDS)}
    stands = {subject for _, subject in effects if isinstance(subject, int)}
    if isinstance(edit, Assign | Unassign | RemoveBooth | Join):
        kinds = (K.ASSIGNMENT_MADE, K.ASSIGNMENT_CHANGED, K.ASSIGNMENT_REMOVED)
        effects |= {(kind, stand_id) for kind in kinds for stand_id in stands}
    if isinstance(edit, Assign | Join):
        # A stand that left a booth and comes back may come at another place or with another
        # part of the front than it had: the booth's sharing changed.
        effects.add((K.SHARES_CHANGED, edit.number))
    return effects


@settings(max_examples=300, deadline=None)
@given(BASES, st.lists(EDITS, max_size=12))
def test_many_edits_then_the_diff_applies_back_and_names_only_what_was_edited(
        base: Event, edits: list[Edit]) -> None:
    event, touched = base, set()
    for edit in edits:
        changed = edit.apply(event)
        if changed is not None:
            touched |= allowed(edit, event)
            event = changed
    diff = diff_events(base, event)
    # Applied in thought, the diff is the change.
    assert in_order(apply_diff(base, diff)) == in_order(event)
    # Only what the edits touched, each once, and each a real difference.
    found = effects_of(base, event)
    assert set(found) <= touched
    assert len(found) == len(set(found))
    for entry in diff_json(diff):
        assert entry["from"] is None or entry["to"] is None or entry["from"] != entry["to"]
    # Backwards, every change shows once again (added as removed, made as removed …).
    assert len(diff_events(event, base)) == len(diff)
    assert in_order(apply_diff(event, diff_events(event, base))) == in_order(base)
