"""Package attributes loaded on first use, so start-up does not pay for rarely used parts."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_getattr(namespace: dict[str, Any], table: Mapping[str, str]) -> Callable[[str], object]:
    """A module `__getattr__` that imports `table[name]` when `name` is first asked for."""

    def __getattr__(name: str) -> object:
        module = table.get(name)
        if module is None:
            raise AttributeError(f"module {namespace['__name__']!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        namespace[name] = value
        return value

    return __getattr__
