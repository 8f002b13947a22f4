"""The `list` command's views of an event: a table for people, JSON of a fixed shape for scripts."""

from __future__ import annotations

from typing import Any

from boothmanager.cli.output import table
from boothmanager.domain import Amenity, Booth, Event, Side, Stand
from boothmanager.domain.event import natural_key


def booths_in_order(event: Event) -> list[Booth]:
    return sorted(event.booths, key=lambda booth: natural_key(booth.number))


def unplaced(event: Event) -> list[Stand]:
    placed = {booth.stand_id for booth in event.booths}
    return [stand for stand in event.stands if stand.id not in placed]


def title(event: Event) -> str:
    info, venue = event.info, event.venue
    parts = [info.name, info.date_text(), venue.name, venue.city]
    line = ", ".join(part for part in parts if part)
    return line + (" (venue plan estimated)" if venue.is_estimate else "")


def stand_cell(event: Event, booth: Booth) -> str:
    if booth.stand_id is None:
        return ""
    try:
        return f"{booth.stand_id} {event.stand(booth.stand_id).name}"
    except KeyError:
        return str(booth.stand_id)


def event_table(event: Event) -> str:
    """A title line, then booth, level, status and stand (id and name), then stands without a booth."""
    lines = [title(event) or "(unnamed event)", ""]
    booths = booths_in_order(event)
    if booths:
        rows = [("booth", "level", "status", "stand")]
        rows += [(b.number, b.level, b.status.value, stand_cell(event, b)) for b in booths]
        lines += table(rows)
    else:
        lines.append("no booths")
    waiting = unplaced(event)
    if waiting:
        lines += ["", "stands without a booth:"]
        lines += ["  " + line for line in table([(str(s.id), s.name) for s in waiting])]
    return "\n".join(lines)


def event_json(event: Event) -> dict[str, Any]:
    """The whole listing; keys in a fixed order, never a stand's private contact."""
    booth_of = {booth.stand_id: booth.number for booth in event.booths if booth.stand_id is not None}
    return {
        "event": info_json(event),
        "booths": [booth_json(booth) for booth in booths_in_order(event)],
        "stands": [stand_json(stand.public(), booth_of.get(stand.id)) for stand in event.stands],
    }


def info_json(event: Event) -> dict[str, Any]:
    info, venue = event.info, event.venue
    return {
        "name": info.name,
        "title": info.title,
        "motto": info.motto,
        "marketplace": info.marketplace,
        "website": info.website,
        "starts": info.starts.isoformat() if info.starts else None,
        "ends": info.ends.isoformat() if info.ends else None,
        "venue": venue.name,
        "city": venue.city,
        "venue_is_estimate": venue.is_estimate,
    }


def booth_json(booth: Booth) -> dict[str, Any]:
    return {
        "number": booth.number,
        "level": booth.level,
        "status": booth.status.value,
        "stand_id": booth.stand_id,
        "x_mm": booth.rect.x,
        "y_mm": booth.rect.y,
        "width_mm": booth.rect.width,
        "depth_mm": booth.rect.depth,
        "rotation": booth.rotation,
        "open_sides": [side.value for side in Side if side in booth.open_sides],
        "type": booth.type.value,
        "amenities": [amenity.value for amenity in Amenity if amenity in booth.amenities],
    }


def stand_json(stand: Stand, booth: str | None) -> dict[str, Any]:
    # Built field by field, not from asdict(): a new private field must not leak by default.
    return {
        "id": stand.id,
        "organisation": stand.organisation,
        "project": stand.project,
        "theme": stand.theme,
        "description": stand.description,
        "website": stand.website,
        "needs": [amenity.value for amenity in Amenity if amenity in stand.needs],
        "placeholder": stand.placeholder,
        "booth": booth,
    }
