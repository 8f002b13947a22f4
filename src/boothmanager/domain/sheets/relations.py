"""Wishes, allowed zones, near and apart in a stand sheet: cells to lists, names to stands.

A near or apart cell lists stands separated by ";" or new lines. Each is named by
"Organisation / Projekt" (as an export writes it), by its project or its organisation alone
where that names one stand, or by "#12": the sheet's ID column, else the event's stand 12.
Names are looked up among the sheet's rows and the event's stands.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from boothmanager.domain.sheets import cells
from boothmanager.domain.stand import Stand

LIST_SEPARATORS = re.compile(r"[;,\n]")  # booths and zones: "S1, S2" or "S1; S2"
STAND_SEPARATORS = re.compile(r"[;\n]")  # names may hold commas
STAND_ID = re.compile(r"#?\s*([0-9]{1,9})")
MAX_ENTRIES = 50  # more is a pasting accident


def names(cell: object, *, stands: bool = False) -> tuple[str, ...]:
    """The entries of a list cell, cleaned, in order, each once."""
    text = cells.text(cell, multiline=True)
    parts = (STAND_SEPARATORS if stands else LIST_SEPARATORS).split(text)
    found = tuple(dict.fromkeys(" ".join(p.split()) for p in parts if p.strip()))
    if len(found) > MAX_ENTRIES:
        raise cells.CellError(cells.RowProblemKind.TOO_LONG, f"at most {MAX_ENTRIES} entries")
    return found


def stand_label(stand: Stand) -> str:
    """How an export names a stand in a near or apart cell."""
    if stand.organisation.strip() and stand.project.strip():
        return f"{stand.organisation} / {stand.project}"
    return stand.name


def fold(text: str) -> str:
    from boothmanager.domain.sheets.rows import fold as folded

    return folded(text)


@dataclass(frozen=True, slots=True)
class Target:
    """A stand a reference may name: an event's stand (`stand_id`) or a sheet row (`row`)."""

    organisation: str
    project: str
    stand_id: int | None = None
    row: int | None = None
    sheet_id: str = ""
    dropped: bool = False  # a row with problems: named, but not imported


@dataclass(frozen=True, slots=True)
class Found:
    target: Target | None
    reason: str = ""  # why not: "names no stand", "names 2 stands (rows 3, 7)"


class StandIndex:
    """Finds the stand a near/apart entry names among the sheet's rows and the event's stands."""

    def __init__(self, existing: Iterable[Stand], rows: Iterable[Target]) -> None:
        self.targets = [*(Target(s.organisation, s.project, stand_id=s.id) for s in existing),
                        *rows]
        self.by_name: dict[str, list[Target]] = {}
        for target in self.targets:
            keys = {fold(f"{target.organisation} / {target.project}"),
                    fold(target.organisation), fold(target.project)}
            for key in keys - {""}:
                self.by_name.setdefault(key, []).append(target)

    def find(self, entry: str) -> Found:
        number = STAND_ID.fullmatch(entry)
        if number is not None:
            rows = [t for t in self.targets if t.row is not None and t.sheet_id == number[1]]
            if len(rows) == 1:
                return Found(rows[0])
            event = [t for t in self.targets if t.stand_id == int(number[1])]
            if event:
                return Found(event[0])
            if entry.startswith("#"):
                return Found(None, "names no stand")
        found = self.by_name.get(fold(entry), [])
        if len(found) == 1:
            return Found(found[0])
        if not found:
            return Found(None, "names no stand")
        where = ", ".join(f"row {t.row}" if t.row is not None else f"stand {t.stand_id}"
                          for t in found[:4])
        return Found(None, f"names {len(found)} stands ({where})")


def ids_and_rows(found: Mapping[str, Found]) -> tuple[frozenset[int], tuple[int, ...]]:
    """The event's stand ids and the sheet's rows that entries name (all found)."""
    ids = frozenset(f.target.stand_id for f in found.values()
                    if f.target is not None and f.target.stand_id is not None)
    rows = tuple(sorted({f.target.row for f in found.values()
                         if f.target is not None and f.target.row is not None}))
    return ids, rows
