"""The open event in the GUI: its database, a cached read model and the undo stack."""

from __future__ import annotations

from dataclasses import replace
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from boothmanager.domain import Event
from boothmanager.operations import Change, Operation, Step

if TYPE_CHECKING:  # SQLAlchemy is imported once the window shows, not before
    from boothmanager.storage import Database

T = TypeVar("T")
K = TypeVar("K")


class OperationCommand(QUndoCommand):
    """An undo entry whose operation the document has already run when the stack moves.

    The document runs the operation first and moves the stack only if it succeeded, so a
    refused undo or redo keeps its place (QUndoStack would drop an obsolete command) and
    no exception has to cross into Qt.
    """

    def __init__(self, step: Step, text: str) -> None:
        super().__init__(text)
        self.step = step
        self.ran = True  # push() calls redo(); the operation ran already

    def redo(self) -> None:
        self._moved()

    def undo(self) -> None:
        self._moved()

    def _moved(self) -> None:
        if not self.ran:  # the stack was moved some other way: run it now
            self.step.flip()
        self.ran = False


class EventDocument(QObject):
    """Runs operations on the event and tells the views what changed."""

    changed = Signal(object)  # Change
    failed = Signal(object)  # Exception

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.current: Event = db.load()
        self.undo_stack = QUndoStack(self)

    @property
    def path(self) -> Path | None:
        return self.db.path

    def execute(self, operation: Operation, text: str) -> Change:
        """Run an operation as a new undo step; a refused one raises and changes nothing."""
        step = Step(self.apply, operation)
        change = step.flip()
        if change.changed:
            self.undo_stack.push(OperationCommand(step, text))
        return change

    def undo(self) -> Change | None:
        """Take back the last step; if that is refused it raises and the step stays."""
        index = self.undo_stack.index()
        if index == 0:
            return None
        return self._move(self.undo_stack.command(index - 1), self.undo_stack.undo)

    def redo(self) -> Change | None:
        index = self.undo_stack.index()
        if index == self.undo_stack.count():
            return None
        return self._move(self.undo_stack.command(index), self.undo_stack.redo)

    def _move(self, command: QUndoCommand, move: object) -> Change:
        assert isinstance(command, OperationCommand)
        change = command.step.flip()
        command.ran = True
        move()  # type: ignore[operator]
        return change

    def apply(self, operation: Operation) -> Change:
        """Run an operation, refresh the read model for what it touched, and announce it."""
        change = self.db.run(operation)
        try:
            self._refresh(change)
        except Exception as error:  # noqa: BLE001 - the change is made; say the view is stale
            self.failed.emit(error)
        self.changed.emit(change)
        return change

    def rebind(self, db: Database) -> None:
        """Go on with the same event in another file (after Save As), undo history kept."""
        old, self.db = self.db, db
        old.close()

    def _refresh(self, change: Change) -> None:
        if change.venue:
            self.current = self.db.load()
            return
        event = self.current
        if change.booths:
            booths = merge(event.booths, self.db.booths(change.booths), change.booths,
                           key=lambda b: b.number)
            event = replace(event, booths=booths)
        if change.stands:
            stands = merge(event.stands, self.db.stands(change.stands), change.stands,
                           key=lambda s: s.id)
            event = replace(event, stands=stands)
        self.current = event

    def close(self) -> None:
        self.undo_stack.clear()
        self.db.close()


def merge(current: tuple[T, ...], fresh: list[T], touched: frozenset[K], *,
          key: Callable[[T], K]) -> tuple[T, ...]:
    """`current` with the touched items replaced by their fresh rows, gone ones dropped."""
    by_key = {key(item): item for item in fresh}
    kept = tuple(by_key.pop(key(item), item) for item in current
                 if key(item) in by_key or key(item) not in touched)
    return kept + tuple(by_key.values())
