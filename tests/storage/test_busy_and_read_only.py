"""A file another program holds, or one we may not write, is refused with a typed error."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from boothmanager.operations import Assign
from boothmanager.storage import Database, EventFileBusy, ReadOnlyEventFile


def test_a_file_locked_by_another_program_is_busy_and_unchanged(demo_path: Path) -> None:
    db = Database.open(demo_path)
    other = sqlite3.connect(demo_path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(EventFileBusy) as refused:
            db.run(Assign(booth="S4", stand_id=4))
        assert refused.value.path == demo_path
        other.execute("ROLLBACK")
        assert db.load().booth("S4").stand_id is None
    finally:
        other.close()
        db.close()


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write any file; permissions prove nothing")
def test_a_read_only_file_is_refused_untouched(demo_path: Path) -> None:
    before = demo_path.read_bytes()
    demo_path.chmod(0o444)
    try:
        with pytest.raises(ReadOnlyEventFile):
            Database.open(demo_path)
    finally:
        demo_path.chmod(0o644)
    assert demo_path.read_bytes() == before
