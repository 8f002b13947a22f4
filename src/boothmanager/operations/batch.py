"""Several operations as one step (one transaction, one undo entry)."""

from __future__ import annotations

from dataclasses import dataclass

from boothmanager.operations.base import Change, Operation, UnitOfWork


@dataclass(frozen=True)
class Batch(Operation):
    """Run `steps` in order; the inverse runs their inverses in reverse order."""

    steps: tuple[Operation, ...]
    label: str = "batch"
    name = "batch"

    def apply(self, uow: UnitOfWork) -> Change:
        changes = [step.apply(uow) for step in self.steps]
        inverse = Batch(steps=tuple(c.inverse for c in reversed(changes)), label=self.label)
        return Change(self.label, inverse=inverse,
                      booths=frozenset().union(*(c.booths for c in changes)),
                      stands=frozenset().union(*(c.stands for c in changes)),
                      venue=any(c.venue for c in changes),
                      backgrounds=frozenset().union(*(c.backgrounds for c in changes)))
