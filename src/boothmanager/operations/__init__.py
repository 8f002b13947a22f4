"""The named operations: every change to an event goes through one of these."""

from boothmanager.lazy import lazy_getattr
from boothmanager.operations.assignment import (
    Assign,
    LockPlacement,
    OrderShares,
    SetCapacity,
    SplitFrontage,
    Unassign,
)
from boothmanager.operations.base import Change, Operation, UnitOfWork
from boothmanager.operations.batch import Batch
from boothmanager.operations.booths import AddBooth, MoveBooth, RemoveBooth
from boothmanager.operations.event import CreateEvent
from boothmanager.operations.history import History, Step
from boothmanager.operations.stand_records import ChangeStandStatus, SetStandLogo, UpdateStand
from boothmanager.operations.stands import AddStand, RemoveStand

__all__ = [
    "AddBooth", "AddStand", "ApplyProposal", "Assign", "Batch", "Change", "CreateEvent", "History",
    "MoveBooth", "Operation", "RemoveBooth", "RemoveStand", "Step", "Unassign", "UnitOfWork",
    "propose_assignment", "ChangeStandStatus", "ImportStands", "UpdateStand",
    "DeleteSnapshot", "RestoreSnapshot", "TakeSnapshot", "read_event",
    "AddLevel", "EditLevel", "RemoveLevel", "SetBackground", "LockPlacement", "SetStandLogo",
    "ForgetReview", "ImportReview", "SetReviewItemState", "TakeReviewSnapshot", "draft_review",
    "AlignBooths", "DistributeBooths", "DuplicateBooths", "MergeBooths", "PasteBooths",
    "ExtendBooth", "RecordPrint", "RenumberBooths", "ReplaceBooths", "ResizeBooth", "RotateBooths", "SetAmenities", "SplitBooth",
    "OrderShares", "SetCapacity", "SplitFrontage", "SwapStands",
]


# The assignment, import and snapshot use cases load on first use (start-up time).
_LAZY = {
    "AddLevel": "boothmanager.operations.venue",
    "EditLevel": "boothmanager.operations.venue",
    "RemoveLevel": "boothmanager.operations.venue",
    "SetBackground": "boothmanager.operations.venue",
    "ApplyProposal": "boothmanager.operations.auto_assign",
    "DeleteSnapshot": "boothmanager.operations.snapshots",
    "ImportStands": "boothmanager.operations.importing",
    "RestoreSnapshot": "boothmanager.operations.snapshots",
    "TakeSnapshot": "boothmanager.operations.snapshots",
    "propose_assignment": "boothmanager.operations.auto_assign",
    "read_event": "boothmanager.operations.snapshots",
    "ForgetReview": "boothmanager.operations.review",
    "ImportReview": "boothmanager.operations.review",
    "SetReviewItemState": "boothmanager.operations.review",
    "TakeReviewSnapshot": "boothmanager.operations.review",
    "draft_review": "boothmanager.operations.review",
    "AlignBooths": "boothmanager.operations.shaping",
    "DistributeBooths": "boothmanager.operations.shaping",
    "DuplicateBooths": "boothmanager.operations.shaping",
    "ExtendBooth": "boothmanager.operations.shaping",
    "RecordPrint": "boothmanager.operations.printing",
    "MergeBooths": "boothmanager.operations.shaping",
    "PasteBooths": "boothmanager.operations.shaping",
    "RenumberBooths": "boothmanager.operations.shaping",
    "ReplaceBooths": "boothmanager.operations.shaping",
    "ResizeBooth": "boothmanager.operations.shaping",
    "RotateBooths": "boothmanager.operations.shaping",
    "SetAmenities": "boothmanager.operations.shaping",
    "SplitBooth": "boothmanager.operations.shaping",
    "SwapStands": "boothmanager.operations.swap",
}


__getattr__ = lazy_getattr(globals(), _LAZY)
