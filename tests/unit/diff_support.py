"""Small hand-built events for the snapshot and diff tests: booths S1, S2, S10; stands 1–3."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from boothmanager.domain import (
    placed,
    Amenity,
    Booth,
    Event,
    EventInfo,
    Exit,
    ExitKind,
    KeepClearZone,
    Level,
    Obstacle,
    ObstacleKind,
    Point,
    Rect,
    Share,
    Side,
    Stand,
    StandStatus,
    Venue,
    without_private,
)
from boothmanager.domain.event import natural_key

# Distinctive private values: a test finds them in any output they leak into.
SECRETS = {"contact": "GEHEIM-kontakt", "contact_name": "GEHEIM Erika",
           "email": "geheim@example.org", "phone": "+49 0000 GEHEIM", "notes": "GEHEIM-notiz"}

EG = Level(name="EG", outline=(Point(0, 0), Point(40_000, 0), Point(40_000, 20_000),
                               Point(0, 20_000)),
           exits=(Exit(name="E1", kind=ExitKind.MAIN_ENTRANCE, start=Point(10_000, 0),
                       width=3_000, description="Eingang"),),
           obstacles=(Obstacle(kind=ObstacleKind.COLUMN, rect=Rect(20_000, 10_000, 600, 600),
                               label="Säule"),),
           zones=(KeepClearZone(rect=Rect(10_000, 0, 3_000, 3_000), reason="vor E1"),))
OG = Level(name="OG", outline=(Point(0, 0), Point(20_000, 0), Point(20_000, 10_000),
                               Point(0, 10_000)))


def booth(number: str, x: int = 0, y: int = 0, **fields: object) -> Booth:
    if "stand_id" in fields:  # the one stand on it
        stand_id = fields.pop("stand_id")
        fields["shares"] = () if stand_id is None else placed(stand_id)  # type: ignore[arg-type]
    return Booth(number=number, level=str(fields.pop("level", "EG")),
                 rect=Rect(x, y, 2_000, 3_000), **fields)  # type: ignore[arg-type]


def stand(stand_id: int, project: str, **fields: object) -> Stand:
    return Stand(organisation="Verein", project=project, id=stand_id,
                 **fields)  # type: ignore[arg-type]


def event(booths: list[Booth], stands: list[Stand], **info: object) -> Event:
    return Event(info=EventInfo(name="Markt", starts=date(2020, 9, 21), ends=date(2020, 9, 22),
                                **info),  # type: ignore[arg-type]
                 venue=Venue(name="Halle", city="Halle (Saale)", levels=(EG, OG)),
                 booths=tuple(booths), stands=tuple(stands))


BASE = event(
    [booth("S1", 0, stand_id=1, open_sides=frozenset({Side.SOUTH}),
           amenities=frozenset({Amenity.TABLE})),
     booth("S2", 3_000, stand_id=2),
     booth("S10", 6_000)],
    [stand(1, "Eins", **SECRETS), stand(2, "Zwei", status=StandStatus.PLACED),
     stand(3, "Drei", theme="Bildung")])

FULL_STAND = Stand(
    organisation="Verein", project="Voll", id=7, description="lang", theme="Bildung",
    website="https://example.org", needs=frozenset({Amenity.POWER, Amenity.STEP_FREE}),
    placeholder=True, min_area_mm2=12_500_000, table_length_mm=1_800, staff_count=3,
    setup_at=datetime(2020, 9, 21, 7, 30), teardown_at=datetime(2020, 9, 22, 18),
    status=StandStatus.CONFIRMED, **SECRETS)


def with_booth(base: Event, number: str, **changes: object) -> Event:
    """`base` with one booth changed (`stand_id`: the one stand on it, or None)."""
    if "stand_id" in changes:
        stand_id = changes.pop("stand_id")
        changes["shares"] = () if stand_id is None else placed(stand_id)  # type: ignore[arg-type]
    booths = tuple(replace(b, **changes) if b.number == number else b  # type: ignore[arg-type]
                   for b in base.booths)
    return replace(base, booths=booths)


def with_stand(base: Event, stand_id: int, **changes: object) -> Event:
    stands = tuple(replace(s, **changes) if s.id == stand_id else s  # type: ignore[arg-type]
                   for s in base.stands)
    return replace(base, stands=stands)


def in_order(event: Event) -> Event:
    """The event without private fields, booths by number and stands by id, as files keep them."""
    return without_private(replace(
        event, booths=tuple(sorted(event.booths, key=lambda b: natural_key(b.number))),
        stands=tuple(sorted(event.stands, key=lambda s: s.id or 0))))

# BASE with booth S2 shared: stand 2 on the left part of its front, stand 3 beside it.
SHARED = with_booth(BASE, "S2", shares=(Share(2, 1_800), Share(3, 1_200)), capacity=2)
