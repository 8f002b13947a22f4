"""The open event in the GUI: its database, a cached read model and the undo stack."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from boothmanager.domain import Event
from boothmanager.operations import Change, Operation, Step

if TYPE_CHECKING:  # SQLAlchemy is imported once the window shows, not before
    from boothmanager.storage import Database


class OperationCommand(QUndoCommand):
    """An undo entry over an operation that has already run once (so errors surface before push)."""

    def __init__(self, document: EventDocument, done: Change, text: str) -> None:
        super().__init__(text)
        self._document = document
        self._step = Step(document.apply, done.inverse)
        self._first = True

    def redo(self) -> None:
        if self._first:  # QUndoStack.push calls redo(); the operation ran already
            self._first = False
            return
        self._flip()

    def undo(self) -> None:
        self._flip()

    def _flip(self) -> None:
        try:
            self._step.flip()
        except Exception as error:  # noqa: BLE001 - an exception must not cross into C++
            self.setObsolete(True)
            self._document.failed.emit(error)


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
        change = self.apply(operation)
        self.undo_stack.push(OperationCommand(self, change, text))
        return change

    def apply(self, operation: Operation) -> Change:
        """Run an operation, refresh the read model for what it touched, and announce it."""
        change = self.db.run(operation)
        self._refresh(change)
        self.changed.emit(change)
        return change

    def _refresh(self, change: Change) -> None:
        event = self.current
        if change.venue:
            self.current = self.db.load()
            return
        if change.booths:
            fresh = {b.number: b for b in self.db.booths(change.booths)}
            kept = tuple(fresh.pop(b.number, b) for b in event.booths
                         if b.number in fresh or b.number not in change.booths)
            event = replace(event, booths=kept + tuple(fresh.values()))
        if change.stands:
            fresh_stands = {s.id: s for s in self.db.stands(change.stands)}
            kept_stands = tuple(fresh_stands.pop(s.id, s) for s in event.stands
                                if s.id in fresh_stands or s.id not in change.stands)
            event = replace(event, stands=kept_stands + tuple(fresh_stands.values()))
        self.current = event

    def close(self) -> None:
        self.undo_stack.clear()
        self.db.close()
