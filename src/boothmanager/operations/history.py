"""Undo and redo beside the core: each step remembers the operation that flips it back."""

from __future__ import annotations

from collections.abc import Callable

from boothmanager.operations.base import Change, Operation

Runner = Callable[[Operation], Change]


class Step:
    """One undoable step: flipping it runs the stored operation and keeps that run's inverse."""

    def __init__(self, run: Runner, operation: Operation) -> None:
        self._run = run
        self._next = operation
        self.last: Change | None = None

    def flip(self) -> Change:
        change = self._run(self._next)
        self._next = change.inverse
        self.last = change
        return change


class History:
    """A plain undo/redo stack over a runner (the GUI uses QUndoStack over `Step` instead)."""

    def __init__(self, run: Runner) -> None:
        self._run = run
        self._done: list[Step] = []
        self._undone: list[Step] = []

    def do(self, operation: Operation) -> Change:
        step = Step(self._run, operation)
        change = step.flip()
        self._done.append(step)
        self._undone.clear()
        return change

    def undo(self) -> Change | None:
        if not self._done:
            return None
        # Pop only once the flip succeeded: a refused undo stays undoable.
        change = self._done[-1].flip()
        self._undone.append(self._done.pop())
        return change

    def redo(self) -> Change | None:
        if not self._undone:
            return None
        change = self._undone[-1].flip()
        self._done.append(self._undone.pop())
        return change

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)
