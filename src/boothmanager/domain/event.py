"""An event: its facts, its venue, booths, stands and who stands where."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from boothmanager.domain.booth import Booth
from boothmanager.domain.errors import InvalidValue
from boothmanager.domain.stand import Stand
from boothmanager.domain.venue import Venue


@dataclass(frozen=True, slots=True)
class EventInfo:
    """What an event is called and when it takes place."""

    name: str
    title: str = ""
    motto: str = ""
    starts: date | None = None
    ends: date | None = None
    website: str = ""
    marketplace: str = ""

    def __post_init__(self) -> None:
        if self.starts is not None and self.ends is not None and self.ends < self.starts:
            raise InvalidValue(field="end date", value=self.ends.isoformat(),
                               reason=f"before the start date {self.starts.isoformat()}")

    def date_text(self) -> str:
        """Dates as printed on German signs: 21.–22.09.2020."""
        if self.starts is None:
            return ""
        if self.ends is None or self.ends == self.starts:
            return self.starts.strftime("%d.%m.%Y")
        if (self.starts.year, self.starts.month) == (self.ends.year, self.ends.month):
            return f"{self.starts.day:02d}.–{self.ends.strftime('%d.%m.%Y')}"
        return f"{self.starts.strftime('%d.%m.%Y')} – {self.ends.strftime('%d.%m.%Y')}"


@dataclass(frozen=True, slots=True)
class Event:
    """A whole event as read from its file, for views and prints."""

    info: EventInfo
    venue: Venue
    booths: tuple[Booth, ...] = ()
    stands: tuple[Stand, ...] = field(default_factory=tuple)

    def has_booth(self, number: str) -> bool:
        return any(booth.number == number for booth in self.booths)

    def booth(self, number: str) -> Booth:
        for booth in self.booths:
            if booth.number == number:
                return booth
        raise KeyError(number)

    def stand(self, stand_id: int) -> Stand:
        for stand in self.stands:
            if stand.id == stand_id:
                return stand
        raise KeyError(stand_id)

    def booth_of(self, stand_id: int) -> Booth | None:
        for booth in self.booths:
            if stand_id in booth.stand_ids:
                return booth
        return None

    def assigned(self) -> list[tuple[Booth, Stand]]:
        """Assigned booths with their stands, in booth-number order; a shared booth once for
        each of its stands, in their order along its front."""
        by_id = {s.id: s for s in self.stands}
        pairs = [(b, by_id[i]) for b in self.booths for i in b.stand_ids]
        return sorted(pairs, key=lambda pair: natural_key(pair[0].number))


def natural_key(label: str) -> tuple[object, ...]:
    """Sort S2 before S10."""
    # re.split with a group puts the digit runs at the odd places; str.isdigit() would also
    # accept "²", which int() refuses.
    return tuple(int(part) if index % 2 else part.casefold()
                 for index, part in enumerate(re.split(r"(\d+)", label)))
