"""The `list` command's views of an event: a table for people, JSON of a fixed shape for scripts."""

from __future__ import annotations

from typing import Any

from boothmanager.cli.output import metres, table
from boothmanager.domain import Amenity, Booth, Event, Side, Stand
from boothmanager.domain.event import natural_key
from boothmanager.domain.shares import front_length, front_side, share_frontages
from boothmanager.domain.sides import compass_side


def booths_in_order(event: Event) -> list[Booth]:
    return sorted(event.booths, key=lambda booth: natural_key(booth.number))


def unplaced(event: Event) -> list[Stand]:
    placed = {stand_id for booth in event.booths for stand_id in booth.stand_ids}
    return [stand for stand in event.stands if stand.id not in placed]


def booth_numbers(event: Event) -> dict[int, str]:
    """Each placed stand's booth number (stands sharing a booth each carry its number)."""
    return {stand_id: booth.number for booth in event.booths for stand_id in booth.stand_ids}


def title(event: Event) -> str:
    info, venue = event.info, event.venue
    parts = [info.name, info.date_text(), venue.name, venue.city]
    line = ", ".join(part for part in parts if part)
    return line + (" (venue plan estimated)" if venue.is_estimate else "")


def stand_cell(event: Event, stand_id: int | None) -> str:
    if stand_id is None:
        return ""
    try:
        return f"{stand_id} {event.stand(stand_id).name}"
    except KeyError:
        return str(stand_id)


def status_cell(booth: Booth) -> str:
    """The booth's status; "shared" when several stands are on it, and how many of its places
    are taken when it takes more than one stand ("shared 2/3", "free 0/2")."""
    status = "shared" if booth.shared else booth.status.value
    return f"{status} {len(booth.shares)}/{booth.places}" if booth.places > 1 else status


def booth_rows(event: Event, booth: Booth) -> list[tuple[str, ...]]:
    """The booth's line; a shared booth has a line per stand, each with its part of the front."""
    first = (booth.number, booth.level, status_cell(booth))
    if not booth.shared:
        return [(*first, stand_cell(event, booth.stand_id))]
    front = metres(front_length(booth))
    cells = [f"{stand_cell(event, share.stand_id)} ({metres(part)} of {front})"
             for share, part in zip(booth.shares, share_frontages(booth))]
    return [(*first, cells[0]), *(("", "", "", cell) for cell in cells[1:])]


def event_table(event: Event) -> str:
    """A title line, then booth, level, status and stand (id and name), then stands without a
    booth. A shared booth lists each stand on a line of its own with its part of the front."""
    lines = [title(event) or "(unnamed event)", ""]
    booths = booths_in_order(event)
    if booths:
        rows = [("booth", "level", "status", "stand")]
        rows += [row for booth in booths for row in booth_rows(event, booth)]
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
    booth_of = booth_numbers(event)
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
        "capacity": booth.capacity,
        "front_mm": front_length(booth),
        "shares": [{"stand_id": share.stand_id, "frontage_mm": part}
                   for share, part in zip(booth.shares, share_frontages(booth))],
    }


def booth_summary(event: Event, booth: Booth) -> list[str]:
    """What `share` says about a booth: its front, its places, and each stand's part of it."""
    side = compass_side(front_side(booth), booth.rotation).value
    taken = f"{len(booth.shares)} of {booth.places} place{'s' * (booth.places != 1)} taken"
    lines = [f"booth {booth.number}: front {metres(front_length(booth))} ({side} side), {taken}"]
    rows = [(metres(part), f"stand {stand_cell(event, share.stand_id)}")
            for share, part in zip(booth.shares, share_frontages(booth))]
    if rows:
        lines += ["  " + line for line in table(rows)]
    return lines


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
