"""The sign PDF never replaces something that is not a PDF (an event file chosen by mistake)."""

from __future__ import annotations

from pathlib import Path

import pytest

from boothmanager.signage import UnsuitableOutput, render_booth_signs
from boothmanager.storage import Database


def test_printing_onto_the_event_file_is_refused_and_the_file_stays(demo_path: Path) -> None:
    db = Database.open(demo_path)
    event = db.load()
    db.close()
    before = demo_path.read_bytes()
    with pytest.raises(UnsuitableOutput) as refused:
        render_booth_signs(event, demo_path)
    assert "not a PDF" in refused.value.reason
    assert demo_path.read_bytes() == before


def test_a_folder_or_a_missing_folder_is_refused(demo_db: Database, tmp_path: Path) -> None:
    event = demo_db.load()
    with pytest.raises(UnsuitableOutput):
        render_booth_signs(event, tmp_path)
    with pytest.raises(UnsuitableOutput):
        render_booth_signs(event, tmp_path / "missing" / "signs.pdf")
