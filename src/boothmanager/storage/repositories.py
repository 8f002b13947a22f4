"""Repositories over one SQLAlchemy session; they hand out domain objects only."""

from __future__ import annotations

import json
from functools import lru_cache

from sqlalchemy import and_, delete, or_, select
from sqlalchemy.orm import Session

from boothmanager.domain import (
    InvalidValue,
    Amenity,
    Area,
    AreaKind,
    Booth,
    Share,
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
    Venue,
)
from boothmanager.domain.sides import footprint
from boothmanager.domain.background import Background, BackgroundKind
from boothmanager.domain.event import natural_key
from boothmanager.storage.models import (
    AreaRow,
    AssignmentRow,
    BackgroundRow,
    BoothRow,
    EventRow,
    ExitRow,
    LevelRow,
    ObstacleRow,
    VenueRow,
    ZoneRow,
)


def join_flags(flags: frozenset[str]) -> str:
    return ",".join(sorted(flags))


def split_flags(text: str) -> list[str]:
    return [part for part in text.split(",") if part]


BOOTH_COLUMNS = (BoothRow.number, LevelRow.name, BoothRow.x, BoothRow.y, BoothRow.width,
                 BoothRow.depth, BoothRow.rotation, BoothRow.open_sides, BoothRow.amenities,
                 BoothRow.reserved, BoothRow.zone, BoothRow.parts, BoothRow.capacity)
SHARE_COLUMNS = (BoothRow.number, AssignmentRow.stand_id, AssignmentRow.frontage_mm,
                 AssignmentRow.locked)


def booth_query():  # noqa: ANN201
    """Booth rows with their level name, as plain tuples (fast)."""
    return select(*BOOTH_COLUMNS).join(LevelRow, BoothRow.level_id == LevelRow.id)


def share_query():  # noqa: ANN201
    """The stands on booths, by booth number, in their order along each booth's front."""
    return (select(*SHARE_COLUMNS).join(BoothRow, AssignmentRow.booth_id == BoothRow.id)
            .join(LevelRow, BoothRow.level_id == LevelRow.id)
            .order_by(AssignmentRow.booth_id, AssignmentRow.position, AssignmentRow.id))


def read_booths(session: Session, *conditions: object) -> list[Booth]:
    """The booths meeting `conditions` (on BoothRow and LevelRow) with the stands on them."""
    shares: dict[str, list[Share]] = {}
    locks: set[str] = set()
    for number, stand_id, frontage, locked in session.execute(share_query().where(*conditions)):
        shares.setdefault(number, []).append(Share(stand_id, frontage))
        if locked:
            locks.add(number)
    return [booth_from_row(tuple(row), tuple(shares.get(row[0], ())), row[0] in locks)
            for row in session.execute(booth_query().where(*conditions))]


@lru_cache(maxsize=64)
def side_set(text: str) -> frozenset[Side]:
    """Stored open sides ("north,west") as a set; few distinct texts, read for every booth."""
    return frozenset(Side(s) for s in split_flags(text))


@lru_cache(maxsize=256)
def amenity_set(text: str) -> frozenset[Amenity]:
    return frozenset(Amenity(a) for a in split_flags(text))


def booth_from_row(row: tuple, shares: tuple[Share, ...] = (), locked: bool = False) -> Booth:
    (number, level, x, y, width, depth, rotation, sides, amenities, reserved, zone, parts,
     capacity) = row
    return Booth(number=number, level=level, rect=Rect(x, y, width, depth), rotation=rotation,
                 open_sides=side_set(sides), amenities=amenity_set(amenities),
                 reserved=reserved, shares=shares, zone=zone, locked=locked,
                 parts=parts_from_text(parts, number), capacity=capacity)


def parts_to_text(parts: tuple[Rect, ...]) -> str:
    """An L's or U's further rectangles as stored: JSON [[dx, dy, width, depth], …], or ""."""
    if not parts:
        return ""
    return json.dumps([[p.x, p.y, p.width, p.depth] for p in parts], separators=(",", ":"))


