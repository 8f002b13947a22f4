"""The domain core: venue, booths, stands, assignments; plain Python, no frameworks."""

from boothmanager.domain.booth import Amenity, Booth, BoothStatus, BoothType, Side, booth_type
from boothmanager.domain.errors import (
    BoothExists,
    BoothNotAssigned,
    BoothOccupied,
    ChangedElsewhere,
    DomainError,
    InvalidValue,
    StandNameAmbiguous,
    UnknownBooth,
    UnknownStand,
)
from boothmanager.domain.diff import (
    AssignmentDiff,
    BoothDiff,
    Diff,
    DiffEntry,
    DiffKind,
    EventInfoDiff,
    StandDiff,
    VenueDiff,
    diff_events,
)
from boothmanager.domain.diff_apply import DiffDoesNotApply, apply_diff
from boothmanager.domain.event import Event, EventInfo
from boothmanager.domain.geometry import Point, Rect, mm
from boothmanager.domain.snapshot import (
    Snapshot,
    SnapshotChangedElsewhere,
    SnapshotExists,
    SnapshotInfo,
    UnknownSnapshot,
    without_private,
)
from boothmanager.domain.snapshot_document import (
    SnapshotUnreadable,
    event_from_snapshot,
    snapshot_document,
)
from boothmanager.domain.stand import Stand
from boothmanager.domain.status import (
    HistoryEntry,
    HistoryField,
    StandChangedElsewhere,
    StandStatus,
    TransitionRefused,
)
from boothmanager.domain.venue import Exit, ExitKind, KeepClearZone, Level, Obstacle, ObstacleKind, Venue

__all__ = [
    "Amenity", "Booth", "BoothExists", "BoothNotAssigned", "BoothOccupied", "BoothStatus",
    "BoothType", "ChangedElsewhere", "DomainError", "Event", "EventInfo", "Exit", "ExitKind", "InvalidValue",
    "KeepClearZone", "Level", "Obstacle", "ObstacleKind", "Point", "Rect", "Side", "Stand",
    "StandNameAmbiguous", "UnknownBooth", "UnknownStand", "Venue", "booth_type", "mm",
    "HistoryEntry", "HistoryField", "StandChangedElsewhere", "StandStatus", "TransitionRefused",
    "AssignmentDiff", "BoothDiff", "Diff", "DiffDoesNotApply", "DiffEntry", "DiffKind",
    "EventInfoDiff", "StandDiff", "VenueDiff", "apply_diff", "diff_events",
    "Snapshot", "SnapshotChangedElsewhere", "SnapshotExists", "SnapshotInfo",
    "SnapshotUnreadable", "UnknownSnapshot", "event_from_snapshot", "snapshot_document",
    "without_private",
]
