"""The event file's tables as SQLAlchemy 2 typed ORM classes (lengths in integer mm)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Stable constraint names, so Alembic can alter them on SQLite and PostgreSQL alike.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class EventRow(Base):
    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(Text, default="")
    motto: Mapped[str] = mapped_column(Text, default="")
    starts: Mapped[date | None] = mapped_column(Date)
    ends: Mapped[date | None] = mapped_column(Date)
    website: Mapped[str] = mapped_column(Text, default="")
    marketplace: Mapped[str] = mapped_column(Text, default="")


class VenueRow(Base):
    __tablename__ = "venue"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    city: Mapped[str] = mapped_column(String(200), default="")
    is_estimate: Mapped[bool] = mapped_column(default=False)
    source_note: Mapped[str] = mapped_column(Text, default="")


class LevelRow(Base):
    __tablename__ = "level"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    outline: Mapped[str] = mapped_column(Text)  # JSON [[x, y], …] in mm


class ExitRow(Base):
    __tablename__ = "venue_exit"

    id: Mapped[int] = mapped_column(primary_key=True)
    level_id: Mapped[int] = mapped_column(ForeignKey("level.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(30))
    x: Mapped[int]
    y: Mapped[int]
    width: Mapped[int] = mapped_column(CheckConstraint("width > 0", name="width_positive"))
    angle: Mapped[int] = mapped_column(default=0)
    description: Mapped[str] = mapped_column(Text, default="")


class ObstacleRow(Base):
    __tablename__ = "obstacle"

    id: Mapped[int] = mapped_column(primary_key=True)
    level_id: Mapped[int] = mapped_column(ForeignKey("level.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    x: Mapped[int]
    y: Mapped[int]
    width: Mapped[int]
    depth: Mapped[int]
    label: Mapped[str] = mapped_column(Text, default="")
    movable: Mapped[bool] = mapped_column(default=False)


class ZoneRow(Base):
    __tablename__ = "keep_clear_zone"

    id: Mapped[int] = mapped_column(primary_key=True)
    level_id: Mapped[int] = mapped_column(ForeignKey("level.id", ondelete="CASCADE"), index=True)
    x: Mapped[int]
    y: Mapped[int]
    width: Mapped[int]
    depth: Mapped[int]
    reason: Mapped[str] = mapped_column(Text, default="")


class AreaRow(Base):
    """A non-exhibit area: stage, registration, café, seating."""

    __tablename__ = "area"

    id: Mapped[int] = mapped_column(primary_key=True)
    level_id: Mapped[int] = mapped_column(ForeignKey("level.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    x: Mapped[int]
    y: Mapped[int]
    width: Mapped[int]
    depth: Mapped[int]
    label: Mapped[str] = mapped_column(Text, default="")


class BackgroundRow(Base):
    """The image or drawing under a level's plan, with its placement."""

    __tablename__ = "background"
    __table_args__ = (CheckConstraint("opacity >= 0 AND opacity <= 100", name="opacity_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    level_id: Mapped[int] = mapped_column(ForeignKey("level.id", ondelete="CASCADE"), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[bytes] = mapped_column(LargeBinary)
    width: Mapped[float] = mapped_column(Float)
    height: Mapped[float] = mapped_column(Float)
    x: Mapped[int]
    y: Mapped[int]
    scale: Mapped[float] = mapped_column(Float)
    opacity: Mapped[int] = mapped_column(default=50)


class BoothRow(Base):
    __tablename__ = "booth"
    __table_args__ = (
        CheckConstraint("width > 0 AND depth > 0", name="size_positive"),
        CheckConstraint("rotation >= 0 AND rotation < 360", name="rotation_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    level_id: Mapped[int] = mapped_column(ForeignKey("level.id", ondelete="RESTRICT"), index=True)
    x: Mapped[int]
    y: Mapped[int]
    width: Mapped[int]
    depth: Mapped[int]
    rotation: Mapped[int] = mapped_column(default=0)
    open_sides: Mapped[str] = mapped_column(String(40), default="")  # "north,west"
    amenities: Mapped[str] = mapped_column(String(200), default="")  # "power,table"
    reserved: Mapped[bool] = mapped_column(default=False)
    zone: Mapped[str] = mapped_column(Text, default="")
    # An L or U: its further rectangles as JSON [[dx, dy, width, depth], …] relative to (x, y);
    # empty for a plain rectangle (schema 0008).
    parts: Mapped[str] = mapped_column(Text, default="")
    # How many stands the automatic assignment may put on it (schema 0009).
    capacity: Mapped[int] = mapped_column(default=1)


class StandRow(Base):
    __tablename__ = "stand"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation: Mapped[str] = mapped_column(Text, default="")
    project: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    theme: Mapped[str] = mapped_column(Text, default="")
    website: Mapped[str] = mapped_column(Text, default="")
    contact: Mapped[str] = mapped_column(Text, default="")
    needs: Mapped[str] = mapped_column(String(200), default="")
    placeholder: Mapped[bool] = mapped_column(default=False)
    contact_name: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(Text, default="")
    min_area_mm2: Mapped[int | None] = mapped_column(Integer)
    table_length_mm: Mapped[int | None] = mapped_column(Integer)
    staff_count: Mapped[int | None] = mapped_column(Integer)
    setup_at: Mapped[datetime | None] = mapped_column(DateTime)  # the venue's local time
    teardown_at: Mapped[datetime | None] = mapped_column(DateTime)
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="applied")
    wishes: Mapped[str] = mapped_column(Text, default="")  # JSON [{"booth": …} | {"zone": …}]
    zones: Mapped[str] = mapped_column(Text, default="")  # JSON list of allowed zones
    near: Mapped[str] = mapped_column(Text, default="")  # "3,7": stand ids
    apart: Mapped[str] = mapped_column(Text, default="")


class StandHistoryRow(Base):
    """A change of a stand's status or booth; rows go with their stand."""

    __tablename__ = "stand_history"

    id: Mapped[int] = mapped_column(primary_key=True)
    stand_id: Mapped[int] = mapped_column(ForeignKey("stand.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    who: Mapped[str] = mapped_column(Text, default="")
    field: Mapped[str] = mapped_column(String(20))
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)


class AssignmentRow(Base):
    """Who stands where: a stand on one booth at most (the unique key makes double booking
    impossible in the file itself); several stands may share a booth (schema 0009), each at
    its `position` along the front with its part of it (`frontage_mm`, None: an equal part)."""

    __tablename__ = "assignment"

    id: Mapped[int] = mapped_column(primary_key=True)
    booth_id: Mapped[int] = mapped_column(ForeignKey("booth.id", ondelete="RESTRICT"), index=True)
    stand_id: Mapped[int] = mapped_column(ForeignKey("stand.id", ondelete="RESTRICT"), unique=True)
    locked: Mapped[bool] = mapped_column(default=False)
    position: Mapped[int] = mapped_column(default=0)
    frontage_mm: Mapped[int | None] = mapped_column(default=None)


class StandLogoRow(Base):
    """A stand's logo image (PNG or JPEG as given), for signs and the directory."""

    __tablename__ = "stand_logo"

    stand_id: Mapped[int] = mapped_column(ForeignKey("stand.id", ondelete="CASCADE"),
                                          primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    source: Mapped[str] = mapped_column(Text, default="")


class PrintedRow(Base):
    """What a piece showed for a booth when it was last printed (for "changed since")."""

    __tablename__ = "printed"

    piece: Mapped[str] = mapped_column(String(20), primary_key=True)
    booth: Mapped[str] = mapped_column(String(20), primary_key=True)  # no key: booths come and go
    digest: Mapped[str] = mapped_column(String(64))
    printed_at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    who: Mapped[str] = mapped_column(Text, default="")


class SnapshotRow(Base):
    """A named snapshot of the whole event: its JSON document, who took it, when (UTC) and why."""

    __tablename__ = "snapshot"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    taken_at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    who: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    sha256: Mapped[str] = mapped_column(String(64))  # of the document, checked on every read
    document: Mapped[str] = mapped_column(Text)


class ReviewItemRow(Base):
    """One answer from an imported review package: an approval, a change asked, a pin, a verdict."""

    __tablename__ = "review_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    seal: Mapped[str] = mapped_column(String(64), index=True)  # of the package it came in
    snapshot: Mapped[str] = mapped_column(String(100))  # the snapshot the package showed
    reviewer: Mapped[str] = mapped_column(Text)
    verdict: Mapped[str | None] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(20))
    booth: Mapped[str | None] = mapped_column(String(20))  # no key: the booth may go later
    stand_id: Mapped[int | None] = mapped_column(Integer)
    level: Mapped[str | None] = mapped_column(String(100))
    x: Mapped[int | None] = mapped_column(Integer)
    y: Mapped[int | None] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(10), default="open")
    older_version: Mapped[bool] = mapped_column(default=False)
    imported_at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    imported_by: Mapped[str] = mapped_column(Text, default="")


class ReviewLogRow(Base):
    """What happened to a review item (imported, done, reopened), who and when (UTC)."""

    __tablename__ = "review_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("review_item.id", ondelete="CASCADE"),
                                         index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    who: Mapped[str] = mapped_column(Text, default="")
    action: Mapped[str] = mapped_column(String(20))
