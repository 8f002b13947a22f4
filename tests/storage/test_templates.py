"""Venue templates and new events from a template or from the previous event, on real files."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from boothmanager.domain import StandStatus
from boothmanager.domain.background import Background, BackgroundKind
from boothmanager.domain.template import TemplateUnreadable
from boothmanager.operations import Assign, ChangeStandStatus, SetCapacity, SplitFrontage
from boothmanager.operations.venue import SetBackground
from boothmanager.storage import Database, EventFileExists
from boothmanager.templates import create_from, read_source, save_template

FOYER = "Foyer (EG)"
DRAWING = Background(level=FOYER, kind=BackgroundKind.DRAWING, source="foyer.dxf",
                     data=b"[[[0,0],[10,0]]]", width=10, height=1, scale=1000.0, opacity=40)


@pytest.fixture
def template(demo_db: Database, tmp_path: Path) -> Path:
    demo_db.run(SetBackground(level=FOYER, background=DRAWING, expected=None))
    out = tmp_path / "haendel-halle.boothtemplate"
    save_template(demo_db, out)
    return out


def test_a_template_keeps_venue_booths_and_background_but_no_stands(
        demo_db: Database, template: Path) -> None:
    event, backgrounds, is_template = read_source(template)
    demo = demo_db.load()
    assert is_template
    assert event.venue == demo.venue
    assert [b.number for b in event.booths] == [b.number for b in demo.booths]
    assert all(b.stand_id is None for b in event.booths)
    assert event.stands == ()
    assert backgrounds == [DRAWING]
    assert "IKOE" not in template.read_text(encoding="utf-8")  # no stand data in a template


def test_a_new_event_from_a_template(template: Path, tmp_path: Path) -> None:
    db = create_from(template, tmp_path / "BuKo 2021.boothplan")
    try:
        event = db.load()
        assert event.info.name == "BuKo 2021"
        assert len(event.booths) == 5 and event.stands == ()
        assert db.background(FOYER) == DRAWING
    finally:
        db.close()


def test_the_next_event_keeps_returning_stands_and_optionally_their_booths(
        demo_db: Database, demo_path: Path, tmp_path: Path) -> None:
    demo = demo_db.load()
    placed = {b.number: b.stand_id for b in demo.booths if b.stand_id is not None}
    assert placed
    gone = next(iter(s.id for s in demo.stands if s.id not in placed.values()))
    demo_db.run(ChangeStandStatus(stand_id=gone, status=StandStatus.CANCELLED,
                                  expected=demo_db.load().stand(gone).status))
    demo_db.close()
    fresh = create_from(demo_path, tmp_path / "next.boothplan")
    kept = create_from(demo_path, tmp_path / "kept.boothplan", keep_assignments=True)
    try:
        unplaced = fresh.load()
        assert gone not in {s.id for s in unplaced.stands}  # the cancelled stand stays behind
        assert {s.status for s in unplaced.stands} == {StandStatus.APPLIED}
        assert all(b.stand_id is None for b in unplaced.booths)
        again = kept.load()
        assert {b.number: b.stand_id for b in again.booths if b.stand_id} == placed
        assert {again.stand(i).status for i in placed.values()} == {StandStatus.PLACED}
    finally:
        fresh.close()
        kept.close()


@pytest.mark.parametrize("text, reason", [
    ("{not json", "not JSON"),
    ('{"kind": "something else"}', "not a boothmanager venue template"),
    ('{"kind": "boothmanager-venue-template", "version": 99}', "version 99"),
])
def test_a_broken_template_is_refused_and_no_file_is_left(tmp_path: Path, text: str,
                                                          reason: str) -> None:
    source = tmp_path / "broken.boothtemplate"
    source.write_text(text, encoding="utf-8")
    target = tmp_path / "new.boothplan"
    with pytest.raises(TemplateUnreadable, match=reason):
        create_from(source, target)
    assert not target.exists()


def test_a_damaged_background_in_a_template_is_refused(template: Path, tmp_path: Path) -> None:
    text = template.read_text(encoding="utf-8").replace('"data": "', '"data": "!!', 1)
    damaged = tmp_path / "damaged.boothtemplate"
    damaged.write_text(text, encoding="utf-8")
    with pytest.raises(TemplateUnreadable, match="damaged"):
        read_source(damaged)


def test_an_existing_file_is_not_overwritten(template: Path, demo_path: Path) -> None:
    before = demo_path.read_bytes()
    with pytest.raises(EventFileExists):
        create_from(template, demo_path)
    assert demo_path.read_bytes() == before


def test_the_template_of_an_event_without_backgrounds(demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "plain.boothtemplate"
    template = save_template(demo_db, out)
    assert read_source(out)[0] == replace(template, info=read_source(out)[0].info)


def test_the_next_event_keeps_a_shared_booth_with_its_split(
        demo_db: Database, demo_path: Path, tmp_path: Path) -> None:
    demo_db.run(Assign(booth="S1", stand_id=4, share=True))
    demo_db.run(SplitFrontage(booth="S1", frontages=(2_000, 1_000)))
    demo_db.run(SetCapacity(booth="S1", capacity=3))
    shared = demo_db.load().booth("S1")
    demo_db.close()
    kept = create_from(demo_path, tmp_path / "kept.boothplan", keep_assignments=True)
    fresh = create_from(demo_path, tmp_path / "fresh.boothplan")
    try:
        again = kept.load().booth("S1")
        assert (again.shares, again.capacity) == (shared.shares, 3)
        assert fresh.load().booth("S1").shares == () and fresh.load().booth("S1").capacity == 3
    finally:
        kept.close()
        fresh.close()
