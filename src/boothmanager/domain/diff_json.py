"""A diff as JSON data of a fixed shape; a private stand field is named, its value never given."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from boothmanager.domain.booth import Amenity, Booth, Side
from boothmanager.domain.diff import (
    AssignmentDiff,
    BoothDiff,
    Diff,
    DiffEntry,
    DiffKind,
    EventInfoDiff,
    SharesDiff,
    StandDiff,
    VenueDiff,
)
from boothmanager.domain.stand import Stand

K = DiffKind
# Field by field, not every field but the private ones: a new private field must not leak.
PUBLIC_STAND_FIELDS = ("organisation", "project", "description", "theme", "website", "needs",
                       "placeholder", "min_area_mm2", "table_length_mm", "staff_count",
                       "setup_at", "teardown_at")
BOOTH_ASPECTS: dict[DiffKind, tuple[str, ...]] = {
    K.BOOTH_MOVED: ("level", "x_mm", "y_mm"),
    K.BOOTH_RESIZED: ("width_mm", "depth_mm"),
    K.BOOTH_ROTATED: ("rotation",),
    K.OPEN_SIDES_CHANGED: ("open_sides",),
    K.AMENITIES_CHANGED: ("amenities",),
    K.RESERVATION_CHANGED: ("reserved",),
}
WHOLE_BOOTH = ("level", "x_mm", "y_mm", "width_mm", "depth_mm", "rotation", "open_sides",
               "amenities", "reserved")


def diff_json(diff: Diff) -> list[dict[str, Any]]:
    """Every entry in the diff's order (see `entry_json`)."""
    return [entry_json(entry) for entry in diff]


def entry_json(entry: DiffEntry) -> dict[str, Any]:
    """{"kind", the subject ("booth", or "stand_id" and "stand"), "fields", "from", "to"}.

    `from`/`to` hold the values of `fields` before and after (null: the booth or stand, or
    the stand's booth, was not there); a venue entry adds "levels". An assignment to or from
    a shared booth adds "shared_with" (the other stands' names) to that end, and "position"
    (0: first along the front) and "frontage_mm" to "to". A sharing entry's fields are
    "capacity", "order" and "frontage"; its ends hold the booth's "capacity" and "shares"
    (each {"stand_id", "stand", "frontage_mm"}, in order along the front).
    """
    if isinstance(entry, BoothDiff):
        names = BOOTH_ASPECTS.get(entry.kind, WHOLE_BOOTH)
        old, new = booth_json(entry.old, names), booth_json(entry.new, names)
        fields = ([name for name in names if old[name] != new[name]]
                  if old is not None and new is not None else [])
        return {"kind": entry.kind.value, "booth": entry.number, "fields": fields,
                "from": old, "to": new}
    if isinstance(entry, StandDiff):
        return stand_entry_json(entry)
    if isinstance(entry, AssignmentDiff):
        return assignment_json(entry)
    if isinstance(entry, SharesDiff):
        return {"kind": entry.kind.value, "booth": entry.number, "fields": list(entry.fields),
                "from": shares_json(entry.old, entry), "to": shares_json(entry.new, entry)}
    if isinstance(entry, EventInfoDiff):
        return {"kind": entry.kind.value, "fields": list(entry.fields),
                "from": {name: plain(getattr(entry.old, name)) for name in entry.fields},
                "to": {name: plain(getattr(entry.new, name)) for name in entry.fields}}
    assert isinstance(entry, VenueDiff)
    own = [name for name in entry.fields if name != "levels"]
    before = {name: getattr(entry.old, name) for name in own}
    after = {name: getattr(entry.new, name) for name in own}
    if "levels" in entry.fields:
        before["levels"] = [level.name for level in entry.old.levels]
        after["levels"] = [level.name for level in entry.new.levels]
    return {"kind": entry.kind.value, "fields": list(entry.fields), "levels": list(entry.levels),
            "from": before, "to": after}


def assignment_json(entry: AssignmentDiff) -> dict[str, Any]:
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None
    if entry.old_booth is not None:
        before = {"booth": entry.old_booth}
        if entry.shared_before:
            before["shared_with"] = list(entry.shared_before)
    if entry.new_booth is not None:
        after = {"booth": entry.new_booth}
        if entry.shared_after or entry.frontage_mm is not None:
            after |= {"shared_with": list(entry.shared_after), "position": entry.position,
                      "frontage_mm": entry.frontage_mm}
    return {"kind": entry.kind.value, "stand_id": entry.stand_id, "stand": entry.name,
            "fields": ["booth"], "from": before, "to": after}


def shares_json(booth: Booth, entry: SharesDiff) -> dict[str, Any]:
    return {"capacity": booth.capacity,
            "shares": [{"stand_id": share.stand_id, "stand": entry.name(share.stand_id),
                        "frontage_mm": share.frontage_mm} for share in booth.shares]}


def stand_entry_json(entry: StandDiff) -> dict[str, Any]:
    head = {"kind": entry.kind.value, "stand_id": entry.stand_id, "stand": entry.name}
    if entry.kind in (K.STAND_ADDED, K.STAND_REMOVED):
        return {**head, "fields": [], "from": stand_json(entry.old), "to": stand_json(entry.new)}
    if entry.kind is K.STATUS_CHANGED:
        assert entry.old is not None and entry.new is not None
        return {**head, "fields": ["status"], "from": {"status": entry.old.status.value},
                "to": {"status": entry.new.status.value}}
    shown = [name for name in entry.fields if name in PUBLIC_STAND_FIELDS]
    return {**head, "fields": list(entry.fields),
            "from": {name: plain(getattr(entry.old, name)) for name in shown},
            "to": {name: plain(getattr(entry.new, name)) for name in shown}}


def stand_json(stand: Stand | None) -> dict[str, Any] | None:
    if stand is None:
        return None
    return {**{name: plain(getattr(stand, name)) for name in PUBLIC_STAND_FIELDS},
            "status": stand.status.value}


def booth_json(booth: Booth | None, names: tuple[str, ...]) -> dict[str, Any] | None:
    if booth is None:
        return None
    rect = booth.rect
    whole = {"level": booth.level, "x_mm": rect.x, "y_mm": rect.y, "width_mm": rect.width,
             "depth_mm": rect.depth, "rotation": booth.rotation,
             "open_sides": [side.value for side in Side if side in booth.open_sides],
             "amenities": [a.value for a in Amenity if a in booth.amenities],
             "reserved": booth.reserved}
    return {name: whole[name] for name in names}


def plain(value: object) -> object:
    """A field's value as JSON: sets of amenities as lists in their order, times ISO 8601."""
    if isinstance(value, frozenset):
        return [a.value for a in Amenity if a in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value
