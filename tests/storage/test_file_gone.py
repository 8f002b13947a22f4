"""An event file deleted or replaced while open: changes are refused, not written into the void."""

from __future__ import annotations

from pathlib import Path

import pytest

from boothmanager.operations import Assign
from boothmanager.storage import Database, EventFileGone


def test_a_deleted_file_refuses_changes(demo_path: Path) -> None:
    db = Database.open(demo_path)
    try:
        for leftover in (demo_path, Path(f"{demo_path}-wal"), Path(f"{demo_path}-shm")):
            leftover.unlink(missing_ok=True)
        with pytest.raises(EventFileGone):
            db.run(Assign(booth="S4", stand_id=4))
        assert not demo_path.exists()  # no empty database appeared in its place
    finally:
        db.close()


def test_a_replaced_file_refuses_changes(demo_path: Path, tmp_path: Path) -> None:
    db = Database.open(demo_path)
    try:
        other = tmp_path / "other.boothplan"
        other.write_bytes(demo_path.read_bytes())
        other.replace(demo_path)
        with pytest.raises(EventFileGone):
            db.run(Assign(booth="S4", stand_id=4))
    finally:
        db.close()
