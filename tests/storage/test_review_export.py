"""The shared review export: package and snapshot both or neither; a foreign file is not replaced."""

from __future__ import annotations

from pathlib import Path

import pytest

from boothmanager.operations import MoveBooth
from boothmanager.review_export import NotAReviewTarget, export_review
from boothmanager.storage import Database


def test_two_exports_the_second_says_what_changed(demo_db: Database, tmp_path: Path) -> None:
    first = export_review(demo_db, tmp_path / "1.boothreview")
    assert first.changes is None and first.placed == 3
    demo_db.run(MoveBooth(number="S5", x=30_000, y=15_000))
    second = export_review(demo_db, tmp_path / "2.boothreview")
    assert second.previous == first.snapshot and second.changes and second.changes >= 1
    assert [s.name for s in demo_db.snapshots()] == [first.snapshot, second.snapshot]


def test_a_file_that_is_not_a_package_is_not_replaced(demo_db: Database, tmp_path: Path) -> None:
    target = tmp_path / "notes.boothreview"
    target.write_text("meine Notizen", encoding="utf-8")
    with pytest.raises(NotAReviewTarget):
        export_review(demo_db, target)
    assert target.read_text(encoding="utf-8") == "meine Notizen"
    assert demo_db.snapshots() == []
