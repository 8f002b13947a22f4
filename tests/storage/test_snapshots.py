"""Snapshots in the event file: take, list, read back after reopening, delete, and undo all."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from boothmanager.domain import (
    AssignmentDiff,
    DiffKind,
    InvalidValue,
    SnapshotChangedElsewhere,
    SnapshotExists,
    SnapshotUnreadable,
    UnknownSnapshot,
    diff_events,
)
from boothmanager.operations import (
    Assign,
    DeleteSnapshot,
    History,
    MoveBooth,
    TakeSnapshot,
    Unassign,
    UpdateStand,
)
from boothmanager.storage import Database


def test_a_snapshot_reads_back_as_the_event_was_after_reopening(demo_path: Path) -> None:
    db = Database.open(demo_path)
    db.actor = "anna"
    db.run(UpdateStand(stand_id=1, changes={"email": "erika@example.org"}))
    then = db.load()
    before = datetime.now(UTC)
    change = db.run(TakeSnapshot(snapshot=" vor der Sitzung ", note="Stand 1. Sept."))
    db.run(MoveBooth(number="S1", x=30_000, y=3_000))
    db.run(Assign(booth="S4", stand_id=4))
    db.close()
    assert change.snapshots == {"vor der Sitzung"} and not change.booths and not change.stands
    db = Database.open(demo_path)
    try:
        (info,) = db.snapshots()
        assert (info.name, info.who, info.note) == ("vor der Sitzung", "anna", "Stand 1. Sept.")
        assert before <= info.taken_at <= datetime.now(UTC)
        snapshot = db.snapshot("vor der Sitzung")
        assert snapshot.info == info
        assert snapshot.event() == then  # private fields too: the snapshot stays with the staff
        assert snapshot.event() != db.load()
    finally:
        db.close()


def test_snapshots_are_listed_oldest_first(demo_db: Database) -> None:
    for name in ("b", "a", "c"):
        demo_db.run(TakeSnapshot(snapshot=name))
    assert [info.name for info in demo_db.snapshots()] == ["b", "a", "c"]


def test_a_name_is_taken_once(demo_db: Database) -> None:
    demo_db.run(TakeSnapshot(snapshot="v1", note="erste"))
    with pytest.raises(SnapshotExists):
        demo_db.run(TakeSnapshot(snapshot="v1", note="zweite"))
    assert [(i.name, i.note) for i in demo_db.snapshots()] == [("v1", "erste")]
    with pytest.raises(InvalidValue):
        TakeSnapshot(snapshot="  ")


def test_undo_deletes_the_snapshot_and_redo_brings_the_same_one_back(demo_db: Database) -> None:
    history = History(demo_db.run)
    history.do(TakeSnapshot(snapshot="v1"))
    taken = demo_db.snapshot("v1")
    demo_db.run(MoveBooth(number="S2", x=30_000, y=6_000))
    undone = history.undo()
    assert undone is not None and undone.snapshots == {"v1"}
    assert demo_db.snapshots() == []
    history.redo()  # the snapshot as it was taken, not one of the event as it is now
    assert demo_db.snapshot("v1") == taken


def test_delete_and_undo_restore_it_unchanged(demo_db: Database) -> None:
    demo_db.run(TakeSnapshot(snapshot="v1", note="n"))
    taken = demo_db.snapshot("v1")
    history = History(demo_db.run)
    history.do(DeleteSnapshot(snapshot="v1"))
    assert demo_db.snapshots() == []
    with pytest.raises(UnknownSnapshot):
        demo_db.snapshot("v1")
    history.undo()
    assert demo_db.snapshot("v1") == taken
    with pytest.raises(UnknownSnapshot):
        demo_db.run(DeleteSnapshot(snapshot="v2"))


def test_undo_never_deletes_or_overwrites_someone_elses_snapshot(demo_db: Database) -> None:
    history = History(demo_db.run)
    history.do(TakeSnapshot(snapshot="v1"))
    demo_db.run(DeleteSnapshot(snapshot="v1"))  # elsewhere: deleted and taken again
    demo_db.run(TakeSnapshot(snapshot="v1", note="andere"))
    with pytest.raises(SnapshotChangedElsewhere):
        history.undo()
    assert [i.note for i in demo_db.snapshots()] == ["andere"]
    history = History(demo_db.run)
    history.do(DeleteSnapshot(snapshot="v1"))
    demo_db.run(TakeSnapshot(snapshot="v1", note="dritte"))
    with pytest.raises(SnapshotExists):
        history.undo()
    assert [i.note for i in demo_db.snapshots()] == ["dritte"]


def test_a_snapshot_altered_in_the_file_is_refused_but_can_be_deleted(demo_path: Path) -> None:
    db = Database.open(demo_path)
    db.run(TakeSnapshot(snapshot="v1"))
    db.close()
    connection = sqlite3.connect(demo_path)
    with connection:
        connection.execute("UPDATE snapshot SET document = "
                           "replace(document, '\"x_mm\":34000', '\"x_mm\":1')")
    connection.close()
    db = Database.open(demo_path)
    try:
        assert [info.name for info in db.snapshots()] == ["v1"]
        with pytest.raises(SnapshotUnreadable, match="SHA-256"):
            db.snapshot("v1").event()
        db.run(DeleteSnapshot(snapshot="v1"))
        assert db.snapshots() == []
    finally:
        db.close()


def test_the_diff_from_a_snapshot_is_what_the_operations_did(demo_db: Database) -> None:
    demo_db.run(TakeSnapshot(snapshot="v1"))
    demo_db.run(Unassign(booth="S3"))
    demo_db.run(Assign(booth="S5", stand_id=3))
    demo_db.run(Assign(booth="S4", stand_id=4))
    diff = diff_events(demo_db.snapshot("v1").event(), demo_db.load())
    entries = [entry for entry in diff if isinstance(entry, AssignmentDiff)]
    assert len(entries) == len(diff)
    assert [(e.kind, e.stand_id, e.old_booth, e.new_booth) for e in entries] == [
        (DiffKind.ASSIGNMENT_MADE, 4, None, "S4"),
        (DiffKind.ASSIGNMENT_CHANGED, 3, "S3", "S5")]
