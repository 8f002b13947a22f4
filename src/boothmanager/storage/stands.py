"""The stand repositories: stand records and the history of their status and booth changes."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import UTC, datetime

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from boothmanager.domain import Amenity, HistoryEntry, HistoryField, Stand, StandStatus
from boothmanager.domain.stand import StandWish
from boothmanager.storage.models import StandHistoryRow, StandLogoRow, StandRow
from boothmanager.storage.repositories import join_flags, split_flags


def stand_from_row(row: StandRow) -> Stand:
    return Stand(id=row.id, organisation=row.organisation, project=row.project,
                 description=row.description, theme=row.theme, website=row.website,
                 contact=row.contact, needs=frozenset(Amenity(n) for n in split_flags(row.needs)),
                 placeholder=row.placeholder, contact_name=row.contact_name, email=row.email,
                 phone=row.phone, min_area_mm2=row.min_area_mm2,
                 table_length_mm=row.table_length_mm, staff_count=row.staff_count,
                 setup_at=row.setup_at, teardown_at=row.teardown_at, notes=row.notes,
                 status=StandStatus(row.status), wishes=read_wishes(row.wishes),
                 zones=frozenset(json.loads(row.zones)) if row.zones else frozenset(),
                 near=frozenset(int(i) for i in split_flags(row.near)),
                 apart=frozenset(int(i) for i in split_flags(row.apart)))


def fill_stand(row: StandRow, stand: Stand) -> None:
    row.organisation, row.project = stand.organisation, stand.project
    row.description, row.theme, row.website = stand.description, stand.theme, stand.website
    row.contact, row.contact_name = stand.contact, stand.contact_name
    row.email, row.phone, row.notes = stand.email, stand.phone, stand.notes
    row.needs, row.placeholder = join_flags(stand.needs), stand.placeholder
    row.min_area_mm2, row.table_length_mm = stand.min_area_mm2, stand.table_length_mm
    row.staff_count, row.setup_at, row.teardown_at = (stand.staff_count, stand.setup_at,
                                                      stand.teardown_at)
    row.status = stand.status.value
    row.wishes = json.dumps([{"booth": w.booth} if w.booth is not None else {"zone": w.zone}
                             for w in stand.wishes], ensure_ascii=False) if stand.wishes else ""
    row.zones = json.dumps(sorted(stand.zones), ensure_ascii=False) if stand.zones else ""
    row.near = join_flags(frozenset(str(i) for i in stand.near))
    row.apart = join_flags(frozenset(str(i) for i in stand.apart))


def read_wishes(text: str) -> tuple[StandWish, ...]:
    if not text:
        return ()
    return tuple(StandWish(booth=w.get("booth"), zone=w.get("zone")) for w in json.loads(text))


class SqlStands:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, stand_id: int) -> Stand | None:
        row = self.session.get(StandRow, stand_id)
        return stand_from_row(row) if row else None

    def many(self, ids: frozenset[int] | None = None) -> list[Stand]:
        query = select(StandRow).order_by(StandRow.id)
        if ids is not None:
            query = query.where(StandRow.id.in_(ids))
        return [stand_from_row(row) for row in self.session.scalars(query)]

    def named(self, name: str) -> list[Stand]:
        query = select(StandRow).where((StandRow.project == name) | (StandRow.organisation == name))
        return [stand_from_row(row) for row in self.session.scalars(query.order_by(StandRow.id))]

    def add(self, stand: Stand) -> int:
        row = StandRow(id=stand.id)
        fill_stand(row, stand)
        self.session.add(row)
        self.session.flush()
        if stand.id is not None and self.session.get_bind().dialect.name == "postgresql":
            # A stand put in with its id (a new event's, an undone removal's) does not move
            # PostgreSQL's id sequence on, as SQLite's max(id) + 1 does: the next new stand
            # would be given a taken id.
            self.session.execute(text(
                "SELECT setval(pg_get_serial_sequence('stand', 'id'), "
                "GREATEST((SELECT MAX(id) FROM stand), nextval(pg_get_serial_sequence("
                "'stand', 'id')) - 1))"))
        return row.id

    def update(self, stand: Stand) -> None:
        row = self.session.get(StandRow, stand.id)
        assert row is not None, stand.id
        fill_stand(row, stand)
        self.session.flush()

    def logo(self, stand_id: int) -> tuple[bytes, str] | None:
        """The stand's logo image and the file name it came from, if it has one."""
        row = self.session.get(StandLogoRow, stand_id)
        return (row.data, row.source) if row else None

    def set_logo(self, stand_id: int, logo: tuple[bytes, str] | None) -> None:
        """Give the stand this logo (image bytes, source name), or take it away (None)."""
        self.session.execute(delete(StandLogoRow).where(StandLogoRow.stand_id == stand_id))
        if logo is not None:
            self.session.add(StandLogoRow(stand_id=stand_id, data=logo[0], source=logo[1]))
        self.session.flush()

    def remove(self, stand_id: int) -> None:
        self.session.execute(delete(StandLogoRow).where(StandLogoRow.stand_id == stand_id))
        # Its history goes with it (also without the foreign keys' cascade, e.g. on a server).
        self.session.execute(delete(StandHistoryRow).where(StandHistoryRow.stand_id == stand_id))
        self.session.execute(delete(StandRow).where(StandRow.id == stand_id))


def utc_now() -> datetime:
    return datetime.now(UTC)


class SqlStandHistory:
    """Changes of stands' status and booth, stamped with who (the file's user) and when."""

    def __init__(self, session: Session, *, who: str = "",
                 clock: Callable[[], datetime] = utc_now) -> None:
        self.session = session
        self.who = who
        self.clock = clock

    def record(self, stand_id: int, field: HistoryField, old: str | None,
               new: str | None) -> None:
        self.restore([HistoryEntry(stand_id=stand_id, field=field, old=old, new=new,
                                   who=self.who, at=self.clock())])

    def restore(self, entries: Iterable[HistoryEntry]) -> None:
        """Write entries as they were (undoing a removal brings a stand's history back)."""
        for entry in entries:
            at = (entry.at or self.clock()).astimezone(UTC).replace(tzinfo=None)
            self.session.add(StandHistoryRow(stand_id=entry.stand_id, at=at, who=entry.who,
                                             field=entry.field.value, old=entry.old,
                                             new=entry.new))
        self.session.flush()

    def of(self, stand_id: int) -> list[HistoryEntry]:
        """A stand's history, oldest first."""
        rows = self.session.scalars(select(StandHistoryRow)
                                    .where(StandHistoryRow.stand_id == stand_id)
                                    .order_by(StandHistoryRow.id))
        return [HistoryEntry(stand_id=row.stand_id, field=HistoryField(row.field), old=row.old,
                             new=row.new, who=row.who, at=row.at.replace(tzinfo=UTC))
                for row in rows]
