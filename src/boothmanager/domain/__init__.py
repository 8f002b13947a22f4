"""The domain core: venue, booths, stands, assignments; plain Python, no frameworks."""

from boothmanager.lazy import lazy_getattr
from boothmanager.domain.booth import (
    Amenity,
    Booth,
    BoothStatus,
    BoothType,
    Share,
    Side,
    booth_type,
    placed,
)
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
from boothmanager.domain.event import Event, EventInfo
from boothmanager.domain.geometry import Point, Rect, mm
# Eager: the module and its main function share a name, and a lazy attribute would lose to
# the submodule binding once anything imports the module directly.
from boothmanager.domain.snapshot_document import (
    SnapshotUnreadable,
    event_from_snapshot,
    snapshot_document,
)
from boothmanager.domain.stand import Stand, StandWish
from boothmanager.domain.status import (
    HistoryEntry,
    HistoryField,
    StandChangedElsewhere,
    StandStatus,
    TransitionRefused,
)
from boothmanager.domain.venue import (
    Area,
    AreaKind,
    Exit,
    ExitKind,
    KeepClearZone,
    Level,
    Obstacle,
    ObstacleKind,
    Venue,
)

__all__ = [
    "Area", "AreaKind", "StandWish",
    "Amenity", "Booth", "Share", "placed", "BoothExists", "BoothNotAssigned", "BoothOccupied", "BoothStatus",
    "BoothType", "ChangedElsewhere", "DomainError", "Event", "EventInfo", "Exit", "ExitKind", "InvalidValue",
    "KeepClearZone", "Level", "Obstacle", "ObstacleKind", "Point", "Rect", "Side", "Stand",
    "StandNameAmbiguous", "UnknownBooth", "UnknownStand", "Venue", "booth_type", "mm",
    "HistoryEntry", "HistoryField", "StandChangedElsewhere", "StandStatus", "TransitionRefused",
    "AssignmentDiff", "BoothDiff", "Diff", "DiffDoesNotApply", "DiffEntry", "DiffKind",
    "EventInfoDiff", "SharesDiff", "StandDiff", "VenueDiff", "apply_diff", "diff_events",
    "Snapshot", "SnapshotChangedElsewhere", "SnapshotExists", "SnapshotInfo",
    "SnapshotUnreadable", "UnknownSnapshot", "event_from_snapshot", "snapshot_document",
    "without_private",
    "ReviewAnswers", "AssignmentAnswer", "PinnedComment", "Decision", "Verdict", "ReviewItem",
    "ReviewItemKind", "ReviewItemState", "ReviewPackage", "ReviewPackageRefused",
    "read_package", "write_package", "with_answers",
    "AlignEdge", "BoothTooSmall", "Direction", "MergeProblem", "MergeRefused", "NumberClash",
]


# Diffs and snapshots load on first use: the window should not wait for them at start-up.
_LAZY = {
    "AssignmentDiff": "boothmanager.domain.diff",
    "BoothDiff": "boothmanager.domain.diff",
    "Diff": "boothmanager.domain.diff",
    "DiffDoesNotApply": "boothmanager.domain.diff_apply",
    "DiffEntry": "boothmanager.domain.diff",
    "DiffKind": "boothmanager.domain.diff",
    "EventInfoDiff": "boothmanager.domain.diff",
    "Snapshot": "boothmanager.domain.snapshot",
    "SnapshotChangedElsewhere": "boothmanager.domain.snapshot",
    "SnapshotExists": "boothmanager.domain.snapshot",
    "SnapshotInfo": "boothmanager.domain.snapshot",
    "SharesDiff": "boothmanager.domain.diff",
    "StandDiff": "boothmanager.domain.diff",
    "UnknownSnapshot": "boothmanager.domain.snapshot",
    "VenueDiff": "boothmanager.domain.diff",
    "apply_diff": "boothmanager.domain.diff_apply",
    "diff_events": "boothmanager.domain.diff",
    "without_private": "boothmanager.domain.snapshot",
    "AssignmentAnswer": "boothmanager.domain.review",
    "Decision": "boothmanager.domain.review",
    "PinnedComment": "boothmanager.domain.review",
    "ReviewAnswers": "boothmanager.domain.review",
    "ReviewItem": "boothmanager.domain.review",
    "ReviewItemKind": "boothmanager.domain.review",
    "ReviewItemState": "boothmanager.domain.review",
    "Verdict": "boothmanager.domain.review",
    "ReviewPackage": "boothmanager.domain.review_package",
    "ReviewPackageRefused": "boothmanager.domain.review_package",
    "read_package": "boothmanager.domain.review_package",
    "with_answers": "boothmanager.domain.review_package",
    "write_package": "boothmanager.domain.review_package",
    "AlignEdge": "boothmanager.domain.shaping",
    "BoothTooSmall": "boothmanager.domain.shaping",
    "Direction": "boothmanager.domain.shaping",
    "MergeProblem": "boothmanager.domain.shaping",
    "MergeRefused": "boothmanager.domain.shaping",
    "NumberClash": "boothmanager.domain.shaping",
}


__getattr__ = lazy_getattr(globals(), _LAZY)
