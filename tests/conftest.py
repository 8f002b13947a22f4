"""Fixtures every test folder shares: Qt offscreen, isolated settings, fresh event files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt aborts without a display; tests never need one.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from boothmanager.seed import demo_event  # noqa: E402
from boothmanager.storage import Database  # noqa: E402


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    """A fresh BuKo 2020 demo event file, closed, for tests that open it themselves."""
    path = tmp_path / "buko2020.boothplan"
    db = Database.create(path)
    db.run(demo_event())
    db.close()
    return path


@pytest.fixture
def demo_db(demo_path: Path) -> Iterator[Database]:
    """The demo event, open."""
    db = Database.open(demo_path)
    yield db
    db.close()


@pytest.fixture
def empty_db(tmp_path: Path) -> Iterator[Database]:
    """A new event file with the current schema and nothing in it."""
    db = Database.create(tmp_path / "empty.boothplan")
    yield db
    db.close()
