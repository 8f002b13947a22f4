"""The snapshot document: an event as stable JSON (integer mm), the same text for the same event."""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from typing import Any

from boothmanager.domain.booth import Amenity, Booth, Share, Side
from boothmanager.domain.errors import DomainError, InvalidValue
from boothmanager.domain.event import Event, EventInfo, natural_key
from boothmanager.domain.geometry import Point, Rect
from boothmanager.domain.stand import Stand, StandWish
from boothmanager.domain.status import StandStatus
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

FORMAT = 1  # raised whenever the document's shape changes; older readers refuse a newer one
STAND_TEXTS = ("organisation", "project", "description", "theme", "website", "contact",
               "contact_name", "email", "phone", "notes")
STAND_NUMBERS = ("min_area_mm2", "table_length_mm", "staff_count")
STAND_TIMES = ("setup_at", "teardown_at")


class SnapshotUnreadable(DomainError):
    """A snapshot document that this version cannot read back (damaged, or from a newer one)."""

    def __init__(self, *, reason: str) -> None:
        self.reason = reason
        super().__init__(reason=reason)

    def describe(self) -> str:
        return f"the snapshot cannot be read: {self.reason}"


def canonical_json(data: object) -> str:
    """The one text of `data`: sorted keys, no spaces, ASCII only (any string survives)."""
    return json.dumps(data, sort_keys=True, ensure_ascii=True, separators=(",", ":"),
                      allow_nan=False)


def document_sha256(document: str) -> str:
    """The hex SHA-256 of a document's UTF-8 bytes (a canonical document is plain ASCII)."""
    return hashlib.sha256(document.encode("utf-8")).hexdigest()


def snapshot_document(event: Event) -> str:
    """The event as its snapshot document; equal events give equal text (and digest)."""
    stands = sorted(event.stands, key=stand_key)
    return canonical_json({
        "format": FORMAT,
        "event": info_data(event.info),
        "venue": venue_data(event.venue),
        "booths": [booth_data(booth) for booth in sorted(event.booths, key=booth_key)],
        "stands": [stand_data(stand) for stand in stands],
    })


def booth_key(booth: Booth) -> tuple[object, ...]:
    return natural_key(booth.number), booth.number


def stand_key(stand: Stand) -> int:
    if stand.id is None:
        raise InvalidValue(field="stand id", value=None, reason="a snapshot needs stored stands")
    return stand.id


def flags(values: frozenset[Any], kind: type) -> list[str]:
    """Members of a set in their enum's order, as the listings write them."""
    return [member.value for member in kind if member in values]


def info_data(info: EventInfo) -> dict[str, Any]:
    return {"name": info.name, "title": info.title, "motto": info.motto,
            "starts": info.starts.isoformat() if info.starts else None,
            "ends": info.ends.isoformat() if info.ends else None,
            "website": info.website, "marketplace": info.marketplace}


def rect_data(rect: Rect) -> dict[str, int]:
    return {"x_mm": rect.x, "y_mm": rect.y, "width_mm": rect.width, "depth_mm": rect.depth}


def venue_data(venue: Venue) -> dict[str, Any]:
    return {"name": venue.name, "city": venue.city, "is_estimate": venue.is_estimate,
            "source_note": venue.source_note, "levels": [level_data(lv) for lv in venue.levels]}


def level_data(level: Level) -> dict[str, Any]:
    return {
        "name": level.name,
        "outline_mm": [[point.x, point.y] for point in level.outline],
        "exits": [{"name": e.name, "kind": e.kind.value, "x_mm": e.start.x, "y_mm": e.start.y,
                   "width_mm": e.width, "angle": e.angle, "description": e.description}
                  for e in level.exits],
        "obstacles": [{"kind": o.kind.value, **rect_data(o.rect), "label": o.label,
                       "movable": o.movable} for o in level.obstacles],
        "zones": [{**rect_data(z.rect), "reason": z.reason} for z in level.zones],
        "areas": [{"kind": a.kind.value, **rect_data(a.rect), "label": a.label}
                  for a in level.areas],
    }


def booth_data(booth: Booth) -> dict[str, Any]:
    return {"number": booth.number, "level": booth.level, **rect_data(booth.rect),
            "rotation": booth.rotation, "open_sides": flags(booth.open_sides, Side),
            "amenities": flags(booth.amenities, Amenity), "reserved": booth.reserved,
            "stand_id": booth.stand_id,
            **({"shares": [{"stand_id": s.stand_id, "frontage_mm": s.frontage_mm}
                           for s in booth.shares]}
               if booth.shared or any(s.frontage_mm for s in booth.shares) else {}),
            **({"capacity": booth.capacity} if booth.capacity > 1 else {}),
            # Later fields only where set: documents of events without them stay as they were.
            **({"zone": booth.zone} if booth.zone else {}),
            **({"locked": True} if booth.locked else {}),
            **({"parts": [rect_data(part) for part in booth.parts]} if booth.parts else {})}


def stand_data(stand: Stand) -> dict[str, Any]:
    # Every field, the private ones too: a snapshot stays in the event file, with the staff.
    return {"id": stand.id, **{name: getattr(stand, name) for name in STAND_TEXTS},
            "needs": flags(stand.needs, Amenity), "placeholder": stand.placeholder,
            **{name: getattr(stand, name) for name in STAND_NUMBERS},
            **{name: getattr(stand, name).isoformat() if getattr(stand, name) else None
               for name in STAND_TIMES},
            "status": stand.status.value,
            **({"wishes": [{"booth": w.booth, "zone": w.zone} for w in stand.wishes]}
               if stand.wishes else {}),
            **({"zones": sorted(stand.zones)} if stand.zones else {}),
            **({"near": sorted(stand.near)} if stand.near else {}),
            **({"apart": sorted(stand.apart)} if stand.apart else {})}


