"""The automatic assignment as use cases: propose for an event, apply a proposal as one step."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from boothmanager.domain import Amenity, Booth, BoothOccupied, ChangedElsewhere, Event
from boothmanager.domain.assignment import AssignmentSettings, Move, Proposal, problem_from_event
from boothmanager.operations.assignment import Assign, Unassign
from boothmanager.operations.base import Change, Operation, UnitOfWork
from boothmanager.operations.batch import Batch


def propose_assignment(event: Event, settings: AssignmentSettings | None = None, *,
                       budget: int | None = None) -> Proposal:
    """The solver's proposal for the event as read (`budget`: repair evaluations); no change."""
    from boothmanager.domain.assignment.solver import DEFAULT_BUDGET, solve  # numpy, scipy

    problem = problem_from_event(event, settings)
    return solve(problem, budget=DEFAULT_BUDGET if budget is None else budget)


def facts(booth: Booth) -> tuple[str, bool, frozenset[Amenity], int, int]:
    """What decides whether a stand fits a booth."""
    return (booth.number, booth.reserved, booth.amenities, booth.rect.width, booth.rect.depth)


@dataclass(frozen=True)
class ApplyProposal(Operation):
    """Move stands as a proposal says, in one step; its inverse puts every stand back.

    Each stand must still be where the proposal found it, else nothing changes
    (ChangedElsewhere). Every moving stand leaves its booth before any arrives, so swaps and
    rings of moves need no free booth in between. An arriving stand joins a booth with several
    places after the stands on it; a booth that would get more stands than it has places (one
    was put there since) is refused (BoothOccupied).

    `exact` (as undo and redo pass it): the steps that restore the booths as they were,
    every stand at its place along the front with its part of it and its lock.
    """

    moves: tuple[Move, ...]
    label: str = "auto_assign"
    # What the proposal knew of each target booth (number, reserved, amenities, size): a
    # booth reserved or changed since is not filled on the strength of an old proposal.
    targets: tuple[tuple[str, bool, frozenset[Amenity], int, int], ...] = ()
    exact: Operation | None = None
    name = "apply_proposal"

    @classmethod
    def of(cls, proposal: Proposal, stand_ids: Iterable[int] | None = None, *,
           event: Event | None = None) -> ApplyProposal:
        """The whole proposal, or the changes of the stands in `stand_ids` only; with the
        `event` the proposal was made for, the target booths are checked again on apply."""
        chosen = None if stand_ids is None else frozenset(stand_ids)
        moves = proposal.moves(chosen)
        targets: tuple[tuple[str, bool, frozenset[Amenity], int, int], ...] = ()
        if event is not None:
            booths = {b.number: b for b in event.booths}
            wanted = dict.fromkeys(m.to_booth for m in moves if m.to_booth in booths)
            targets = tuple(facts(booths[number]) for number in wanted if number is not None)
        return cls(moves=moves, targets=targets)

    def apply(self, uow: UnitOfWork) -> Change:
        for expected in self.targets:
            booth = uow.booths.get(expected[0])
            found = facts(booth) if booth is not None else None
            if found != expected:
                raise ChangedElsewhere(number=expected[0], expected="as in the proposal",
                                       found="reserved, changed or removed since")
        for move in self.moves:
            now = uow.assignments.booth_of(move.stand_id)
            if now != move.from_booth:
                expected = f"stand {move.stand_id} on {move.from_booth or 'no booth'}"
                raise ChangedElsewhere(number=move.from_booth or move.to_booth or "",
                                       expected=expected,
                                       found=f"stand {move.stand_id} on {now or 'no booth'}")
        change = self.exact.apply(uow) if self.exact is not None else self.move_stands(uow)
        back = tuple(Move(m.stand_id, m.to_booth, m.from_booth) for m in reversed(self.moves))
        return Change(self.label,
                      inverse=ApplyProposal(moves=back, label=self.label, exact=change.inverse),
                      booths=change.booths, stands=change.stands,
                      changed=any(m.from_booth != m.to_booth for m in self.moves))

    def move_stands(self, uow: UnitOfWork) -> Change:
        """Every moving stand leaves, then each arrives; no booth gets more than its places."""
        moving = [m for m in self.moves if m.from_booth != m.to_booth]
        places = {}
        for number in dict.fromkeys(m.to_booth for m in moving if m.to_booth is not None):
            booth = uow.booths.get(number)
            places[number] = (booth.places, booth.places > 1) if booth is not None else (1, False)
        leave = [Unassign(booth=m.from_booth, stand_id=m.stand_id)
                 for m in moving if m.from_booth is not None]
        # A booth that takes several stands may still hold one that stays: they share it.
        arrive = [Assign(booth=m.to_booth, stand_id=m.stand_id, share=places[m.to_booth][1])
                  for m in moving if m.to_booth is not None]
        change = Batch(steps=(*leave, *arrive), label=self.label).apply(uow)
        for number, (room, _) in places.items():
            on = uow.assignments.shares_on(number)
            if len(on) > room:
                arriving = {m.stand_id for m in moving if m.to_booth == number}
                first = next((s.stand_id for s in on if s.stand_id not in arriving),
                             on[0].stand_id)
                other = uow.stands.get(first)
                raise BoothOccupied(number=number, stand_id=first,
                                    stand_name=other.name if other is not None else "")
        return change


@dataclass(frozen=True)
class SetBoothZone(Operation):
    """Put a booth in a named zone ("" for none), which stands' zone rules and wishes name.

    `expected` (as undo passes it): the zone the booth must have now, else nothing changes.
    """

    number: str
    zone: str
    expected: str | None = None
    name = "set_booth_zone"

    def apply(self, uow: UnitOfWork) -> Change:
        from dataclasses import replace

        from boothmanager.domain import UnknownBooth

        booth = uow.booths.get(self.number)
        if booth is None:
            raise UnknownBooth(number=self.number)
        if self.expected is not None and booth.zone != self.expected:
            raise ChangedElsewhere(number=self.number, expected=f"zone {self.expected!r}",
                                   found=f"zone {booth.zone!r}")
        zone = " ".join(self.zone.split())
        inverse = SetBoothZone(number=self.number, zone=booth.zone, expected=zone)
        if zone == booth.zone:
            return Change(self.name, inverse=inverse, changed=False)
        uow.booths.update(replace(booth, zone=zone))  # the Booth checks the name
        return Change(self.name, inverse=inverse, booths=frozenset({self.number}))
