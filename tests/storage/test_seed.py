"""The demo event loads as DOMAIN.md describes it; generated events load at size."""

from __future__ import annotations

from pathlib import Path

from boothmanager.domain import ExitKind, Rect
from boothmanager.seed import blank_event, generated_event
from boothmanager.storage import Database


def test_demo_event(demo_db: Database) -> None:
    event = demo_db.load()
    assert event.info.date_text() == "21.–22.09.2020"
    assert event.info.marketplace == "Markt der Möglichkeiten"
    assert [s.id for s in event.stands] == [1, 2, 3, 4, 5]
    ikoe, *others = event.stands
    assert ikoe.project.startswith("IKOE – Interkulturelle Orientierung und Öffnung")
    assert ikoe.organisation == "Auslandsgesellschaft Sachsen-Anhalt e.V."
    assert not ikoe.placeholder
    for number, stand in enumerate(others, start=2):
        assert stand.placeholder
        assert stand.project == f"Projekt {number} (Sachsen-Anhalt) – Name folgt"
    assert all(stand.contact == "" for stand in event.stands)


def test_demo_venue_is_an_estimate(demo_db: Database) -> None:
    venue = demo_db.load().venue
    assert venue.is_estimate
    assert venue.city == "Halle (Saale)"
    (foyer,) = venue.levels
    assert foyer.bounds() == Rect(0, 0, 36_000, 18_000)
    assert [e.name for e in foyer.exits] == ["E1", "E2", "E3", "D1", "D2"]
    assert [e.width for e in foyer.exits] == [6_000, 2_400, 1_800, 3_600, 3_600]
    assert foyer.exits[0].kind is ExitKind.MAIN_ENTRANCE
    assert (len(foyer.obstacles), len(foyer.zones)) == (7, 5)


def test_demo_booths(demo_db: Database) -> None:
    event = demo_db.load()
    assert [b.number for b in event.booths] == ["S1", "S2", "S3", "S4", "S5"]
    assert {(b.rect.width, b.rect.depth) for b in event.booths} == {(2_000, 3_000)}
    assert [b.stand_id for b in event.booths] == [1, 2, 3, None, None]
    foyer = event.venue.levels[0]
    for booth in event.booths:
        assert foyer.bounds().contains(booth.rect)
        blocked = [o.rect for o in foyer.obstacles] + [z.rect for z in foyer.zones]
        assert not any(booth.rect.overlaps(rect) for rect in blocked), booth.number


def test_generated_event_loads_at_size(tmp_path: Path) -> None:
    db = Database.create(tmp_path / "big.boothplan")
    try:
        db.run(generated_event(1000))
        event = db.load()
    finally:
        db.close()
    assert len(event.booths) == 1000
    assert len({b.number for b in event.booths}) == 1000
    assert len(event.stands) == 500
    assert len(event.assigned()) == 500
    hall = event.venue.levels[0].bounds()
    assert all(hall.contains(b.rect) for b in event.booths)


def test_blank_event(empty_db: Database) -> None:
    empty_db.run(blank_event("Neue Messe"))
    event = empty_db.load()
    assert event.info.name == "Neue Messe"
    assert [level.name for level in event.venue.levels] == ["EG"]
    assert event.booths == event.stands == ()


def test_demo_stands_on_booths_are_placed_the_others_applied(demo_db) -> None:  # noqa: ANN001
    from boothmanager.domain.status import StandStatus

    statuses = {s.id: s.status for s in demo_db.load().stands}
    assert statuses == {1: StandStatus.PLACED, 2: StandStatus.PLACED, 3: StandStatus.PLACED,
                        4: StandStatus.APPLIED, 5: StandStatus.APPLIED}