def parts_from_text(text: str | None, number: str) -> tuple[Rect, ...]:
    if not text:
        return ()
    try:
        return tuple(Rect(int(x), int(y), int(w), int(d)) for x, y, w, d in json.loads(text))
    except (ValueError, TypeError) as error:
        raise InvalidValue(field="booth parts", value=f"booth {number}",
                           reason=f"unreadable in the file ({error})") from None


class SqlBooths:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._level_ids: dict[str, int] = {}

    def _row(self, number: str) -> BoothRow | None:
        return self.session.scalars(select(BoothRow).where(BoothRow.number == number)).one_or_none()

    def _level_id(self, name: str) -> int:
        if name in self._level_ids:
            return self._level_ids[name]
        level_id = self.session.scalar(select(LevelRow.id).where(LevelRow.name == name))
        if level_id is None:
            raise InvalidValue(field="level", value=name, reason="the venue has no such level")
        self._level_ids[name] = level_id
        return level_id

    def get(self, number: str) -> Booth | None:
        booths = read_booths(self.session, BoothRow.number == number)
        return booths[0] if booths else None

    def near(self, level: str, area: Rect) -> list[Booth]:
        """Booths of `level` whose rectangle reaches into `area` (an L or U: any of its
        rectangles, so a long arm far from its main rectangle is found too)."""
        booths = read_booths(
            self.session, LevelRow.name == level,
            or_(and_(BoothRow.x < area.right, BoothRow.x + BoothRow.width > area.x,
                     BoothRow.y < area.top, BoothRow.y + BoothRow.depth > area.y),
                BoothRow.parts != ""))
        return [b for b in booths if not b.parts or footprint(b).overlaps(area)]

    def many(self, numbers: frozenset[str] | None = None) -> list[Booth]:
        """Booths in natural number order (S2 before S10), not in the order rows were written:
        a booth removed and restored by undo comes back in its place."""
        conditions = () if numbers is None else (BoothRow.number.in_(numbers),)
        booths = read_booths(self.session, *conditions)
        return sorted(booths, key=lambda booth: (natural_key(booth.number), booth.number))

    def _fill(self, row: BoothRow, booth: Booth) -> None:
        row.number = booth.number
        row.level_id = self._level_id(booth.level)
        row.x, row.y, row.width, row.depth = booth.rect.x, booth.rect.y, booth.rect.width, booth.rect.depth
        row.rotation = booth.rotation
        row.open_sides = join_flags(booth.open_sides)
        row.amenities = join_flags(booth.amenities)
        row.reserved = booth.reserved
        row.zone = booth.zone
        row.parts = parts_to_text(booth.parts)
        row.capacity = booth.capacity

    def add(self, booth: Booth) -> None:
        row = BoothRow()
        self._fill(row, booth)
        self.session.add(row)

    def update(self, booth: Booth) -> None:
        row = self._row(booth.number)
        assert row is not None, booth.number
        self._fill(row, booth)
        self.session.flush()

    def remove(self, number: str) -> None:
        self.session.execute(delete(BoothRow).where(BoothRow.number == number))

    def id_of(self, number: str) -> int:
        booth_id = self.session.scalar(select(BoothRow.id).where(BoothRow.number == number))
        assert booth_id is not None, number
        return booth_id


