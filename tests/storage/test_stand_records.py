"""Stand records in the event file: new fields, UpdateStand, ChangeStandStatus and the history."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from boothmanager.domain import (
    Amenity,
    HistoryField,
    InvalidValue,
    Stand,
    StandChangedElsewhere,
    StandStatus,
    TransitionRefused,
    UnknownStand,
)
from boothmanager.operations import (
    AddStand,
    Assign,
    ApplyProposal,
    ChangeStandStatus,
    History,
    RemoveBooth,
    RemoveStand,
    Unassign,
    UpdateStand,
)
from boothmanager.domain.assignment import Move
from boothmanager.storage import Database

S = StandStatus
FULL = Stand("Verein", "Voll", contact="vormittags", contact_name="Erika Muster",
             email="erika@example.org", phone="+49 345 1234567", min_area_mm2=12_500_000,
             table_length_mm=1_800, staff_count=3, setup_at=datetime(2020, 9, 21, 7, 30),
             teardown_at=datetime(2020, 9, 22, 18), notes="intern", status=S.ACCEPTED,
             needs=frozenset({Amenity.WATER, Amenity.NETWORK, Amenity.WALL, Amenity.STEP_FREE}))


def moves(db: Database, stand_id: int) -> list[tuple[HistoryField, str | None, str | None]]:
    return [(entry.field, entry.old, entry.new) for entry in db.stand_history(stand_id)]


def test_every_new_field_survives_close_and_reopen(demo_path: Path) -> None:
    db = Database.open(demo_path)
    (stand_id,) = db.run(AddStand(stand=FULL)).stands
    db.close()
    db = Database.open(demo_path)
    try:
        assert db.load().stand(stand_id) == replace(FULL, id=stand_id)
    finally:
        db.close()


def test_update_stand_changes_fields_and_undoes(demo_db: Database) -> None:
    history = History(demo_db.run)
    before = demo_db.load().stand(4)
    change = history.do(UpdateStand(stand_id=4, changes={"email": "neu@example.org",
                                                         "min_area_mm2": 6_000_000,
                                                         "project": before.project}))
    after = demo_db.load().stand(4)
    assert (after.email, after.min_area_mm2, after.project) == ("neu@example.org", 6_000_000,
                                                                before.project)
    assert change.inverse == UpdateStand(stand_id=4, changes={"email": "", "min_area_mm2": None},
                                         expected={"email": "neu@example.org",
                                                   "min_area_mm2": 6_000_000})
    history.undo()
    assert demo_db.load().stand(4) == before
    history.redo()
    assert demo_db.load().stand(4) == after


def test_update_stand_to_the_same_values_is_no_change(demo_db: Database) -> None:
    stand = demo_db.load().stand(1)
    assert not demo_db.run(UpdateStand(stand_id=1, changes={"theme": stand.theme})).changed


@pytest.mark.parametrize(("changes", "field"), [
    ({"email": "kein-at"}, "email"),
    ({"staff_count": -1}, "staff_count"),
    ({"organisation": 7}, "stand"),
    ({"status": "placed"}, "stand field"),
    ({"id": 99}, "stand field"),
    ({"colour": "red"}, "stand field"),
])
def test_update_stand_refuses_bad_values(demo_db: Database, changes: dict[str, object],
                                         field: str) -> None:
    before = demo_db.load()
    with pytest.raises(InvalidValue) as caught:
        demo_db.run(UpdateStand(stand_id=1, changes=changes))
    assert caught.value.field == field
    assert demo_db.load() == before


def test_an_undo_of_an_update_changed_elsewhere_is_refused(demo_db: Database) -> None:
    history = History(demo_db.run)
    history.do(UpdateStand(stand_id=4, changes={"phone": "0345 1"}))
    demo_db.run(UpdateStand(stand_id=4, changes={"phone": "0345 2"}))
    with pytest.raises(StandChangedElsewhere) as caught:
        history.undo()
    assert (caught.value.expected, caught.value.found) == ("0345 1", "0345 2")
    assert demo_db.load().stand(4).phone == "0345 2"


def test_status_moves_along_the_workflow_and_is_recorded(demo_db: Database) -> None:
    demo_db.actor = "erika"
    assert demo_db.load().stand(4).status is S.APPLIED  # not on a booth in the demo
    for status in (S.ACCEPTED, S.PLACED, S.CONFIRMED):
        demo_db.run(ChangeStandStatus(stand_id=4, status=status))
    assert demo_db.load().stand(4).status is S.CONFIRMED
    entries = demo_db.stand_history(4)
    assert [(e.old, e.new) for e in entries] == [("applied", "accepted"), ("accepted", "placed"),
                                                 ("placed", "confirmed")]
    assert {e.field for e in entries} == {HistoryField.STATUS}
    assert {e.who for e in entries} == {"erika"}
    now = datetime.now(UTC)
    assert all(now - timedelta(minutes=5) < e.at <= now for e in entries)


@pytest.mark.parametrize(("path", "refused"), [
    ((), S.PLACED), ((), S.CONFIRMED), ((S.CANCELLED,), S.ACCEPTED),
    ((S.WAITLIST,), S.PLACED), ((S.ACCEPTED, S.PLACED, S.CONFIRMED), S.ACCEPTED),
])
def test_a_step_the_workflow_lacks_is_refused(demo_db: Database, path: tuple[S, ...],
                                              refused: S) -> None:
    for status in path:
        demo_db.run(ChangeStandStatus(stand_id=4, status=status))
    before, recorded = demo_db.load(), demo_db.stand_history(4)
    with pytest.raises(TransitionRefused) as caught:
        demo_db.run(ChangeStandStatus(stand_id=4, status=refused))
    assert (caught.value.stand_id, caught.value.new) == (4, refused)
    assert demo_db.load() == before
    assert demo_db.stand_history(4) == recorded


def test_a_status_change_undoes_even_where_the_workflow_has_no_way_back(
        demo_db: Database) -> None:
    history = History(demo_db.run)
    history.do(ChangeStandStatus(stand_id=4, status=S.CANCELLED))
    history.undo()  # cancelled -> applied is a new application; undo restores it anyway
    assert demo_db.load().stand(4).status is S.APPLIED
    assert [(e.old, e.new) for e in demo_db.stand_history(4)] == [("applied", "cancelled"),
                                                                  ("cancelled", "applied")]
    history.redo()
    assert demo_db.load().stand(4).status is S.CANCELLED


def test_status_undo_refused_when_changed_elsewhere(demo_db: Database) -> None:
    history = History(demo_db.run)
    history.do(ChangeStandStatus(stand_id=4, status=S.ACCEPTED))
    demo_db.run(ChangeStandStatus(stand_id=4, status=S.WAITLIST))
    with pytest.raises(StandChangedElsewhere):
        history.undo()
    assert demo_db.load().stand(4).status is S.WAITLIST


def test_status_of_an_unknown_stand(demo_db: Database) -> None:
    with pytest.raises(UnknownStand):
        demo_db.run(ChangeStandStatus(stand_id=99, status=S.ACCEPTED))
    with pytest.raises(InvalidValue):
        ChangeStandStatus(stand_id=1, status="maybe")  # type: ignore[arg-type]


def test_assign_and_unassign_record_the_booth(demo_db: Database) -> None:
    demo_db.actor = "max"
    demo_db.run(Assign(booth="S4", stand_id=4))
    demo_db.run(Assign(booth="S5", stand_id=4))  # moves: one entry, from S4 to S5
    demo_db.run(Unassign(booth="S5"))
    B = HistoryField.BOOTH
    assert moves(demo_db, 4) == [(B, None, "S4"), (B, "S4", "S5"), (B, "S5", None)]
    assert {entry.who for entry in demo_db.stand_history(4)} == {"max"}
    assert demo_db.stand_history(5) == []


def test_a_stand_already_on_the_booth_records_nothing(demo_db: Database) -> None:
    demo_db.run(Assign(booth="S1", stand_id=1))
    assert demo_db.stand_history(1) == []


def test_undo_of_an_assignment_is_recorded_too(demo_db: Database) -> None:
    history = History(demo_db.run)
    history.do(Assign(booth="S4", stand_id=4))
    history.undo()
    assert moves(demo_db, 4) == [(HistoryField.BOOTH, None, "S4"),
                                 (HistoryField.BOOTH, "S4", None)]


def test_a_proposal_and_a_removed_booth_are_recorded(demo_db: Database) -> None:
    demo_db.run(ApplyProposal(moves=(Move(4, None, "S4"), Move(1, "S1", "S5"))))
    demo_db.run(RemoveBooth(number="S4"))
    assert moves(demo_db, 4) == [(HistoryField.BOOTH, None, "S4"),
                                 (HistoryField.BOOTH, "S4", None)]
    assert moves(demo_db, 1) == [(HistoryField.BOOTH, "S1", None),
                                 (HistoryField.BOOTH, None, "S5")]


def test_a_removed_stand_takes_its_history_and_undo_brings_it_back(demo_db: Database) -> None:
    history = History(demo_db.run)
    demo_db.run(ChangeStandStatus(stand_id=5, status=S.ACCEPTED))
    recorded = demo_db.stand_history(5)
    history.do(RemoveStand(stand_id=5))
    assert demo_db.stand_history(5) == []
    (new_id,) = demo_db.run(AddStand(stand=Stand("Verein", "Neu"))).stands
    assert new_id == 5 and demo_db.stand_history(5) == []  # the id again, not the history
    demo_db.run(RemoveStand(stand_id=new_id))
    history.undo()
    assert demo_db.stand_history(5) == recorded
    assert demo_db.load().stand(5).status is S.ACCEPTED