def event_from_snapshot(document: str) -> Event:
    """The event a snapshot document holds; SnapshotUnreadable if this version cannot read it."""
    try:
        data = json.loads(document)
    except (ValueError, TypeError) as error:
        raise SnapshotUnreadable(reason=f"not JSON ({error})") from None
    if not isinstance(data, dict) or "format" not in data:
        raise SnapshotUnreadable(reason="not a snapshot document")
    if type(data["format"]) is not int or data["format"] != FORMAT:
        raise SnapshotUnreadable(reason=f"format {data['format']!r}; this version reads {FORMAT}")
    try:
        booths = tuple(read_booth(item) for item in data["booths"])
        stands = tuple(read_stand(item) for item in data["stands"])
        event = Event(info=read_info(data["event"]), venue=read_venue(data["venue"]),
                      booths=tuple(sorted(booths, key=booth_key)),
                      stands=tuple(sorted(stands, key=stand_key)))
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        reason = (error.describe() if isinstance(error, DomainError)
                  else f"{type(error).__name__}: {error}")
        raise SnapshotUnreadable(reason=reason) from None
    if len({b.number for b in booths}) < len(booths) or len({s.id for s in stands}) < len(stands):
        raise SnapshotUnreadable(reason="a booth number or stand id twice")
    return event


def whole(value: object) -> int:
    if type(value) is not int:
        raise TypeError(f"{value!r} is not a whole number")
    return value


def text(value: object) -> str:
    if type(value) is not str:
        raise TypeError(f"{value!r} is not text")
    return value


def truth(value: object) -> bool:
    if type(value) is not bool:
        raise TypeError(f"{value!r} is not true or false")
    return value


def maybe(read: Any, value: object) -> Any:
    return None if value is None else read(value)


def read_rect(data: dict[str, Any]) -> Rect:
    return Rect(whole(data["x_mm"]), whole(data["y_mm"]), whole(data["width_mm"]),
                whole(data["depth_mm"]))


def read_info(data: dict[str, Any]) -> EventInfo:
    return EventInfo(name=text(data["name"]), title=text(data["title"]),
                     motto=text(data["motto"]),
                     starts=maybe(date.fromisoformat, data["starts"]),
                     ends=maybe(date.fromisoformat, data["ends"]),
                     website=text(data["website"]), marketplace=text(data["marketplace"]))


def read_venue(data: dict[str, Any]) -> Venue:
    return Venue(name=text(data["name"]), city=text(data["city"]),
                 levels=tuple(read_level(level) for level in data["levels"]),
                 is_estimate=truth(data["is_estimate"]), source_note=text(data["source_note"]))


def read_level(data: dict[str, Any]) -> Level:
    return Level(
        name=text(data["name"]),
        outline=tuple(Point(whole(x), whole(y)) for x, y in data["outline_mm"]),
        exits=tuple(Exit(name=text(e["name"]), kind=ExitKind(e["kind"]),
                         start=Point(whole(e["x_mm"]), whole(e["y_mm"])),
                         width=whole(e["width_mm"]), angle=whole(e["angle"]),
                         description=text(e["description"])) for e in data["exits"]),
        obstacles=tuple(Obstacle(kind=ObstacleKind(o["kind"]), rect=read_rect(o),
                                 label=text(o["label"]), movable=truth(o["movable"]))
                        for o in data["obstacles"]),
        zones=tuple(KeepClearZone(rect=read_rect(z), reason=text(z["reason"]))
                    for z in data["zones"]),
        # Documents written before non-exhibit areas existed have none.
        areas=tuple(Area(kind=AreaKind(a["kind"]), rect=read_rect(a), label=text(a["label"]))
                    for a in data.get("areas", ())))


def read_booth(data: dict[str, Any]) -> Booth:
    return Booth(number=text(data["number"]), level=text(data["level"]), rect=read_rect(data),
                 rotation=whole(data["rotation"]),
                 open_sides=frozenset(Side(side) for side in data["open_sides"]),
                 amenities=frozenset(Amenity(a) for a in data["amenities"]),
                 reserved=truth(data["reserved"]), shares=read_shares(data),
                 capacity=whole(data.get("capacity", 1)),
                 zone=text(data.get("zone", "")), locked=truth(data.get("locked", False)),
                 parts=tuple(read_rect(part) for part in data.get("parts", ())))


def read_shares(data: dict[str, Any]) -> tuple[Share, ...]:
    """A booth's stands: "shares" where it is shared (documents before sharing: "stand_id")."""
    if "shares" in data:
        return tuple(Share(whole(s["stand_id"]), maybe(whole, s.get("frontage_mm")))
                     for s in data["shares"])
    stand_id = maybe(whole, data["stand_id"])
    return () if stand_id is None else (Share(stand_id),)


def read_stand(data: dict[str, Any]) -> Stand:
    return Stand(id=whole(data["id"]), **{name: text(data[name]) for name in STAND_TEXTS},
                 needs=frozenset(Amenity(n) for n in data["needs"]),
                 placeholder=truth(data["placeholder"]),
                 **{name: maybe(whole, data[name]) for name in STAND_NUMBERS},
                 **{name: maybe(datetime.fromisoformat, data[name]) for name in STAND_TIMES},
                 status=StandStatus(text(data["status"])),
                 wishes=tuple(StandWish(booth=maybe(text, w["booth"]), zone=maybe(text, w["zone"]))
                              for w in data.get("wishes", ())),
                 zones=frozenset(text(z) for z in data.get("zones", ())),
                 near=frozenset(whole(i) for i in data.get("near", ())),
                 apart=frozenset(whole(i) for i in data.get("apart", ())))
