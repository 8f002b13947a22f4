"""A shared booth on a sheet: its stands' fields by position, and the cells they are drawn in."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from boothmanager.signage.layout import ShareGrid

# A record for a booth several stands share carries SHARES (how many) and each stand's own
# fields as "stand_name@0", "organisation@0", "logo@0" … in their order along the front; its
# plain fields ("stand_name") hold all of them at once, for lists, checks and digests.
SHARES = "shares"

Cell = tuple[float, float, float, float]  # x, y (down from the top), width, height in mm


def share_key(field: str, index: int) -> str:
    return f"{field}@{index}"


def share_count(fields: Mapping[str, str]) -> int:
    """How many stands the record's booth holds (1 for a booth of its own)."""
    try:
        return max(1, int(fields.get(SHARES, "1")))
    except ValueError:
        return 1


def fields_of_share(fields: Mapping[str, str], index: int, names: Iterable[str], *,
                    short: bool = False) -> dict[str, str]:
    """The record as the `index`-th stand's own: its values under the plain names (with
    `short`, its short name as its name)."""
    own = {name: fields.get(share_key(name, index), "") for name in names}
    if short and "stand_name" in own:
        own["stand_name"] = fields.get(share_key("short_name", index)) or own["stand_name"]
    return {**fields, **own}


def cells(x: float, y: float, width: float, height: float, grid: ShareGrid,
          count: int) -> list[Cell]:
    """One cell per stand in a box, row by row, `grid.gap` mm apart."""
    columns, rows = grid.grid(count)
    cell_w = (width - (columns - 1) * grid.gap) / columns
    cell_h = (height - (rows - 1) * grid.gap) / rows
    return [(x + (i % columns) * (cell_w + grid.gap), y + (i // columns) * (cell_h + grid.gap),
             cell_w, cell_h) for i in range(count)]


def dividers(x: float, y: float, width: float, height: float, grid: ShareGrid,
             count: int) -> list[tuple[float, float, float, float]]:
    """The hairlines between the cells (x0, y0, x1, y1 in mm, y down), in the gaps' middles."""
    columns, rows = grid.grid(count)
    found = []
    boxes = cells(x, y, width, height, grid, count)
    for column in range(1, columns):
        at = boxes[column][0] - grid.gap / 2
        found.append((at, y, at, y + height))
    for row in range(1, rows):
        at = boxes[row * columns][1] - grid.gap / 2
        found.append((x, at, x + width, at))
    return found
