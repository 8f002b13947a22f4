"""The automatic assignment as use cases: propose for an event, apply a proposal as one step."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from boothmanager.domain import ChangedElsewhere, Event
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


@dataclass(frozen=True)
class ApplyProposal(Operation):
    """Move stands as a proposal says, in one step; its inverse puts every stand back.

    Each stand must still be where the proposal found it, else nothing changes
    (ChangedElsewhere). Every moving stand leaves its booth before any arrives, so swaps and
    rings of moves need no free booth in between.
    """

    moves: tuple[Move, ...]
    label: str = "auto_assign"
    name = "apply_proposal"

    @classmethod
    def of(cls, proposal: Proposal, stand_ids: Iterable[int] | None = None) -> ApplyProposal:
        """The whole proposal, or the changes of the stands in `stand_ids` only."""
        chosen = None if stand_ids is None else frozenset(stand_ids)
        return cls(moves=proposal.moves(chosen))

    def apply(self, uow: UnitOfWork) -> Change:
        for move in self.moves:
            now = uow.assignments.booth_of(move.stand_id)
            if now != move.from_booth:
                expected = f"stand {move.stand_id} on {move.from_booth or 'no booth'}"
                raise ChangedElsewhere(number=move.from_booth or move.to_booth or "",
                                       expected=expected,
                                       found=f"stand {move.stand_id} on {now or 'no booth'}")
        leave = [Unassign(booth=m.from_booth, stand_id=m.stand_id)
                 for m in self.moves if m.from_booth is not None and m.from_booth != m.to_booth]
        arrive = [Assign(booth=m.to_booth, stand_id=m.stand_id)
                  for m in self.moves if m.to_booth is not None and m.from_booth != m.to_booth]
        change = Batch(steps=(*leave, *arrive), label=self.label).apply(uow)
        back = tuple(Move(m.stand_id, m.to_booth, m.from_booth) for m in reversed(self.moves))
        return Change(self.label, inverse=ApplyProposal(moves=back, label=self.label),
                      booths=change.booths, stands=change.stands,
                      changed=bool(leave or arrive))
