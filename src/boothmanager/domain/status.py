"""A stand's status workflow and the history of its status and booth changes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from boothmanager.domain.errors import DomainError


class StandStatus(StrEnum):
    """Where a stand is in the organisers' workflow: applied → accepted → placed → confirmed."""

    APPLIED = "applied"
    ACCEPTED = "accepted"
    PLACED = "placed"
    CONFIRMED = "confirmed"
    WAITLIST = "waitlist"
    CANCELLED = "cancelled"


S = StandStatus
# Forward along the workflow, one step back where people take a decision back, and out to
# the waitlist or cancelled; a cancelled stand comes back only as a new application.
TRANSITIONS: dict[StandStatus, frozenset[StandStatus]] = {
    S.APPLIED: frozenset({S.ACCEPTED, S.WAITLIST, S.CANCELLED}),
    S.WAITLIST: frozenset({S.ACCEPTED, S.CANCELLED}),
    S.ACCEPTED: frozenset({S.PLACED, S.WAITLIST, S.CANCELLED}),
    S.PLACED: frozenset({S.CONFIRMED, S.ACCEPTED, S.CANCELLED}),
    S.CONFIRMED: frozenset({S.PLACED, S.CANCELLED}),
    S.CANCELLED: frozenset({S.APPLIED}),
}


def allowed(old: StandStatus, new: StandStatus) -> bool:
    """Whether the workflow lets a stand go from `old` to `new` (staying is always allowed)."""
    return old == new or new in TRANSITIONS[old]


class HistoryField(StrEnum):
    """What a history entry records the change of."""

    STATUS = "status"
    BOOTH = "booth"


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One change of a stand's status or booth: who, when (UTC), from, to (None: no booth)."""

    stand_id: int
    field: HistoryField
    old: str | None
    new: str | None
    who: str = ""
    at: datetime | None = None


class TransitionRefused(DomainError):
    """The workflow does not lead from the stand's status to the one asked for."""

    def __init__(self, *, stand_id: int, old: StandStatus, new: StandStatus) -> None:
        self.stand_id = stand_id
        self.old = old
        self.new = new
        super().__init__(stand_id=stand_id, old=old, new=new)

    def describe(self) -> str:
        choices = ", ".join(s.value for s in StandStatus if s in TRANSITIONS[self.old])
        return (f"stand {self.stand_id} cannot go from {self.old.value} to {self.new.value} "
                f"(from {self.old.value}: {choices})")


class StandChangedElsewhere(DomainError):
    """An undo found the stand not as it left it: someone else changed it since."""

    def __init__(self, *, stand_id: int, field: str, expected: object, found: object) -> None:
        self.stand_id = stand_id
        self.field = field
        self.expected = expected
        self.found = found
        super().__init__(stand_id=stand_id, field=field, expected=expected, found=found)

    def describe(self) -> str:
        return (f"stand {self.stand_id} was changed elsewhere since ({self.field}: expected "
                f"{self.expected!r}, found {self.found!r}); nothing was changed")