class SqlAssignments:
    """Which stands stand on which booth, in order along its front, with their parts of it."""

    def __init__(self, session: Session, booths: SqlBooths) -> None:
        self.session = session
        self.booths = booths

    def _rows(self, booth_number: str) -> list[AssignmentRow]:
        return list(self.session.scalars(
            select(AssignmentRow).where(AssignmentRow.booth_id == self.booths.id_of(booth_number))
            .order_by(AssignmentRow.position, AssignmentRow.id)))

    def shares_on(self, booth_number: str) -> tuple[Share, ...]:
        """The stands on a booth, along its front."""
        return tuple(Share(row.stand_id, row.frontage_mm) for row in self._rows(booth_number))

    def booth_of(self, stand_id: int) -> str | None:
        return self.session.scalar(
            select(BoothRow.number).join(AssignmentRow, AssignmentRow.booth_id == BoothRow.id)
            .where(AssignmentRow.stand_id == stand_id))

    def add(self, *, booth_number: str, stand_id: int, frontage_mm: int | None = None,
            position: int | None = None, locked: bool = False) -> None:
        """Put a stand on a booth: last along its front, or at `position` (0: first)."""
        rows = self._rows(booth_number)
        at = len(rows) if position is None else max(0, min(position, len(rows)))
        for index, row in enumerate(rows):
            row.position = index + (index >= at)
        self.session.add(AssignmentRow(booth_id=self.booths.id_of(booth_number),
                                       stand_id=stand_id, position=at, locked=locked,
                                       frontage_mm=frontage_mm))
        self.session.flush()

    def remove(self, booth_number: str, stand_id: int | None = None) -> None:
        """Take one stand off a booth, or (no `stand_id`) all of them."""
        rows = self._rows(booth_number)
        for row in rows:
            if stand_id is None or row.stand_id == stand_id:
                self.session.delete(row)
        for index, row in enumerate(r for r in rows if stand_id is not None
                                    and r.stand_id != stand_id):
            row.position = index
        self.session.flush()

    def set_locked(self, booth_number: str, locked: bool) -> None:
        """Lock or free the placement on a booth (it must hold a stand): all stands on it."""
        rows = self._rows(booth_number)
        if not rows:
            raise InvalidValue(field="lock", value=booth_number, reason="the booth holds no stand")
        for row in rows:
            row.locked = locked
        self.session.flush()

    def reorder(self, booth_number: str, stand_ids: tuple[int, ...]) -> None:
        """Put the stands on a booth in this order along its front (all of them, each once)."""
        place = {stand_id: index for index, stand_id in enumerate(stand_ids)}
        for row in self._rows(booth_number):
            row.position = place[row.stand_id]
        self.session.flush()

    def set_frontages(self, booth_number: str, frontages: tuple[int | None, ...]) -> None:
        """Each stand's part of the booth's front, in their order (None: an equal part)."""
        rows = self._rows(booth_number)
        assert len(rows) == len(frontages), booth_number
        for row, frontage in zip(rows, frontages, strict=True):
            row.frontage_mm = frontage
        self.session.flush()


