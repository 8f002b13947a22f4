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
from boothmanager.domain.event import Event, EventInfo
from boothmanager.domain.geometry import Point, Rect, mm
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
]
