"""Events from JSON seed data (metres, as people write them) and generated test events."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from boothmanager.domain import (
    placed,
    Amenity,
    Booth,
    EventInfo,
    Exit,
    ExitKind,
    KeepClearZone,
    Level,
    Obstacle,
    ObstacleKind,
    Point,
    Rect,
    Side,
    Stand,
    Venue,
    mm,
)
from boothmanager.domain.status import StandStatus
from boothmanager.operations import CreateEvent
from boothmanager.resources import DEMO_EVENT


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _rect(values: list[float]) -> Rect:
    return Rect.from_metres(*values)


def _level(data: dict[str, Any]) -> Level:
    return Level(
        name=data["name"],
        outline=tuple(Point(mm(x), mm(y)) for x, y in data["outline_m"]),
        exits=tuple(Exit(name=e["name"], kind=ExitKind(e["kind"]),
                         start=Point(mm(e["start_m"][0]), mm(e["start_m"][1])),
                         width=mm(e["width_m"]), angle=int(e.get("angle", 0)),
                         description=e.get("description", "")) for e in data.get("exits", [])),
        obstacles=tuple(Obstacle(kind=ObstacleKind(o["kind"]), rect=_rect(o["rect_m"]),
                                 label=o.get("label", ""), movable=bool(o.get("movable", False)))
                        for o in data.get("obstacles", [])),
        zones=tuple(KeepClearZone(rect=_rect(z["rect_m"]), reason=z.get("reason", ""))
                    for z in data.get("zones", [])),
    )


def event_from_seed(data: dict[str, Any]) -> CreateEvent:
    """The operation that fills an empty event file with the seed's event."""
    info = data["event"]
    venue = data["venue"]
    on_booths = {b.get("stand") for b in data.get("booths", [])}
    return CreateEvent(
        info=EventInfo(name=info["name"], title=info.get("title", ""), motto=info.get("motto", ""),
                       starts=_date(info.get("starts")), ends=_date(info.get("ends")),
                       website=info.get("website", ""), marketplace=info.get("marketplace", "")),
        venue=Venue(name=venue["name"], city=venue.get("city", ""),
                    levels=tuple(_level(level) for level in venue["levels"]),
                    is_estimate=bool(venue.get("estimate", False)),
                    source_note=venue.get("note", "")),
        stands=tuple(Stand(id=s.get("id"), organisation=s.get("organisation", ""),
                           project=s.get("project", ""), description=s.get("description", ""),
                           theme=s.get("theme", ""), website=s.get("website", ""),
                           contact=s.get("contact", ""),
                           needs=frozenset(Amenity(n) for n in s.get("needs", [])),
                           placeholder=bool(s.get("placeholder", False)),
                           # a stand the seed puts on a booth is placed, as a migrated file says
                           status=StandStatus(s.get("status", "placed" if s.get("id") in on_booths
                                                    else "applied")))
                     for s in data.get("stands", [])),
        booths=tuple(Booth(number=b["number"], level=b["level"], rect=_rect(b["rect_m"]),
                           rotation=int(b.get("rotation", 0)),
                           open_sides=frozenset(Side(s) for s in b.get("open_sides", [])),
                           amenities=frozenset(Amenity(a) for a in b.get("amenities", [])),
                           reserved=bool(b.get("reserved", False)),
                           shares=placed(*stands_of(b)))
                     for b in data.get("booths", [])),
    )


def stands_of(booth: dict) -> list[int]:
    """The stands a seed booth names: "stand": id, or "stands": [id, …] for a shared one."""
    if "stands" in booth:
        return [int(i) for i in booth["stands"]]
    return [] if booth.get("stand") is None else [int(booth["stand"])]


def demo_event() -> CreateEvent:
    """BuKo 2020 in the Händel-Halle: estimated foyer, IKOE and four placeholder stands."""
    return event_from_seed(json.loads(Path(DEMO_EVENT).read_text(encoding="utf-8")))


def blank_event(name: str) -> CreateEvent:
    """A new event: one level of 30 × 20 m to draw on."""
    return CreateEvent(
        info=EventInfo(name=name),
        venue=Venue(name="", levels=(Level(name="EG", outline=(
            Point(0, 0), Point(30_000, 0), Point(30_000, 20_000), Point(0, 20_000))),)))


def generated_event(booths: int, *, stands: int | None = None) -> CreateEvent:
    """A large made-up event: `booths` 3 × 2 m booths in rows with 3 m aisles (for benchmarks)."""
    per_row = 100
    rows = -(-booths // per_row)
    width, depth, aisle = 3_000, 2_000, 3_000
    hall_w = per_row * width + 2 * aisle
    hall_d = rows * (depth + aisle) + aisle
    level = Level(name="Halle", outline=(Point(0, 0), Point(hall_w, 0), Point(hall_w, hall_d),
                                          Point(0, hall_d)),
                  exits=(Exit(name="E1", kind=ExitKind.MAIN_ENTRANCE, start=Point(hall_w // 2, 0),
                              width=6_000),))
    n_stands = booths // 2 if stands is None else stands
    stand_list = tuple(Stand(id=i + 1, organisation=f"Organisation {i + 1}",
                             project=f"Projekt {i + 1}") for i in range(n_stands))
    booth_list = tuple(
        Booth(number=f"{i + 1}", level="Halle",
              rect=Rect(aisle + (i % per_row) * width, aisle + (i // per_row) * (depth + aisle),
                        width, depth),
              open_sides=frozenset({Side.SOUTH}),
              shares=placed(i + 1) if i < n_stands else ())
        for i in range(booths))
    return CreateEvent(info=EventInfo(name=f"Generated event with {booths} booths"),
                       venue=Venue(name="Generated hall", levels=(level,)),
                       booths=booth_list, stands=stand_list)
