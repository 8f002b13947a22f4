"""Stands' wishes and relations, booth zones, locked placements, logos and print records
kept in the event file (schema 0007)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from boothmanager.domain import BoothNotAssigned, InvalidValue, StandWish
from boothmanager.operations import History, LockPlacement, SetStandLogo, UpdateStand
from boothmanager.operations.booths import MoveBooth
from boothmanager.storage import Database


def test_wishes_and_relations_are_kept_and_undone(demo_db: Database, demo_path: Path) -> None:
    changes = {"wishes": (StandWish(booth="S5"), StandWish(zone="Nord")),
               "zones": frozenset({"Nord"}), "near": frozenset({2}), "apart": frozenset({3})}
    history = History(demo_db.run)
    history.do(UpdateStand(stand_id=1, changes=changes))
    demo_db.close()
    again = Database.open(demo_path)
    try:
        stand = again.load().stand(1)
        assert (stand.wishes, stand.zones, stand.near, stand.apart) == tuple(changes.values())
    finally:
        again.close()


def test_a_stand_cannot_be_near_and_apart_from_the_same_stand(demo_db: Database) -> None:
    with pytest.raises(InvalidValue, match="near and apart"):
        demo_db.run(UpdateStand(stand_id=1, changes={"near": frozenset({2}),
                                                     "apart": frozenset({2})}))


def test_a_placement_is_locked_and_the_lock_goes_with_the_stand(demo_db: Database) -> None:
    history = History(demo_db.run)
    history.do(LockPlacement(booth="S1"))
    assert demo_db.load().booth("S1").locked
    history.undo()
    assert not demo_db.load().booth("S1").locked
    with pytest.raises(BoothNotAssigned):
        demo_db.run(LockPlacement(booth="S5"))


def test_a_booth_zone_is_kept(demo_db: Database) -> None:
    booth = demo_db.load().booth("S5")
    with demo_db.unit_of_work() as uow:
        uow.booths.update(replace(booth, zone="Nord"))
    assert demo_db.load().booth("S5").zone == "Nord"
    demo_db.run(MoveBooth(number="S5", x=30_000, y=15_000))
    assert demo_db.load().booth("S5").zone == "Nord"


def test_a_logo_is_kept_and_undone(demo_db: Database) -> None:
    history = History(demo_db.run)
    history.do(SetStandLogo(stand_id=1, logo=(b"\x89PNG logo", "ikoe.png")))
    with demo_db.unit_of_work() as uow:
        assert uow.stands.logo(1) == (b"\x89PNG logo", "ikoe.png")
    history.undo()
    with demo_db.unit_of_work() as uow:
        assert uow.stands.logo(1) is None


def test_print_records_per_piece_and_booth(demo_db: Database) -> None:
    with demo_db.unit_of_work() as uow:
        uow.printed.record("signs", {"S1": "a" * 64, "S2": "b" * 64})
        uow.printed.record("signs", {"S2": "c" * 64})
        uow.printed.record("tents", {"S1": "d" * 64})
    with demo_db.unit_of_work() as uow:
        assert uow.printed.digests("signs") == {"S1": "a" * 64, "S2": "c" * 64}
        assert uow.printed.digests("tents") == {"S1": "d" * 64}
