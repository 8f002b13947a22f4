"""Venue templates and follow-up events: what carries over from one event to the next."""

from __future__ import annotations

import base64
import json
from dataclasses import replace
from typing import Any

from boothmanager.domain.background import Background, BackgroundKind
from boothmanager.domain.errors import DomainError
from boothmanager.domain.event import Event, EventInfo
from boothmanager.domain.snapshot_document import (
    SnapshotUnreadable,
    event_from_snapshot,
    snapshot_document,
)
from boothmanager.domain.status import StandStatus

KIND = "boothmanager-venue-template"
VERSION = 1


class TemplateUnreadable(DomainError):
    """A file offered as a venue template that is not one (or not one this version reads)."""

    def __init__(self, *, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(path=path, reason=reason)

    def describe(self) -> str:
        return f"{self.path} is not a usable venue template: {self.reason}"


def venue_template(event: Event) -> Event:
    """The venue and its booths (numbers, sizes, amenities), with no stands and no assignments."""
    booths = tuple(replace(booth, shares=(), reserved=False) for booth in event.booths)
    return Event(info=EventInfo(name=event.info.name), venue=event.venue, booths=booths)


def follow_up(previous: Event, *, info: EventInfo, keep_assignments: bool) -> Event:
    """The next event in the same venue: booths and numbering kept, returning stands kept.

    Cancelled stands stay behind. Returning stands start over as applied; with
    `keep_assignments` a stand keeps last time's booth and is placed there.
    """
    stands = tuple(stand for stand in previous.stands if stand.status is not StandStatus.CANCELLED)
    kept = {stand.id for stand in stands}
    placed = {stand_id for booth in previous.booths for stand_id in booth.stand_ids
              if keep_assignments and stand_id in kept}
    stands = tuple(replace(stand, status=StandStatus.PLACED if stand.id in placed
                           else StandStatus.APPLIED) for stand in stands)
    booths = tuple(replace(booth, shares=tuple(s for s in booth.shares if s.stand_id in placed))
                   for booth in previous.booths)
    return Event(info=info, venue=previous.venue, booths=booths, stands=stands)


def template_json(event: Event, backgrounds: list[Background]) -> str:
    """A template file's text: the venue template of `event` and the levels' backgrounds."""
    return json.dumps({
        "kind": KIND, "version": VERSION,
        "event": json.loads(snapshot_document(venue_template(event))),
        "backgrounds": [background_data(b) for b in backgrounds],
    }, ensure_ascii=False, indent=1)


def background_data(background: Background) -> dict[str, Any]:
    return {"level": background.level, "kind": background.kind.value,
            "source": background.source, "data": base64.b64encode(background.data).decode(),
            "width": background.width, "height": background.height, "x": background.x,
            "y": background.y, "scale": background.scale, "opacity": background.opacity}


def read_template(text: str, *, path: str) -> tuple[Event, list[Background]]:
    """The event and backgrounds of a template file's text; TemplateUnreadable if it is none."""
    try:
        data = json.loads(text)
    except ValueError as error:
        raise TemplateUnreadable(path=path, reason=f"not JSON ({error})") from None
    if not isinstance(data, dict) or data.get("kind") != KIND:
        raise TemplateUnreadable(path=path, reason="not a boothmanager venue template")
    if data.get("version") != VERSION:
        raise TemplateUnreadable(path=path, reason=(
            f"version {data.get('version')!r}; this version of boothmanager reads {VERSION}"))
    try:
        event = event_from_snapshot(json.dumps(data["event"]))
        backgrounds = [Background(level=str(b["level"]), kind=BackgroundKind(b["kind"]),
                                  source=str(b["source"]),
                                  data=base64.b64decode(b["data"], validate=True),
                                  width=float(b["width"]), height=float(b["height"]),
                                  x=int(b["x"]), y=int(b["y"]), scale=float(b["scale"]),
                                  opacity=int(b["opacity"]))
                       for b in data.get("backgrounds", [])]
    except SnapshotUnreadable as error:
        raise TemplateUnreadable(path=path, reason=error.reason) from None
    except (KeyError, TypeError, ValueError) as error:
        reason = error.describe() if isinstance(error, DomainError) else str(error)
        raise TemplateUnreadable(path=path, reason=f"damaged ({reason})") from None
    levels = {level.name for level in event.venue.levels}
    if any(b.level not in levels for b in backgrounds):
        raise TemplateUnreadable(path=path, reason="a background for a level it does not have")
    return event, backgrounds
