"""ImportStands on event files: all rows or none, placed on booths, undone as one step."""

from __future__ import annotations

from pathlib import Path

import pytest

from boothmanager.domain import HistoryField, StandStatus
from boothmanager.domain.sheets import (
    ImportRefused,
    RowProblemKind,
    Sheet,
    SheetRow,
    UnusableSheet,
)
from boothmanager.operations import History, ImportStands
from boothmanager.storage import Database

HEADERS = ("Organisation", "Projekt", "E-Mail", "Stand", "Status")


def sheet(*rows: tuple[object, ...]) -> Sheet:
    return Sheet(headers=HEADERS, rows=tuple(SheetRow(n, r) for n, r in enumerate(rows, 2)))


GOOD = sheet(("Verein A", "Eins", "a@example.org", "S4", "angenommen"),
             ("Verein B", "Zwei", None, None, None))
BROKEN = sheet(("Verein A", "Eins", "a@example.org", "S4", None),
               ("Verein B", "Zwei", "b@", None, None),
               ("Verein C", "Drei", None, "S5", None),
               ("verein a", "EINS", None, None, None))


def reopened(path: Path) -> Database:
    return Database.open(path)


def test_a_valid_sheet_imports_every_row_and_places_stands(demo_db: Database) -> None:
    demo_db.actor = "import"
    change = demo_db.run(ImportStands(sheet=GOOD))
    assert (change.stands, change.booths) == ({6, 7}, {"S4"})
    event = demo_db.load()
    assert [(s.id, s.name, s.email, s.status) for s in event.stands[5:]] == [
        (6, "Eins", "a@example.org", StandStatus.ACCEPTED), (7, "Zwei", "", StandStatus.APPLIED)]
    assert event.booth("S4").stand_id == 6
    (entry,) = demo_db.stand_history(6)
    assert (entry.field, entry.old, entry.new, entry.who) == (HistoryField.BOOTH, None, "S4",
                                                              "import")


def test_one_bad_row_refuses_the_whole_sheet_and_the_file_is_unchanged(demo_path: Path) -> None:
    db = reopened(demo_path)
    before = db.load()
    try:
        with pytest.raises(ImportRefused) as caught:
            db.run(ImportStands(sheet=BROKEN))
    finally:
        db.close()
    assert [(p.row, p.kind) for p in caught.value.problems] == [
        (3, RowProblemKind.BAD_EMAIL), (5, RowProblemKind.DUPLICATE_IN_SHEET)]
    assert str(caught.value) == "2 problems in 2 rows; nothing was imported"
    after = reopened(demo_path)  # what the file itself now says
    try:
        assert after.load() == before
        assert after.stand_history(6) == []
    finally:
        after.close()


def test_the_valid_rows_alone_if_asked(demo_db: Database) -> None:
    change = demo_db.run(ImportStands(sheet=BROKEN, valid_only=True))
    assert len(change.stands) == 2 and change.booths == {"S4", "S5"}
    assert [s.name for s in demo_db.load().stands[5:]] == ["Eins", "Drei"]


def test_a_sheet_of_stands_already_there_is_refused(demo_db: Database) -> None:
    demo_db.run(ImportStands(sheet=GOOD))
    with pytest.raises(ImportRefused) as caught:
        demo_db.run(ImportStands(sheet=GOOD))
    assert [(p.row, p.kind, p.other) for p in caught.value.problems] == [
        (2, RowProblemKind.DUPLICATE_EXISTING, 6), (3, RowProblemKind.DUPLICATE_EXISTING, 7)]


def test_an_import_is_one_undo_step(demo_db: Database) -> None:
    history = History(demo_db.run)
    before = demo_db.load()
    history.do(ImportStands(sheet=GOOD))
    after = demo_db.load()
    history.undo()
    assert demo_db.load() == before
    history.redo()
    assert demo_db.load() == after


def test_the_plan_changes_nothing(demo_db: Database) -> None:
    before = demo_db.load()
    with demo_db.unit_of_work() as uow:
        plan = ImportStands(sheet=BROKEN).plan(uow)
    assert len(plan.rows) == 2 and len(plan.problems) == 2
    assert demo_db.load() == before


def test_a_sheet_without_names_is_unusable(demo_db: Database) -> None:
    with pytest.raises(UnusableSheet):
        demo_db.run(ImportStands(sheet=Sheet(headers=("Kommentar",), rows=())))
    change = demo_db.run(ImportStands(sheet=Sheet(headers=("Name",), rows=()),
                                      mapping={"Name": "organisation"}))
    assert not change.changed
