"""The layers keep their direction: imports are read from the source files, never executed."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "boothmanager"
LIBRARIES = ("PySide6", "shiboken6", "sqlalchemy", "alembic", "reportlab")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(source: str, module: str, *, is_package: bool = False) -> set[str]:
    """Every module named by an import statement anywhere in `source` (functions included)."""
    package = module.split(".") if is_package else module.split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package[:len(package) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def all_modules() -> dict[str, set[str]]:
    return {module_name(path): imports_of(path.read_text(encoding="utf-8"), module_name(path),
                                          is_package=path.name == "__init__.py")
            for path in sorted(PACKAGE.rglob("*.py"))}


def named(imported: str, forbidden: str) -> bool:
    return imported == forbidden or imported.startswith(forbidden + ".")


def offences(layer: str, forbidden: tuple[str, ...]) -> list[str]:
    return sorted(f"{module} imports {imported}"
                  for module, imports in all_modules().items()
                  if named(module, f"boothmanager.{layer}")
                  for imported in imports
                  if any(named(imported, name) for name in forbidden))


def test_reader_sees_every_kind_of_import() -> None:
    source = ("import PySide6.QtCore\nfrom sqlalchemy import select\n"
              "def f():\n    from ..storage import Database\n    from . import rules\n"
              "if True:\n    from .geometry import mm\n")
    found = imports_of(source, "boothmanager.domain.booth")
    assert {"PySide6.QtCore", "sqlalchemy", "boothmanager.storage.Database",
            "boothmanager.domain.rules", "boothmanager.domain.geometry"} <= found
    assert "boothmanager.storage" in imports_of("from .. import storage", "boothmanager.domain",
                                                is_package=True)
    assert "boothmanager.storage" in imports_of("from .. import storage",
                                                "boothmanager.domain.booth")


@pytest.mark.parametrize("layer", ["domain", "operations", "storage"])
def test_layer_exists(layer: str) -> None:
    assert any(named(module, f"boothmanager.{layer}") for module in all_modules())


def test_domain_is_plain_python() -> None:
    forbidden = (*LIBRARIES, "boothmanager.storage", "boothmanager.signage", "boothmanager.gui",
                 "boothmanager.operations", "boothmanager.cli")
    assert offences("domain", forbidden) == []


def test_operations_need_no_framework() -> None:
    forbidden = (*LIBRARIES, "boothmanager.storage", "boothmanager.signage", "boothmanager.gui",
                 "boothmanager.cli")
    assert offences("operations", forbidden) == []


@pytest.mark.parametrize("layer", ["storage", "signage"])
def test_storage_and_signage_never_reach_the_gui(layer: str) -> None:
    assert offences(layer, ("boothmanager.gui", "boothmanager.cli", "PySide6", "shiboken6")) == []
