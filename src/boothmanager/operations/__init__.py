"""The named operations: every change to an event goes through one of these."""

from boothmanager.operations.assignment import Assign, Unassign
from boothmanager.operations.auto_assign import ApplyProposal, propose_assignment
from boothmanager.operations.base import Change, Operation, UnitOfWork
from boothmanager.operations.batch import Batch
from boothmanager.operations.booths import AddBooth, MoveBooth, RemoveBooth
from boothmanager.operations.event import CreateEvent
from boothmanager.operations.history import History, Step
from boothmanager.operations.importing import ImportStands
from boothmanager.operations.snapshots import (
    DeleteSnapshot,
    RestoreSnapshot,
    TakeSnapshot,
    read_event,
)
from boothmanager.operations.stand_records import ChangeStandStatus, UpdateStand
from boothmanager.operations.stands import AddStand, RemoveStand

__all__ = [
    "AddBooth", "AddStand", "ApplyProposal", "Assign", "Batch", "Change", "CreateEvent", "History",
    "MoveBooth", "Operation", "RemoveBooth", "RemoveStand", "Step", "Unassign", "UnitOfWork",
    "propose_assignment", "ChangeStandStatus", "ImportStands", "UpdateStand",
    "DeleteSnapshot", "RestoreSnapshot", "TakeSnapshot", "read_event",
]
