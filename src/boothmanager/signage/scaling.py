"""A layout drawn for one DIN size, scaled to another: every mm and pt times √2 per step."""

from __future__ import annotations

from dataclasses import fields, is_dataclass, replace
from typing import TypeVar

T = TypeVar("T")

# Edges are rounded, not lengths, so two boxes that touch on one paper touch on every paper.
_EDGES = (("x", "width"), ("y", "height"))
_LENGTHS = frozenset({"size", "gap", "max_height", "row_height", "length"})
_POINTS = frozenset({"max_size", "min_size", "thickness"})
# Reading distances and required letter heights are promises, not geometry: they never scale.


def scaled(item: T, factor: float) -> T:
    """`item` (an element, a style, or a tuple of them) with its geometry times `factor`,
    in whole mm; type sizes and strokes in pt times `factor`."""
    if factor == 1:
        return item
    if isinstance(item, tuple):
        return tuple(scaled(part, factor) for part in item)  # type: ignore[return-value]
    if not is_dataclass(item) or isinstance(item, type):
        return item
    names = {f.name for f in fields(item)}
    changes: dict[str, object] = {}
    for start, extent in _EDGES:
        if start in names:
            first = getattr(item, start)
            changes[start] = round(first * factor)
            if extent in names:
                changes[extent] = round((first + getattr(item, extent)) * factor) - changes[start]
    for name in names - changes.keys():
        value = getattr(item, name)
        if name in _LENGTHS and value is not None:
            changes[name] = round(value * factor)
        elif name in _POINTS:
            changes[name] = value * factor
        elif isinstance(value, tuple) or is_dataclass(value):
            changes[name] = scaled(value, factor)
    return replace(item, **changes)  # type: ignore[type-var]
