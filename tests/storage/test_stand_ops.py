"""AddStand and RemoveStand through Database.run on the demo event file."""

from __future__ import annotations

from dataclasses import replace

import pytest

from boothmanager.domain import Amenity, InvalidValue, Stand, UnknownStand
from boothmanager.operations import AddStand, RemoveStand
from boothmanager.storage import Database

NEW = Stand(organisation="Verein", project="Neues Projekt", description="Beschreibung",
            theme="Thema", website="https://example.org", contact="Kontakt intern",
            needs=frozenset({Amenity.POWER, Amenity.TABLE}), placeholder=True)


def test_add_stand_gets_an_id_and_keeps_every_field(demo_db: Database) -> None:
    change = demo_db.run(AddStand(stand=NEW))
    (stand_id,) = change.stands
    assert stand_id == 6
    assert demo_db.load().stand(stand_id) == replace(NEW, id=stand_id)
    assert change.inverse == RemoveStand(stand_id=stand_id)


def test_add_stand_with_a_taken_id_is_refused(demo_db: Database) -> None:
    before = demo_db.load()
    with pytest.raises(InvalidValue) as caught:
        demo_db.run(AddStand(stand=replace(NEW, id=1)))
    assert caught.value.field == "stand id"
    assert demo_db.load() == before


def test_remove_an_unplaced_stand(demo_db: Database) -> None:
    change = demo_db.run(RemoveStand(stand_id=4))
    assert [s.id for s in demo_db.load().stands] == [1, 2, 3, 5]
    assert change.booths == frozenset()


def test_remove_a_placed_stand_frees_its_booth(demo_db: Database) -> None:
    change = demo_db.run(RemoveStand(stand_id=2))
    event = demo_db.load()
    assert [s.id for s in event.stands] == [1, 3, 4, 5]
    assert event.booth("S2").stand_id is None
    assert (change.booths, change.stands) == ({"S2"}, {2})


def test_remove_an_unknown_stand(demo_db: Database) -> None:
    before = demo_db.load()
    with pytest.raises(UnknownStand) as caught:
        demo_db.run(RemoveStand(stand_id=99))
    assert caught.value.ref == 99
    assert demo_db.load() == before
