"""Venue template files, and new events started from a template or from a previous event."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from boothmanager.domain import Event, EventInfo
from boothmanager.domain.background import Background
from boothmanager.domain.template import (
    TemplateUnreadable,
    follow_up,
    read_template,
    template_json,
    venue_template,
)
from boothmanager.operations import Batch, CreateEvent, Operation
from boothmanager.operations.venue import SetBackground
from boothmanager.storage import Database

TEMPLATE_SUFFIX = ".boothtemplate"
MAX_TEMPLATE = 500 * 1024 * 1024  # bytes; backgrounds make templates large, not this large


def backgrounds_of(db: Database, event: Event) -> list[Background]:
    found = (db.background(level.name) for level in event.venue.levels)
    return [background for background in found if background is not None]


def save_template(db: Database, out: Path) -> Event:
    """Write the venue and booths of `db`'s event (no stands) as a template file."""
    event = db.load()
    text = template_json(event, backgrounds_of(db, event))
    fd, name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(name, out)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return venue_template(event)


def read_source(path: Path) -> tuple[Event, list[Background], bool]:
    """What a new event can start from: a template file or an event file (and which it was)."""
    if path.suffix.lower() == TEMPLATE_SUFFIX:
        try:
            if path.stat().st_size > MAX_TEMPLATE:
                raise TemplateUnreadable(path=str(path), reason="far too large for a template")
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise TemplateUnreadable(path=str(path), reason=str(error)) from None
        event, backgrounds = read_template(text, path=str(path))
        return event, backgrounds, True
    db = Database.open(path)
    try:
        event = db.load()
        return event, backgrounds_of(db, event), False
    finally:
        db.close()


def start_from(event: Event, backgrounds: list[Background], *, name: str,
               keep_assignments: bool) -> Operation:
    """The one operation that fills a new event file from a template or previous event."""
    info = EventInfo(name=name, title=event.info.title, motto=event.info.motto,
                     website=event.info.website, marketplace=event.info.marketplace)
    new = follow_up(event, info=info, keep_assignments=keep_assignments)
    steps: list[Operation] = [CreateEvent(info=new.info, venue=new.venue, booths=new.booths,
                                          stands=new.stands)]
    steps += [SetBackground(level=b.level, background=b, expected=None) for b in backgrounds]
    return Batch(steps=tuple(steps), label="create_event")


def create_from(source: Path, target: Path, *, name: str | None = None,
                keep_assignments: bool = False) -> Database:
    """A new event file at `target` from `source`, open; nothing is left behind on failure."""
    event, backgrounds, _ = read_source(source)
    db = Database.create(target)
    try:
        db.run(start_from(event, backgrounds, name=name or target.stem,
                          keep_assignments=keep_assignments))
    except BaseException:
        db.close()
        for leftover in (target, *(target.with_name(target.name + s) for s in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
        raise
    return db
