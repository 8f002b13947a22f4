"""Fixtures for print tests: events built through operations, and a reader for the PDFs."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest
from print_support import PdfProbe

from boothmanager.domain import Booth, Event, EventInfo, Rect, Stand
from boothmanager.operations import AddBooth, AddStand, Assign
from boothmanager.seed import blank_event
from boothmanager.storage import Database

BUKO = EventInfo(name="BuKo 2020", starts=date(2020, 9, 21), ends=date(2020, 9, 22),
                 marketplace="Markt der Möglichkeiten")

EventBuilder = Callable[..., Event]


@pytest.fixture
def build_event(empty_db: Database) -> EventBuilder:
    """Build BuKo 2020 in a fresh file: booths in order, each with its stand or None (free).

    Keyword arguments change the event's facts, e.g. `website="https://…"`.
    """

    def build(*booths: tuple[str, Stand | None], **facts: object) -> Event:
        info = replace(BUKO, **facts)
        empty_db.run(replace(blank_event(info.name), info=info))
        for i, (number, stand) in enumerate(booths):
            empty_db.run(AddBooth(booth=Booth(number=number, level="EG",
                                              rect=Rect(1_000 + 3_000 * i, 1_000, 3_000, 2_000))))
            if stand is not None:
                stand_id = next(iter(empty_db.run(AddStand(stand=stand)).stands))
                empty_db.run(Assign(booth=number, stand_id=stand_id))
        return empty_db.load()

    return build


@pytest.fixture
def probe() -> PdfProbe:
    return PdfProbe()


def load_tool(name: str) -> ModuleType:
    """A script of tools/ as a module (tools/ is no package)."""
    path = Path(__file__).resolve().parents[2] / "tools" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"tools_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def multilingual(tmp_path_factory: pytest.TempPathFactory) -> Event:
    """The made-up event of tools/multilingual_event.py: 200 stands in four languages, written
    to a file through its operations and read back (shared: tests only read it)."""
    path = load_tool("multilingual_event").write(
        tmp_path_factory.mktemp("multilingual") / "vielfalt.boothplan")
    db = Database.open(path)
    try:
        return db.load()
    finally:
        db.close()
