"""Edit the venue: a level's outline, exits, obstacles, zones and areas; levels; backgrounds."""

from __future__ import annotations

from dataclasses import dataclass

from boothmanager.domain import InvalidValue, Level
from boothmanager.domain.errors import LevelChangedElsewhere
from boothmanager.domain.background import Background
from boothmanager.operations.base import Change, Operation, UnitOfWork
from boothmanager.operations.sides import settle_open_sides

MIN_OUTLINE = 3  # corners of the smallest floor


def check_level(level: Level) -> None:
    """Refuse a level no plan can be drawn from."""
    if not level.name.strip():
        raise InvalidValue(field="level name", value=level.name, reason="must not be empty")
    if len(set(level.outline)) < MIN_OUTLINE:
        raise InvalidValue(field="outline", value=len(level.outline),
                           reason=f"needs at least {MIN_OUTLINE} distinct corners")
    for exit_ in level.exits:
        if exit_.width <= 0:
            raise InvalidValue(field="exit width", value=exit_.width, reason="must be more than 0")


@dataclass(frozen=True)
class EditLevel(Operation):
    """Replace what a level holds (outline, exits, obstacles, zones, areas) with `level`.

    Every venue edit in the plan is this one operation with its own name in the Edit menu;
    `expected` is the level as the editor saw it, so a stale view cannot undo someone's work.
    The open sides of the level's booths follow walls and obstacles in the same transaction.
    """

    level: Level
    expected: Level
    name = "edit_level"

    def apply(self, uow: UnitOfWork) -> Change:
        if self.level.name != self.expected.name:
            raise InvalidValue(field="level", value=self.level.name,
                               reason="a level is renamed by its own operation")
        check_level(self.level)
        now = uow.event.level(self.expected.name)
        if now != self.expected:
            raise LevelChangedElsewhere(level=self.level.name)
        if now == self.level:
            return Change(self.name, inverse=self, venue=False, changed=False)
        uow.event.save_level(self.level)
        areas = [self.level.bounds(), self.expected.bounds()]
        settled = settle_open_sides(uow, self.level.name, areas)
        return Change(self.name, inverse=EditLevel(level=self.expected, expected=self.level),
                      booths=settled, venue=True)


@dataclass(frozen=True)
class AddLevel(Operation):
    """Add a level (e.g. the upper foyer) after the others."""

    level: Level
    name = "add_level"

    def apply(self, uow: UnitOfWork) -> Change:
        check_level(self.level)
        if any(lv.name == self.level.name for lv in uow.event.venue().levels):
            raise InvalidValue(field="level", value=self.level.name,
                               reason="the venue has a level of that name")
        uow.event.save_level(self.level)
        return Change(self.name, inverse=RemoveLevel(level=self.level.name), venue=True)


@dataclass(frozen=True)
class RemoveLevel(Operation):
    """Delete an empty level (its booths must be moved or deleted first)."""

    level: str
    name = "remove_level"

    def apply(self, uow: UnitOfWork) -> Change:
        levels = uow.event.venue().levels
        gone = next((lv for lv in levels if lv.name == self.level), None)
        if gone is None:
            raise InvalidValue(field="level", value=self.level, reason="the venue has no such level")
        if len(levels) == 1:
            raise InvalidValue(field="level", value=self.level,
                               reason="a venue keeps at least one level")
        booths = [b.number for b in uow.booths.many() if b.level == self.level]
        if booths:
            raise InvalidValue(field="level", value=self.level,
                               reason=f"it still has {len(booths)} booths ({', '.join(booths[:5])}"
                                      f"{' …' if len(booths) > 5 else ''})")
        background = uow.event.background(self.level)
        uow.event.remove_level(self.level)
        restore: Operation = AddLevel(level=gone)
        if background is not None:
            from boothmanager.operations.batch import Batch

            restore = Batch(steps=(restore, SetBackground(level=self.level, background=background,
                                                          expected=None)),
                            label="add_level")
        return Change(self.name, inverse=restore, venue=True)


@dataclass(frozen=True)
class SetBackground(Operation):
    """Put a background under a level, place or calibrate it, or take it away (None)."""

    level: str
    background: Background | None
    expected: Background | None
    name = "set_background"

    def apply(self, uow: UnitOfWork) -> Change:
        if self.background is not None and self.background.level != self.level:
            raise InvalidValue(field="background level", value=self.background.level,
                               reason=f"does not belong to level {self.level}")
        now = uow.event.background(self.level)
        if now != self.expected:
            raise LevelChangedElsewhere(level=self.level)
        if now == self.background:
            return Change(self.name, inverse=self, changed=False)
        uow.event.save_background(self.level, self.background)
        return Change(self.name, inverse=SetBackground(level=self.level, background=now,
                                                       expected=self.background),
                      backgrounds=frozenset({self.level}))
