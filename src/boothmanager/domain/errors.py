"""Typed errors of the domain; they carry data, the GUI and the CLI word them."""

from __future__ import annotations


class DomainError(Exception):
    """A rule of the domain refused a change; nothing was changed."""

    def __init__(self, **data: object) -> None:
        self.data = data
        super().__init__(self.describe())

    def describe(self) -> str:
        """An English one-line description (the GUI translates its own wording)."""
        return f"{type(self).__name__}: {self.data}"


class UnknownBooth(DomainError):
    def __init__(self, *, number: str) -> None:
        self.number = number
        super().__init__(number=number)

    def describe(self) -> str:
        return f"there is no booth {self.number!r}"


class UnknownStand(DomainError):
    def __init__(self, *, ref: str | int) -> None:
        self.ref = ref
        super().__init__(ref=ref)

    def describe(self) -> str:
        return f"there is no stand {self.ref!r}"


class StandNameAmbiguous(DomainError):
    def __init__(self, *, name: str, stand_ids: list[int]) -> None:
        self.name = name
        self.stand_ids = stand_ids
        super().__init__(name=name, stand_ids=stand_ids)

    def describe(self) -> str:
        ids = ", ".join(str(i) for i in self.stand_ids)
        return f"{self.name!r} names several stands (ids {ids}); give the id"


class BoothOccupied(DomainError):
    def __init__(self, *, number: str, stand_id: int, stand_name: str) -> None:
        self.number = number
        self.stand_id = stand_id
        self.stand_name = stand_name
        super().__init__(number=number, stand_id=stand_id, stand_name=stand_name)

    def describe(self) -> str:
        return f"booth {self.number} is occupied by {self.stand_name!r} (stand {self.stand_id})"


class BoothNotAssigned(DomainError):
    def __init__(self, *, number: str) -> None:
        self.number = number
        super().__init__(number=number)

    def describe(self) -> str:
        return f"booth {self.number} has no stand assigned"


class BoothExists(DomainError):
    def __init__(self, *, number: str) -> None:
        self.number = number
        super().__init__(number=number)

    def describe(self) -> str:
        return f"a booth numbered {self.number!r} exists already"


class ChangedElsewhere(DomainError):
    """An undo or redo found the booth not as it left it: someone else changed it since."""

    def __init__(self, *, number: str, expected: str, found: str) -> None:
        self.number = number
        self.expected = expected
        self.found = found
        super().__init__(number=number, expected=expected, found=found)

    def describe(self) -> str:
        return (f"booth {self.number} was changed elsewhere since (expected {self.expected}, "
                f"found {self.found}); nothing was changed")


class InvalidValue(DomainError, ValueError):
    """A value breaks a rule; also a ValueError, so callers parsing input may catch either."""

    def __init__(self, *, field: str, value: object, reason: str) -> None:
        self.field = field
        self.value = value
        self.reason = reason
        super().__init__(field=field, value=value, reason=reason)

    def describe(self) -> str:
        return f"{self.field} {self.value!r}: {self.reason}"


class LevelChangedElsewhere(DomainError):
    """A venue edit found the level (or its background) not as the editor saw it."""

    def __init__(self, *, level: str) -> None:
        self.level = level
        super().__init__(level=level)

    def describe(self) -> str:
        return f"level {self.level} was changed elsewhere since; nothing was changed"
