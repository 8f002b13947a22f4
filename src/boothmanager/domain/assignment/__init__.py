"""The automatic assignment of stands to booths: its input, the solver, its explained proposal."""

from boothmanager.domain.assignment.adapter import (
    AssignmentSettings,
    StandRules,
    problem_from_event,
)
from boothmanager.domain.assignment.problem import (
    BoothSlot,
    BoothState,
    Problem,
    StandRequest,
    Weights,
    Wish,
)
from boothmanager.domain.assignment.result import (
    ApartFrom,
    Blocker,
    CostKind,
    CostTerm,
    FitsNeeds,
    FitsTable,
    FreeBoothsTooSmall,
    FromWaitingList,
    FrontageTooShort,
    InZone,
    Kept,
    KeptApart,
    Locked,
    Move,
    Moved,
    NearStand,
    NoFreeBoothInZones,
    NoFreeBoothWithNeeds,
    Placement,
    Proposal,
    Reason,
    SharesBooth,
    Shortage,
    ThemeCluster,
    Unplaced,
    Waitlisted,
    WishGranted,
)


__all__ = [
    "ApartFrom", "AssignmentMatrix", "AssignmentSettings", "Blocker", "BoothSlot", "BoothState",
    "CostKind", "CostTerm", "FitsNeeds", "FitsTable", "FreeBoothsTooSmall", "FromWaitingList",
    "FrontageTooShort", "InZone", "Kept", "KeptApart", "Locked", "Move", "Moved", "NearStand",
    "NoFreeBoothInZones", "NoFreeBoothWithNeeds", "Placement", "Problem", "Proposal", "Reason",
    "SharesBooth", "Shortage", "StandRequest", "StandRules", "ThemeCluster", "Unplaced",
    "Waitlisted", "Weights", "Wish", "WishGranted", "problem_from_event", "solve",
]


def __getattr__(name: str) -> object:
    """The solver on first use: numpy and scipy cost start-up time the GUI should not pay."""
    if name in ("AssignmentMatrix", "solve"):
        from boothmanager.domain.assignment import solver

        return getattr(solver, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