class SqlEvent:
    def __init__(self, session: Session) -> None:
        self.session = session

    def save_info(self, info: EventInfo) -> None:
        row = self.session.get(EventRow, 1) or EventRow(id=1)
        row.name, row.title, row.motto = info.name, info.title, info.motto
        row.starts, row.ends = info.starts, info.ends
        row.website, row.marketplace = info.website, info.marketplace
        self.session.add(row)
        self.session.flush()

    def info(self) -> EventInfo:
        row = self.session.get(EventRow, 1)
        if row is None:
            return EventInfo(name="")
        return EventInfo(name=row.name, title=row.title, motto=row.motto, starts=row.starts,
                         ends=row.ends, website=row.website, marketplace=row.marketplace)

    def save_venue(self, venue: Venue) -> None:
        row = self.session.get(VenueRow, 1) or VenueRow(id=1)
        row.name, row.city = venue.name, venue.city
        row.is_estimate, row.source_note = venue.is_estimate, venue.source_note
        self.session.add(row)
        existing = {lvl.name: lvl for lvl in self.session.scalars(select(LevelRow))}
        for position, level in enumerate(venue.levels):
            self._save_level(level, existing.pop(level.name, None), position)
        for gone in existing.values():
            self.session.delete(gone)
        self.session.flush()

    def save_level(self, level: Level, *, position: int | None = None) -> None:
        """Write one level as it is now (a new name adds a level at the end)."""
        row = self.session.scalar(select(LevelRow).where(LevelRow.name == level.name))
        if position is None:
            position = row.position if row is not None else len(self.venue().levels)
        self._save_level(level, row, position)
        self.session.flush()

    def remove_level(self, name: str) -> None:
        """Delete a level with its exits, obstacles, zones, areas and background."""
        self.session.execute(delete(LevelRow).where(LevelRow.name == name))
        self.session.flush()

    def _save_level(self, level: Level, level_row: LevelRow | None, position: int) -> None:
        level_row = level_row or LevelRow(name=level.name)
        level_row.position = position
        level_row.outline = json.dumps([[p.x, p.y] for p in level.outline])
        self.session.add(level_row)
        self.session.flush()
        for table in (ExitRow, ObstacleRow, ZoneRow, AreaRow):
            self.session.execute(delete(table).where(table.level_id == level_row.id))
        self.session.add_all(
            [ExitRow(level_id=level_row.id, name=e.name, kind=e.kind.value, x=e.start.x,
                     y=e.start.y, width=e.width, angle=e.angle, description=e.description)
             for e in level.exits]
            + [ObstacleRow(level_id=level_row.id, kind=o.kind.value, x=o.rect.x, y=o.rect.y,
                           width=o.rect.width, depth=o.rect.depth, label=o.label,
                           movable=o.movable) for o in level.obstacles]
            + [ZoneRow(level_id=level_row.id, x=z.rect.x, y=z.rect.y, width=z.rect.width,
                       depth=z.rect.depth, reason=z.reason) for z in level.zones]
            + [AreaRow(level_id=level_row.id, kind=a.kind.value, x=a.rect.x, y=a.rect.y,
                       width=a.rect.width, depth=a.rect.depth, label=a.label)
               for a in level.areas])

    def background(self, level: str) -> Background | None:
        """The background under `level`'s plan, if it has one."""
        row = self.session.scalar(select(BackgroundRow).join(LevelRow)
                                  .where(LevelRow.name == level))
        if row is None:
            return None
        return Background(level=level, kind=BackgroundKind(row.kind), source=row.source,
                          data=row.data, width=row.width, height=row.height, x=row.x, y=row.y,
                          scale=row.scale, opacity=row.opacity)

    def save_background(self, level: str, background: Background | None) -> None:
        """Put `background` under `level` (None takes it away)."""
        level_id = self.session.scalar(select(LevelRow.id).where(LevelRow.name == level))
        if level_id is None:
            raise InvalidValue(field="level", value=level, reason="the venue has no such level")
        self.session.execute(delete(BackgroundRow).where(BackgroundRow.level_id == level_id))
        if background is not None:
            self.session.add(BackgroundRow(
                level_id=level_id, kind=background.kind.value, source=background.source,
                data=background.data, width=background.width, height=background.height,
                x=background.x, y=background.y, scale=background.scale,
                opacity=background.opacity))
        self.session.flush()

    def level(self, name: str) -> Level:
        """One level with its outline, obstacles and zones."""
        for level in self.venue().levels:
            if level.name == name:
                return level
        raise InvalidValue(field="level", value=name, reason="the venue has no such level")

    def venue(self) -> Venue:
        row = self.session.get(VenueRow, 1)
        levels = []
        for level_row in self.session.scalars(select(LevelRow).order_by(LevelRow.position)):
            lid = level_row.id
            exits = tuple(
                Exit(name=e.name, kind=ExitKind(e.kind), start=Point(e.x, e.y), width=e.width,
                     angle=e.angle, description=e.description)
                for e in self.session.scalars(select(ExitRow).where(ExitRow.level_id == lid)
                                              .order_by(ExitRow.id)))
            obstacles = tuple(
                Obstacle(kind=ObstacleKind(o.kind), rect=Rect(o.x, o.y, o.width, o.depth),
                         label=o.label, movable=o.movable)
                for o in self.session.scalars(select(ObstacleRow).where(ObstacleRow.level_id == lid)
                                              .order_by(ObstacleRow.id)))
            zones = tuple(
                KeepClearZone(rect=Rect(z.x, z.y, z.width, z.depth), reason=z.reason)
                for z in self.session.scalars(select(ZoneRow).where(ZoneRow.level_id == lid)
                                              .order_by(ZoneRow.id)))
            areas = tuple(
                Area(kind=AreaKind(a.kind), rect=Rect(a.x, a.y, a.width, a.depth), label=a.label)
                for a in self.session.scalars(select(AreaRow).where(AreaRow.level_id == lid)
                                              .order_by(AreaRow.id)))
            outline = tuple(Point(x, y) for x, y in json.loads(level_row.outline))
            levels.append(Level(name=level_row.name, outline=outline, exits=exits,
                                obstacles=obstacles, zones=zones, areas=areas))
        if row is None:
            return Venue(name="", levels=tuple(levels))
        return Venue(name=row.name, city=row.city, levels=tuple(levels),
                     is_estimate=row.is_estimate, source_note=row.source_note)
