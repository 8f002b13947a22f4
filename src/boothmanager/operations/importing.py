"""Import stands from a sheet: every row checked against the event, all of them or none."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from boothmanager.domain import HistoryField
from boothmanager.domain.sheets import ImportPlan, ImportRefused, Sheet, plan_import
from boothmanager.operations.base import Change, Operation, UnitOfWork
from boothmanager.operations.batch import Batch
from boothmanager.operations.stands import RemoveStand

Pairs = tuple[tuple[str, str | None], ...]


def frozen(mapping: Mapping[str, str | None] | Pairs | None) -> Pairs | None:
    if mapping is None:
        return None
    pairs = mapping.items() if isinstance(mapping, Mapping) else mapping
    return tuple((str(header), None if field is None else str(field)) for header, field in pairs)


@dataclass(frozen=True)
class ImportStands(Operation):
    """Add a stand per row of `sheet`, placed on the row's booth if it names one (sharing it
    with the stands on it while it has places left), with its part of the front; one step.

    A row with a problem refuses the whole sheet (ImportRefused lists them all) unless
    `valid_only`, which imports the rows without problems. `mapping`: header -> field, for
    headers that are not field names. `themes`: the event's themes (None: any theme).
    """

    sheet: Sheet
    mapping: Mapping[str, str | None] | Pairs | None = None
    themes: frozenset[str] | None = None
    valid_only: bool = False
    name = "import_stands"

    def __post_init__(self) -> None:
        object.__setattr__(self, "mapping", frozen(self.mapping))
        if self.themes is not None:
            object.__setattr__(self, "themes", frozenset(self.themes))

    def plan(self, uow: UnitOfWork) -> ImportPlan:
        """What the import would do to the event as it is now; changes nothing."""
        return plan_import(self.sheet, mapping=dict(self.mapping or ()),
                           existing=uow.stands.many(), booth_of=uow.booths.get,
                           themes=self.themes)

    def apply(self, uow: UnitOfWork) -> Change:
        plan = self.plan(uow)
        if plan.problems and not self.valid_only:
            raise ImportRefused(problems=plan.problems)
        stand_ids, booths = [], set()
        id_of: dict[int, int] = {}  # sheet row -> the stand's new id
        for row in plan.rows:
            stand_id = uow.stands.add(row.stand)
            stand_ids.append(stand_id)
            id_of[row.row] = stand_id
            if row.booth is not None:  # last along the front; a booth shared: with its lock
                booth = uow.booths.get(row.booth)
                locked = booth is not None and bool(booth.shares) and booth.locked
                uow.assignments.add(booth_number=row.booth, stand_id=stand_id,
                                    frontage_mm=row.frontage_mm, locked=locked)
                uow.stand_history.record(stand_id, HistoryField.BOOTH, None, row.booth)
                booths.add(row.booth)
        for row in plan.rows:  # near and apart naming rows of the sheet: their ids now exist
            if row.near_rows or row.apart_rows:
                stand = replace(row.stand, id=id_of[row.row],
                                near=row.stand.near | {id_of[r] for r in row.near_rows},
                                apart=row.stand.apart | {id_of[r] for r in row.apart_rows})
                uow.stands.update(stand)
        inverse = Batch(steps=tuple(RemoveStand(stand_id=i) for i in reversed(stand_ids)),
                        label=self.name)
        return Change(self.name, inverse=inverse, stands=frozenset(stand_ids),
                      booths=frozenset(booths), changed=bool(stand_ids))
