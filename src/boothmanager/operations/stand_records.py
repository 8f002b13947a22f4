"""Change a stand's record and move it along the status workflow, each with its undo."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace

from boothmanager.domain import (
    HistoryField,
    UnknownStand,
    InvalidValue,
    Stand,
    StandChangedElsewhere,
    StandStatus,
    TransitionRefused,
)
from boothmanager.domain.status import allowed
from boothmanager.operations.assignment import require_stand
from boothmanager.operations.base import Change, Operation, UnitOfWork

Changes = tuple[tuple[str, object], ...]
# The id is the file's; the status moves only along the workflow (ChangeStandStatus).
EDITABLE = tuple(f.name for f in fields(Stand) if f.name not in ("id", "status"))


def as_changes(changes: Mapping[str, object] | Changes | None) -> Changes | None:
    """Field changes as sorted pairs, so that equal changes compare (and hash) equal."""
    if changes is None:
        return None
    pairs = dict(changes.items() if isinstance(changes, Mapping) else changes)
    for name in pairs:
        if name not in EDITABLE:
            reason = ("changes with ChangeStandStatus" if name == "status"
                      else "not a field a stand's record may change")
            raise InvalidValue(field="stand field", value=name, reason=reason)
    return tuple(sorted(pairs.items()))


@dataclass(frozen=True)
class UpdateStand(Operation):
    """Change fields of a stand's record, e.g. `changes={"email": "a@b.de"}`; one undo step.

    `expected` (as undo passes it): the values the fields must have now, else nothing changes.
    """

    stand_id: int
    changes: Mapping[str, object] | Changes
    expected: Mapping[str, object] | Changes | None = None
    name = "update_stand"

    def __post_init__(self) -> None:
        object.__setattr__(self, "changes", as_changes(self.changes))
        object.__setattr__(self, "expected", as_changes(self.expected))

    def apply(self, uow: UnitOfWork) -> Change:
        stand = require_stand(uow, self.stand_id)
        for name, value in self.expected or ():
            if getattr(stand, name) != value:
                raise StandChangedElsewhere(stand_id=self.stand_id, field=name, expected=value,
                                            found=getattr(stand, name))
        try:
            changed = replace(stand, **dict(self.changes))  # the Stand checks every value
        except (TypeError, AttributeError) as error:  # a value of the wrong type
            raise InvalidValue(field="stand", value=dict(self.changes),
                               reason=f"a value of the wrong type ({error})") from None
        names = [name for name, _ in self.changes if getattr(stand, name) != getattr(changed, name)]
        inverse = UpdateStand(stand_id=self.stand_id,
                              changes={name: getattr(stand, name) for name in names},
                              expected={name: getattr(changed, name) for name in names})
        if names:
            uow.stands.update(changed)
        return Change(self.name, inverse=inverse, stands=frozenset({self.stand_id}),
                      changed=bool(names))


@dataclass(frozen=True)
class ChangeStandStatus(Operation):
    """Move a stand along the workflow (applied → accepted → placed → confirmed, waitlist,
    cancelled); refused with TransitionRefused where the workflow has no such step.

    `expected` (as undo passes it): the status the stand must have now; undo takes a step
    back that the workflow itself may not offer (confirmed → cancelled, undone).
    """

    stand_id: int
    status: StandStatus
    expected: StandStatus | None = None
    name = "change_stand_status"

    def __post_init__(self) -> None:
        for name in ("status", "expected"):
            value = getattr(self, name)
            if value is not None:
                try:
                    object.__setattr__(self, name, StandStatus(value))
                except ValueError:
                    raise InvalidValue(field="status", value=value,
                                       reason="not a stand status") from None

    def apply(self, uow: UnitOfWork) -> Change:
        stand = require_stand(uow, self.stand_id)
        old = stand.status
        if self.expected is not None and old != self.expected:
            raise StandChangedElsewhere(stand_id=self.stand_id, field="status",
                                        expected=self.expected.value, found=old.value)
        if self.expected is None and not allowed(old, self.status):
            raise TransitionRefused(stand_id=self.stand_id, old=old, new=self.status)
        inverse = ChangeStandStatus(stand_id=self.stand_id, status=old, expected=self.status)
        if old == self.status:
            return Change(self.name, inverse=inverse, stands=frozenset({self.stand_id}),
                          changed=False)
        uow.stands.update(replace(stand, status=self.status))
        uow.stand_history.record(self.stand_id, HistoryField.STATUS, old.value, self.status.value)
        return Change(self.name, inverse=inverse, stands=frozenset({self.stand_id}))


@dataclass(frozen=True)
class SetStandLogo(Operation):
    """Give a stand its logo (image bytes and the file name), or take it away (None)."""

    stand_id: int
    logo: tuple[bytes, str] | None
    name = "set_stand_logo"

    def apply(self, uow: UnitOfWork) -> Change:
        if uow.stands.get(self.stand_id) is None:
            raise UnknownStand(ref=self.stand_id)
        before = uow.stands.logo(self.stand_id)
        if before == self.logo:
            return Change(self.name, inverse=self, changed=False)
        uow.stands.set_logo(self.stand_id, self.logo)
        return Change(self.name, inverse=SetStandLogo(stand_id=self.stand_id, logo=before),
                      stands=frozenset({self.stand_id}))
